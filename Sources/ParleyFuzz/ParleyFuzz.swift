import Foundation

/// The libFuzzer entry point: every input goes through `FuzzHarness.run`.
@_cdecl("LLVMFuzzerTestOneInput")
public func parleyFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.run(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if PARLEY_FUZZ
/// libFuzzer's driver (in libclang_rt.fuzzer, linked by `-sanitize=fuzzer`). SwiftPM names
/// an executable's entry point after its module, so libFuzzer's own `main` is never used;
/// `main` below hands the command line to the driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif

/// Built with `-Xswiftc -DPARLEY_FUZZ -Xswiftc -sanitize=fuzzer,address` (scripts/fuzz),
/// this is a libFuzzer binary and takes libFuzzer's options. Built plainly, it replays
/// the files (or the files in the folders) it is given through the same harness and
/// exits 0 when none is a finding: the regression tests run it over fuzz/regressions.
@main
struct ParleyFuzz {
    static func main() {
        #if PARLEY_FUZZ
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, parleyFuzzOneInput))
        #else
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            for file in files(at: path) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("parley-fuzz: cannot read \(file)\n".utf8))
                    exit(1)
                }
                FuzzHarness.run([UInt8](data))
                count += 1
            }
        }
        print("parley-fuzz: \(count) inputs replayed, no finding")
        #endif
    }

    static func files(at path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
    }
}
