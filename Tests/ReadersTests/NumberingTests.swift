import Testing
@testable import Readers

@Suite struct ListLabelFormatTests {
    /// (format, counter, label as Word renders it)
    static let cases: [(ListLabelFormat, Int, String)] = [
        (.decimal, 7, "7"), (.decimalZero, 7, "07"), (.thaiNumbers, 12, "๑๒"),
        (.thaiLetters, 1, "ก"), (.thaiLetters, 2, "ข"), (.thaiLetters, 3, "ค"),  // ฃ is skipped
        (.thaiLetters, 5, "จ"), (.thaiLetters, 10, "ญ"), (.thaiLetters, 42, "กก"),
        (.thaiCounting, 1, "หนึ่ง"), (.thaiCounting, 2, "สอง"), (.thaiCounting, 10, "สิบ"),
        (.thaiCounting, 11, "สิบเอ็ด"), (.thaiCounting, 21, "ยี่สิบเอ็ด"), (.thaiCounting, 100, "หนึ่งร้อย"),
        (.thaiCounting, 101, "หนึ่งร้อยเอ็ด"), (.thaiCounting, 1_000_000, "หนึ่งล้าน"),
        (.lowerLetter, 27, "aa"), (.upperRoman, 14, "XIV"), (.lowerRoman, 4, "iv"), (.bullet, 3, ""),
    ]

    @Test(arguments: cases)
    func renders(_ format: ListLabelFormat, _ n: Int, _ expected: String) {
        #expect(format.render(n) == expected)
    }

    @Test func thaiLetterSequenceLeavesOutObsoleteLetters() {
        #expect(ListLabelFormat.thaiLetterSequence.count == 41)
        #expect(!ListLabelFormat.thaiLetterSequence.contains("ฃ"))
        #expect(!ListLabelFormat.thaiLetterSequence.contains("ฅ"))
    }
}

@Suite struct DocxNumberingTests {
    static let xml = """
    <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="thaiNumbers"/><w:lvlText w:val="ข้อ %1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2)"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="thaiCounting"/><w:lvlText w:val="(%3)"/><w:lvlRestart w:val="0"/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>
    </w:numbering>
    """

    func numbering() throws -> DocxNumbering {
        DocxNumbering(try XMLTape.parse(Array(Self.xml.utf8), file: "t.docx", part: "word/numbering.xml"))
    }

    @Test func countsRestartsAndOverrides() throws {
        var n = try numbering()
        #expect(n.nextLabel(numId: "1", level: 0) == "ข้อ ๓")
        #expect(n.nextLabel(numId: "1", level: 1) == "๓.1)")
        #expect(n.nextLabel(numId: "1", level: 1) == "๓.2)")
        #expect(n.nextLabel(numId: "1", level: 2) == "(หนึ่ง)")
        #expect(n.nextLabel(numId: "1", level: 0) == "ข้อ ๔")
        // level 1 restarts after level 0; level 2 restarts only after level 0 too (lvlRestart 0)
        #expect(n.nextLabel(numId: "1", level: 1) == "๔.1)")
        // numId 2 shares the abstract list but restarts it at 9
        #expect(n.nextLabel(numId: "2", level: 0) == "ข้อ ๙")
        #expect(n.nextLabel(numId: "2", level: 0) == "ข้อ ๑๐")
        #expect(n.nextLabel(numId: "0", level: 0) == nil)
        #expect(n.nextLabel(numId: "77", level: 0) == nil)
    }

    @Test func bulletsInSymbolFontBecomeBullets() {
        #expect(DocxNumbering.bullet("\u{F0B7}") == "•")
        #expect(DocxNumbering.bullet("\u{F0FC}") == "✓")
        #expect(DocxNumbering.bullet("-") == "-")
    }
}

/// Hostile numbering values are clamped, never trapped on or looped over.
@Suite struct NumberingLimitTests {
    @Test func hugeStartsAndLevelsAreClamped() throws {
        let xml = """
        <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:abstractNum w:abstractNumId="1">
            <w:lvl w:ilvl="0"><w:start w:val="9223372036854775807"/><w:numFmt w:val="thaiCounting"/><w:lvlText w:val="%1"/></w:lvl>
            <w:lvl w:ilvl="99999999"><w:start w:val="1"/><w:lvlText w:val="%9"/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
        </w:numbering>
        """
        var n = DocxNumbering(try XMLTape.parse(Array(xml.utf8), file: "t.docx", part: "word/numbering.xml"))
        #expect(n.nextLabel(numId: "1", level: 0) == "หนึ่งล้าน")
        #expect(n.nextLabel(numId: "1", level: 0) == "หนึ่งล้าน")
        #expect(n.nextLabel(numId: "1", level: 99_999_999) == nil)
        #expect(ListLabelFormat.thaiCounting.render(Int.min) == String(Int.min))
    }
}
