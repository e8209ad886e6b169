import Testing
import SarabanCore
@testable import Readers

/// WordprocessingML details the fixtures do not cover, read straight from XML.
@Suite struct DocxPartReaderTests {
    static let ns = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#

    func read(_ body: String) throws -> (blocks: [Block], warnings: [Warning]) {
        let xml = "<w:body \(Self.ns)>\(body)</w:body>"
        let tape = try XMLTape.parse(Array(xml.utf8), file: "t.docx", part: "word/document.xml")
        var reader = DocxPartReader(part: "word/document.xml", xml: tape, numbering: DocxNumbering(), styles: DocxStyles())
        let blocks = reader.blocks(in: tape.root)
        return (blocks, reader.warnings)
    }

    /// (body XML, plain text of each block)
    static let cases: [(String, [String])] = [
        // a page break inside a paragraph splits it, with a page break block between
        ("<w:p><w:r><w:t>ก</w:t><w:br w:type=\"page\"/><w:t>ข</w:t></w:r></w:p>", ["ก", "", "ข"]),
        ("<w:p><w:r><w:t>ก</w:t><w:cr/><w:t>ข</w:t></w:r></w:p>", ["ก\nข"]),
        // A soft hyphen only marks where Word may break a line; the Thai normaliser removes it.
        ("<w:p><w:r><w:t>ราช</w:t><w:softHyphen/><w:t>การ</w:t></w:r></w:p>", ["ราชการ"]),
        // moved-from text is dropped, moved-to kept
        ("<w:p><w:moveFrom><w:r><w:t>เก่า</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>ใหม่</w:t></w:r></w:moveTo></w:p>", ["ใหม่"]),
        // only the fallback exists: it is read, once
        ("<w:p><w:r><mc:AlternateContent><mc:Fallback><w:t>สำรอง</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>", ["สำรอง"]),
        // both branches: the choice only
        ("<w:p><mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>หนึ่ง</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>สอง</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>", ["หนึ่ง"]),
        // nested fields: only the outer result shows
        ("<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/><w:instrText>IF</w:instrText><w:fldChar w:fldCharType=\"begin\"/><w:instrText>PAGE</w:instrText><w:fldChar w:fldCharType=\"separate\"/><w:t>9</w:t><w:fldChar w:fldCharType=\"end\"/><w:fldChar w:fldCharType=\"separate\"/><w:t>ผล</w:t><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>", ["ผล"]),
        ("<w:p><w:fldSimple w:instr=\"DATE\"><w:r><w:t>๑ ม.ค.</w:t></w:r></w:fldSimple></w:p>", ["๑ ม.ค."]),
        // content controls and hyperlinks hold runs
        ("<w:p><w:sdt><w:sdtContent><w:hyperlink><w:r><w:t>ลิงก์</w:t></w:r></w:hyperlink></w:sdtContent></w:sdt></w:p>", ["ลิงก์"]),
        ("<w:p><w:r><w:t xml:space=\"preserve\"> ก </w:t></w:r><w:r><w:t> ข </w:t></w:r></w:p>", ["ก ข"]),
        // empty paragraphs (spacing) are left out
        ("<w:p/><w:p><w:r><w:t></w:t></w:r></w:p><w:p><w:r><w:t>ก</w:t></w:r></w:p>", ["ก"]),
    ]

    @Test(arguments: cases)
    func readsInlineContent(_ body: String, _ expected: [String]) throws {
        #expect(try read(body).blocks.map(\.plainText) == expected)
    }

    @Test func pageBreaksCountPages() throws {
        let blocks = try read("<w:p><w:r><w:t>ก</w:t></w:r></w:p><w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>ข</w:t></w:r></w:p>"
                              + "<w:p><w:r><w:br w:type=\"page\"/><w:t>ค</w:t></w:r></w:p>").blocks
        let pages = blocks.compactMap { b -> Int? in if case .paragraph(let p) = b { return p.provenance.page } else { return nil } }
        #expect(pages == [1, 2, 3])
    }

    @Test func nestedTableStaysInItsCell() throws {
        let blocks = try read("""
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>นอก</w:t></w:r></w:p>
          <w:tbl><w:tr><w:tc><w:p><w:r><w:t>ใน ๑</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ใน ๒</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        </w:tc></w:tr></w:tbl>
        """).blocks
        guard case .table(let outer) = try #require(blocks.first) else { Issue.record("not a table"); return }
        #expect(blocks.count == 1)
        let cell = outer.rows[0].cells[0]
        #expect(cell.blocks.count == 2)
        guard case .table(let inner) = cell.blocks[1] else { Issue.record("no nested table"); return }
        #expect(inner.rows[0].cells.map(\.plainText) == ["ใน ๑", "ใน ๒"])
    }

    @Test func unknownSymbolIsReplacedWithAWarning() throws {
        let result = try read("<w:p><w:r><w:sym w:font=\"Webdings\" w:char=\"F021\"/></w:r></w:p>")
        #expect(result.blocks.map(\.plainText) == ["\u{FFFD}"])
        #expect(result.warnings.map(\.code) == ["unknown_symbol"])
    }

    @Test(arguments: [("Wingdings", "F0FC", "✓"), ("Symbol", "F0B7", "•"), ("Wingdings", "F0A7", "▪"), ("Symbol", "F061", "α")])
    func knownSymbols(_ font: String, _ code: String, _ expected: String) throws {
        let result = try read("<w:p><w:r><w:sym w:font=\"\(font)\" w:char=\"\(code)\"/></w:r></w:p>")
        #expect(result.blocks.map(\.plainText) == [expected])
        #expect(result.warnings.isEmpty)
    }
}

@Suite struct OdtAndXmlReaderTests {
    @Test func odtKeepsHeadersFootersAndMeta() throws {
        let d = try Fixtures.read("odt/order_libreoffice.odt")
        #expect(d.source.format == .odt)
        #expect(d.headers.map(\.plainText).contains { $0.contains("ส่วนหัว") })
        #expect(d.footers.map(\.plainText).contains { $0.hasPrefix("หน้า") })
        #expect(d.properties["title"] == "คำสั่งแต่งตั้งคณะกรรมการ")
        #expect(d.properties["creator"] == "นายสมชาย ใจดี")
    }

    @Test func odtTableMarksCoveredCells() throws {
        let d = try Fixtures.read("odt/order_libreoffice.odt")
        let table = try #require(d.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }.first)
        #expect(table.rows.last?.cells.first?.columnSpan == 3)
        #expect(table.rows[2].cells[2].isMergedContinuation)
    }

    @Test func genericXMLOneParagraphPerTextElement() throws {
        let xml = "<order><head><no>ที่ ๑/๒๕๖๗</no><subject>เรื่อง <b>ทดสอบ</b> ระบบ</subject></head><body>  </body><sign>ผู้ว่า</sign></order>"
        let d = try ReaderRegistry.read(ReaderInput(path: "o.xml", bytes: Array(xml.utf8)))
        #expect(d.source.format == .xml)
        #expect(d.blocks.map(\.plainText) == ["ที่ ๑/๒๕๖๗", "เรื่อง ทดสอบ ระบบ", "ผู้ว่า"])
        #expect(d.blocks.map(\.provenance.part) == ["no", "subject", "sign"])
    }
}
