import Foundation
import Testing
import SarabanCore
@testable import Readers

@Suite struct DocxReaderTests {
    let document: Document

    init() throws { document = try Fixtures.read("docx/order_python_docx.docx") }

    var items: [ListItem] {
        document.blocks.compactMap { if case .listItem(let l) = $0 { return l } else { return nil } }
    }
    var paragraphs: [Paragraph] {
        document.blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }

    @Test func detectsDocxFromContent() {
        #expect(document.source.format == .docx)
        #expect(document.source.sha256.count == 64)
    }

    @Test func rendersWordNumberingAsWordShowsIt() {
        #expect(items.map(\.label) == ["1.", "1.1", "1.2", "2.", "๑.", "(ก)", "(ข)", "(ค)", "(ง)", "๒.", "•", "๕.", "๖."])
        #expect(items.map(\.level) == [0, 1, 1, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0])
    }

    @Test func joinsRunsAndKeepsTabsAndBreaks() {
        #expect(paragraphs.contains { $0.text == "ด้วยโรงเรียนบ้านหนองบัว จะจัด\tงานวันครู\nบรรทัดที่สอง" })
    }

    @Test func keepsInsertionsDropsDeletions() {
        let text = PlainTextRenderer.render(document)
        #expect(text.contains("ประชุมวันที่ ๕ มกราคม ๒๕๖๗"))
        #expect(!text.contains("๑ มกราคม"))
    }

    @Test func keepsFieldResultDropsInstruction() {
        let text = PlainTextRenderer.render(document)
        #expect(text.contains("ผู้เขียน: นายสมชาย ใจดี"))
        #expect(!text.contains("AUTHOR"))
    }

    @Test func readsTextBoxOnceFromOneBranch() {
        let text = PlainTextRenderer.render(document)
        #expect(text.components(separatedBy: "ข้อความในกล่องข้อความ").count == 2)
    }

    @Test func mapsSymbolsAndHyphens() {
        let text = PlainTextRenderer.render(document)
        #expect(text.contains("๐๕๓\u{2011}๑๒๓๔๕๖"))
        #expect(text.contains("✓"))
    }

    @Test func tableKeepsMergedCells() throws {
        let table = try #require(document.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }.first)
        #expect(table.rows.count == 4)
        #expect(table.rows[0].cells.map(\.plainText) == ["ลำดับ", "ชื่อ", "หน้าที่"])
        // "ประธาน" spans two rows: the second row's cell continues the merge.
        #expect(table.rows[1].cells[2].isMergedContinuation == false)
        #expect(table.rows[2].cells[2].isMergedContinuation == true)
        // The last row is one cell across three columns.
        #expect(table.rows[3].cells.count == 1)
        #expect(table.rows[3].cells[0].columnSpan == 3)
        #expect(table.rows[3].cells[0].plainText == "รวม ๒ คน")
    }

    @Test func keepsHeadersFootersAndPropertiesApart() {
        #expect(document.headers.map(\.plainText) == ["ส่วนหัว: สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต ๑"])
        #expect(document.footers.map(\.plainText) == ["หน้า 1"])
        #expect(!PlainTextRenderer.render(document).contains("ส่วนหัว"))
        #expect(document.properties["title"] == "คำสั่งแต่งตั้งคณะกรรมการ")
        #expect(document.properties["creator"] == "นายสมชาย ใจดี")
        #expect(document.properties["created"] != nil)
    }

    @Test func layoutAndProvenance() throws {
        let title = try #require(paragraphs.first)
        #expect(title.text == "คำสั่งโรงเรียนบ้านหนองบัว")
        #expect(title.layout?.alignment == .center)
        #expect(title.provenance.part == "word/document.xml")
        #expect(title.provenance.index == 0)
        #expect(title.provenance.page == 1)
        let subject = try #require(paragraphs.first { $0.text.hasPrefix("เรื่อง") })
        #expect(subject.layout?.indent == 1417)  // 2.5 cm in twips
        #expect(subject.provenance.index == 2)
    }

    @Test func documentModelRoundTripsThroughJSON() throws {
        let data = try JSONEncoder().encode(document)
        let back = try JSONDecoder().decode(Document.self, from: data)
        #expect(back == document)
    }
}

@Suite struct DocxNotesAndStylesTests {
    let document: Document
    init() throws { document = try Fixtures.read("docx/notes_and_styles.docx") }

    @Test func numberingComesFromParagraphStylesAndRestarts() {
        let items = document.blocks.compactMap { b -> ListItem? in if case .listItem(let l) = b { return l } else { return nil } }
        #expect(items.map(\.label) == ["ข้อ หนึ่ง", "๑)", "๒)", "ข้อ สอง", "๑)"])
        #expect(items.map(\.level) == [0, 1, 1, 0, 1])
        #expect(items.map { $0.layout?.alignment } == Array(repeating: .justify, count: 5))
        #expect(items.map { $0.layout?.style } == ["Clause", "SubClause", "SubClause", "Clause", "SubClause"])
    }

    @Test func notesKeptApartWithReferenceMarksInTheText() {
        #expect(document.footnotes.map(\.plainText) == ["เชิงอรรถ: ตามมติที่ประชุม", "อ้างท้าย: ระเบียบเดิม"])
        #expect(document.footnotes.map(\.provenance.part) == ["word/footnotes.xml", "word/endnotes.xml"])
        #expect(document.blocks.map(\.plainText).contains("ให้ถือปฏิบัติ1 ตั้งแต่วันนี้i"))
    }

    @Test func pageBreakBeforeStartsPageTwo() throws {
        let last = try #require(document.blocks.last)
        #expect(last.plainText == "หน้าใหม่")
        #expect(last.provenance.page == 2)
        #expect(document.blocks.dropLast().last.map { if case .pageBreak = $0 { return true } else { return false } } == true)
    }
}
