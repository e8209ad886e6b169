import Testing
import SarabanCore
import ThaiText
@testable import Readers

/// `saraban text` against LibreOffice's own text export of the same file, after white-space folding.
/// The differences that remain are listed here and justified in fixtures/readers/README.md.
@Suite struct LibreOfficeParityTests {
    /// A difference we keep on purpose: (text in LibreOffice's export, the same place in ours).
    struct Difference: Sendable {
        var libreOffice: String
        var ours: String
        var why: String
    }

    static let differences: [Difference] = [
        // LibreOffice's text export prints tracked deletions; a reader of the order sees only the insertion.
        Difference(libreOffice: "๑ มกราคม๕ มกราคม", ours: "๕ มกราคม", why: "w:del / text:deletion dropped"),
        // LibreOffice leaves a Wingdings w:sym as its private-use code point.
        Difference(libreOffice: "\u{F0FC}", ours: "✓", why: "w:sym mapped to Unicode"),
        // LibreOffice's text export leaves out text boxes (drawing objects); we keep their text once.
        Difference(libreOffice: "", ours: " ข้อความในกล่องข้อความ", why: "text box text kept"),
    ]

    /// Word's thaiCounting numbers in words; LibreOffice has no such format and shows digits.
    static let thaiCounting: [Difference] = [
        Difference(libreOffice: "ข้อ 1", ours: "ข้อ หนึ่ง", why: "thaiCounting"),
        Difference(libreOffice: "ข้อ 2", ours: "ข้อ สอง", why: "thaiCounting"),
    ]

    static let files = ["docx/order_python_docx.docx", "docx/order_libreoffice.docx", "odt/order_libreoffice.odt",
                        "docx/notes_and_styles.docx"]

    @Test(arguments: files)
    func matchesLibreOfficeTextExport(_ file: String) throws {
        let document = try Fixtures.read(file)
        // LibreOffice renders Word's thaiNumbers labels with Arabic digits (it imports the format as
        // "1, 2, 3"); Word shows Thai digits, and so do we. Compare labels in Arabic digits.
        let comparable = Document(source: document.source, blocks: document.blocks.map { block in
            guard case .listItem(var item) = block else { return block }
            item.label = ThaiDigits.toArabic(item.label)
            return .listItem(item)
        })
        var ours = Fixtures.folded(PlainTextRenderer.render(comparable))
        var expected = Fixtures.folded(try Fixtures.text(file + ".expected.txt"))
        for d in Self.differences + Self.thaiCounting {
            if !d.libreOffice.isEmpty { expected = expected.replacingOccurrences(of: d.libreOffice, with: d.ours) }
            else { ours = ours.replacingOccurrences(of: d.ours, with: "") }
        }
        // LibreOffice's text is not repaired; ours went through the Thai normaliser. Repair both.
        expected = Fixtures.folded(Fixtures.repaired(expected))
        ours = Fixtures.folded(ours)
        #expect(!ours.isEmpty)
        #expect(ours == expected)
    }
}
