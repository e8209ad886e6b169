import Foundation
import Testing
import SarabanCore
import Readers
@testable import Extraction

/// Member lists in layouts the fixtures lack (probe round 7): continuation lines that carry no
/// number, name or role, lines of specks, and a position whose role stands on the next line.
@Suite struct MemberListLayoutTests {
    /// Each paragraph one block, as the DOCX reader gives a Word document's paragraphs (no
    /// indentation reaches the list).
    static func membersFromParagraphs(_ paragraphs: [String], ocr: Bool = false) -> [Member] {
        let doc = Document(source: SourceInfo(path: "t.docx", format: .docx, sha256: "", byteCount: 0),
                           blocks: paragraphs.enumerated().map { i, t in
                               .paragraph(Paragraph(text: t, provenance: Provenance(part: "word/document.xml", index: i, line: nil)))
                           })
        var ctx = ExtractionContext(lines: LineBuilder.lines(of: doc), record: Record(source: doc.source, kind: .order))
        ctx.ocr = ocr
        return MemberListExtractor.read(&ctx, from: 0).0
    }

    /// A position cell's wrap on a paragraph of its own (led by a tab, as a typist aligns it in
    /// Word) between entries ๒ and ๓: the position goes on; it heads no group (it had become the
    /// group of every later member, and the position was cut).
    @Test func aWrapBetweenNumberedEntriesContinuesThePosition() {
        let m = Self.membersFromParagraphs([
            "๑. นายวรวุฒิ ศักดิ์ดี\tผู้อำนวยการเขตราชเทวี\tประธานกรรมการ",
            "๒. ผศ.ดร.กนกวรรณ เลิศวิไล\tอาจารย์ประจำคณะรัฐศาสตร์\tรองประธานกรรมการ",
            "\tมหาวิทยาลัยรามคำแหง (ผู้ทรงคุณวุฒิ)",
            "๓. นายสมบัติ พึ่งบุญ\tผู้ทรงคุณวุฒิด้านการพัฒนาชุมชน\tกรรมการ",
        ])
        #expect(m.map(\.position) == ["ผู้อำนวยการเขตราชเทวี", "อาจารย์ประจำคณะรัฐศาสตร์ มหาวิทยาลัยรามคำแหง (ผู้ทรงคุณวุฒิ)",
                                      "ผู้ทรงคุณวุฒิด้านการพัฒนาชุมชน"])
        #expect(m.map(\.role) == [.chair, .viceChair, .member])
        #expect(m.allSatisfy { $0.group == nil })
    }

    /// A real group heading, where the numbering starts again under it, stays a heading.
    @Test func aHeadingWhereTheNumberingRestartsStaysAHeading() {
        let m = Self.membersFromParagraphs([
            "๑. นายวรวุฒิ ศักดิ์ดี\tผู้อำนวยการเขตราชเทวี\tประธานกรรมการ",
            "คณะทำงานด้านชุมชน",
            "๑. นายสมบัติ พึ่งบุญ\tประธานชุมชนบ้านครัวเหนือ\tกรรมการ",
        ])
        #expect(m.map(\.group) == [nil, "คณะทำงานด้านชุมชน"])
        #expect(m.first?.position == "ผู้อำนวยการเขตราชเทวี")
    }

    /// Lines without a Thai word (specks, ruling, stray digits, as tesseract prints them between
    /// rows) head no group and join no position.
    @Test(arguments: ["ณ ๓", "๑7  ณ๕  =-  ๑7  ฒณ 0ป 1", "| ---- |"])
    func specksHeadNoGroup(line: String) throws {
        let text = """
          ๑. นายประสิทธิ์ ทองคำ  ประธานชุมชนวัดประชาศรัทธาธรรม  กรรมการ
          \(line)
          ๒. นางวันเพ็ญ สุขประเสริฐ  ประธานอาสาสมัครป้องกันภัยฝ่ายพลเรือนเขตบางซื่อ  กรรมการ
        """
        for ocr in [false, true] {
            let m = try OcrMemberListTests.membersFromText(text, ocr: ocr)
            #expect(m.count == 2)
            #expect(m.allSatisfy { $0.group == nil })
            #expect(m.first?.position == "ประธานชุมชนวัดประชาศรัทธาธรรม")
        }
    }

    /// A position printed alone, its number lost, with its role on the next line: an entry (it had
    /// been taken for a group heading and the member dropped).
    @Test func aPositionWithItsRoleOnTheNextLineIsAnEntry() throws {
        let m = try OcrMemberListTests.membersFromText("""
          ๓. ผู้กำกับการสถานีตำรวจนครบาลบางซื่อ หรือผู้แทน  กรรมการ
          ผู้อำนวยการสถานีดับเพลิงและกู้ภัยบางซื่อ หรือผู้แทน
          กรรมการ
          ๕. ผู้อำนวยการศูนย์บริการสาธารณสุขในพื้นที่เขตบางซื่อ  กรรมการ
        """, ocr: false)
        #expect(m.map(\.seq) == [3, nil, 5])
        #expect(m.map(\.position) == ["ผู้กำกับการสถานีตำรวจนครบาลบางซื่อ หรือผู้แทน",
                                      "ผู้อำนวยการสถานีดับเพลิงและกู้ภัยบางซื่อ หรือผู้แทน",
                                      "ผู้อำนวยการศูนย์บริการสาธารณสุขในพื้นที่เขตบางซื่อ"])
        #expect(m.map(\.role) == [.member, .member, .member])
    }

    /// An amending order's closing after its one appointed row, as tesseract printed it: the list
    /// ends there; the prose's second line does not join the member's position.
    @Test func theClosingOfAnAmendingOrderEndsTheList() throws {
        let m = try OcrMemberListTests.membersFromText("""
        ๒. นายวิทยา บุญประคอง  นายช่างโยธาอาวุโส กรรมการ
        นอกจากที่แก้ไขเพิ่มเติมนี้ ให้คงเป็นไปตามคําสั่งสํานักงานเขต
        บางชื่อ ที่ ๑๕๐/๒๕๐๒๐ ทุกประการ
        """)
        #expect(m.map(\.position) == ["นายช่างโยธาอาวุโส"])
    }

    /// Prose taken for a heading after the last row: the line after it joins no position.
    @Test func aWrapAfterAHeadingJoinsNoPosition() throws {
        let m = try OcrMemberListTests.membersFromText("""
        ๒. นายวิทยา บุญประคอง  นายช่างโยธาอาวุโส กรรมการ
        ตามที่ได้เสนอมาเพื่อพิจารณาแล้วนั้น เห็นควรดำเนินการต่อไปด้วย
        บางชื่อ ทุกประการ
        """)
        #expect(m.map(\.position) == ["นายช่างโยธาอาวุโส"])
    }

    /// hOCR split a title after the speck glued to it (`เพ ระครู…`; the text output has `เพระครู…`):
    /// the name is read (it had been null, the title in the position).
    @Test func aTitleSplitAfterASpeck() throws {
        let m = try OcrMemberListTests.membersFromText("๒ เพ ระครูสิริธรรมวิมล   เจ้าอาวาสวัดบางพลัด   ที่ปรึกษา")
        #expect(m.map(\.name) == ["พระครูสิริธรรมวิมล"])
        #expect(m.map(\.position) == ["เจ้าอาวาสวัดบางพลัด"])
    }

    /// A typed row's position wrapped after a number of its own (`… ลุมพินี เฮาส์` / `2<TAB>กรรมการ`,
    /// district fixture d25): the number is no entry's (the next is 15), so the line ends the
    /// position and gives the role; it had been entry 2 whose role, read as a heading, set every
    /// later member's role, and the two assistant secretaries' wraps had become members.
    @Test func aNumberInsideAWrappedPositionIsNoEntry() throws {
        let m = try OcrMemberListTests.membersFromText("""
          14. นายกิตติพัฒน์ สุขเจริญ\tประธานกรรมการนิติบุคคลอาคารชุด ลุมพินี เฮาส์
                2\tกรรมการ
          15. หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม
                กรรมการและเลขานุการ
          16. นายปรีชา ปัญญาดี\tเจ้าพนักงานธุรการชำนาญงาน
                ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม\tกรรมการและผู้ช่วยเลขานุการ
        """, ocr: false)
        #expect(m.map(\.seq) == [14, 15, 16])
        #expect(m.map(\.role) == [.member, .secretary, .assistantSecretary])
        #expect(m.map(\.position) == ["ประธานกรรมการนิติบุคคลอาคารชุด ลุมพินี เฮาส์ 2", "หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม",
                                      "เจ้าพนักงานธุรการชำนาญงาน ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"])
    }

    /// An attendance table (no roles) as tesseract printed it (probe f05): each row's wrapped cells
    /// go to the row above them, not to the first row (which, never getting a role, had waited for
    /// every wrap); specks before the titles do not keep a row waiting; the header cell's wrapped end
    /// (`ดับ` of ลำดับ) heads no group.
    @Test func anAttendanceTableRowByRow() throws {
        let doc = try ReaderRegistry.read(ReaderInput(path: "t.txt", bytes: Array("""
        [ลำ   ชื่อ - สกุล                  ตำแหน่ง                   -
        ดับ
        ๑ |เนายวรพจน์ เกียรติสกุล |ผู้อำนวยการเขตบางนา
        ๒ เนางสุภาวดี นาคสวัสดิ์ | หัวหน้าฝ่ายปกครอง
        ๓ |ร.ต.อ.ชยพล ปิ่นทอง        รองสารวัตรป้องกันปราบ

        ปราม สถานีตำรวจนครบาล
        บางนา

        ๕ นายสมหมาย รักษ์ถิน

        ประธานชุมชนหมู่บ้าน
        สินทรัพย์นคร
        """.utf8), sha256: ""))
        var ctx = ExtractionContext(lines: LineBuilder.lines(of: doc), record: Record(source: doc.source, kind: .minutes))
        ctx.ocr = true
        let m = MemberListExtractor.read(&ctx, from: 0, rolesExpected: false).0
        #expect(m.map(\.position) == ["ผู้อำนวยการเขตบางนา", "หัวหน้าฝ่ายปกครอง", "รองสารวัตรป้องกันปราบ ปราม สถานีตำรวจนครบาลบางนา",
                                      "ประธานชุมชนหมู่บ้านสินทรัพย์นคร"])
        // (The word the wrap cut, ปราบ ปราม, is joined later by the dictionary pass, OcrWordPass.)
        #expect(m.allSatisfy { $0.group == nil })
    }

    /// A typed table numbering its rows without a dot (`๑      นาย…`), two committees each under a
    /// numbered heading, the second only a committee's name (`๒. คณะทำงาน`): the rows open entries
    /// (every name had been null, the number in the position) and the second committee's members
    /// are its group (they had none).
    @Test func aTypedTableWithBareNumbersAndTwoCommittees() throws {
        let m = try OcrMemberListTests.membersFromText("""
                ลำดับ   ชื่อ - สกุล              ตำแหน่ง                               หน้าที่
                ๑. คณะกรรมการอำนวยการ
                ๑      นายธีรวัฒน์ กาญจนศรี      ผู้อำนวยการเขตบางพลัด                   ประธานกรรมการ
                ๒      นางสาวกมลชนก วงศ์ทอง   ผู้ช่วยผู้อำนวยการเขตบางพลัด               กรรมการและเลขานุการ
                ๒. คณะทำงาน
                ๑      นายสุรเชษฐ์ มณีวงศ์       หัวหน้าฝ่ายเทศกิจ                       หัวหน้าคณะทำงาน
                ๒      นายอนันต์ ทองมา          หัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ    คณะทำงานและเลขานุการ
        """, ocr: false)
        #expect(m.map(\.name) == ["นายธีรวัฒน์ กาญจนศรี", "นางสาวกมลชนก วงศ์ทอง", "นายสุรเชษฐ์ มณีวงศ์", "นายอนันต์ ทองมา"])
        #expect(m.map(\.seq) == [1, 2, 1, 2])
        #expect(m.map(\.group) == ["คณะกรรมการอำนวยการ", "คณะกรรมการอำนวยการ", "คณะทำงาน", "คณะทำงาน"])
        #expect(m.map(\.role) == [.chair, .secretary, .chair, .secretary])
    }

    /// A rule of any length under a heading is no text (rules over 40 dashes had been glued to the
    /// subject above them).
    @Test(arguments: [String(repeating: "-", count: 42), String(repeating: "-", count: 60), "- - - - - - - - - - - -",
                      String(repeating: "_", count: 42), "-----"])
    func rulesAreFurniture(rule: String) {
        #expect(LineBuilder.isPageFurniture(rule))
        #expect(LineBuilder.isPageFurniture("                " + rule))
        #expect(!LineBuilder.isPageFurniture("เรื่อง แต่งตั้ง " + rule))
    }

    /// A catchword naming the next page's first entry in full, or over two lines (probe j01): page
    /// furniture (it had been glued to the last member's position, or headed every later member).
    @Test(arguments: [["/๑๘. นางสาวสุภาพร เรืองชัย"], ["/๑๘. นางสาว", "สุภาพร..."], ["/๑๘. นางสาวสุภาพร..."]])
    func numberedCatchwords(catchword: [String]) throws {
        let text = (["        ๑๗. นายธีระ ศักดิ์สิทธิ์   ผู้แทนองค์กรภาคประชาสังคม มูลนิธิพัฒนาชุมชนบางเขน   กรรมการ"]
                    + catchword.map { String(repeating: " ", count: 60) + $0 }
                    + ["\u{0C}                              - ๒ -", "        ๑๘. นางสาวสุภาพร เรืองชัย   ผู้แทนสภาเด็กและเยาวชนเขตบางเขน   กรรมการ",
                       "        ๑๙. นายสมพงษ์ ทับทิม   ผู้จัดการธนาคารออมสิน สาขาบางเขน   กรรมการ"]).joined(separator: "\n")
        let m = try OcrMemberListTests.membersFromText(text, ocr: false)
        #expect(m.map(\.position) == ["ผู้แทนองค์กรภาคประชาสังคม มูลนิธิพัฒนาชุมชนบางเขน", "ผู้แทนสภาเด็กและเยาวชนเขตบางเขน",
                                      "ผู้จัดการธนาคารออมสิน สาขาบางเขน"])
        #expect(m.allSatisfy { $0.group == nil })
    }

    @Test(arguments: ["/", "/ภายใน", "ที่ ๑๒/๒๕๖๗", "/(๑) ผู้แทน"])
    func notNumberedCatchwords(line: String) {
        #expect(!LineBuilder.isNumberedCatchword(line))
    }


    /// One person appointed in a sentence without เป็น: the position ends before the duty verb and
    /// loses its `ตำแหน่ง` label (it had run to the sentence's end).
    @Test(arguments: [
        ("ให้ นายภานุวัฒน์ สิทธิโชค ตำแหน่งนักวิชาการพัสดุชำนาญการ ฝ่ายการคลัง ปฏิบัติหน้าที่เจ้าหน้าที่พัสดุของสำนักงานเขตจตุจักร อีกหน้าที่หนึ่ง",
         "นายภานุวัฒน์ สิทธิโชค นักวิชาการพัสดุชำนาญการ ฝ่ายการคลัง"),
        ("ให้นางสาวสุดา ใจดี นักจัดการงานทั่วไปชำนาญการ ทำหน้าที่เลขานุการของผู้อำนวยการเขต", "นางสาวสุดา ใจดี นักจัดการงานทั่วไปชำนาญการ"),
        ("ให้ นายสมชาย ใจดี หัวหน้าฝ่ายโยธา เป็นประธานกรรมการ", "นายสมชาย ใจดี หัวหน้าฝ่ายโยธา ประธานกรรมการ"),
    ])
    func anAppointmentSentence(line: String, entry: String) {
        #expect(MemberListExtractor.sentenceEntry(Substring(line)).map(String.init) == entry)
    }

    /// A speck read as one Thai consonant before a title, glued or apart (probe h01, tesseract's
    /// lines): the name is read (it had been null, the speck and name in the position).
    @Test(arguments: [
        ("๑     ป นายสุรเชษฐ์ มณีวงศ์   หัวหน้าฝ่ายเทศกิจ   หัวหน้าคณะทำงาน", "นายสุรเชษฐ์ มณีวงศ์"),
        ("๓ ฝนางสาวศิริพร แก้วมณี   นักพัฒนาสังคมชำนาญการ   คณะทำงาน", "นางสาวศิริพร แก้วมณี"),
    ])
    func aConsonantSpeckBeforeATitle(line: String, name: String) throws {
        let m = try OcrMemberListTests.membersFromText(line)
        #expect(m.map(\.name) == [name])
    }

    /// Ruling as tokens of a position (hOCR cells apart by `|`): dropped.
    @Test(arguments: [
        ("อาจารย์คณะพัฒนาสังคม | มหาวิทยาลัยศรีนครินทร์ธาราม", "อาจารย์คณะพัฒนาสังคม มหาวิทยาลัยศรีนครินทร์ธาราม"),
        ("( หัวหน้าฝ่ายเทศกิจ", "หัวหน้าฝ่ายเทศกิจ"),
        ("|หัวหน้าฝ่ายพัฒนาชุมชนและ สวัสดิการสังคม", "หัวหน้าฝ่ายพัฒนาชุมชนและ สวัสดิการสังคม"),
        ("หัวหน้าฝ่ายเทศกิจ", nil),
    ] as [(String, String?)])
    func rulingTokens(position: String, cleaned: String?) {
        #expect(MemberListExtractor.withoutRulingTokens(position) == cleaned)
    }

    /// A flush heading between entries numbered through their groups (`ผู้แทนชุมชน` between ๓ and ๔,
    /// probe i06): a heading, not the position's wrap (that needs the line to stand right of its row).
    @Test func aFlushHeadingBetweenNumberedEntries() throws {
        let text = """
        ฝ่ายบริหาร
                ๑. นายพิชิต รุ่งเรืองศรี         ผู้อำนวยการเขตคลองสาน                 ประธานกรรมการ
                ๒. นายสมพร แสงจันทร์         หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม  กรรมการและเลขานุการ
        ผู้แทนชุมชน
                ๓. นางบุษบา ทองดี            ประธานชุมชนวัดทองนพคุณ              กรรมการ
        """
        let m = try OcrMemberListTests.membersFromText(text, ocr: false)
        #expect(m.map(\.position) == ["ผู้อำนวยการเขตคลองสาน", "หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ประธานชุมชนวัดทองนพคุณ"])
        #expect(m.map(\.group) == ["ฝ่ายบริหาร", "ฝ่ายบริหาร", "ผู้แทนชุมชน"])
        // As Word paragraphs (no indent known, the heading not led by a tab): the same.
        let p = Self.membersFromParagraphs(text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) })
        #expect(p.map(\.group) == ["ฝ่ายบริหาร", "ฝ่ายบริหาร", "ผู้แทนชุมชน"])
    }

    /// Members printed in two columns side by side (probe i01), numbered down each column or
    /// across: every entry read once, in number order, each with its own role (the right column had
    /// been lost and its number and name read as the left entry's position, its role as the left's).
    @Test(arguments: [
        ("๑. นายสุรพล แก้วมณี         ประธานกรรมการ          ๕. นางสาวรัชนี บุญมา         กรรมการ",
         "๒. นางกาญจนา ศรีสวัสดิ์      รองประธานกรรมการ       ๖. นายอนุชา พรหมวงศ์        กรรมการ",
         "๓. นายวีระ ทองสุข           กรรมการ                ๗. นางสาวปวีณา ใจมั่น        กรรมการและเลขานุการ",
         "๔. นางมาลัย คำแก้ว          กรรมการ                ๘. นายธนพล สีดา            กรรมการและผู้ช่วยเลขานุการ"),
        ("๑. นายสุรพล แก้วมณี\tประธานกรรมการ\t๒. นางกาญจนา ศรีสวัสดิ์\tรองประธานกรรมการ",
         "๓. นายวีระ ทองสุข\tกรรมการ\t๔. นางมาลัย คำแก้ว\tกรรมการ",
         "๕. นางสาวรัชนี บุญมา\tกรรมการ\t๖. นายอนุชา พรหมวงศ์\tกรรมการ",
         "๗. นางสาวปวีณา ใจมั่น\tกรรมการและเลขานุการ\t๘. นายธนพล สีดา\tกรรมการและผู้ช่วยเลขานุการ"),
    ])
    func twoColumnsSideBySide(rows: (String, String, String, String)) throws {
        let lines = [rows.0, rows.1, rows.2, rows.3]
        let asText = try OcrMemberListTests.membersFromText(lines.map { "        " + $0 }.joined(separator: "\n"), ocr: false)
        for m in [asText, Self.membersFromParagraphs(lines)] {
            #expect(m.map(\.seq) == Array(1...8))
            #expect(m.map(\.name) == ["นายสุรพล แก้วมณี", "นางกาญจนา ศรีสวัสดิ์", "นายวีระ ทองสุข", "นางมาลัย คำแก้ว",
                                    "นางสาวรัชนี บุญมา", "นายอนุชา พรหมวงศ์", "นางสาวปวีณา ใจมั่น", "นายธนพล สีดา"])
            #expect(m.map(\.role) == [.chair, .viceChair, .member, .member, .member, .member, .secretary, .assistantSecretary])
            #expect(m.allSatisfy { $0.position == nil })
        }
    }

    /// Two entries on one OCR'd line, the second's number behind a speck (`#๕.`) or garbled into a
    /// letter (`ฆ.` for ๗., after a role word): both read, the garbled number left unknown.
    @Test func twoColumnsOnAnOcrLine() throws {
        let text = """
        ๑. นายสุรพล แก้วมณี ประธานกรรมการ #๕. นางสาวรัชนี บุญมา กรรมการ
        ๓. นายวีระ ทองสุข กรรมการ ฆ. นางสาวปวีณา ใจมั่น กรรมการและเลขานุการ
        """
        let doc = try ReaderRegistry.read(ReaderInput(path: "t.txt", bytes: Array(text.utf8), sha256: ""))
        var ctx = ExtractionContext(lines: LineBuilder.lines(of: doc), record: Record(source: doc.source, kind: .order))
        ctx.ocr = true
        let m = MemberListExtractor.read(&ctx, from: 0).0
        #expect(m.map(\.name) == ["นายสุรพล แก้วมณี", "นายวีระ ทองสุข", "นางสาวรัชนี บุญมา", "นางสาวปวีณา ใจมั่น"])
        #expect(m.map(\.seq) == [1, 3, 5, nil])
        #expect(m.map(\.role) == [.chair, .member, .member, .secretary])
        // The garbled number is warned on the member it belongs to, where the right column ends up.
        #expect(ctx.record.warnings.filter { $0.code == "ocr_unreadable_number" }.map(\.field) == ["members[3].seq"])
    }

    /// A number inside a position, after a wide gap, opens no second column: it has no dot and no
    /// name after it.
    @Test func aNumberInAPositionIsNoSecondColumn() throws {
        let m = try OcrMemberListTests.membersFromText("""
                ๑. นายสมชาย ใจดี       ประธานชุมชนหมู่บ้าน     ๒ ประชาสุข      กรรมการ
                ๒. นางสาวสุดา ศรีงาม     ประธานชุมชนวัดลาดบัวขาว   กรรมการ
        """, ocr: false)
        #expect(m.map(\.name) == ["นายสมชาย ใจดี", "นางสาวสุดา ศรีงาม"])
        #expect(m.first?.position == "ประธานชุมชนหมู่บ้าน ๒ ประชาสุข")
    }

    /// Member lines printed role first, with or without numbers, cells apart by spaces or tabs
    /// (probe i02): read as name, position and role (no member had been read).
    @Test(arguments: [
        ("ประธานกรรมการ              นายชัยวัฒน์ ศรีประเสริฐ      ผู้อำนวยการเขตห้วยขวาง", "นายชัยวัฒน์ ศรีประเสริฐ", "ผู้อำนวยการเขตห้วยขวาง", MemberRole.chair),
        ("๒. กรรมการและเลขานุการ\tนายณัฐวุฒิ พึ่งบุญ\tหัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ", "นายณัฐวุฒิ พึ่งบุญ",
         "หัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ", .secretary),
        ("กรรมการ                    ว่าที่ร้อยตรีสมบัติ ดีงาม", "ว่าที่ร้อยตรีสมบัติ ดีงาม", nil, .member),
        ("กรรมการและผู้ช่วยเลขานุการนางสาวศศิธร มีชัย นักวิชาการสุขาภิบาลชำนาญการ", "นางสาวศศิธร มีชัย", "นักวิชาการสุขาภิบาลชำนาญการ", .assistantSecretary),
    ] as [(String, String, String?, MemberRole)])
    func roleFirst(line: String, name: String, position: String?, role: MemberRole) throws {
        let m = try OcrMemberListTests.membersFromText("        " + line, ocr: false)
        #expect(m.map(\.name) == [name])
        #expect(m.map(\.position) == [position])
        #expect(m.map(\.role) == [role])
    }

    /// A position that opens with a role word is no role-first line: no titled name follows it.
    @Test(arguments: ["ประธานกรรมการนิติบุคคลอาคารชุด ลุมพินี เฮาส์", "ประธานชุมชนวัดทองนพคุณ กรรมการ", "กรรมการ"])
    func notRoleFirst(text: String) {
        #expect(MemberListExtractor.roleFirst(Substring(text)) == nil)
    }

    /// A committee's duties printed under its members, then the next committee (`ให้คณะกรรมการ
    /// อำนวยการมีอำนาจหน้าที่ …` / `๒. คณะอนุกรรมการ… ประกอบด้วย`, probe j05): the list goes on (the
    /// sub-committees' members had been lost without a word).
    @Test func dutiesBetweenCommittees() throws {
        let m = try OcrMemberListTests.membersFromText("""
        ๑. คณะกรรมการอำนวยการ ประกอบด้วย
            ๑.๑ ปลัดกรุงเทพมหานคร                                  ประธานกรรมการ
            ๑.๒ ผู้อำนวยการกองนโยบายและแผนงาน สำนักสิ่งแวดล้อม          กรรมการและเลขานุการ
        ให้คณะกรรมการอำนวยการมีอำนาจหน้าที่ กำหนดนโยบาย ทิศทาง และเป้าหมายการเพิ่มพื้นที่สีเขียวของกรุงเทพมหานคร
        ๒. คณะอนุกรรมการด้านการเพิ่มพื้นที่สีเขียว ประกอบด้วย
            ๒.๑ ผู้อำนวยการสำนักสิ่งแวดล้อม                           ประธานอนุกรรมการ
            ๒.๒ นายธนากร ศรีเมือง  ผู้อำนวยการส่วนปลูกและบำรุงรักษาต้นไม้   อนุกรรมการและเลขานุการ
        ให้คณะอนุกรรมการมีหน้าที่ จัดทำแผนการเพิ่มพื้นที่สีเขียว
        ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
        """, ocr: false)
        #expect(m.map(\.position) == ["ปลัดกรุงเทพมหานคร", "ผู้อำนวยการกองนโยบายและแผนงาน สำนักสิ่งแวดล้อม", "ผู้อำนวยการสำนักสิ่งแวดล้อม",
                                      "ผู้อำนวยการส่วนปลูกและบำรุงรักษาต้นไม้"])
        #expect(m.map(\.role) == [.chair, .secretary, .chair, .secretary])
        #expect(m.map(\.group) == ["คณะกรรมการอำนวยการ", "คณะกรรมการอำนวยการ", "คณะอนุกรรมการด้านการเพิ่มพื้นที่สีเขียว",
                                   "คณะอนุกรรมการด้านการเพิ่มพื้นที่สีเขียว"])
    }

    /// Two-line entries: name and role on the entry's line, the position under the name (one or two
    /// lines), as typed text and as Word paragraphs set in by a left indent (probe j02): the
    /// position (it had been null, and its second line the group of every later member).
    @Test func positionUnderTheName() throws {
        let lines = [("๒. นายพิชิต แสงทอง\tรองประธานกรรมการ", 283), ("ผู้ช่วยผู้อำนวยการเขตดอนเมือง", 680),
                     ("๓. พันตำรวจโท ประสงค์ วงศ์สุวรรณ\tกรรมการ", 283), ("รองผู้กำกับการป้องกันปราบปราม", 680),
                     ("สถานีตำรวจนครบาลดอนเมือง", 680), ("๔. นายเอกชัย รักษ์ดี\tกรรมการและเลขานุการ", 283), ("หัวหน้าฝ่ายเทศกิจ", 680),
                     ("ให้คณะกรรมการมีหน้าที่ จัดระเบียบการค้า", 0)]
        let text = lines.map { (String(repeating: " ", count: $0.1 == 283 ? 8 : $0.1 == 680 ? 11 : 8)) + $0.0.replacingOccurrences(of: "\t", with: "      ") }
        let asText = try OcrMemberListTests.membersFromText(text.joined(separator: "\n"), ocr: false)
        let doc = Document(source: SourceInfo(path: "t.docx", format: .docx, sha256: "", byteCount: 0),
                           blocks: lines.enumerated().map { i, l in
                               .paragraph(Paragraph(text: l.0, provenance: Provenance(part: "word/document.xml", index: i, line: nil),
                                                    layout: Layout(left: l.1 == 0 ? nil : l.1)))
                           })
        var ctx = ExtractionContext(lines: LineBuilder.lines(of: doc), record: Record(source: doc.source, kind: .order))
        let asWord = MemberListExtractor.read(&ctx, from: 0).0
        for m in [asText, asWord] {
            #expect(m.map(\.position) == ["ผู้ช่วยผู้อำนวยการเขตดอนเมือง", "รองผู้กำกับการป้องกันปราบปราม สถานีตำรวจนครบาลดอนเมือง", "หัวหน้าฝ่ายเทศกิจ"])
            #expect(m.map(\.role) == [.viceChair, .member, .secretary])
            #expect(m.allSatisfy { $0.group == nil })
        }
    }

    /// Entries given by position, the holder's name in brackets under it (or after it): the name
    /// (it had been glued into the position, or the group of the next member). An OCR'd line that
    /// lost a bracket counts too.
    @Test(arguments: [
        (["๑. ผู้อำนวยการเขตหนองแขม      หัวหน้าคณะทำงาน", "   (นายวีระพงษ์ สุขสวัสดิ์)"], false),
        (["๑. ผู้อำนวยการเขตหนองแขม (นายวีระพงษ์ สุขสวัสดิ์)      หัวหน้าคณะทำงาน"], false),
        (["๑. ผู้อำนวยการเขตหนองแขม หัวหน้าคณะทำงาน", "นายวีระพงษ์ สุขสวัสดิ์)"], true),
    ])
    func bracketedNameUnderThePosition(lines: [String], ocr: Bool) throws {
        let m = try OcrMemberListTests.membersFromText((lines + ["๒. หัวหน้าฝ่ายโยธา      คณะทำงาน", "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป"])
            .map { "        " + $0 }.joined(separator: "\n"), ocr: ocr)
        #expect(m.map(\.name) == ["นายวีระพงษ์ สุขสวัสดิ์", nil])
        #expect(m.map(\.position) == ["ผู้อำนวยการเขตหนองแขม", "หัวหน้าฝ่ายโยธา"])
        #expect(m.map(\.role) == [.chair, .member])
    }

    /// At a list's end a bracketed name is the signature's and a lone short word a sentence's tail:
    /// neither joins the last member's position.
    @Test func theSignatureAfterTheListIsNoPosition() throws {
        let m = try OcrMemberListTests.membersFromText("""
                ๑. นายวิทยา บุญประคอง     นายช่างโยธาอาวุโส     กรรมการ
                   แทน
                ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
        """, ocr: false)
        #expect(m.map(\.position) == ["นายช่างโยธาอาวุโส"])
    }

    /// An OCR'd entry whose line ends on a word that only opens a position (`… ทิพย์มณี ผู้`, then a
    /// speck line, then `านวยการสำนักงานสวนสาธารณะ` and the role, probe j05's tesseract text): the
    /// next line goes on with it, without a space (it had become the group of every later member).
    @Test func aPositionCutAfterItsOpener() throws {
        let m = try OcrMemberListTests.membersFromText("""
        ๒.๓ นายพงศกร ทิพย์มณี ผู้

        ๐

        านวยการสำนักงานสวนสาธารณะ
        อนุกรรมการ
        ๒.๔ นางสาวศิริลักษณ์ วัฒนากุล ผู้อำนวยการเขตบางกอกน้อย
        อนุกรรมการ
        """, ocr: true)
        #expect(m.map(\.name) == ["นายพงศกร ทิพย์มณี", "นางสาวศิริลักษณ์ วัฒนากุล"])
        #expect(m.map(\.position) == ["ผู้านวยการสำนักงานสวนสาธารณะ", "ผู้อำนวยการเขตบางกอกน้อย"])
        #expect(m.allSatisfy { $0.group == nil && $0.role == .member })
        #expect(MemberListExtractor.endsOnAnOpener("นายสมชาย ใจดี ผู้อำนวยการ"))
        #expect(!MemberListExtractor.endsOnAnOpener("นายสมชาย ใจดี ผู้อำนวยการเขต"))
    }

    /// An OCR'd entry with name and role only, its position on the line under it (probe j02's hOCR):
    /// the position, a space after the family name (it had been glued into the family name).
    @Test func anOcrPositionUnderABareName() throws {
        let m = try OcrMemberListTests.membersFromText("""
        ๓. พันตำรวจโท ประสงค์ วงศ์สุวรรณ กรรมการ
        รองผู้กำกับการป้องกันปราบปราม
        ๔. ว่าที่ร้อยตรี ภูมิพัฒน์ ศรีบุญ กรรมการและผู้ช่วยเลขานุการ
        นักวิชาการสุขาภิบาลชำนาญการ
        """, ocr: true)
        #expect(m.map(\.name) == ["พันตำรวจโท ประสงค์ วงศ์สุวรรณ", "ว่าที่ร้อยตรี ภูมิพัฒน์ ศรีบุญ"])
        #expect(m.map(\.position) == ["รองผู้กำกับการป้องกันปราบปราม", "นักวิชาการสุขาภิบาลชำนาญการ"])
        #expect(m.map(\.role) == [.member, .assistantSecretary])
    }
}
