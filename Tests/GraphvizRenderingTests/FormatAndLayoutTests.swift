import Foundation
import Testing
import GraphvizRendering

@Suite("Formats and layouts")
struct FormatAndLayoutTests {
    let renderer = GraphvizRenderer()

    @Test func pngStartsWithPNGMagic() throws {
        let png = try renderer.render(dot: Fixtures.triangle, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(png.count > 100)
    }

    @Test func pdfStartsWithPDFMagic() throws {
        let pdf = try renderer.render(dot: Fixtures.triangle, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test(arguments: Layout.allCases)
    func everyLayoutRendersFourNodes(layout: Layout) throws {
        let svg = try renderer.render(dot: Fixtures.fourNodes, layout: layout)
        let titles = try Fixtures.titles(in: svg)
        #expect(Set(["a", "b", "c", "d"]).isSubset(of: Set(titles)))
    }

    @Test(arguments: RenderFormat.allCases)
    func everyFormatRendersAnEmptyGraph(format: RenderFormat) throws {
        #expect(try !renderer.render(dot: "digraph {}", format: format).isEmpty)
    }

    @Test func validatingInitsAcceptEveryCaseAndIgnoreCase() throws {
        for layout in Layout.allCases {
            #expect(try Layout(validating: layout.rawValue.uppercased()) == layout)
        }
        for format in RenderFormat.allCases {
            #expect(try RenderFormat(validating: " \(format.rawValue) ") == format)
            #expect(format.fileExtension == format.rawValue)
        }
    }
}
