import CGraphviz
import Foundation

/// Reads cgraph's error text back so it can go into a ``RenderError`` instead of stderr.
///
/// All functions must be called in a `GraphvizSession` turn: the error level, the
/// error count and the message file are process-wide C state.
enum ErrorCapture {
    /// Stops cgraph from writing diagnostics to stderr; see the shim for why no hook.
    static func install() {
        parley_gv_silence_errors()
    }

    /// Forgets errors counted so far, so `lastError` only reports the next calls' errors.
    static func reset() {
        agreseterrors()
    }

    /// The last error reported since `reset`, as one line; empty when there was none.
    ///
    /// cgraph keeps only the last message part, so multi-line errors (a bad HTML label)
    /// lose their earlier lines; syntax errors are a single part and arrive whole.
    static func lastError() -> String {
        guard parley_gv_error_reported() != 0, let text = aglasterr() else { return "" }
        defer { free(text) }
        return oneLine(String(cString: text))
    }

    /// Folds a newline-separated message into one line.
    static func oneLine(_ raw: String) -> String {
        raw.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}
