import Testing
import SarabanCore
import Readers
@testable import Extraction

/// Deadlines in layouts the fixtures lack (probe round 7).
@Suite struct DeadlineLayoutTests {
    static func memo(_ body: String) -> String {
        """
                                      บันทึกข้อความ
        ส่วนราชการ  สำนักการศึกษา  โทร. ๐ ๒๔๓๗ ๖๖๓๑
        ที่  กท ๐๘๐๔/ว ๒๑๗๕                     วันที่  ๖ พฤศจิกายน ๒๕๖๖
        เรื่อง  การสำรวจภาวะโภชนาการของนักเรียน
        เรียน  ผู้อำนวยการเขตทุกเขต
        \(body)
                จึงเรียนมาเพื่อโปรดทราบ

                                    (นางสาวสุนทรี วงศ์เกษม)
                                    ผู้อำนวยการสำนักการศึกษา
        """
    }

    /// A line broken between `ภายในวัน` and `ที่ …` (Thai wraps inside words; tesseract breaks there
    /// often): the date's label, not a reference's `ที่` opening a paragraph. The deadline had been lost.
    /// So is one broken after the weekday's name (`…ภายในวันพฤหัสบดี` / `ที ๓๐ …`, probe j06's tesseract text).
    @Test(arguments: [("ที่", ""), ("ที", ""), ("ที", "พฤหัสบดี"), ("ที่", "พฤหัสบดี")])
    func aDeadlineBrokenInsideวันที่(label: String, weekday: String) throws {
        let r = try extractRecord(text: Self.memo("""
                ขอให้สำนักงานเขตรวบรวมแบบรายงานสรุปผลการสำรวจของทุกโรงเรียนส่งสำนักการศึกษา ภายในวัน\(weekday)
        \(label) ๓๐ พฤศจิกายน ๒๕๖๖ เวลา ๑๖.๓๐ น.
        """))
        #expect(r.deadlines.map(\.date) == ["2023-11-30"])
        #expect(r.deadlines.first?.action?.hasSuffix("ส่งสำนักการศึกษา") == true)
    }

    /// A sentence typed over a page break: the catchword at the page's foot (`/ภายในวันที่...`), the
    /// page number and a running header of the reference are dropped, and the flush-left line on the
    /// next page goes on with the indented paragraph (its deadline had lost its action).
    @Test(arguments: [false, true])
    func aSentenceOverAPageBreak(runningHeader: Bool) throws {
        let r = try extractRecord(text: Self.memo("""
                ๑. ฝ่ายปกครอง จัดเตรียมสถานที่ให้แล้วเสร็จก่อนวันงาน
                ๒. ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม ประสานผู้นำชุมชน และส่งรายชื่อผู้เข้าร่วมกิจกรรมให้ฝ่ายปกครอง
                                                                              /ภายในวันที่...
        \u{0C}                                   - ๒ -
        \(runningHeader ? "ที่  กท ๐๘๐๔/ว ๒๑๗๕" : "")

        ภายในวันที่ ๘ พฤศจิกายน ๒๕๖๖
                ๓. ฝ่ายเทศกิจ จัดเจ้าหน้าที่อำนวยความสะดวกด้านการจราจร
        """))
        #expect(r.deadlines.map(\.date) == ["2023-11-08"])
        #expect(r.deadlines.first?.action == "ส่งรายชื่อผู้เข้าร่วมกิจกรรมให้ฝ่ายปกครอง")
        #expect(!r.body.contains { $0.hasPrefix("/") || $0.hasPrefix("ที่") })
        #expect(r.referenceNo == "กท ๐๘๐๔/ว ๒๑๗๕")
    }

    /// Fiscal-period deadlines (the fiscal year runs 1 October – 30 September: FY2567 from
    /// 1 October 2566), due by the period's last day with `fiscal_deadline`; without a printed year,
    /// the fiscal year of the memo's date (6 November 2566 falls in FY2567). They had been lost.
    @Test(arguments: [
        ("ให้รายงานผลภายในไตรมาสที่ ๓ ของปีงบประมาณ พ.ศ. ๒๕๖๗", "2024-06-30"),
        ("ให้รายงานผลภายในไตรมาสที่ ๑ ของปีงบประมาณ พ.ศ. ๒๕๖๗", "2023-12-31"),
        ("ให้รายงานผลภายในไตรมาส ๒/๒๕๖๗", "2024-03-31"),
        ("ให้สรุปผลเสนอภายในสิ้นปีงบประมาณ พ.ศ. ๒๕๖๗", "2024-09-30"),
        ("ให้สรุปผลเสนอภายในปีงบประมาณ ๒๕๖๘", "2025-09-30"),
        ("ให้รายงานผลภายในไตรมาสที่ ๔", "2024-09-30"),
    ])
    func aFiscalPeriodDeadline(sentence: String, date: String) throws {
        let r = try extractRecord(text: Self.memo("        " + sentence))
        #expect(r.deadlines.map(\.date) == [date])
        #expect(r.warnings.contains { $0.code == "fiscal_deadline" && $0.field == "deadlines[0].date" })
    }

