import Foundation
@testable import GraphvizRendering
import Testing

@Suite struct PDFRepairTests {
    @Test func creationDateIsSetToTheEpochKeepingTheLength() {
        let raw = Data("1 0 obj << /Producer (cairo) /CreationDate (D:20261121225123Z) >>\nxref 120".utf8)
        let fixed = PDFRepair.repair(raw)
        #expect(fixed.count == raw.count)
        #expect(String(decoding: fixed, as: UTF8.self).contains("/CreationDate (D:19700101000000Z)"))
        #expect(String(decoding: fixed, as: UTF8.self).hasSuffix("xref 120"))
    }

    @Test func anythingElseIsLeftAlone() {
        let odd = Data("/CreationDate (D:2026) and /CreationDate (D:".utf8)
        #expect(PDFRepair.repair(odd) == odd)
    }

    @Test func renderedPDFCarriesNoWallClock() throws {
        let pdf = try GraphvizRenderer().render(dot: "digraph { a -> b }", layout: .dot, format: .pdf)
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:19700101000000"))
    }
}