    /// A table whose due-date column's header holds the marker (`ภายในวันที่`), typed with spaces or
    /// a Word table's cells (tabs): each row with a date is a deadline, its action the activity, the
    /// unit's column left out (all four had been lost).
    @Test(arguments: [" ", "\t"])
    func aTableOfDeadlines(separator: String) throws {
        let gap = separator == " " ? "          " : "\t"
        let r = try extractRecord(text: Self.memo("""
                ด้วยสำนักงานเขตจึงขอให้หน่วยงานดำเนินการตามกิจกรรมและกำหนดเวลา ดังนี้
                หน่วยงาน\(gap)กิจกรรม\(gap)ภายในวันที่
                ฝ่ายปกครอง\(gap)สำรวจข้อมูลผู้สูงอายุในชุมชน\(gap)๑๔ พฤศจิกายน ๒๕๖๖
                ฝ่ายการคลัง\(gap)เบิกจ่ายงบประมาณโครงการ\(gap)๓๐ พฤศจิกายน ๒๕๖๖
        """))
        #expect(r.deadlines.map(\.date) == ["2023-11-14", "2023-11-30"])
        #expect(r.deadlines.map(\.action) == ["สำรวจข้อมูลผู้สูงอายุในชุมชน", "เบิกจ่ายงบประมาณโครงการ"])
        #expect(r.warnings.filter { $0.code == "table_deadline" }.count == 2)
    }

    /// A two-digit year (`๒๙/๓/๖๗`) is read, and the doubt the date reader had is said on the
    /// deadline and the meeting too (it had been on neither).
    @Test func aTwoDigitYearIsSaid() throws {
        let r = try extractRecord(text: Self.memo("""
                ขอให้ส่งแผนให้ฝ่ายการคลังภายในวันที่ ๒๙/๑๑/๖๖ เพื่อรวบรวมเสนอผู้อำนวยการเขต
                ทั้งนี้ จะจัดประชุมชี้แจงในวันที่ ๒๑/๑๑/๖๖ เวลา ๑๓.๓๐ น. ณ ห้องประชุมสำนักงานเขต
        """))
        #expect(r.deadlines.map(\.date) == ["2023-11-29"])
        #expect(r.warnings.contains { $0.code == "two_digit_year" && $0.field == "deadlines[0].date" })
        #expect(r.warnings.contains { $0.code == "two_digit_year" && $0.field == "meetings[0].start" })
    }

    /// The same table as tesseract printed it (probe h06): cells apart by gaps or read ruling (`|`),
    /// each row's year and the activity's end wrapped to the line under it, a year past reading taken
    /// as the first such day after the memo's date.
    @Test func anOCRdTableOfDeadlines() {
        let doc = Document(source: SourceInfo(path: "t.txt", format: .text, sha256: "", byteCount: 0), blocks: [])
        var ctx = ExtractionContext(lines: [], record: Record(source: doc.source, kind: .memo))
        ctx.ocr = true
        ctx.evidenceYear = 2023
        ctx.record.date = "2023-06-02"
        let text = """
        หน่วยงาน          กิจกรรม              ภายในวันที่
        ฝ่ายปกครอง         สํารวจข้อมูลผู้สูงอายุในชุมชน | ๑๔ มิถุนายน
        ๒๕๖๖
        ฝ่ายพัฒนาชุมชนฯ      จัดทําทะเบียนอาสาสมัครดูแลผู้ | ๒๑ มิถุนายน
        สูงอายุ               ๒๕๒๑๒
        """
        let reader = try? ReaderRegistry.read(ReaderInput(path: "t.txt", bytes: Array(text.utf8), sha256: ""))
        ctx.lines = reader.map(LineBuilder.lines(of:)) ?? []
        DeadlineTable.read(&ctx, lines: Array(ctx.lines.indices))
        #expect(ctx.record.deadlines.map(\.date) == ["2023-06-14", "2023-06-21"])
        // (The reader normalises tesseract's sara am, ํา, to ำ.)
        #expect(ctx.record.deadlines.map(\.action) == ["สำรวจข้อมูลผู้สูงอายุในชุมชน", "จัดทำทะเบียนอาสาสมัครดูแลผู้สูงอายุ"])
    }

    /// A meeting's place printed before its date (`ณ ศาลาประชาคม… ในวันเสาร์ที่ …`): read (it had been
    /// null); ณ ending a word hOCR split (`ประ มาณ ๑๒๐ คน`) is no place.
    @Test(arguments: [
        ("จึงกำหนดจัดการประชุมรับฟังความคิดเห็นของประชาชน ณ ศาลาประชาคมชุมชนโชคชัย ๔ เขตลาดพร้าว ในวันเสาร์ที่ ๑๘ พฤศจิกายน ๒๕๖๖ ตั้งแต่เวลา ๐๙.๐๐ น. เป็นต้นไป",
         "ศาลาประชาคมชุมชนโชคชัย ๔ เขตลาดพร้าว"),
        ("จึงขออนุมัติจัดประชุมชี้แจงผู้ประกอบการ จำนวน ประ มาณ ๑๒๐ คนในวันศุกร์ที่ ๒๔ พฤศจิกายน ๒๕๖๖ เวลา ๐๙.๐๐ น.", nil),
    ] as [(String, String?)])
    func aPlaceBeforeTheDate(sentence: String, place: String?) throws {
        let r = try extractRecord(text: Self.memo("        " + sentence))
        #expect(r.meetings.count == 1)
        #expect(r.meetings.first?.place == place)
    }
}
