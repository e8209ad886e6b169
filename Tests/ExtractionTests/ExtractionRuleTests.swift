import Testing
import SarabanCore
@testable import Extraction
import Readers

/// The extractor's rules one by one, table-driven: each row is a case a real document has.
@Suite struct ExtractionRuleTests {
    @Test(arguments: [
        ("๑. ผู้อำนวยการเขต", 1, false), ("12. นายสมชาย", 12, false), ("(๓) ผู้แทนชุมชน", 3, true),
        ("๓) กรรมการ", 3, false), ("๒.๓ หัวหน้าฝ่าย", 3, false),
        ("๑ . กำหนดการประชุม", 1, false), ("๒ .แผนที่", 2, false),   // OCR set the dot apart
        ("๓,. นายวีระ กล้าหาญ", 3, false),                          // a speck read as a comma
    ])
    func entryLabels(text: String, number: Int, parenthesised: Bool) throws {
        let (label, _) = try #require(EntryLabel.read(Substring(text)))
        #expect(label.number == number)
        #expect(label.parenthesised == parenthesised)
    }

    @Test(arguments: ["๑๒๓/๒๕๖๕", "2565 ปี", "ผู้อำนวยการ", "๑๒๓๔", "๑ .๕ เมตร", "๒ . ๕", "๑,๒๐๐ บาท",
                      "๑๖.๐๐ น. ณ สวนสันติภาพ", "๙.๓๐ นาฬิกา"])   // a time wrapped to the line's start
    func notEntryLabels(text: String) {
        #expect(EntryLabel.read(Substring(text)) == nil)
    }

    @Test(arguments: [
        ("นายขจิต ชัชวานิชย์", "นาย", "ขจิต", "ชัชวานิชย์"),
        ("ผศ.ดร.สมศรี ใจดี", "ผศ.ดร.", "สมศรี", "ใจดี"),
        ("ว่าที่ ร.ต. ชาญณรงค์ ศรีสมบัติ", "ว่าที่ ร.ต.", "ชาญณรงค์", "ศรีสมบัติ"),
        ("พ.ต.อ. ยุทธนา ศรีสุวรรณ", "พ.ต.อ.", "ยุทธนา", "ศรีสุวรรณ"),
        ("นางสาว ดวงใจ วงศ์สวัสดิ์", "นางสาว", "ดวงใจ", "วงศ์สวัสดิ์"),
        ("หม่อมหลวงสมศักดิ์ ณ อยุธยา", "หม่อมหลวง", "สมศักดิ์", "ณ อยุธยา"),
        // OCR lost the title's tone mark: the standard title is kept.
        ("ว่าทีร้อยตรีชัยวัฒน์ รักษ์ไทย", "ว่าที่ร้อยตรี", "ชัยวัฒน์", "รักษ์ไทย"),
        // A woman's rank: หญิง belongs to the title, after any rank (spelled out or abbreviated).
        ("ร้อยตรีหญิงสุดารัตน์ ภักดีวงศ์", "ร้อยตรีหญิง", "สุดารัตน์", "ภักดีวงศ์"),
        ("พันตำรวจโทหญิงสุดารัตน์ ภักดีวงศ์", "พันตำรวจโทหญิง", "สุดารัตน์", "ภักดีวงศ์"),
        ("ว่าที่ร้อยตรีหญิงสุดารัตน์ ภักดีวงศ์", "ว่าที่ร้อยตรีหญิง", "สุดารัตน์", "ภักดีวงศ์"),
        ("ร.ต.อ.หญิงสุดารัตน์ ภักดีวงศ์", "ร.ต.อ.หญิง", "สุดารัตน์", "ภักดีวงศ์"),
        ("ว่าที่ ร.ต.หญิง สุดารัตน์ ภักดีวงศ์", "ว่าที่ ร.ต.หญิง", "สุดารัตน์", "ภักดีวงศ์"),
        ("นาวาอากาศเอกหญิงวิภา ศรีสุข", "นาวาอากาศเอกหญิง", "วิภา", "ศรีสุข"),
        // หญิง a space apart (probe j01/j02: the family name had gone into the position).
        ("นาวาอากาศเอก หญิง ดวงพร บุญประเสริฐ", "นาวาอากาศเอก หญิง", "ดวงพร", "บุญประเสริฐ"),
        ("พันตำรวจตรี หญิง สุนันทา มีชัย", "พันตำรวจตรี หญิง", "สุนันทา", "มีชัย"),
        // Navy and air petty officers.
        ("จ่าเอก สมชาย ยิ้มแย้ม", "จ่าเอก", "สมชาย", "ยิ้มแย้ม"),
        ("พันจ่าอากาศเอกวิชัย ทองดี", "พันจ่าอากาศเอก", "วิชัย", "ทองดี"),
    ])
    func names(text: String, title: String, given: String, family: String) throws {
        let n = try #require(PersonName.parse(text))
        #expect(n.title == title)
        #expect(n.given == given)
        #expect(n.family == family)
        // The name as printed, but for a title OCR damaged (one mark lost in the table), which is
        // written in its standard form.
        #expect(n.full == (text.hasPrefix(title) ? text : title + String(text.unicodeScalars.dropFirst(title.unicodeScalars.count - 1))))
    }

    /// An abbreviated title with one mark OCR added (a speck over ร read as ี or ิ).
    @Test(arguments: [
        ("รีศ.เบญจวรรณ มีสุข", "รศ.", "รศ.เบญจวรรณ มีสุข"),
        ("ริศ.อรุณี ชัยมงคล", "รศ.", "รศ.อรุณี ชัยมงคล"),
        ("ผศี.ดร.สมศรี ใจดี", "ผศ.ดร.", "ผศ.ดร.สมศรี ใจดี"),
    ])
    func abbreviatedTitlesWithAnAddedMark(text: String, title: String, full: String) throws {
        let n = try #require(PersonName.parse(text))
        #expect(n.title == title)
        #expect(n.full == full)
    }

    /// Two added marks, or a word that is not an abbreviation, are no title.
    @Test(arguments: ["รีศี.สมชาย ใจดี", "ริศรา ใจดี"])
    func notTitlesWithAddedMarks(text: String) {
        #expect(PersonName.parse(text) == nil)
    }

    @Test(arguments: ["นายกสมาคมผู้ประกอบการ", "ผู้อำนวยการเขตบางรัก", "นายอำเภอเมือง", "พระโขนง กรรมการ", "พระนคร"])
    func positionsAreNotNames(text: String) {
        #expect(PersonName.parse(text) == nil)
    }

    @Test(arguments: [
        ("นายสมชาย ใจดี ประธานชุมชนร่วมใจ กรรมการ", MemberRole.member, "นายสมชาย ใจดี ประธานชุมชนร่วมใจ"),
        ("ผู้อำนวยการเขตบางรัก ประธานกรรมการ", .chair, "ผู้อำนวยการเขตบางรัก"),
        ("หัวหน้าฝ่ายพัฒนาชุมชน กรรมการและเลขานุการ", .secretary, "หัวหน้าฝ่ายพัฒนาชุมชน"),
        ("นางสาวก ข นักพัฒนาสังคม กรรมการและผู้ช่วยเลขานุการ", .assistantSecretary, "นางสาวก ข นักพัฒนาสังคม"),
        ("ผู้ช่วยผู้อำนวยการเขต รองประธานกรรมการ", .viceChair, "ผู้ช่วยผู้อำนวยการเขต"),
        ("สมาชิกสภากรุงเทพมหานคร ที่ปรึกษา", .advisor, "สมาชิกสภากรุงเทพมหานคร"),
        ("หัวหน้าฝ่ายโยธา หัวหน้าคณะทำงาน", .chair, "หัวหน้าฝ่ายโยธา"),
        // OCR damage on a long role: a lost mark.
        ("หัวหน้าฝ่ายปกครอง กรรมการและเลขานุการ", .secretary, "หัวหน้าฝ่ายปกครอง"),
        ("หัวหน้าฝ่ายปกครอง กรรมการและเลขานูการ", .secretary, "หัวหน้าฝ่ายปกครอง"),
    ])
    func rolesAtTheEnd(text: String, role: MemberRole, rest: String) throws {
        let found = try #require(MemberRoles.atEnd(of: Substring(text)))
        #expect(found.role == role)
        #expect(String(found.rest) == rest)
    }

    @Test(arguments: ["ประธานชุมชนร่วมใจ", "ผู้แทนคณะกรรมการชุมชน", "ฝ่ายเลขานุการ"])
    func noRoleGluedToAPosition(text: String) {
        #expect(MemberRoles.atEnd(of: Substring(text)) == nil)
    }

    @Test(arguments: [
        ("ด่วนมาก", "very_urgent", 0.0), ("ด่วนที่สุด", "most_urgent", 0.0), ("ลับ", "confidential", 0.0),
        ("ความมาก", "very_urgent", 0.1), ("ด่วนที่สูด", "most_urgent", 0.01), ("ดวน", "urgent", 0.01),
    ])
    func stamps(line: String, code: String, minDistance: Double) throws {
        let found = try #require(Stamps.read(line).first)
        switch found {
        case .urgency(let u, _, let d): #expect(u.rawValue == code); #expect(d >= minDistance)
        case .secrecy(let s, _, let d): #expect(s.rawValue == code); #expect(d >= minDistance)
        }
    }

    @Test(arguments: ["กรุงเทพมหานคร", "ลบ", "ความรู้", "ด่าน"])
    func notStamps(line: String) {
        #expect(Stamps.read(line).isEmpty)
    }

    @Test(arguments: [
        ("เรื่อง การจัดตั้ง", PartLabel.subject, "การจัดตั้ง", true),
        ("เรือง การจัดตั้ง", .subject, "การจัดตั้ง", false),
        ("ที่ กท ๐๔๐๖/ว ๗๗๗", .reference, "กท ๐๔๐๖/ว ๗๗๗", true),
        ("ที กท ๐๔๐๖", .reference, "กท ๐๔๐๖", false),
        ("สิ่งที่ส่งมาด้วย ๑. แผนที่", .enclosures, "๑. แผนที่", true),
        ("เรียน: ผู้อำนวยการเขต", .addressee, "ผู้อำนวยการเขต", true),
    ])
    func labels(line: String, label: PartLabel, value: String, exact: Bool) throws {
        let m = try #require(LabelMatcher.match(label, at: line))
        #expect(m.value == value)
        #expect(m.isExact == exact)
    }

    @Test(arguments: [("ที่ประชุม", PartLabel.reference), ("เรียนรู้", .addressee), ("ทั้งนี้", .reference)])
    func labelsNeedAWordBoundary(line: String, label: PartLabel) {
        #expect(LabelMatcher.match(label, at: line) == nil)
    }

    @Test(arguments: [
        ("กท ๐๔๐๖/ว ๗๗๗", "กท", "0406", true, "777", false),
        ("กท ๐๔๐๖/๐ ๗๗๗", "กท", "0406", true, "777", true),
        ("นร ๐๑๐๕.๒/๑๒๓", "นร", "0105.2", false, "123", false),
        ("มท 0808.3/ว 56", "มท", "0808.3", true, "56", false),
        ("ก ท 5034/1088", "กท", "5034", false, "1088", false),     // OCR split the code's letters
        ("กท ๐๔๐๖/ว. ๗๗๗", "กท", "0406", true, "777", false),      // ว typed with a dot
        ("กท. ๕๐๑๒/๔๔๔", "กท", "5012", false, "444", false),       // a dot typed after the code
        // A police unit's bracketed sub-unit, with or without the dot before it, or letters inside.
        ("ตช ๐๐๑๕.(๒๖)/๑๕๔๒", "ตช", "0015.(26)", false, "1542", false),
        ("ตช ๐๐๑๕(๒๖)/๑๕๔๒", "ตช", "0015(26)", false, "1542", false),
        ("ตช ๐๐๑๕(บก.น.๕).๒๑/๓๕๕๐", "ตช", "0015(บก.น.5).21", false, "3550", false),
    ])
    func referenceNumbers(text: String, prefix: String, office: String, circular: Bool, number: String, repaired: Bool) throws {
        let r = try #require(ReferenceNumberParser.parse(text))
        #expect(r.reference.prefix == prefix)
        #expect(r.reference.office == office)
        #expect(r.reference.circular == circular)
        #expect(r.reference.number == number)
        #expect(r.warnings.contains { $0.code == "ocr_circular_mark" } == repaired)
    }

    @Test(arguments: [
        ("ส่วนราชการ สำนักปลัด โทร. ๐ ๒๒๒๔ ๒๕๕๕ โทรสาร ๐ ๒๒๒๔ ๒๕๕๑", ["022242555"], ["022242551"], [String]()),
        ("โทร 02-224-2555 ต่อ 123", ["022242555"], [], []),
        ("ไปรษณีย์อิเล็กทรอนิกส์ saraban@bangkok.go.th.", [], [], ["saraban@bangkok.go.th"]),
        ("โทรศัพท์มือถือ ๐๘๑ ๒๓๔ ๕๖๗๘", ["0812345678"], [], []),
    ])
    func contacts(text: String, phone: [String], fax: [String], email: [String]) {
        let c = ContactParser.parse(text)
        #expect(c.phone == phone)
        #expect(c.fax == fax)
        #expect(c.email == email)
        #expect(c.labelsWithoutValue.isEmpty)
    }

    /// Labels nothing readable follows are reported; one that ends the line may have its number on the next.
    @Test(arguments: [
        ("ไปรษณีย์อิเล็กทรอนิกส์ เลฟุวทห6๐.อทง@๒ลท6๐", ["ไปรษณีย์อิเล็กทรอนิกส์"], nil as String?),
        ("ส่วนราชการ สำนักงานเขตลาดพร้าว โทร.", [], "โทร"),
        ("โทร. ๐ ๒๒๒๔ ๒๕๕๕ โทรสาร", [], "โทรสาร"),
        ("โทรสาร ภายใน โทร. ๐ ๒๒๒๔ ๒๕๕๕", ["โทรสาร"], nil),
        ("โทร./โทรสาร ๐ ๒๒๒๔ ๒๕๕๕", [], nil),            // one number for both labels
    ] as [(String, [String], String?)])
    func labelsWithoutValue(text: String, without: [String], trailing: String?) {
        let c = ContactParser.parse(text)
        #expect(c.labelsWithoutValue.map(\.label) == without)
        #expect(c.trailingLabel == trailing)
    }

    @Test(arguments: [
        ("ประชุมอย่างน้อยเดือนละ ๑ ครั้ง", "FREQ=MONTHLY"), ("ประชุมทุกเดือน", "FREQ=MONTHLY"),
        ("ปีละ ๒ ครั้ง", "FREQ=MONTHLY;INTERVAL=6"), ("ทุก ๓ เดือน", "FREQ=MONTHLY;INTERVAL=3"),
        ("ทุกสามเดือน", "FREQ=MONTHLY;INTERVAL=3"), ("สัปดาห์ละครั้ง", "FREQ=WEEKLY"),
        ("เดือนละ ๑ ครัง", "FREQ=MONTHLY"), ("ปีละ ๑ ครั้ง", "FREQ=YEARLY"),
    ])
    func frequencies(text: String, rrule: String) {
        #expect(Frequencies.find(in: text).map(\.rrule).contains(rrule))
    }

    /// A count of periods before the period is once in that many (it had read as monthly: a
    /// compliance check for monthly meetings passed an order that meets every two months); the
    /// ต่อ forms too. Each text gives exactly the one rule.
    @Test(arguments: [
        ("ประชุมอย่างน้อยสองเดือนละหนึ่งครั้ง", "FREQ=MONTHLY;INTERVAL=2"), ("อย่างน้อย ๒ เดือนละ ๑ ครั้ง", "FREQ=MONTHLY;INTERVAL=2"),
        ("สามเดือนละครั้ง", "FREQ=MONTHLY;INTERVAL=3"), ("ทุก ๖ เดือนละ ๑ ครั้ง", "FREQ=MONTHLY;INTERVAL=6"),
        ("สองสัปดาห์ละหนึ่งครั้ง", "FREQ=WEEKLY;INTERVAL=2"), ("อย่างน้อยสองเดือนต่อหนึ่งครั้ง", "FREQ=MONTHLY;INTERVAL=2"),
        ("ประชุมอย่างน้อยสามเดือนต่อครั้ง", "FREQ=MONTHLY;INTERVAL=3"), ("๒ เดือน ๑ ครั้ง", "FREQ=MONTHLY;INTERVAL=2"),
        ("สองเดือนครั้ง", "FREQ=MONTHLY;INTERVAL=2"),
        // A year before the period is no count of periods.
        ("ในปี ๒๕๖๘ เดือนละ ๑ ครั้ง", "FREQ=MONTHLY"),
    ])
    func countsOfPeriods(text: String, rrule: String) {
        #expect(Frequencies.find(in: text).map(\.rrule) == [rrule])
    }

    /// A weekday rule: weekly, or one weekday of each month (RFC 5545 BYDAY).
    @Test(arguments: [
        ("ประชุมเป็นประจำทุกวันจันทร์แรกของเดือน", "FREQ=MONTHLY;BYDAY=1MO"), ("ทุกวันศุกร์สุดท้ายของเดือน", "FREQ=MONTHLY;BYDAY=-1FR"),
        ("ทุกวันพฤหัสบดีที่สามของเดือน", "FREQ=MONTHLY;BYDAY=3TH"), ("ประชุมทุกวันจันทร์", "FREQ=WEEKLY;BYDAY=MO"),
    ])
    func weekdayRules(text: String, rrule: String) {
        #expect(Frequencies.find(in: text).map(\.rrule) == [rrule])
    }

    /// The meetings `ClauseExtractor.meetings` reads from each paragraph in turn.
    static func meetings(_ paragraphs: String...) -> [Meeting] {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        for text in paragraphs { ClauseExtractor.meetings(in: text, ctx: &ctx, line: 0) }
        return ctx.record.meetings
    }

    /// A date a deadline marker stands before is no meeting, even in a paragraph that says ประชุม.
    @Test func aDeadlineIsNoMeeting() {
        #expect(Self.meetings("ผู้ที่ไม่สะดวกเข้าร่วมประชุม สามารถเสนอความคิดเห็นได้จนถึงวันที่ ๓๑ มกราคม ๒๕๖๘ ณ ฝ่ายโยธา",
                              "ผู้ที่ไม่สะดวกเข้าร่วมประชุม สามารถเสนอความคิดเห็นได้ไม่เกินวันที่ ๓๑ มกราคม ๒๕๖๘ ณ ฝ่ายโยธา").isEmpty)
    }

    /// A registration time between the date and the meeting's own time is passed over.
    @Test func registrationTimeFirst() {
        let m = Self.meetings("จึงขอเชิญเข้าร่วมประชุมรับฟังความคิดเห็น ในวันเสาร์ที่ ๑๘ มกราคม ๒๕๖๘ ลงทะเบียนเวลา ๐๘.๓๐ น. ประชุมเวลา ๐๙.๐๐ – ๑๒.๐๐ น. ณ ศาลาอเนกประสงค์ชุมชน")
        #expect(m.map(\.start) == ["2025-01-18T09:00:00+07:00"])
        #expect(m.map(\.end) == ["2025-01-18T12:00:00+07:00"])
        #expect(m.map(\.place) == ["ศาลาอเนกประสงค์ชุมชน"])
    }

    /// The time and place printed before the date they belong to, and a place that stops at the
    /// next clause about the meeting.
    @Test func timeAndPlaceBeforeTheDate() {
        let m = Self.meetings("โดยคณะกรรมการจะประชุมเป็นประจำทุกวันจันทร์แรกของเดือน เวลา ๐๙.๓๐ – ๑๑.๓๐ น. ณ ห้องประชุมนวมินทร์ ชั้น ๔ สำนักงานเขตบึงกุ่ม เริ่มตั้งแต่วันจันทร์ที่ ๓ กุมภาพันธ์ ๒๕๖๘ เป็นต้นไป")
        #expect(m.map(\.start) == ["2025-02-03T09:30:00+07:00"])
        #expect(m.map(\.end) == ["2025-02-03T11:30:00+07:00"])
        #expect(m.map(\.place) == ["ห้องประชุมนวมินทร์ ชั้น ๔ สำนักงานเขตบึงกุ่ม"])
        #expect(ClauseExtractor.placeAfter("ณ ห้องประชุมชั้น ๔ และจะประชุมทุกเดือนต่อไป") == "ห้องประชุมชั้น ๔")
    }

    @Test(arguments: ["ภายใน ๓ เดือน ครั้งที่ ๑", "สามเดือนที่ผ่านมา ครั้งแรก"])
    func noFrequency(text: String) {
        #expect(Frequencies.find(in: text).isEmpty)
    }

    @Test(arguments: [
        // (printed year digits, evidence year CE, expected BE reading)
        ([2, 5, 0, 5], 2022, 2565), ([2, 5, 2, 0, 2, 0], 2023, 2566), ([2, 5, 2, 0, 5], 2022, 2565),
    ])
    func ocrYearReadings(digits: [Int], evidence: Int, be: Int) {
        let fits = DateRepair.yearReadings(digits).filter { abs($0.be - 543 - evidence) <= 1 }
        #expect(fits.contains { $0.be == be })
    }

    /// A time is the date's when only a time opener, เวลา and a few scalars (a year's OCR'd rest)
    /// stand between; a time in the next clause is not.
    @Test(arguments: [
        ("วันอังคารที่ ๑๕ มิถุนายน ๒๕|ว๓ ตั้งแต่เวลา |๑๓.๓๐ น.", true),
        ("วันที่ ๑๕ มิถุนายน ๒๕๖๗| เวลา |๑๓.๓๐ น.", true),
        ("วันที่ ๑๕ มิถุนายน ๒๕๖๗| และให้ส่งรายงานก่อนเวลา |๑๖.๐๐ น.", false),
    ])
    func aTimeAfterADamagedYear(text: String, follows: Bool) {
        let parts = text.components(separatedBy: "|")
        let dateEnd = parts[0].unicodeScalars.count, timeStart = dateEnd + parts[1].unicodeScalars.count
        #expect(ClauseExtractor.timeFollows(parts.joined(), from: dateEnd, to: timeStart) == follows)
    }

    @Test(arguments: [(2022, 12, 6, 3), (2023, 1, 2, 2), (1940, 1, 1, 2), (2024, 2, 29, 5)])
    func weekdays(y: Int, m: Int, d: Int, weekday: Int) {
        #expect(DateRepair.weekday(y, m, d) == weekday)
    }
}

/// Whole documents for the parts that need context: body re-flow, deadlines, relative deadlines.
@Suite struct ExtractionDocumentTests {
    @Test func relativeDeadlineIsCountedFromTheDocumentDateWithAWarning() throws {
        let r = try extractRecord(text: """
        บันทึกข้อความ
        ส่วนราชการ สำนักงานเขตบางรัก
        ที่ กท ๕๐๐๔/๑๑๘๗ วันที่ ๑๒ ธันวาคม ๒๕๖๕
        เรื่อง ขอรายชื่อ
        เรียน ผู้อำนวยการเขต
                ขอให้ส่งรายชื่อภายใน ๗ วัน นับแต่วันที่ได้รับหนังสือนี้

        (นายสมชาย ใจดี)
        หัวหน้าฝ่าย
        """)
        #expect(r.deadlines.first?.date == "2022-12-19")
        #expect(r.warnings.contains { $0.code == "relative_deadline" && $0.field == "deadlines[0].date" })
    }

    /// Tesseract prints ๗ as ฆ or ฒ on an OCR'd page: a count of days that is that letter alone is
    /// read as the digit, with a warning; a word that opens with the letter is no count.
    @Test(arguments: [("ภายใน ฆ วันนับแต่วันที่ได้รับหนังสือ", "2022-12-19", true),
                      ("ภายใน ฒ วัน นับแต่วันที่ได้รับหนังสือนี้", "2022-12-19", true),
                      ("ภายใน ๗ วันนับแต่วันที่ได้รับหนังสือ", "2022-12-19", false),
                      ("ภายใน ฆ่าวันนับแต่วันที่ได้รับหนังสือ", nil, false)] as [(String, String?, Bool)])
    func relativeDeadlineWithADigitPrintedAsALetter(clause: String, expected: String?, repaired: Bool) throws {
        // Sara am written as nikhahit + sara aa three times: the page reads as tesseract's output.
        let r = try extractRecord(text: """
        บันทึกข้อความ
        ส่วนราชการ สํานักงานเขตบางรัก ฝ่ายปกครอง
        ที่ กท ๕๐๐๔/๑๑๘๗ วันที่ ๑๒ ธันวาคม ๒๕๖๕
        เรื่อง ขอรายชื่อผู้แทนชุมชนเพื่อจัดทําแผน
        เรียน ผู้อํานวยการเขตบางรัก
                ขอให้ส่งรายชื่อ\(clause)

        (นายสมชาย ใจดี)
        หัวหน้าฝ่ายปกครอง
        """)
        #expect(r.deadlines.first?.date == expected)
        #expect(r.warnings.contains { $0.code == "ocr_digit_repaired" && $0.field == "deadlines[0].date" } == repaired)
    }

    @Test func orderMembersWithGroupsAndWrappedEntries() throws {
        let r = try extractRecord(text: """
                              คำสั่งสำนักงานเขตดุสิต
                                 ที่ ๑๒๓/๒๕๖๕
                   เรื่อง แต่งตั้งคณะกรรมการ
                จึงแต่งตั้งคณะกรรมการ ประกอบด้วย
          ที่ปรึกษา
          ๑. สมาชิกสภากรุงเทพมหานครเขตดุสิต	ที่ปรึกษา
          คณะกรรมการ
          (๑) ผู้บริหารเขต
          ๑. ผู้อำนวยการเขตดุสิต	ประธานกรรมการ
          (๒) ผู้แทนชุมชน
          ๒. นางอรุณี พูลสวัสดิ์	ประธานคณะกรรมการหมู่บ้านจัดสรรลดาวัลย์ปาร์ค
                กรรมการ
          ๓. หัวหน้าฝ่ายพัฒนาชุมชน	กรรมการและเลขานุการ
                ให้คณะกรรมการมีอำนาจหน้าที่ ดังนี้
                ๑. รับฟังความคิดเห็น
                   สั่ง ณ วันที่ ๑๕ ธันวาคม ๒๕๖๕

                 (นายวรวุฒิ กิตติวงศ์)
                 ผู้อำนวยการเขตดุสิต
        """)
        #expect(r.kind == .order)
        #expect(r.orderNo == "123/2565")
        #expect(r.date == "2022-12-15")
        #expect(r.members.map(\.role) == [.advisor, .chair, .member, .secretary])
        #expect(r.members[1].group == "ผู้บริหารเขต")
        #expect(r.members[2].name == "นางอรุณี พูลสวัสดิ์")
        #expect(r.members[2].position == "ประธานคณะกรรมการหมู่บ้านจัดสรรลดาวัลย์ปาร์ค")
        #expect(r.members[2].group == "ผู้แทนชุมชน")
        #expect(r.members[3].name == nil)
        #expect(r.signatory?.position == "ผู้อำนวยการเขตดุสิต")
    }

    @Test func invalidDateIsNullWithTheReason() throws {
        let r = try extractRecord(text: """
        บันทึกข้อความ
        ส่วนราชการ สำนักงานเขตบางรัก
        ที่ กท ๕๐๐๔/๑
        วันที่ ๓๑ เมษายน ๒๕๖๖
        เรื่อง ทดสอบ
        เรียน ผู้อำนวยการเขต
        """)
        #expect(r.date == nil)
        #expect(r.warnings.contains { $0.field == "date" })
    }
}

/// The year an OCR'd document's damaged years agree on (the years as tesseract printed them on
/// the corpus renders), and the per-date reading against it.
@Suite struct YearEvidenceTests {
    static func year(_ s: String, month: Int? = 1, day: Int? = 1, weekday: Int? = nil) -> YearEvidence.PrintedYear {
        YearEvidence.PrintedYear(digits: s.unicodeScalars.map { Int($0.value) - 0x0E50 }, month: month, day: day, weekday: weekday)
    }

    @Test(arguments: [
        (["๒๕๒๒๐", "๒๕๒๐๒๐", "๒๕๐๒๐"], 2566),
        (["๒๕๐๕", "๒๕๐๕", "๒๕๐๕"], 2565),          // the seed: every ๖ read as ๐
        (["๒๕๒๒", "๒๕๒๒๐"], 2566),
        (["๒๕๖๗", "๒๕๖๗"], 2567),
        (["๒๕๕๕", "๒๕๕๕", "๒๕๕๕"], 2555),          // an older document, printed clean, stays old
    ])
    func consensus(printed: [String], expected: Int) {
        let got = YearEvidence.consensus(printed.map { Self.year($0) }, candidates: 2539...2570, nowBE: 2569)
        #expect(got == expected)
    }

    @Test func aWeekdayPinsTheYear() {
        // 22 March: a Friday in 2567 (2024), not in 2563; ๒๕๐๓ alone is nearer 2563 (one swap).
        let friday = Self.year("๒๕๐๓", month: 3, day: 22, weekday: 6)
        #expect(YearEvidence.consensus([friday], candidates: 2539...2570, nowBE: 2569) == 2567)
    }

    /// A weekday that fits only a look-alike reading of the day counts, at about half the weight:
    /// `วันศุกร์ที่ ๒๓ มิถุนายน`, 27 June is a Friday in 2568 (2025), the 23rd is not.
    @Test func aWeekdayForALookalikeDay() {
        let friday = Self.year("๒๕๒๕", month: 6, day: 23, weekday: 6)
        let plain = Self.year("๒๕๒๕", month: 6, day: 23)
        #expect(abs(YearEvidence.weighedCost(plain, be: 2568) - YearEvidence.weighedCost(friday, be: 2568) - YearEvidence.lookalikeDayBonus) < 1e-9)
        // No day near ๒๓ is a Friday in 2566 (2023: the 23rd itself is one, which is the full bonus).
        #expect(abs(YearEvidence.weighedCost(plain, be: 2566) - YearEvidence.weighedCost(friday, be: 2566) - YearEvidence.weekdayBonus) < 1e-9)
        // Nor in 2567 (2024: 23 June a Sunday, no cheap look-alike day a Friday).
        #expect(YearEvidence.weighedCost(plain, be: 2567) == YearEvidence.weighedCost(friday, be: 2567))
    }

    /// Every ๒๕๖๘ printed with ๖ and ๘ misread (probe j07's tesseract text): alone, the years read as
    /// 2565 (one swap each); two different days whose printed weekdays both fall right in 2568 as
    /// printed (Friday 21 March, Thursday 20 March 2025) decide for 2568. One such day does not.
    @Test func twoWeekdaysAgreeingDecide() {
        let plain = ["๒๕๐๕", "๒๕๒๕", "๒๕๒๐๕"].map { Self.year($0, month: 3, day: 12) }
        let friday = Self.year("๒๕๒๕", month: 3, day: 21, weekday: 6)
        let thursday = Self.year("๒๕๒๐๕", month: 3, day: 20, weekday: 5)
        #expect(YearEvidence.consensus(plain, candidates: 2539...2570, nowBE: 2569) == 2565)
        #expect(YearEvidence.consensus(plain + [friday, thursday], candidates: 2539...2570, nowBE: 2569) == 2568)
        #expect(YearEvidence.consensus(plain + [friday, friday], candidates: 2539...2570, nowBE: 2569) == 2565)
    }

    @Test func farFromEveryYearIsNoEvidence() {
        #expect(YearEvidence.consensus([Self.year("๑๑")], candidates: 2560...2570, nowBE: 2569) == nil)
        #expect(YearEvidence.consensus([], candidates: 2560...2570, nowBE: 2569) == nil)
    }

    @Test(arguments: [
        ("ที่ ๑๕๓๒/๒๕๒๐๒๐", ["๒๕๒๐๒๐"]), ("ครั้งที่ ๑/๒๕๖๖", ["๒๕๖๖"]), ("ที ๓/๒๕๒๐๒๐", ["๒๕๒๐๒๐"]),
        ("ที่ กท ๐๔๐๖/ว ๗๗๗", []), ("ที่ กท ๕๐๓๐/๒๕๖", []), ("ข้อ ๑/๒", []),
    ])
    func numberYears(line: String, expected: [String]) {
        let got = YearEvidence.numberYears(Array(line.unicodeScalars)).map { $0.digits }
        #expect(got == expected.map { Self.year($0).digits })
    }
}

/// Frequencies as hOCR prints them: spaces inside words and stray marks (district fixtures).
@Suite struct OcrFrequencyTests {
    @Test(arguments: [
        ("ให้คณะกรรมการประชุมอย่างน้อยเดือนละห นึ่งครั้ง เพื่อ", "FREQ=MONTHLY", true),
        ("ประชุมอย่างน้อยเดือนละ ๑ ค รัง เพื่อ", "FREQ=MONTHLY", true),
        ("ให้คณะกรรมการประชุมทุกเดือน่เพื่อติดตาม", "FREQ=MONTHLY", false),
        ("ประชุมปีละ ๒ ครั้ง", "FREQ=MONTHLY;INTERVAL=6", false),
    ])
    func found(text: String, rrule: String, repaired: Bool) throws {
        let f = try #require(Frequencies.find(in: text).first)
        #expect(f.rrule == rrule)
        #expect(f.spacingRepaired == repaired)
    }

    /// A count that spreads unevenly over the period, on an OCR'd page, is read as the one
    /// look-alike digit that spreads evenly; in typed text it stands, approximated with a warning.
    @Test(arguments: [
        ("ประชุมอย่างน้อยปีละ ๕ ครั้ง", true, "FREQ=MONTHLY;INTERVAL=3"),   // ๕ for ๔
        ("ประชุมอย่างน้อยปีละ ๕ ครั้ง", false, "FREQ=YEARLY;COUNT=5"),
        ("ประชุมอย่างน้อยปีละ 5 ครั้ง", true, "FREQ=YEARLY;COUNT=5"),        // Arabic digits are not the confused ones
    ])
    func misreadCounts(text: String, ocr: Bool, rrule: String) throws {
        let f = try #require(Frequencies.find(in: text, ocr: ocr).first)
        #expect(f.rrule == rrule)
        #expect(f.warning != nil)
    }

    /// A meeting's frequency is read where a meeting is spoken of, also through OCR's lost marks
    /// and split words; a season of every year is no meeting.
    @Test(arguments: [
        ("ให้มีการประชุมคณะกรรมการฯ อย่างน้อยเดือนละ ๑ ครั้ง", "FREQ=MONTHLY" as String?),
        ("ให้คณะกรรมการป ระชุมทุกเดือนในช่วงที่ค่าฝุ่นละอองสูง", "FREQ=MONTHLY"),
        ("ให้คณะกรรมการประชมทุกเดือน", "FREQ=MONTHLY"),
        ("ด้วยในช่วงเดือนมกราคมถึงเดือนมีนาคมของทุกปี ค่าฝุ่นละอองสูงเกินมาตรฐาน", nil),
    ] as [(String, String?)])
    func meetingFrequencies(text: String, rrule: String?) throws {
        let r = try extractRecord(text: "บันทึกข้อความ\nเรื่อง ทดสอบ\nเรียน ผู้อำนวยการเขต\n" + text)
        #expect(r.requirements.first { $0.kind == "meeting_frequency" }?.value == rrule.map { .string($0) })
    }

    @Test func wordsKeepTheirSpacesWhenNothingIsFound() {
        #expect(Frequencies.find(in: "ให้ส่ง เอกสาร ภายใน เดือน นี้").isEmpty)
    }
}

/// Dates whose day or month OCR damaged, read against the document's year (district fixtures).
@Suite struct OcrDateReadingTests {
    static func context(year: Int) -> ExtractionContext {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ctx.ocr = true
        ctx.evidenceYear = year
        return ctx
    }

    @Test(arguments: [
        // ๑๖ with ๖ read as ๒๐, pinned by the printed Monday.
        ("ให้จัดประชุมครั้งแรกในวันจันทร์ที ๑๒๐ มกราคม ๒๕๐๒๐ เวลา ๐๙.๓๐ น.", 2022, "2023-01-16"),
        // ๗ read as ฒ before a month name; 2567 from ๒๕๐๓ with the printed Wednesday.
        ("เมื่อวันพุธที่ ฒ กุมภาพันธ์ ๒๕๐๓", 2024, "2024-02-07"),
        // ... also glued to ที่, as hOCR joins the word boxes.
        ("เมื่อวันพุธที่ฒ กุมภาพันธ์ ๒๕๐๓", 2024, "2024-02-07"),
        // ๑๖ split by a space and its ๖ read as ๐: read as printed (๑๐), no weekday to say otherwise.
        ("สั่ง ณ วันที่ ๑ ๐ ธันวาคม ๒๕๐๕", 2022, "2022-12-10"),
        // A year with a spurious digit, pinned by the weekday.
        ("ในวันจันทร์ที่ ๒ มกราคม ๒๕๒๑๒ เวลา ๑๓.๐๐ น.", 2022, "2023-01-02"),
    ])
    func reads(text: String, year: Int, iso: String) throws {
        let found = Self.context(year: year).dates(in: text).filter { $0.hasDate }
        let d = try #require(found.first)
        #expect(d.isoDate == iso)
        #expect(d.repair != nil)
    }

    /// A date the scanner could not read, re-read loosely, keeps the time printed after it
    /// (`เวลา ๑๐.๐๐ น.`: the scanner had read date and time as one invalid date).
    @Test(arguments: [
        ("ประธานแจ้งกำหนดการประชุมครั้งต่อไปในวันอังคารที่ ๓ เมษายน ๒๕๒ เวลา ๑๐.๐๐ น. ณ ห้องประชุม", 2023,
         "2024-04-09T10:00:00+07:00", nil),
        ("ในวันอังคารที่ ๓ เมษายน ๒๕๒ เวลา ๑๓.๓๐ - ๑๖.๐๐ น.", 2023, "2024-04-09T13:30:00+07:00", "2024-04-09T16:00:00+07:00"),
        // The same date whose year was readable (no loose re-reading): the time was always kept.
        ("ในวันอังคารที่ ๙ เมษายน ๒๕๖๗ เวลา ๑๐.๐๐ น.", 2024, "2024-04-09T10:00:00+07:00", nil),
    ] as [(String, Int, String, String?)])
    func aRepairedDateKeepsItsTime(text: String, year: Int, start: String, end: String?) throws {
        let found = Self.context(year: year).dates(in: text).filter { $0.hasDate }
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.isoStart == start)
        #expect(d.isoEnd == end)
    }

    @Test func aCleanDateIsLeftAlone() throws {
        let found = Self.context(year: 2022).dates(in: "ภายในวันที่ ๒๙ ธันวาคม ๒๕๖๕")
        let d = try #require(found.first)
        #expect(d.isoDate == "2022-12-29")
        #expect(d.repair == nil)
    }
}

/// Member lists as tesseract prints OCR'd tables (district fixtures): columns one after the other,
/// roles wrapped onto the next line, numbers garbled into letters.
@Suite struct OcrMemberListTests {
    static func members(_ text: String) -> [Member] {
        let doc = Document(source: SourceInfo(path: "t.txt", format: .text, sha256: "", byteCount: 0),
                           blocks: text.components(separatedBy: "\n\n").enumerated().map { i, t in
                               .paragraph(Paragraph(text: t, provenance: Provenance(part: "text", index: i, line: nil)))
                           })
        let lines = LineBuilder.lines(of: doc)
        var ctx = ExtractionContext(lines: lines, record: Record(source: doc.source, kind: .order))
        ctx.ocr = true
        return MemberListExtractor.read(&ctx, from: 0).0
    }

    /// Specks and ruling read before a name (a quote, a comma after the number's dot, a rule read
    /// as เ or ไ) are dropped when a titled name follows; a position-only row keeps its text.
    @Test(arguments: [
        ("๒ 'เผศ.ดร.ดวงใจ ศรีประเสริฐ อาจารย์คณะสังคมวิทยา ที่ปรึกษา", "ผศ.ดร.ดวงใจ ศรีประเสริฐ"),
        ("๒ ไเพ.ต.ท. ปรีชา กิตติวงศ์ รองผู้กำกับการ กรรมการ", "พ.ต.ท. ปรีชา กิตติวงศ์"),
        ("4., นายชัยวัฒน์ สร้อยทอง ประธานชุมชนคลองถนนร่วมใจ กรรมการ", "นายชัยวัฒน์ สร้อยทอง"),
        ("๓ เนายชัยวัฒน์ กิตติวงศ์ ประธานชุมชนบ้านครัวเหนือ กรรมการ", "นายชัยวัฒน์ กิตติวงศ์"),
        // Ruling read as `|!` and a speck as Latin `70` (probe lines, tesseract's): the row had been
        // taken for a group heading over every member after it.
        ("๑ |!นางรัตนา เกษมสุข    ผู้อำนวยการเขตบางพลัด เประธานคณะทำงาน", "นางรัตนา เกษมสุข"),
        ("๕ 70นางสาววราภรณ์ ทองใบ หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม คณะทำงานและเลขานุการ", "นางสาววราภรณ์ ทองใบ"),
    ])
    func junkBeforeTheName(line: String, name: String) {
        let m = Self.members(line)
        #expect(m.map(\.name) == [name])
        // A lone leading vowel left before the role (`เประธาน…`) is no part of the position.
        #expect(m.allSatisfy { $0.position?.unicodeScalars.last.map { !ThaiTextShim.isLeadingVowel($0) } ?? true })
    }

    /// Specks before a row's name after a bare number: the rows after it keep their own places.
    @Test func aRowWithSpecksBeforeItsNameOpensTheList() {
        let m = Self.members("""
        ๑ |!นางรัตนา เกษมสุข    ผู้อำนวยการเขตบางพลัด เประธานคณะ
        ทำงาน
        ๒ เพระครูสิริธรรมวิมล   เจ้าอาวาสวัดบางพลัด   ที่ปรึกษา
        """)
        #expect(m.map(\.seq) == [1, 2])
        #expect(m.map(\.role) == [.chair, .advisor])
        #expect(m.map(\.group) == [nil, nil])
        #expect(m.first?.position == "ผู้อำนวยการเขตบางพลัด")
    }

    /// A role cut at the line's end whose rest OCR damaged too is completed by its nearest role.
    @Test func aCutRoleWithADamagedEnd() {
        let m = Self.members("""
        ๙. นางสาวกัญญา สิทธิโชค หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม กรรมการและ
        เคขานการ
        """)
        #expect(m.map(\.role) == [.secretary])
        #expect(m.map(\.position) == ["หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม"])
    }

    @Test func columnsPrintedOneAfterTheOther() {
        let m = Self.members("""
        ๑๐. นางสมศรี ภักดีวงศ์
        ๑๑. นายเอกชัย ปานทอง

        ผู้แทนภาคประชาชนเขตหลักสี่

        กรรมการ

        ผู้อำนวยการโรงเรียนคลองบัวงาม

        กรรมการ
        """)
        #expect(m.map(\.name) == ["นางสมศรี ภักดีวงศ์", "นายเอกชัย ปานทอง"])
        #expect(m.map(\.position) == ["ผู้แทนภาคประชาชนเขตหลักสี่", "ผู้อำนวยการโรงเรียนคลองบัวงาม"])
        #expect(m.map(\.role) == [.member, .member])
    }

    /// A table as tesseract prints it: bare numbers, ruling read as `|` and `(`, specks of
    /// leading vowels, and each row's wrapped cells on the lines after it.
    @Test func tableRowsWithWrappedCells() {
        let m = Self.members("""
        ๑ สมาชิกสภา ที่ปรึกษา
        กรุงเทพมหานครเขต
        ปทุมวัน
        ๒ เผศ.ดร.ดวงใจ ศรีประเสริฐ อาจารย์คณะสังคมวิทยา (ที่ปรึกษา
        ๓ เ| นางอัญชลี นาคสุข ประธานชุมชนบ้านครัว | รองประธาน
        เหนือ กรรมการ
        ๕ ไเ| นางสาวกัญญารัตน |ประธานชุมชนโปโลซอย ๒ | กรรมการ
        วงศ์สวัสดิ์
        ๕ หัวหน้าฝ่ายพัฒนาชุมชน | กรรมการและ
        และสวัสดิการสังคม เลขานุการ
        ๖. นายกิตติพัฒน์ บุญญาศิริ ประธาน
        หมู่บ้านบ้านสวนธนา กรรมการ
        """)
        #expect(m.map(\.seq) == [1, 2, 3, 5, 5, 6])
        #expect(m.map(\.name) == [nil, "ผศ.ดร.ดวงใจ ศรีประเสริฐ", "นางอัญชลี นาคสุข", "นางสาวกัญญารัตน วงศ์สวัสดิ์", nil, "นายกิตติพัฒน์ บุญญาศิริ"])
        #expect(m.map(\.position) == ["สมาชิกสภากรุงเทพมหานครเขตปทุมวัน", "อาจารย์คณะสังคมวิทยา", "ประธานชุมชนบ้านครัวเหนือ",
                                      "ประธานชุมชนโปโลซอย ๒", "หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "ประธานหมู่บ้านบ้านสวนธนา"])
        #expect(m.map(\.role) == [.advisor, .advisor, .viceChair, .member, .secretary, .member])
    }

    /// Rows printed row by row, one whose role cell OCR destroyed (`า0`), or damaged past reading
    /// (`กรรมทาร`): the rows after it keep their own wraps and roles (tesseract's lines, corpus
    /// minutes_01 at 300 dpi; every role below the destroyed one had moved up by a row). Bare names
    /// printed before their column (above) still wait for it.
    @Test func aRowWithADestroyedRoleKeepsTheRowsBelowInPlace() throws {
        let m = try Self.membersFromText("""
        ๒. นางพรทิพย์ จันทร์หอม ผู้ช่วยผู้อำนวยการเขตบางแค รอง

        ประชานกรรมการ

        ๓. นายณรงค์ศักดิ์ ปัญญาดี หัวหน้าฝ่ายโยธา      า0

        ๕. นางสาวเยาวลักษณ์ คงสมบูรณ์                 ประธานชุมชน
        ซอยสุขใจ                  กรรมทาร

        ๓. นาง รัตนาภรณ์ อินทร์แก้ว                     หัวหน้าฝ่าย
        พัฒนาชุมชนและสวัสดิการสังคม                  กรรมการและ
        เลขานุการ

        ๕. นางสาวศศิธร ฉิมพลี หนักพัฒนาสังคมปฏิบัติการ
        กรรมการและผู้ช่วยเลขานุการ
        """)
        #expect(m.map(\.role) == [.viceChair, nil, nil, .secretary, .assistantSecretary])
        #expect(m.map(\.position) == ["ผู้ช่วยผู้อำนวยการเขตบางแค", "หัวหน้าฝ่ายโยธา า0", "ประธานชุมชนซอยสุขใจ กรรมทาร",
                                      "หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "หนักพัฒนาสังคมปฏิบัติการ"])
    }

    /// The same, read from the text as tesseract writes it (columns apart by runs of spaces), so
    /// the reader's column gaps reach the list.
    static func membersFromText(_ text: String, ocr: Bool = true) throws -> [Member] {
        let doc = try ReaderRegistry.read(ReaderInput(path: "t.txt", bytes: Array(text.utf8), sha256: ""))
        var ctx = ExtractionContext(lines: LineBuilder.lines(of: doc), record: Record(source: doc.source, kind: .order))
        ctx.ocr = ocr
        return MemberListExtractor.read(&ctx, from: 0).0
    }

    /// A name cell that wrapped after a family name that looked whole: the wrapped line's first
    /// cell is the name's only where the cell after it stands under the entry's position cell and
    /// the rest is the position's wrap (or the position's and the cut role's). The lines are
    /// tesseract's (corpus order_03, dev order_02); the last two rows are the position's and the
    /// role's wrap, and a wrap whose second cell stands elsewhere, which stay as they were.
    @Test(arguments: [
        ("""
        ๒ เผศ.ดร.ดวงใจ ศรี       อาจารย์คณะสังคมวิทยา (ที่ปรึกษา
        ประเสริฐ               และมานุษยวิทยา
        """, "ผศ.ดร.ดวงใจ ศรีประเสริฐ", "อาจารย์คณะสังคมวิทยาและมานุษยวิทยา", MemberRole.advisor),
        ("""
        ๑ฒ | นายศุภชัย นาค    นักสังคมสงเคราะห์ปฏิบัติ | กรรมการและผู้
        ประเสริฐ      การ         ช่วยเลขานุการ
        """, "นายศุภชัย นาคประเสริฐ", "นักสังคมสงเคราะห์ปฏิบัติการ", .assistantSecretary),
        ("""
        ๒ เนายชัยวัฒน์ กิตติวงศ์ ประธานชุมชนบ้านครัว      รองประธาน
        เหนือ                       กรรมการ
        """, "นายชัยวัฒน์ กิตติวงศ์", "ประธานชุมชนบ้านครัวเหนือ", .viceChair),
        ("""
        ๒ นายสมชาย ใจดี       หัวหน้าฝ่ายปกครอง          กรรมการ
        สำนักงาน                                         เขตบางรัก
        """, "นายสมชาย ใจดี", "หัวหน้าฝ่ายปกครองสำนักงาน เขตบางรัก", .member),
    ])
    func wrappedNameCell(text: String, name: String, position: String, role: MemberRole) throws {
        let m = try Self.membersFromText(text)
        #expect(m.map(\.name) == [name])
        #expect(m.map(\.position) == [position])
        #expect(m.map(\.role) == [role])
    }

    /// Two sub-committees, each with its duties under its members: the duties end the first group,
    /// not the list (the second group's four members had been dropped), and a group's name loses
    /// the ประกอบด้วย that introduces its members. Numbered duty items after the last group end it.
    @Test func groupsWithTheirDutiesBetween() throws {
        let m = try Self.membersFromText("""
          ๑. คณะอนุกรรมการด้านการระบายน้ำ ประกอบด้วย
             ๑.๑ นายชาตรี พึ่งบุญ  หัวหน้าฝ่ายโยธา  ประธานอนุกรรมการ
             ๑.๒ นางสาวกมลวรรณ แสงทอง  วิศวกรโยธาปฏิบัติการ  อนุกรรมการและเลขานุการ
             มีหน้าที่ ตรวจสอบและขุดลอกท่อระบายน้ำ คู คลอง ในพื้นที่เสี่ยงน้ำท่วม
             ให้แล้วเสร็จภายในวันที่ ๓๐ เมษายน ๒๕๖๘
          ๒. คณะอนุกรรมการด้านการช่วยเหลือผู้ประสบภัย ประกอบด้วย
             ๒.๑ นางเพ็ญศรี วงศ์สวัสดิ์  หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม  ประธานอนุกรรมการ
             ๒.๒ นางสาวจิราพร ใจเย็น  นักพัฒนาสังคมชำนาญการ  อนุกรรมการและเลขานุการ
             มีหน้าที่ ดังนี้
             ๑. จัดเตรียมจุดอพยพและถุงยังชีพ
             ๒. จัดทำทะเบียนผู้ประสบภัย
        """)
        #expect(m.map(\.name) == ["นายชาตรี พึ่งบุญ", "นางสาวกมลวรรณ แสงทอง", "นางเพ็ญศรี วงศ์สวัสดิ์", "นางสาวจิราพร ใจเย็น"])
        #expect(m.map(\.group) == ["คณะอนุกรรมการด้านการระบายน้ำ", "คณะอนุกรรมการด้านการระบายน้ำ",
                                   "คณะอนุกรรมการด้านการช่วยเหลือผู้ประสบภัย", "คณะอนุกรรมการด้านการช่วยเหลือผู้ประสบภัย"])
        #expect(m.map(\.role) == [.chair, .secretary, .chair, .secretary])
    }

    /// Appointments written as sentences (`ให้<name> <position> เป็น<role>`), unnumbered, numbered,
    /// and with the role wrapped after เป็น as on a scanned page; the duties sentence ends the list.
    @Test func appointmentSentences() throws {
        let m = try Self.membersFromText("""
                ให้นายชยพล ศรีวงศ์ หัวหน้าฝ่ายโยธา เป็นประธานกรรมการ
                ๒. ให้นางสาวปิยะนุช แก้วมณี นักวิชาการพัสดุชำนาญการ เป็น
                กรรมการ
                ให้นางศิริพร ธรรมรักษ์ เจ้าพนักงานธุรการปฏิบัติงาน เป็นเลขานุการ
                ให้คณะกรรมการตรวจรับพัสดุมีหน้าที่ตรวจรับงานจ้างให้ถูกต้องตามสัญญา
        """)
        #expect(m.map(\.name) == ["นายชยพล ศรีวงศ์", "นางสาวปิยะนุช แก้วมณี", "นางศิริพร ธรรมรักษ์"])
        #expect(m.map(\.position) == ["หัวหน้าฝ่ายโยธา", "นักวิชาการพัสดุชำนาญการ", "เจ้าพนักงานธุรการปฏิบัติงาน"])
        #expect(m.map(\.role) == [.chair, .member, .secretary])
    }

    /// A role written with a slash for และ; a slash inside a position stays.
    @Test(arguments: [
        ("นายสมชาย ใจดี หัวหน้าฝ่ายปกครอง คณะทำงาน / เลขานุการ", "นายสมชาย ใจดี หัวหน้าฝ่ายปกครอง คณะทำงานและเลขานุการ" as String?),
        ("นายสมชาย ใจดี เจ้าพนักงานปกครอง กรรมการ/ผู้ช่วยเลขานุการ", "นายสมชาย ใจดี เจ้าพนักงานปกครอง กรรมการและผู้ช่วยเลขานุการ"),
        ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียน ๑/๒ กรรมการ", nil),
    ])
    func slashedRole(text: String, entry: String?) {
        #expect(MemberListExtractor.slashedRole(Substring(text)).map(String.init) == entry)
    }

    @Test(arguments: [
        ("ให้นายชยพล ศรีวงศ์ หัวหน้าฝ่ายโยธา เป็นประธานกรรมการ", "นายชยพล ศรีวงศ์ หัวหน้าฝ่ายโยธา ประธานกรรมการ" as String?),
        ("ให้นางสาวปิยะนุช แก้วมณี นักวิชาการพัสดุชำนาญการ เป็น", "นางสาวปิยะนุช แก้วมณี นักวิชาการพัสดุชำนาญการ"),
        // เป็น inside the position stays where no role follows it.
        ("ให้นายสมชาย ใจดี ผู้ได้รับมอบหมายให้เป็นผู้แทนชุมชน", "นายสมชาย ใจดี ผู้ได้รับมอบหมายให้เป็นผู้แทนชุมชน"),
        ("ให้คณะกรรมการมีหน้าที่ตรวจรับ", nil),
        ("นายชยพล ศรีวงศ์ หัวหน้าฝ่ายโยธา ประธานกรรมการ", nil),
    ])
    func sentenceEntry(text: String, entry: String?) {
        #expect(MemberListExtractor.sentenceEntry(Substring(text)).map(String.init) == entry)
    }

    /// A two-digit number far past the last entry's is part of a wrapped position, not a new row;
    /// a family name glued to the position is cut where a position word begins.
    @Test func numbersInsideWrapsAndGluedPositions() {
        let m = Self.members("""
        ๗. นพ.ชัยวัฒน์ วัฒนกุล ผู้อำนวยการศูนย์บริการสาธารณสุข
        ๒๒ ประชาสุข กรรมการ
        ๘. ว่าที่ ร.ต. ยุทธนา สุขเจริญเจ้าพนักงานป้องกันและบรรเทาสาธารณภัย กรรมการ
        """)
        #expect(m.map(\.seq) == [7, 8])
        #expect(m[0].position == "ผู้อำนวยการศูนย์บริการสาธารณสุข ๒๒ ประชาสุข")
        #expect(m[1].familyName == "สุขเจริญ")
        #expect(m[1].position == "เจ้าพนักงานป้องกันและบรรเทาสาธารณภัย")
    }

    @Test(arguments: [
        ("๑ สมาชิกสภา", "๑", "สมาชิกสภา"), ("๑๒ นายสมชาย", "๑๒", "นายสมชาย"),
        ("๑๒๓ นาย", nil, nil), ("๑. นาย", nil, nil), ("๑ ๒", nil, nil), ("๐ นาย", nil, nil), ("นาย ๑", nil, nil),
    ] as [(String, String?, String?)])
    func bareNumbers(text: String, label: String?, rest: String?) {
        let r = EntryLabel.readBare(Substring(text))
        #expect(r?.0.printed == label)
        #expect(r.map { String($0.1) } == rest)
    }

    @Test func aRoleWrappedAfterItsFirstWordStaysWithItsEntry() {
        let m = Self.members("""
        ๑. ผู้อำนวยการเขตหลักสี่ ประธานกรรมการ
        ๒. ผู้ช่วยผู้อำนวยการเขตหลักสี่ รองประธาน
        กรรมการ
        ๓. นางสาวเยาวลักษณ์ รักษ์ไทย ผู้แทนภาค
        ประชาชน กรรมการ
        ซ. นางสาวพิมพ์ชนก ศรีประเสริฐ ผู้แทนภาคประชาชน กรรมการ
        """)
        #expect(m.count == 4)
        #expect(m.map(\.role) == [.chair, .viceChair, .member, .member])
        #expect(m[2].position == "ผู้แทนภาคประชาชน")
        #expect(m[3].name == "นางสาวพิมพ์ชนก ศรีประเสริฐ")
        #expect(m[3].seq == nil)
    }
}

/// Times on OCR'd pages: an hour outside office hours is read again or left out, never kept.
@Suite struct OcrTimeTests {
    static func time(_ hour: Int, _ minute: Int) -> FoundDate {
        FoundDate(kind: .time, text: "t", range: 0..<1, start: FoundDate.DateTime(year: 0, month: 0, day: 0, hour: hour, minute: minute),
                  end: nil, printedDay: nil, printedMonth: nil, printedYear: nil, printedWeekday: nil, problem: nil, warnings: [], repair: nil)
    }

    @Test(arguments: [
        (9, 30, 9 as Int?, false),     // in office hours: untouched
        (5, 30, 9 as Int?, true),      // ๐๕: a misread ๐๘ or ๐๙, equally near: 09, the usual start
        (1, 30, 7 as Int?, true),      // ๐๑: only ๐๗ (๗→๑) falls in office hours
        (3, 0, 9 as Int?, true),       // ๐๓: ๐๗ or ๐๙, equally near: 09, the usual start
        (23, 0, nil, true),            // no look-alike reading fits
    ])
    func hours(hour: Int, minute: Int, expected: Int?, repaired: Bool) {
        let d = DateRepair.repairTimeOCR(Self.time(hour, minute))
        #expect(d.start?.hour == expected)
        #expect((d.repair != nil) == repaired)
    }

    /// The usual-start preference is for start hours only: an end hour read as ๐๕ is left out.
    @Test func endHourHasNoPreference() {
        var t = Self.time(9, 0)
        t.end = FoundDate.DateTime(year: 0, month: 0, day: 0, hour: 5, minute: 0)
        let d = DateRepair.repairTimeOCR(t)
        #expect(d.start?.hour == 9)
        #expect(d.end?.hour == nil)
        #expect(d.repair?.contains("left out") == true)
    }
}

/// Letters tesseract prints in a number's place (ฒ for ๗) are read as digits only among digits.
@Suite struct DigitLookalikeTests {
    @Test(arguments: [
        ("๑๕ฒฒ/๒๕๖๖", "๑๕๗๗/๒๕๖๖"), ("ฒ๕/๒๕๖๖", "๗๕/๒๕๖๖"), ("วัฒนา ๑๒", nil), ("ฒ", nil), ("๑๒๓/๒๕๖๖", nil),
    ] as [(String, String?)])
    func read(text: String, expected: String?) {
        #expect(LooseDateReader.digitLookalikesRead(in: text) == expected)
    }
}

/// Abbreviated months as OCR prints them: dots lost, a mark added.
@Suite struct OcrMonthAbbreviationTests {
    @Test(arguments: [("กุย.", 9 as Int?), ("มค.", 1 as Int?), ("ธค", 12 as Int?), ("ก.ย.", 9 as Int?), ("นาย", nil), ("ที่", nil)])
    func months(word: String, month: Int?) {
        #expect(LooseDateReader.nearestMonth(word) == month)
    }
}

/// Years inside free text on an OCR'd page, read against the document's year.
@Suite struct OcrYearInTextTests {
    @Test(arguments: [
        ("แต่งตั้งคณะกรรมการจัดงานประเพณีลอยกระทง ประจำปี ๒๕๐๒๐", 2566, "แต่งตั้งคณะกรรมการจัดงานประเพณีลอยกระทง ประจำปี ๒๕๖๖"),
        ("การจัดทำคำของบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๒๓", 2567, "การจัดทำคำของบประมาณรายจ่ายประจำปี พ.ศ. ๒๕๖๗"),
        ("สำเนาคำสั่ง ที่ ๒๑๐/๒๕๒ จำนวน ๑ ฉบับ", 2567, "สำเนาคำสั่ง ที่ ๒๑๐/๒๕๖๗ จำนวน ๑ ฉบับ"),
        // A real year of another time stands; so does a year the document's cannot explain.
        ("ตามพระราชบัญญัติ พ.ศ. ๒๕๒๘", 2566, "ตามพระราชบัญญัติ พ.ศ. ๒๕๒๘"),
        ("ประจำปี ๒๕๖๗", 2566, "ประจำปี ๒๕๖๗"),
        ("รหัส ๒๕๑๑๑๑", 2566, "รหัส ๒๕๑๑๑๑"),
    ])
    func years(text: String, evidenceBE: Int, expected: String) {
        #expect(OcrYearInText.repaired(text, evidenceBE: evidenceBE).0 == expected)
    }

    /// A cited letter's year is not after the citing document's: ๒๕๐ is read as 2569, not 2570.
    @Test func aReferenceIsNotFromTheFuture() {
        let text = "หนังสือสำนักป้องกันและบรรเทาสาธารณภัย ที่ กท ๑๕๐๑/ว ๕๕ ลงวันที่ ๒ กุมภาพันธ์ ๒๕๐"
        #expect(OcrYearInText.repaired(text, evidenceBE: 2569, latestBE: 2569).1.map(\.be) == [2569])
    }
}

/// A reference or an enclosure wrapped on an OCR'd page (a short line, a blank line between) is
/// one item: a reference until its ลงวันที่, an enclosure with its quantity.
@Suite struct WrappedListItemTests {
    @Test(arguments: [
        (PartLabel.references, "หนังสือสำนักป้องกันและบรรเทา", "สาธารณภัย ที่ กท ๑๕๐๑/ว ๕๕ ลงวันที่ ๒ กุมภาพันธ์ ๒๕๖๗", true),
        (.references, "หนังสือสำนักงานเขต ที่ กท ๕๐๐๔/๑๒ ลงวันที่ ๒ มกราคม ๒๕๖๗", "ที่ กท ๑๕๐๑/ว ๕๕", false),
        (.references, "หนังสือสำนักป้องกันและบรรเทา", "ตามหนังสือที่อ้างถึง สำนักป้องกัน", false),
        (.enclosures, "แบบตอบรับการเข้าร่วมประชุม", "จำนวน ๑ ฉบับ", true),
        (.enclosures, "แบบตอบรับ จำนวน ๑ ฉบับ", "จำนวน ๒ ชุด", false),
        (.enclosures, "แบบตอบรับการเข้าร่วมประชุม", "สำเนาคำสั่ง", false),
    ])
    func wraps(label: PartLabel, item: String, next: String, joins: Bool) {
        #expect(HeadExtractor.wrapsOn(label, item: item, next: next) == joins)
    }
}

/// Head labels OCR glued to their value are set apart; words that open with a label are not.
@Suite struct GluedLabelTests {
    @Test(arguments: [
        ("ที่กท5045/2210", "ที่ กท5045/2210"), ("ที่กท ๕๐๐๕/๑๑๕", "ที่ กท ๕๐๐๕/๑๑๕"), ("เรื่องแต่งตั้ง", "เรื่อง แต่งตั้ง"),
        ("ที่ปรึกษา", "ที่ปรึกษา"), ("ที่ประชุมมีมติ", "ที่ประชุมมีมติ"), ("เรียนรู้", "เรียนรู้"),
        // The label with a mark OCR lost, glued too.
        ("เรืองแต่งตังคณะทำงาน", "เรือง แต่งตังคณะทำงาน"), ("เรืองกำหนดวันและเวลา", "เรือง กำหนดวันและเวลา"),
        ("สิงที่ส่งมาด้วยแบบสำรวจ", "สิงที่ส่งมาด้วย แบบสำรวจ"),
        ("เรืองศักดิ์ ใจดี", "เรืองศักดิ์ ใจดี"), ("เรือนจำกลาง", "เรือนจำกลาง"),
        // เสนอ glued to a position; not a word that opens with เสนอ.
        ("เสนอผู้อำนวยการเขตสวนหลวง", "เสนอ ผู้อำนวยการเขตสวนหลวง"), ("เสนอแนะแนวทาง", "เสนอแนะแนวทาง"),
    ])
    func separated(text: String, expected: String) {
        let line = SourceLine(text: text, block: 0, lineInBlock: 0, provenance: Provenance(part: "text", index: 0, line: 1), layout: nil,
                              listLabel: nil, cells: nil, words: [], startsBlock: true)
        #expect(Extractor.separateGluedLabels([line]).first?.text == expected)
    }
}

/// The secrecy stamp at the foot of the page stands in for a top one OCR lost; a ลับ inside the
/// text is not a stamp.
@Suite struct BottomSecrecyTests {
    @Test(arguments: [
        ("บันทึกข้อความ\nส่วนราชการ สำนักงานเขตบางรัก\nเรื่อง รายงานผล\nเรียน ผู้อำนวยการเขต\n\nจึงเรียนมาเพื่อโปรดทราบ\n\nลับ\n", Secrecy.confidential as Secrecy?),
        ("บันทึกข้อความ\nส่วนราชการ สำนักงานเขตบางรัก\nเรื่อง รายงานผล\nเรียน ผู้อำนวยการเขต\n\nเอกสารนี้เป็นความลับ\n", nil),
    ])
    func stamp(text: String, expected: Secrecy?) throws {
        #expect(try extractRecord(text: text).secrecy == expected)
    }
}

/// A signature name hOCR printed without its space is split at the widest gap between the boxes.
@Suite struct GluedSignatureNameTests {
    static func words(_ parts: [(String, Int, Int)]) -> [Word] {
        parts.map { Word(text: $0.0, bbox: BoundingBox(x0: $0.1, y0: 0, x1: $0.2, y1: 20), confidence: 90) }
    }

    @Test func splitAtTheWidestGap() throws {
        let name = try #require(PersonName.parse("นายสิทธิชัยภักดีวงศ์"))
        let w = Self.words([("(นาย", 0, 40), ("สิทธิ", 42, 80), ("ชัย", 82, 100), ("ภักดี", 118, 150), ("วงศ์", 152, 180), (")", 182, 186)])
        let split = try #require(SignatureExtractor.splitAtWidestGap(name, words: w))
        #expect(split.given == "สิทธิชัย")
        #expect(split.family == "ภักดีวงศ์")
    }

    /// Two gaps about as wide say nothing; a cut never falls before a mark.
    @Test func anUnclearOrInnerGapSaysNothing() throws {
        let name = try #require(PersonName.parse("นางศิริพรแสงทอง"))
        let w = Self.words([("(นาง", 0, 40), ("ศิริ", 42, 60), ("พร", 70, 90), ("แสง", 99, 120), ("ทอง", 122, 140), (")", 142, 146)])
        #expect(SignatureExtractor.splitAtWidestGap(name, words: w) == nil)
        let mark = try #require(PersonName.parse("นายธีรวัฒน์แสงทอง"))
        let m = Self.words([("(นาย", 0, 40), ("ธีรวัฒ", 42, 80), ("น์", 95, 105), ("แสง", 107, 130), ("ทอง", 132, 150)])
        #expect(SignatureExtractor.splitAtWidestGap(mark, words: m)?.given != "ธีรวัฒ")
    }

    @Test func evenGapsSayNothing() throws {
        let name = try #require(PersonName.parse("นายสิทธิชัยภักดีวงศ์"))
        let w = Self.words([("(นาย", 0, 40), ("สิทธิ", 42, 80), ("ชัย", 82, 100), ("ภักดี", 102, 134), ("วงศ์", 136, 164), (")", 166, 170)])
        #expect(SignatureExtractor.splitAtWidestGap(name, words: w) == nil)
    }
}

/// A deadline whose year OCR destroyed is the first such day after the document's date.
@Suite struct DeadlineWithoutYearTests {
    @Test(arguments: [
        ("2023-03-01", 3, 31, "2023-03-31" as String?), ("2022-12-12", 1, 15, "2023-01-15"),
        ("2023-03-31", 3, 31, "2023-03-31"), ("2023-03-01", 2, 30, nil),
        ("2024-03-01", 2, 29, nil),   // 29 February 2025 does not exist: nothing within a year
    ] as [(String, Int, Int, String?)])
    func firstDayAfter(document: String, month: Int, day: Int, expected: String?) {
        #expect(ClauseExtractor.firstDayAfter(document, month: month, day: day) == expected)
    }
}

/// Lines tesseract makes of a dotted leader or a stroke are not position lines.
@Suite struct RepeatedUnitTests {
    @Test(arguments: [("ขบขบขบบ", true), ("ขบ ขบ", true), ("......", true), ("ครูผู้ดูแลเด็ก", false), ("ผู้จดรายงานการประชุม", false), ("นานา", true), ("กกก", false)])
    func repeated(text: String, expected: Bool) {
        #expect(SignatureExtractor.isRepeatedUnit(text) == expected)
    }
}

/// Tesseract printed the table's first column before the end of the sentence that introduces
/// it, and the other columns after: the list starts at the first numbered entry.
@Suite struct ColumnsBeforeIntroducerTests {
    @Test func columnsAreJoinedInOrder() throws {
        let text = """
        คําสั่งสํานักงานเขตบางขุนเทียน
        ที่ ๑๒/๒๕๖๖
        เรื่อง แต่งตั้งคณะกรรมการสภาคนเมือง
        ตามหนังสือกรุงเทพมหานคร อาศัยอํานาจตามความในมาตรา ๔๔ แห่งพระราชบัญญัติ

        ๑. ผู้อํานวยการเขตบางขุนเทียน
        ๒. นายวีระศักดิ์ ใจดี
        ๓. นายอนุชา จิตอารี

        ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๘ จึงแต่งตั้งคณะกรรมการ ประกอบด้วย
        ประธานกรรมการ
        ประธานชุมชนริมคลองสนามชัย กรรมการ
        ประธานชุมชนทวีทรัพย์ กรรมการ
        ให้คณะกรรมการประชุมอย่างน้อยเดือนละ ๑ ครั้ง
        สั่ง ณ วันที่ ๒๑ ธันวาคม พ.ศ. ๒๕๖๕
        (นายสมบัติ รักษ์ไทย)
        ผู้อํานวยการเขตบางขุนเทียน
        """
        let r = try extractRecord(text: text)
        #expect(r.members.map(\.name) == [nil, "นายวีระศักดิ์ ใจดี", "นายอนุชา จิตอารี"])
        #expect(r.members.map(\.position) == ["ผู้อำนวยการเขตบางขุนเทียน", "ประธานชุมชนริมคลองสนามชัย", "ประธานชุมชนทวีทรัพย์"])
        #expect(r.members.map(\.role) == [.chair, .member, .member])
    }
}

/// A district office's code is กท 50NN, NN its district's number in the official order.
@Suite struct DistrictOfficeCodeTests {
    @Test(arguments: [
        ("สำนักงานเขตพระนคร", 1 as Int?), ("สำนักงานเขตบางแค ฝ่ายพัฒนาชุมชน", 40), ("สำนักงานเขตบางกอกน้อย", 20),
        ("สำนักงานเขตบางบอน", 50), ("กรุงเทพมหานคร (สำนักพัฒนาสังคม)", nil),
    ] as [(String, Int?)])
    func districtNumbers(agency: String, expected: Int?) {
        #expect(DistrictOfficeCode.districtNumber(in: agency) == expected)
    }

    @Test func digitsReplacedInTheirScript() {
        #expect(DistrictOfficeCode.replacingDigits(in: "กท ๕๐๕๐/๓๓๒๑", from: [5, 0, 5, 0], to: [5, 0, 4, 0]) == "กท ๕๐๔๐/๓๓๒๑")
        #expect(DistrictOfficeCode.replacingDigits(in: "กท 5050/3321", from: [5, 0, 5, 0], to: [5, 0, 4, 0]) == "กท 5040/3321")
        #expect(DistrictOfficeCode.replacingDigits(in: "กท ๕๐๕๐๑/๓", from: [5, 0, 5, 0], to: [5, 0, 4, 0]) == nil)
    }
}

/// Re-flowing minutes: an agenda heading and a resolution stand as their own paragraphs even where
/// OCR dropped the indents that told them apart, so the chair's report is not read as part of the
/// heading (whose ที่ประชุม would otherwise make any date in the report a meeting).
@Suite struct MinutesReflowTests {
    static func paragraphs(_ text: String) -> [String] {
        let doc = Document(source: SourceInfo(path: "t.txt", format: .text, sha256: "", byteCount: 0),
                           blocks: [.paragraph(Paragraph(text: text, provenance: Provenance(part: "text", index: 0, line: nil)))])
        let lines = LineBuilder.lines(of: doc)
        return BodyReflow.paragraphs(lines, indices: Array(lines.indices), ocrWrapWidth: 60).map(\.text)
    }

    /// A date OCR broke before its month (the day read as ฆ for ๗) is one paragraph again.
    @Test func aDateBrokenBeforeItsMonth() {
        let doc = Document(source: SourceInfo(path: "t.txt", format: .text, sha256: "", byteCount: 0), blocks: [
            .paragraph(Paragraph(text: "ให้จัดประชุมคณะกรรมการครั้งแรกในวันอังคารที่ ฆ", provenance: Provenance(part: "text", index: 0, line: nil))),
            .paragraph(Paragraph(text: "พฤศจิกายน ๒๕๖๖ เวลา ๑๓.๓๐ น. ณ ห้องประชุมชั้น ๕", provenance: Provenance(part: "text", index: 1, line: nil))),
        ])
        let lines = LineBuilder.lines(of: doc)
        let p = BodyReflow.paragraphs(lines, indices: Array(lines.indices), ocrWrapWidth: 60).map(\.text)
        #expect(p == ["ให้จัดประชุมคณะกรรมการครั้งแรกในวันอังคารที่ ฆ พฤศจิกายน ๒๕๖๖ เวลา ๑๓.๓๐ น. ณ ห้องประชุมชั้น ๕"])
        #expect(!BodyReflow.continuesADate("พฤศจิกายน ๒๕๖๖", after: "ให้ดำเนินการภายในเดือน"))
        #expect(BodyReflow.continuesADate("พฤศจิกายน ๒๕๖๖", after: "ให้จัดประชุมครั้งแรกในวันอังคารที่ฆ"))   // glued, as hOCR joins
        #expect(!BodyReflow.continuesADate("พฤศจิกายน ๒๕๖๖", after: "ครั้งที่"))
    }

    @Test(arguments: [
        ("""
        ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
        ประธานแจ้งว่าจะจัดงานในวันที่ 27 พฤศจิกายน 2566 ณ
        ท่าเรือสี่พระยา
        มติที่ประชุม รับทราบ
        """, ["ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ",
              "ประธานแจ้งว่าจะจัดงานในวันที่ 27 พฤศจิกายน 2566 ณ ท่าเรือสี่พระยา", "มติที่ประชุม รับทราบ"]),
        // Marks lost by OCR (ระเบียบวาระที, มติทีประชุม is not a resolution label and runs on).
        ("""
        ระเบียบวาระที 2 เรื่องเพื่อพิจารณา
        ที่ประชุมพิจารณาแผนการจัดงานประจำปีของชุมชนและมอบหมายผู้รับผิดชอบ
        """, ["ระเบียบวาระที 2 เรื่องเพื่อพิจารณา", "ที่ประชุมพิจารณาแผนการจัดงานประจำปีของชุมชนและมอบหมายผู้รับผิดชอบ"]),
    ])
    func agendaHeadingsStandAlone(text: String, expected: [String]) {
        #expect(Self.paragraphs(text) == expected)
    }

    /// The meeting's closing line never runs on the paragraph before it (a next meeting's place had
    /// ended in `…สำนักงานเขตดินแดงเลิกประชุมเวลา ๑๕.๔๕ น.`); nor does its opening line.
    @Test func closingAndOpeningLinesStandAlone() {
        #expect(Self.paragraphs("""
        ที่ประชุมกำหนดประชุมครั้งต่อไปในวันพุธที่ ๑๐ เมษายน ๒๕๖๗ เวลา ๑๓.๓๐ น. ณ ห้องประชุมเดชะวัฒนะ
        เลิกประชุมเวลา ๑๕.๔๕ น.
        """) == ["ที่ประชุมกำหนดประชุมครั้งต่อไปในวันพุธที่ ๑๐ เมษายน ๒๕๖๗ เวลา ๑๓.๓๐ น. ณ ห้องประชุมเดชะวัฒนะ",
                    "เลิกประชุมเวลา ๑๕.๔๕ น."])
        #expect(Self.paragraphs("๑. นายสมชาย ใจดี ผู้อำนวยการโรงเรียน ติดราชการ\nเริ่มประชุมเวลา ๑๓.๐๐ น.").count == 2)
    }

    /// The head's place wrapped onto a line of its own before the attendance heading; a speck there is no place.
    @Test(arguments: [("สำนักงานเขตดินแดง", "ห้องประชุมเดชะวัฒนะ ชั้น ๓ สำนักงานเขตดินแดง"), ("๒๕๖๗", "ห้องประชุมเดชะวัฒนะ ชั้น ๓")])
    func aWrappedPlace(wrap: String, place: String) throws {
        let r = try extractRecord(text: """
        รายงานการประชุมคณะทำงานพัฒนาพื้นที่สาธารณะ
        ครั้งที่ ๒/๒๕๖๗
        วันพุธที่ ๑๓ มีนาคม พ.ศ. ๒๕๖๗
        ณ ห้องประชุมเดชะวัฒนะ ชั้น ๓
        \(wrap)
        ผู้มาประชุม
        ๑. นายสมเกียรติ รุ่งโรจน์ ผู้อำนวยการเขตดินแดง ประธาน
        เริ่มประชุมเวลา ๑๓.๓๐ น.
        """)
        #expect(r.meetings.first?.place == place)
    }

    @Test func theReportIsNoMeeting() throws {
        let r = try extractRecord(text: """
        รายงานการประชุมคณะกรรมการจัดงานประเพณีลอยกระทง
        ครั้งที่ 2/2566
        เมื่อวันพุธที่ 1 พฤศจิกายน พ.ศ. 2566
        ณ ห้องประชุมสำนักงานเขตบางรัก
        เริ่มประชุมเวลา 13.30 น.
        ระเบียบวาระที่ 1 เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
        ประธานแจ้งว่าจะจัดงานในวันที่ 27 พฤศจิกายน 2566 ณ ท่าเรือสี่พระยา
        มติที่ประชุม รับทราบ
        เลิกประชุมเวลา 15.00 น.
        """)
        #expect(r.kind == .minutes)
        #expect(!r.meetings.contains { $0.start?.hasPrefix("2023-11-27") == true })
    }
}

/// Lines under an OCR'd signature: a signature's strokes read as specks, the contact footer
/// even when its number is unreadable, and the position lines that are neither.
@Suite struct SignatureFootTests {
    @Test(arguments: [("๐ ๑ ๑7 ๑7", true), ("ขบ ข", true), ("6 6 6", true), ("6๓99", true), ("2290)", true),
                      ("ผู้อำนวยการเขตราษฎร์บูรณะ", false), ("ปลัดกรุงเทพมหานคร", false), ("รก. ผอ.เขต", false)])
    func specks(line: String, isSpecks: Bool) {
        #expect(SignatureExtractor.isSpecks(line) == isSpecks)
    }

    @Test(arguments: [("โทร. ๐ ๒๕๒ ๕๐๕๑", true), ("โทรสาร ๐ ๒๕๒๓ ๕๒๕๒", true), ("ไปรษณีย์อิเล็กทรอนิกส์ a@b.go.th", true),
                      ("ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", false), ("ผู้อำนวยการเขตบางรัก", false)])
    func footer(line: String, isFooter: Bool) {
        #expect(SignatureExtractor.isFooter(line) == isFooter)
    }

    @Test func aLetterSignedOverSpecksAndAnUnreadablePhone() throws {
        let r = try extractRecord(text: """
        ที่ กท ๕๐๒๔/๙๘๗
        สำนักงานเขตราษฎร์บูรณะ
        ๗ กรกฎาคม ๒๕๖๖
        เรื่อง ขอข้อมูลผู้ป่วยติดเตียง
        เรียน ผู้อำนวยการโรงพยาบาลราษฎร์บูรณะ
        ด้วยสำนักงานเขตราษฎร์บูรณะจัดทำโครงการดูแลผู้ป่วยติดเตียงในชุมชน จึงเรียนมาเพื่อโปรดพิจารณา
        ขอแสดงความนับถือ
        (นายสิทธิชัย บำรุงศรี)
        ผู้อำนวยการเขตราษฎร์บูรณะ
        ขบ ข
        ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม
        โทร. ๐ ๒๕๒ ๕๐๕๑
        """.replacingOccurrences(of: "ำ", with: "\u{0E4D}\u{0E32}"))   // as tesseract writes ำ: an OCR'd page
        #expect(r.signatory?.position == "ผู้อำนวยการเขตราษฎร์บูรณะ")
    }
}

/// The receiving stamp a district office sets on a paper it receives: its date and time are not
/// the memo's date, a deadline or a meeting.
@Suite struct ReceivingStampTests {
    static let memo = """
    บันทึกข้อความ
    สำนักงานเขตบางรัก
    เลขรับ ๔๕๖๗
    วันที่ ๙ ธ.ค. ๒๕๖๕
    เวลา ๑๔.๓๐ น.
    ส่วนราชการ สำนักปลัดกรุงเทพมหานคร โทร. ๐ ๒๒๒๔ ๒๕๕๕
    ที่ กท ๐๔๐๖/ว ๗๗๗ วันที่ ๖ ธันวาคม ๒๕๖๕
    เรื่อง ขอให้จัดตั้งสภาคนเมืองประจำเขต
    เรียน ผู้อำนวยการเขต
    ขอให้สำนักงานเขตดำเนินการให้แล้วเสร็จภายในวันที่ ๒๙ ธันวาคม ๒๕๖๕
    (นายขจิต ชัชวานิชย์)
    ปลัดกรุงเทพมหานคร
    """

    @Test func theStampIsSetAside() throws {
        let r = try extractRecord(text: Self.memo)
        #expect(r.date == "2022-12-06")
        #expect(r.deadlines.compactMap(\.date) == ["2022-12-29"])
        #expect(r.meetings.isEmpty)
        #expect(r.warnings.contains { $0.code == "receiving_stamp" && $0.text?.contains("เลขรับ ๔๕๖๗") == true })
    }

    /// A letter received with the stamp above its head (tesseract's lines of a stamped scan): the
    /// stamp's office line is no agency (it had become the letter's).
    @Test func theStampsOfficeIsNoAgency() throws {
        let r = try extractRecord(text: """
        สํานักงานเขตบางวัก
        เลขรับที่ ๒๓๕๕
        วันที่ ๑๒ ธ.ค. ๒๕๖๗
        เวลา ๑๕.๓๐ น.
        ที่ กท ๕๐๐๔/๑๗๓๘                    สำนักงานเขตปทุมวัน
                                            ๑๐๐๐ ถนนพระรามที่ ๑
                                            ๕ สิงหาคม ๒๕๖๗
        เรื่อง ขอความอนุเคราะห์ข้อมูล
        เรียน ผู้จัดการนิติบุคคลอาคารชุดสยามเรสซิเดนซ์
        ขอให้แจ้งข้อมูลภายในวันที่ ๓๐ สิงหาคม ๒๕๖๗
        ขอแสดงความนับถือ
        (นายสมชาย ใจดี)
        ผู้อำนวยการเขตปทุมวัน
        """)
        #expect(r.agency == "สำนักงานเขตปทุมวัน")
        #expect(r.warnings.contains { $0.code == "receiving_stamp" && $0.text?.hasPrefix("สำนักงานเขตบางวัก") == true })
    }

    @Test(arguments: [("เลขรับ ๔๕๖๗", true), ("รับที่ 123", true), ("เลขที่รับ: ๘๙", true),
                      ("รับที่ประชุมทราบ", false), ("เลขรับรอง", false), ("รับทราบ", false)])
    func stampNumberLines(text: String, opens: Bool) {
        #expect(ReceivingStamp.opensStamp(text) == opens)
    }
}

/// A scan whose handwritten signature covered the signer's bracketed name (tesseract printed specks
/// there and lost the name line): the position under the signing line is the signatory's, the name
/// null with a warning (the signatory had been null).
@Suite struct SignatureUnderASignatureTests {
    @Test(arguments: [
        ("สั่ง ณ วันที่ ๒๓ ธันวาคม พ.ศ. ๒๕๖๗", ["1” %»  9/", "ผู้อำนวยการเขตราชเทวี"], "ผู้อำนวยการเขตราชเทวี"),
        ("สั่ง ณ วันที่ ๒๓ ธันวาคม พ.ศ. ๒๕๖๗", ["ผู้ช่วยผู้อำนวยการเขตราชเทวี", "ปฏิบัติราชการแทน", "ผู้อำนวยการเขตราชเทวี"],
         "ผู้ช่วยผู้อำนวยการเขตราชเทวี ปฏิบัติราชการแทน ผู้อำนวยการเขตราชเทวี"),
    ])
    func thePositionWithoutTheName(signing: String, foot: [String], position: String) throws {
        let r = try extractRecord(text: (["คำสั่งสำนักงานเขตราชเทวี", "ที่ ๑๒๓/๒๕๖๗", "เรื่อง แต่งตั้งคณะทำงาน",
                                          "ให้ นายสมชาย ใจดี หัวหน้าฝ่ายโยธา เป็นประธานคณะทำงาน", "ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", signing] + foot)
            .joined(separator: "\n"))
        #expect(r.signatory?.name == nil)
        #expect(r.signatory?.position == position)
        #expect(r.warnings.contains { $0.code == "signature_name_unreadable" && $0.field == "signatory.name" })
    }

    /// A body paragraph after the signing line is no position: no signatory is made up.
    @Test func noPositionNoSignatory() throws {
        let r = try extractRecord(text: "คำสั่งสำนักงานเขตราชเทวี\nที่ ๑๒๓/๒๕๖๗\nเรื่อง แต่งตั้งคณะทำงาน\nทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป\nสั่ง ณ วันที่ ๒๓ ธันวาคม พ.ศ. ๒๕๖๗\nสำเนาถูกต้อง")
        #expect(r.signatory == nil)
    }
}

/// A letter's head where OCR wrapped the addressee: its end is not the body's start.
@Suite struct WrappedAddresseeTests {
    @Test func theAddresseesEndBeforeTheReferences() throws {
        let r = try extractRecord(text: """
        ที่ กท ๕๐๒๐/๔๔๑๘
        สำนักงานเขตบางกอกน้อย
        ๑๔ กุมภาพันธ์ ๒๕๖๖
        เรื่อง ขอเชิญเป็นวิทยากร
        เรียน คณบดีคณะสังคมศาสตร์และมนุษยศาสตร์ มหาวิทยาลัยเจ้าพระยา
        วิชาการ
        อ้างถึง หนังสือมหาวิทยาลัยเจ้าพระยาวิชาการ ที่ อว ๘๘๐๑/๐๙๔ ลงวันที่ ๓ กุมภาพันธ์ ๒๕๖๖
        สิ่งที่ส่งมาด้วย กำหนดการประชุม จำนวน ๑ ฉบับ
        ด้วยสำนักงานเขตบางกอกน้อยจะจัดประชุมวางแผนโครงการ จึงเรียนมาเพื่อโปรดพิจารณา
        """)
        #expect(r.addressee == "คณบดีคณะสังคมศาสตร์และมนุษยศาสตร์ มหาวิทยาลัยเจ้าพระยาวิชาการ")
        #expect(r.references.count == 1)
        #expect(r.enclosures == ["กำหนดการประชุม จำนวน ๑ ฉบับ"])
    }
}

/// An OCR'd order whose emblem left a speck between the title and its number.
@Suite struct OrderHeadSpeckTests {
    @Test func aSpeckUnderTheTitle() throws {
        // As tesseract writes it: ำ as ํ + า (which also marks the page as OCR'd).
        let text = "คําสั่งกรุงเทพมหานคร\n\nฆ\n\nที่ ๓๑๒๕/๒๕๖๖\nเรื่อง แต่งตั้งคณะกรรมการกํากับติดตามการแก้ไขปัญหาฝุ่นละออง\n\n"
            + "ให้คณะกรรมการดําเนินการตามหน้าที่ และรายงานผลการดําเนินงาน\nสั่ง ณ วันที่ ๒๗ กันยายน พ.ศ. ๒๕๖๖\n"
        let r = try extractRecord(text: text)
        #expect(r.orderNo == "3125/2566")
        #expect(r.subject?.hasPrefix("แต่งตั้งคณะกรรมการกำกับติดตามการแก้ไขปัญหาฝุ่นละออง") == true)
    }
}

@Suite struct EnclosureQuantityTests {
    @Test(arguments: [
        ("แบบรายงานผลการตรวจสอบความมั่นคงแข็งแรงของป้ายจำนวน 1 ชุด", "แบบรายงานผลการตรวจสอบความมั่นคงแข็งแรงของป้าย จำนวน 1 ชุด"),
        ("มาตรการควบคุมฝุ่นละอองจากสถานประกอบการจำนวน ๑ ชุด", "มาตรการควบคุมฝุ่นละอองจากสถานประกอบการ จำนวน ๑ ชุด"),
        ("กำหนดการประชุม จำนวน ๑ ฉบับ", "กำหนดการประชุม จำนวน ๑ ฉบับ"),
        ("แบบสำรวจจำนวนผู้ป่วย", "แบบสำรวจจำนวนผู้ป่วย"),
    ])
    func quantitiesStandApart(item: String, expected: String) {
        #expect(HeadExtractor.spacedBeforeQuantity(item) == expected)
    }

    /// A quantity cut at the line's end: its number and unit, or its unit, on the next line.
    @Test(arguments: [
        ("แผนที่สังเขปแสดงที่ตั้งอาคาร จำนวน", "                 ๑ แผ่น", true),
        ("แบบแจ้งการแก้ไขอาคาร จำนวน ๑", "ชุด", true),
        ("สำเนาคำสั่งเจ้าพนักงานท้องถิ่น (แบบ ค.๒) จำนวน ๑", "ฉบับ", true),
        ("แบบแจ้งการแก้ไขอาคาร จำนวน ๑ ชุด", "ซองจดหมาย", false),                 // whole already
        ("แผนที่สังเขปแสดงที่ตั้งอาคาร จำนวน", "แบบแจ้งการแก้ไขอาคาร จำนวน ๑ ชุด", false),
        ("แบบแจ้งการแก้ไขอาคาร จำนวน ๑", "๒ ชุด", false),
        ("แบบสำรวจความต้องการ", "๑ ชุด", false),                               // no quantity cut
    ])
    func quantityWraps(item: String, next: String, joins: Bool) {
        #expect(HeadExtractor.quantityWrapsOn(item: item, next: next) == joins)
    }

    /// Probe g04: typed with the wrap indented under its item, and as tesseract printed it.
    @Test(arguments: [
        """
        สิ่งที่ส่งมาด้วย  ๑. สำเนาคำสั่งเจ้าพนักงานท้องถิ่น (แบบ ค.๒) จำนวน ๑ ฉบับ
                         ๒. แผนที่สังเขปแสดงที่ตั้งอาคาร จำนวน
                         ๑ แผ่น
                         ๓. แบบแจ้งการแก้ไขอาคาร จำนวน ๑
                         ชุด
                         ๔. ซองจดหมายติดแสตมป์ จำนวน ๑ ซอง
        """,
        """
        สิ่งที่ส่งมาด้วย ๑. สําเนาคําสั่งเจ้าพนักงานท้องถิ่น (แบบ ค.๒) จํานวน ๑
        ฉบับ
        ๒. แผนที่สังเขปแสดงที่ตั้งอาคาร จํานวน
        ๑ แผ่น
        ๓. แบบแจ้งการแก้ไขอาคาร จํานวน ๑
        ชุด
        ๔. ซองจดหมายติดแสตมป์ จํานวน ๑
        ซอง
        """,
    ])
    func wrappedQuantities(list: String) throws {
        let r = try extractRecord(text: """
        ที่ กท ๕๓๐๕/๑๒๓                                    สำนักงานเขตบางกอกน้อย
                                                  ๓๐ มกราคม ๒๕๖๘
        เรื่อง แจ้งคำสั่งให้แก้ไขอาคาร
        เรียน นายสมชาย ใจดี
        \(list)
                ด้วยสำนักงานเขตบางกอกน้อยได้ตรวจพบว่าอาคารของท่านต่อเติมโดยไม่ได้รับอนุญาต
        """)
        #expect(r.enclosures.count == 4)
        #expect(r.enclosures.dropFirst().first == "แผนที่สังเขปแสดงที่ตั้งอาคาร จำนวน ๑ แผ่น")
        #expect(r.enclosures.dropFirst(2).first == "แบบแจ้งการแก้ไขอาคาร จำนวน ๑ ชุด")
    }
}

/// The dictionary pass on an OCR'd member list: a family name whose space OCR misplaced.
@Suite struct OcrMemberWordTests {
    @Test func aFamilyNameCutIntoThePosition() throws {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .hocr, sha256: "", byteCount: 0), kind: .minutes))
        ctx.ocr = true
        ctx.record.members = [Member(seq: 7, name: "นางจุฑามาศ ท", title: "นาง", givenName: "จุฑามาศ", familyName: "ท",
                                     position: "รัพย์สมบูรณ์ หัวหน้าฝ่ายการคลัง", role: .member)]
        OcrWordPass.apply(&ctx)
        try #require(ctx.record.members.count == 1)
        #expect(ctx.record.members[0].name == "นางจุฑามาศ ทรัพย์สมบูรณ์")
        #expect(ctx.record.members[0].familyName == "ทรัพย์สมบูรณ์")
        #expect(ctx.record.members[0].position == "หัวหน้าฝ่ายการคลัง")
        #expect(ctx.record.warnings.contains { $0.code == "ocr_word_repaired" && $0.field == "members[0].name" })
    }
}

/// Specks between เรียน and อ้างถึง on an OCR'd letter (the emblem, a stamp) no longer end the
/// head before its lists.
@Suite struct SpecksBeforeListsTests {
    @Test(arguments: [
        ("จ ผี", true), ("1", true), ("๐     ฒ๑ฒ7 ๕=-", true), ("'' =", true),
        ("อ้างถึง หนังสือ", false), ("ตามหนังสือที่อ้างถึง", false), ("๑. สำเนา", false), ("กท", false), ("พ.ศ. ๒๕๐", false), ("๒๕๖๗", false), ("ฉ/", true),
    ])
    func speckLines(text: String, isSpeck: Bool) {
        #expect(HeadExtractor.isSpeckLine(text) == isSpeck)
    }

    static func letter(between: String) -> String {
        // ํ + า, as tesseract prints sara am, marks the text as OCR output.
        "ที่ กท ๕๐๓๓/๑๕๕\nสํานักงานเขตคลองเตย\n๒๕ เมษายน ๒๕๖๖\nเรื่อง ขอเชิญประชุม\nเรียน ผู้จัดการนิติบุคคลอาคารชุด\n"
            + between
            + "อ้างถึง หนังสือสํานักสิ่งแวดล้อม ที่ กท ๑๖๐๑/ว ๗๗ ลงวันที่ ๓ เมษายน ๒๕๖๖\n\n"
            + "ตามหนังสือที่อ้างถึง สํานักสิ่งแวดล้อมขอให้สํานักงานเขตส่งเสริมการคัดแยกขยะ นั้น\n\nขอแสดงความนับถือ\n\n(นายสมชาย ใจดี)\nผู้อํานวยการเขตคลองเตย\n"
    }

    @Test(arguments: ["จ ผี\n1\n๐     ฒ๑ฒ7 ๕=-\n\n", ""])
    func referencesAfterSpecks(between: String) throws {
        let record = try extractRecord(text: Self.letter(between: between))
        #expect(record.references == ["หนังสือสำนักสิ่งแวดล้อม ที่ กท ๑๖๐๑/ว ๗๗ ลงวันที่ ๓ เมษายน ๒๕๖๖"])
        #expect(record.warnings.contains { $0.code == "ocr_noise_removed" } == !between.isEmpty)
        #expect(record.body.allSatisfy { !$0.contains("ผี") })
    }

    /// A line of words after เรียน is the body, and what follows it is not read as the head's list.
    @Test func wordsAreNotSpecks() throws {
        let record = try extractRecord(text: Self.letter(between: "ตามที่สํานักงานเขตได้ประสานกับนิติบุคคลอาคารชุดไว้แล้ว นั้น\n"))
        #expect(record.references.isEmpty)
    }
}

/// What is due: the action before the deadline, without the request, the one asked, earlier steps
/// or a duty's list number (`DeadlineAction`).
@Suite struct DeadlineActionTests {
    @Test(arguments: [
        ("๑. วางแผนและดำเนินการจัดงานให้แล้วเสร็จภายในวันที่ ๑๓ มกราคม ๒๕๖๗", "วางแผนและดำเนินการจัดงาน"),
        ("(๒) รายงานผลการดำเนินงานภายในวันที่ ๓๐ มกราคม ๒๕๖๗", "รายงานผลการดำเนินงาน"),
        ("ทั้งนี้ ให้ส่งแบบตอบรับภายในวันที่ ๑๕ มกราคม ๒๕๖๗", "ส่งแบบตอบรับ"),
        // The one asked is not the action; ให้ before the one written to is not a request.
        ("จึงขอให้สำนักงานเขตทุกเขตจัดส่งรายงานให้กองบัญชีภายในวันที่ ๑๐ เมษายน ๒๕๖๗", "จัดส่งรายงานให้กองบัญชี"),
        ("ขอให้ทุกฝ่ายส่งคำของบประมาณภายในวันที่ ๑๐ เมษายน ๒๕๖๗", "ส่งคำของบประมาณ"),
        ("ให้ผู้ตรวจสอบอาคารตรวจสอบป้ายดังกล่าวภายในวันที่ ๑๐ เมษายน ๒๕๖๗", "ตรวจสอบป้ายดังกล่าว"),
        // The last step of several, after a space; verbs glued by และ are one task.
        ("ให้สำนักงานเขตคัดเลือกอาสาสมัคร เขตละ ๒๐ คน และส่งรายชื่อภายในวันที่ ๑๐ เมษายน ๒๕๖๗", "ส่งรายชื่อ"),
        ("ให้คณะทำงานวางแผนและดำเนินการจัดงานให้แล้วเสร็จภายในวันที่ ๑๓ มกราคม ๒๕๖๗", "วางแผนและดำเนินการจัดงาน"),
        ("จึงเรียนเชิญท่านเข้าร่วมประชุม และขอความกรุณาส่งแบบตอบรับภายในวันที่ ๒๔ กุมภาพันธ์ ๒๕๖๖", "ส่งแบบตอบรับ"),
        ("ผู้ประกอบการที่ประสงค์จะต่อใบอนุญาตต้องยื่นคำขอภายในวันที่ ๒๔ กุมภาพันธ์ ๒๕๖๖", "ยื่นคำขอ"),
        // No action verb: the text after the request is kept rather than cut at a guess.
        ("ขอให้ฝ่ายทะเบียนภายในวันที่ ๒๔ กุมภาพันธ์ ๒๕๖๖", "ฝ่ายทะเบียน"),
        // จะ between the conjunction and the verb (the application window is tested below).
        ("ให้ส่งรายชื่อภายในวันที่ ๔ มีนาคม ๒๕๖๗ และจะประกาศรายชื่อผู้มีสิทธิภายในวันที่ ๒๐ มีนาคม ๒๕๖๗", "ประกาศรายชื่อผู้มีสิทธิ"),
        // How late is not what is due; a window that closes on a day is a deadline.
        ("๑. ส่งแผนความต้องการครุภัณฑ์ อย่างช้าไม่เกินวันที่ ๑๖ กุมภาพันธ์ ๒๕๖๗", "ส่งแผนความต้องการครุภัณฑ์"),
        ("ผู้สนใจสามารถยื่นใบสมัครได้ตั้งแต่บัดนี้ถึงวันที่ ๑๖ กุมภาพันธ์ ๒๕๖๗", "ยื่นใบสมัคร"),
        // May be done until a day; สามารถ opens what may be done.
        ("ผู้ที่ไม่สะดวกเข้าร่วมประชุม สามารถเสนอความคิดเห็นเป็นลายลักษณ์อักษรได้จนถึงวันที่ ๓๑ มกราคม ๒๕๖๘", "เสนอความคิดเห็นเป็นลายลักษณ์อักษร"),
    ])
    func actionWithoutItsNumber(paragraph: String, action: String) {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ClauseExtractor.deadlines(in: paragraph, documentDate: "2024-01-03", ctx: &ctx, line: 0)
        #expect(ctx.record.deadlines.map(\.action).last == action)
    }

    /// A window for handing something in closes on its last day; an event's days are no deadline.
    @Test(arguments: [
        ("ให้ยื่นใบสมัครด้วยตนเองได้ที่ฝ่ายปกครอง ตั้งแต่วันที่ ๑ – ๑๓ กันยายน ๒๕๖๖ ในวันและเวลาราชการ", ["2023-09-13"]),
        ("ให้ยื่นใบสมัครระหว่างวันที่ ๔ – ๑๕ มีนาคม ๒๕๖๗ และจะประกาศรายชื่อผู้มีสิทธิภายในวันที่ ๒๐ มีนาคม ๒๕๖๗", ["2024-03-20", "2024-03-15"]),
        ("สำนักงานเขตจะจัดงานมหกรรมสุขภาพระหว่างวันที่ ๒๑ – ๒๓ กุมภาพันธ์ ๒๕๖๘", [String]()),
    ])
    func applicationWindows(paragraph: String, dates: [String]) {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ClauseExtractor.deadlines(in: paragraph, documentDate: "2023-08-01", ctx: &ctx, line: 0)
        #expect(ctx.record.deadlines.compactMap(\.date) == dates)
    }

    /// A date range is no deadline (ถึงวันที่ alone); a deadline without a printed year is the first
    /// such day after the document's date, and says so.
    @Test func rangesAndYearlessDays() {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ClauseExtractor.deadlines(in: "จัดนิทรรศการตั้งแต่วันที่ ๑ ถึงวันที่ ๕ มีนาคม ๒๕๖๗", documentDate: "2024-01-03", ctx: &ctx, line: 0)
        #expect(ctx.record.deadlines.isEmpty)
        ClauseExtractor.deadlines(in: "ให้ส่งแผนภายในวันที่ ๑๖ กุมภาพันธ์ นี้", documentDate: "2024-02-05", ctx: &ctx, line: 0)
        #expect(ctx.record.deadlines.map(\.date) == ["2024-02-16"])
        #expect(ctx.record.warnings.map(\.code) == ["inferred_year"])
    }
}

/// Absentees and others present are read like attendees but are not members: what is said of
/// them names their own list, and no role is asked of them.
@Suite struct MinutesPeopleTests {
    @Test func absenteesAreNotMembers() throws {
        let text = """
        รายงานการประชุมคณะกรรมการชุมชนร่วมใจพัฒนา
        ครั้งที่ ๓/๒๕๖๖
        เมื่อวันอังคารที่ ๒๑ พฤศจิกายน ๒๕๖๖
        ณ ศาลาชุมชนร่วมใจพัฒนา
        ผู้มาประชุม
        ๑. นายบุญมี ดีใจ	ประธานชุมชน	ประธานกรรมการ
        ๒. นายวีระ กล้าหาญ	กรรมการชุมชน	กรรมการและเลขานุการ
        ผู้ไม่มาประชุม
        ๑. นางสาวนิดา ใจงาม	กรรมการชุมชน	ติดราชการ
        ผู้เข้าร่วมประชุม
        ๑. นายชาติชาย ภักดี	นักพัฒนาสังคมชำนาญการ
        เริ่มประชุมเวลา ๑๙.๐๐ น.
        ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
        เลิกประชุมเวลา ๒๐.๓๐ น.

        (นายวีระ กล้าหาญ)
        ผู้จดรายงานการประชุม
        """
        let record = try extractRecord(text: text)
        #expect(record.members.map(\.name) == ["นายบุญมี ดีใจ", "นายวีระ กล้าหาญ"])
        #expect(!record.warnings.contains { $0.code == "missing_role" })
        #expect(record.provenance["members[0]"]?.line == 6)
        #expect(record.provenance["extra.absentees[0]"]?.line == 9)
        #expect(record.meetings.first?.start == "2023-11-21T19:00:00+07:00")
    }
}

/// Paragraphs of a plain-text document that are one line each, at the same indent, after a rule
/// under the title: each is a paragraph (a wrapped line would sit further left).
@Suite struct ParagraphsAfterARuleTests {
    @Test func sameIndentLinesAfterARuleAreParagraphs() throws {
        let text = """
                              ประกาศสำนักงานเขตราชเทวี
        เรื่อง ปิดการจราจรชั่วคราวเพื่อจัดงานประเพณีลอยกระทง
                              ---------------------
                 ด้วยสำนักงานเขตราชเทวีกำหนดจัดงาน ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๖ ตั้งแต่เวลา ๑๖.๐๐ น. ถึงเวลา ๒๔.๐๐ น. ณ สวนสันติภาพ
                 จึงประกาศมาเพื่อทราบโดยทั่วกัน
                         ประกาศ ณ วันที่ ๑๕ พฤศจิกายน พ.ศ. ๒๕๖๖

                              (นายกิตติพงษ์ รุ่งเรือง)
                              ผู้อำนวยการเขตราชเทวี
        """
        let record = try extractRecord(text: text)
        #expect(record.body.count == 2)
        #expect(record.body.last == "จึงประกาศมาเพื่อทราบโดยทั่วกัน")
        #expect(record.meetings.first?.place == "สวนสันติภาพ")
        #expect(record.meetings.first?.end == "2023-11-28T00:00:00+07:00")
    }
}

/// A subject typed with a hanging indent (its wrap under its first word) is the subject's, told
/// by the addressee or the head's rule after it; the addressee is not lost to the body.
@Suite struct HangingSubjectTests {
    @Test(arguments: [
        ("บันทึกข้อความ\nส่วนราชการ สำนักงานเขตบางนา ฝ่ายการคลัง\nที่ กท ๕๐๔๗/๑๒๓๔ วันที่ ๒ ตุลาคม ๒๕๖๖\nเรื่อง การจัดทำแผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ\n      พ.ศ. ๒๕๖๗\nเรียน หัวหน้าฝ่ายทุกฝ่าย\n         ด้วยสำนักงบประมาณกรุงเทพมหานครกำหนดให้หน่วยงานจัดทำแผน\n\n(นายวรพล สุขเกษม)\nผู้อำนวยการเขตบางนา\n",
         "การจัดทำแผนการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "หัวหน้าฝ่ายทุกฝ่าย" as String?),
        ("คำสั่งสำนักงานเขตดินแดง\nที่ ๒๑๐/๒๕๖๗\nเรื่อง แต่งตั้งคณะกรรมการจัดงานวันเด็กแห่งชาติ\n      ประจำปี ๒๕๖๗\n      --------------\n         อาศัยอำนาจตามความในมาตรา ๔๔ จึงแต่งตั้งคณะกรรมการ ดังนี้\n\n(นายประเสริฐ ศรีสุข)\nผู้อำนวยการเขตดินแดง\n",
         "แต่งตั้งคณะกรรมการจัดงานวันเด็กแห่งชาติประจำปี ๒๕๖๗", nil),
        // An indented line that opens the body is not the subject's.
        ("คำสั่งสำนักงานเขตดินแดง\nที่ ๒๑๐/๒๕๖๗\nเรื่อง แต่งตั้งคณะกรรมการจัดงานวันเด็กแห่งชาติ\n         อาศัยอำนาจตามความในมาตรา ๔๔ จึงแต่งตั้งคณะกรรมการ ดังนี้\n      --------------\n\n(นายประเสริฐ ศรีสุข)\nผู้อำนวยการเขตดินแดง\n",
         "แต่งตั้งคณะกรรมการจัดงานวันเด็กแห่งชาติ", nil),
    ])
    func subjectAndAddressee(text: String, subject: String, addressee: String?) throws {
        let record = try extractRecord(text: text)
        #expect(record.subject == subject)
        #expect(record.addressee == addressee)
        #expect(!record.body.contains { $0.hasPrefix("เรียน") || $0.hasPrefix("พ.ศ.") })
    }
}

/// A deadline that names a month only is due by the month's last day, with a warning saying so.
@Suite struct MonthOnlyDeadlineTests {
    @Test(arguments: [
        ("ขอให้ส่งแผนภายในเดือนตุลาคม ๒๕๖๖", "2023-10-02", "2023-10-31" as String?),
        ("ให้ส่งรายงานภายในสิ้นเดือน ก.พ. ๖๗", "2024-01-15", "2024-02-29"),
        ("ให้ส่งรายงานให้แล้วเสร็จภายในเดือนธันวาคม พ.ศ. ๒๕๖๕", "2022-12-06", "2022-12-31"),
        // No year: the month's next end after the document's date.
        ("ให้ส่งรายงานภายในเดือนมกราคม", "2023-11-20", "2024-01-31"),
        ("ให้ส่งรายงานไม่เกินเดือนมีนาคม", "2024-01-10", "2024-03-31"),
        // No document date and no year: the date is unknown, not guessed.
        ("ให้ส่งรายงานภายในเดือนมกราคม", nil, nil),
    ])
    func dueByTheMonthsEnd(text: String, documentDate: String?, due: String?) throws {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ClauseExtractor.deadlines(in: text, documentDate: documentDate, ctx: &ctx, line: 0)
        try #require(ctx.record.deadlines.count == 1)
        #expect(ctx.record.deadlines[0].date == due)
        #expect(ctx.record.deadlines[0].action?.hasPrefix("ส่ง") == true)
        #expect(ctx.record.warnings.contains { $0.code == "month_deadline" && $0.field == "deadlines[0].date" })
    }

    /// A frequency (เดือนละ), a day's deadline, and ก่อน a month (before it begins: not this rule).
    @Test(arguments: ["ให้ประชุมภายในเดือนละ ๑ ครั้ง", "ภายในวันที่ ๑๐ ตุลาคม ๒๕๖๖", "ก่อนเดือนตุลาคม ๒๕๖๖"])
    func notAMonthOnlyDate(text: String) {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ClauseExtractor.deadlines(in: text, documentDate: "2023-10-02", ctx: &ctx, line: 0)
        #expect(!ctx.record.warnings.contains { $0.code == "month_deadline" })
    }
}

/// A date printed as month and year only (the day left blank for the signer's pen) is no date,
/// with a warning, and is not taken for the office's address.
@Suite struct DateWithoutDayTests {
    @Test(arguments: [
        "ที่ กท ๕๐๑๗/ว ๘๘\nสำนักงานเขตบางกะปิ\n๓๐๘ ถนนลาดพร้าว\n                    ธันวาคม ๒๕๖๕\nเรื่อง ขอความร่วมมือ\nเรียน ผู้จัดการ\n         ด้วยสำนักงานเขตขอความร่วมมือ\n         ขอแสดงความนับถือ\n\n(นายสมชาย ใจดี)\nผู้อำนวยการเขตบางกะปิ\n",
        "บันทึกข้อความ\nส่วนราชการ สำนักงานเขตบางรัก\nที่ กท ๕๐๐๔/๑๒๓ วันที่      ธันวาคม ๒๕๖๕\nเรื่อง ทดสอบ\nเรียน ผู้อำนวยการเขต\n         ด้วยมีการทดสอบ\n\n(นายสมชาย ใจดี)\nผู้อำนวยการเขตบางรัก\n",
    ])
    func noDateButAWarning(text: String) throws {
        let record = try extractRecord(text: text)
        #expect(record.date == nil)
        #expect(record.dateText == "ธันวาคม ๒๕๖๕")
        #expect(record.warnings.contains { $0.code == "date_without_day" && $0.field == "date" })
        #expect(!(record.extra["address"].map { "\($0)".contains("ธันวาคม") } ?? false))
    }

    @Test(arguments: [("ธันวาคม ๒๕๖๕", true), ("วันที่ ธ.ค. ๖๕", true), ("ธันวาคม ๒๕๖๕ เป็นต้นไป", false), ("ธันวาคม", false), ("๖ ธันวาคม ๒๕๖๕", false)])
    func monthAndYearLines(text: String, matches: Bool) {
        #expect((MonthOnlyDate.monthAndYearLine(text) != nil) == matches)
    }
}

/// A short tesseract page with fewer than three sara am is still known for OCR output when the
/// text has no ำ of its own (tesseract prints ํ + า); a typed text with ำ is not.
@Suite struct ShortOcrPageTests {
    /// The head of a one-page minutes as tesseract 5 printed it (Laksaman 16 pt, 200 dpi, scan profile).
    static let tesseractMinutes = """
    รายงานการประชุมคณะกรรมการชุมชนร่วมใจพัฒนา

    ครั้งที่ ๓//๒๕๒๐๒๐

    เมื่อวันอังคารที่ ๒๑ พฤศจิกายน ๒๕๐๒

    ณ ศาลาชุมชนร่วมใจพัฒนา เขตห้วยขวาง

    ผู้มาประชุม

    ๑. นายบุญมี ดิใจ               ประธานชุมชน       ประธาน

    กรรมการ

    ๒. นางสมใจ รักดี               รองประธานชุมชน รองประธาน
    กรรมการ

    กพัฒนาสังคมชํานาญการ
    เริ่มประชุมเวลา ๑๕.๐๐ น.
    ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ
    ประธานแจ้งว่าสํานักงานเขตจะจัดตรวจสุขภาพประชาชนใน
    เลิกประชุมเวลา ๒๐.๓๐ น.
    (นายวีระ กล้าหาญ)

    ผู้จดรายงานการประชุม
    """

    @Test func readAsOCR() throws {
        let record = try extractRecord(text: Self.tesseractMinutes)
        // ๒๕๐๒ with its printed Tuesday is 2566, not 1959 (B.E. 2502).
        #expect(record.date == "2023-11-21")
        #expect(record.warnings.contains { $0.code == "ocr_date_repaired" && $0.field == "date" })
        // The repaired date falls on the printed Tuesday: no weekday warning is left over.
        #expect(!record.warnings.contains { $0.code == "weekday_mismatch" })
        #expect(record.warnings.contains { $0.code == "ocr_unverified" })
    }

    @Test func aTypedTextWithSaraAmIsNotOCR() throws {
        // One ำ typed as ํ + า among composed ones: a typing slip, not a tesseract page.
        let text = Self.tesseractMinutes.replacingOccurrences(of: "สํานักงาน", with: "สำนักงาน")
            .replacingOccurrences(of: "๒๕๐๒", with: "๒๕๖๖").replacingOccurrences(of: "๓//๒๕๒๐๒๐", with: "๓/๒๕๖๖")
        let record = try extractRecord(text: text)
        #expect(record.date == "2023-11-21")
        #expect(!record.warnings.contains { $0.code == "ocr_unverified" })
    }
}

/// On an OCR'd page a warning on one contact number (a fax with a digit too many) does not vouch
/// for the others: each number without a warning of its own keeps its doubt (probe g09).
@Suite struct OcrContactDoubtTests {
    @Test(arguments: [
        // The foot as tesseract printed it: the fax has ten digits.
        ("โทร. ๐ ๒๒๑๕ ๒๐๓๕\nโทรสาร ๐ ๒๒๑๕ ๒๐๓๐9", ["contact.phone"], ["contact.fax"]),
        // Both plausible: one doubt over the contact.
        ("โทร. ๐ ๒๒๑๕ ๒๐๓๕\nโทรสาร ๐ ๒๒๑๕ ๒๐๓๐", ["contact"], [String]()),
        ("โทร. ๐ ๒๒๑๕ ๒๐๓๕", ["contact"], []),
    ])
    func doubt(foot: String, doubted: [String], warnedOtherwise: [String]) throws {
        let r = try extractRecord(text: """
        ที่ ตช ๐๐๑๕.๒๖/๑๕๔๒                                         กองบังคับการตํารวจนครบาล ๖
                                                    ๗ มิถุนายน ๒๕๖๗
        เรื่อง ขอเชิญประชุมหารือ
        เรียน ผู้อํานวยการเขตปทุมวัน
                จึงเรียนมาเพื่อโปรดพิจารณา
                                                  ขอแสดงความนับถือ
                                         (นายณัฐพล เกียรติศักดิ์)
                                      ผู้บังคับการตํารวจนครบาล ๖
        ฝ่ายอํานวยการ
        \(foot)
        """)
        let contactDoubts = r.warnings.filter { $0.code == "ocr_unverified" && ($0.field ?? "").hasPrefix("contact") }.compactMap(\.field)
        #expect(contactDoubts == doubted)
        #expect(r.warnings.filter { $0.code != "ocr_unverified" && ($0.field ?? "").hasPrefix("contact") }.compactMap(\.field) == warnedOtherwise)
    }
}

/// An OCR'd order whose list introducer lost its mark (`ดังนี`) and whose roles were cut at the
/// line's end, glued to the position (`…เขตดินแดงประธาน` / `กรรมการ`): tesseract's text of a
/// two-group order (Laksaman 16 pt, 200 dpi, scan profile), specks under the number included.
@Suite struct OcrOrderGroupsTests {
    static let tesseractOrder = """
    คําสังสํานักงานเขตดินแดง
    ที ๒๑๐/๒๕๒๐

    ซ่                           ๐ ซ่

    เรื่อง แต่งตังคณะกรรมการจัดงานวันเด็กแห่งชาติ ประจําปี ๒๕๐

    อาศัยอํานาจตามความในมาตรา ๕๕ แห่งพระราชบัญญัติ

    ระเบียบบริหารราชการกรุงเทพมหานคร พ.ศ. ๒๕๒๕ จึงแต่งตังคณะ
    กรรมการจัดงานวันเด็กแห่งชาติ ประจําปี ๒๕๒ ดังนี

    ๑. คณะกรรมการอํานวยการ

    ๑.๑ นายประเสริฐ ศรีสุข       ผู้อํานวยการเขตดินแดงประธาน
    กรรมการ
    ๑.๒ นางวิไลวรรณ ชูชื่น        ผู้ช่วยผู้อํานวยการเขตดินแดงรอง
    ประธานกรรมการ
    ๑.๓ นายธนากร พึ่งบุญ        หัวหน้าฝายการศึกษา กรรมการและ
    เลขานุการ
    ๒,. คณะกรรมการฝ่ายจัดสถานที่
    ๒.๑ นายสมพงษ์ ใจกว้าง        หัวหน้าฝ่ายโยธา       ประธาน
    กรรมการ
    ๒.๒ นางสาวกาญจนา เรื่องศรี นักวิชาการศึกษาชํานาญการ

    กรรมการและเลขานุการ
    ให้คณะกรรมการมีอํานาจหน้าที ดังนี

    (นายประเสริฐ ศรีสุข)
    ผู้อํานวยการเขตดินแดง
    """

    @Test func membersOfBothGroups() throws {
        let record = try extractRecord(text: Self.tesseractOrder)
        #expect(record.subject?.hasPrefix("แต่งตั้งคณะกรรมการจัดงานวันเด็กแห่งชาติ") == true)
        #expect(record.members.map(\.role) == [.chair, .viceChair, .secretary, .chair, .secretary])
        #expect(record.members.map(\.position) == ["ผู้อำนวยการเขตดินแดง", "ผู้ช่วยผู้อำนวยการเขตดินแดง", "หัวหน้าฝายการศึกษา",
                                                  "หัวหน้าฝ่ายโยธา", "นักวิชาการศึกษาชำนาญการ"])
        #expect(record.members.map(\.group) == ["คณะกรรมการอำนวยการ", "คณะกรรมการอำนวยการ", "คณะกรรมการอำนวยการ",
                                               "คณะกรรมการฝ่ายจัดสถานที่", "คณะกรรมการฝ่ายจัดสถานที่"])
    }
}

/// A role OCR cut over lines, inside its word (`คณะ` / `ทำงาน`) or between its words with spaces
/// left (`คณะ ทำงานและ ผู้ช่วยเลขานุการ`), is joined back; a position that ends like a role's
/// first word (`ครูผู้ช่วย เลขานุการ`) is not.
@Suite struct CutRoleTests {
    @Test(arguments: [
        ("นางรุ่งนภา ทองดี นักพัฒนาสังคมชำนาญการ คณะ ทำงานและ ผู้ช่วยเลขานุการ", "นางรุ่งนภา ทองดี นักพัฒนาสังคมชำนาญการ คณะทำงานและผู้ช่วยเลขานุการ"),
        ("นายสมพงษ์ ใจกว้าง หัวหน้าฝ่ายโยธา ประธาน กรรมการ", "นายสมพงษ์ ใจกว้าง หัวหน้าฝ่ายโยธา ประธานกรรมการ"),
        ("นายอนันต์ บุญมา ครูผู้ช่วย เลขานุการ", "นายอนันต์ บุญมา ครูผู้ช่วย เลขานุการ"),
        ("นายสมชาย ใจดี ผู้อำนวยการเขต บางรัก กรรมการ", "นายสมชาย ใจดี ผู้อำนวยการเขต บางรัก กรรมการ"),
    ])
    func rejoined(text: String, expected: String) {
        #expect(MemberListExtractor.rejoiningCutRole(text) == expected)
    }

    /// tesseract's text of three rows of a working group's table (corpus order_04, 200 dpi).
    @Test func aRoleCutInsideItsWord() throws {
        let text = """
        คําสั่งสํานักงานเขตดินแดง
        ที่ ๑๒๓/๒๕๖๖
        เรื่อง แต่งตั้งคณะทํางานชุมชน
        อาศัยอํานาจตามความในมาตรา ๔๔ จึงแต่งตั้งคณะทํางาน ประกอบด้วย
        (๓) ฝ่ายชุมชน

        ๒. นายวรวุฒิ พูลสวัสดิ    ประธานชุมชนเคหะร่มเย็น คณะ

        ทํางาน

        ๓. นางสาวปาริชาติ ปัญญาดี ประธานชุมชนริมทางรถไฟ คณะ

        ทํางาน

        ๔. นายวรวุฒิ ใจดี             ผู้แทนเครือข่ายเยาวชนเพื่อสิ่งแวดล้อม
        คณะทํางาน

        ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป
        """
        let record = try extractRecord(text: text)
        #expect(record.members.map(\.role) == [.member, .member, .member])
        #expect(record.members.map(\.position) == ["ประธานชุมชนเคหะร่มเย็น", "ประธานชุมชนริมทางรถไฟ", "ผู้แทนเครือข่ายเยาวชนเพื่อสิ่งแวดล้อม"])
        #expect(record.members.allSatisfy { $0.group == "ฝ่ายชุมชน" })
    }
}

/// A time range wrapped after ถึงเวลา on an OCR'd page stays in its paragraph (a line opening with
/// `๒๕.๐๐ น.` is no numbered item), so the meeting keeps its place.
@Suite struct WrappedTimeTests {
    @Test func theMeetingKeepsItsPlace() throws {
        let text = """
        ประกาศสํานักงานเขตราชเทวี
        เรื่อง ปิดการจราจรชั่วคราวเพื่อจัดงานประเพณีลอยกระทง
        ด้วยสํานักงานเขตราชเทวีกําหนดจัดงานประเพณีลอยกระทง
        ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๖ ตั้งแต่เวลา ๑๖.๐๐ น. ถึงเวลา
        ๒๕.๐๐ น. ณ สวนสันติภาพ จึงขอปิดการจราจรถนนราชวิถีช่วงดังกล่าว
        จึงประกาศมาเพื่อทราบโดยทั่วกัน
        ประกาศ ณ วันที่ ๑๕ พฤศจิกายน พ.ศ. ๒๕๖๖

        (นายกิตติพงษ์ รุ่งเรือง)
        ผู้อํานวยการเขตราชเทวี
        """
        let record = try extractRecord(text: text)
        #expect(record.meetings.first?.start == "2023-11-27T16:00:00+07:00")
        #expect(record.meetings.first?.place == "สวนสันติภาพ")
        #expect(record.meetings.first?.end == nil)
        #expect(record.warnings.contains { $0.code == "invalid_end_time" && $0.field == "meetings[0].start" })
    }
}

/// A same-day time range moves with its day when OCR digits are repaired, and a meeting never
/// ends before it starts.
@Suite struct MeetingRangeTests {
    @Test func theEndMovesWithTheRepairedDay() throws {
        var ctx = OcrDateReadingTests.context(year: 2024)
        // ๒๐ read as ๒๙; the printed Wednesday pins the 20th.
        let d = try #require(ctx.dates(in: "ประชุมในวันพุธที่ ๒๙ มีนาคม ๒๕๖๗ เวลา ๑๓.๓๐ - ๑๖.๓๐ น.").first)
        #expect(d.isoStart == "2024-03-20T13:30:00+07:00")
        #expect(d.isoEnd == "2024-03-20T16:30:00+07:00")
    }

    @Test func anEndBeforeTheStartIsLeftOut() {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ClauseExtractor.meetings(in: "ขอเชิญประชุมในวันพุธที่ ๒๗ มีนาคม ๒๕๖๗ เวลา ๑๓.๓๐ - ๑๒.๓๐ น. ณ ห้องประชุมกองบัญชี", ctx: &ctx, line: 0)
        #expect(ctx.record.meetings.map(\.start) == ["2024-03-27T13:30:00+07:00"])
        #expect(ctx.record.meetings.first?.end == nil)
        #expect(ctx.record.warnings.contains { $0.code == "range_reversed" && $0.field == "meetings[0].end" })
    }
}

/// A monk's name has no family name (his position follows it), and a letter's copies list
/// (สำเนาส่ง) is its own part, not the owning unit.
@Suite struct MonkAndCopiesTests {
    @Test func aMonksPositionIsNotHisFamilyName() throws {
        let name = try #require(PersonName.parse(opening: "พระครูสุนทรธรรมวิทย์ เจ้าอาวาสวัดบางโพ คณะทำงาน"))
        #expect(name.0.full == "พระครูสุนทรธรรมวิทย์")
        #expect(name.0.family == nil)
        #expect(name.1.hasPrefix("เจ้าอาวาสวัดบางโพ"))
    }

    @Test func copiesToAfterTheContacts() throws {
        let text = """
        ที่ กท ๕๐๔๒/ว ๑๕
        สำนักงานเขตทุ่งครุ
        ๑๙ กุมภาพันธ์ ๒๕๖๗
        เรื่อง ขอเชิญร่วมประชุม
        เรียน ประธานชุมชนทุกชุมชน
                 สำนักงานเขตทุ่งครุจึงขอเชิญท่านเข้าร่วมประชุม
                 ขอแสดงความนับถือ

        (นายชัยวัฒน์ ศรีประเสริฐ)
        ผู้อำนวยการเขตทุ่งครุ
        ฝ่ายปกครอง
        โทร. ๐ ๒๔๖๔ ๑๒๕๓
        สำเนาส่ง  ผู้อำนวยการสำนักป้องกันและบรรเทาสาธารณภัย
                  ผู้อำนวยการสำนักอนามัย
        """
        let record = try extractRecord(text: text)
        #expect(record.extra["owning_unit"] == .string("ฝ่ายปกครอง"))
        #expect(record.extra["copies_to"] == .strings(["ผู้อำนวยการสำนักป้องกันและบรรเทาสาธารณภัย", "ผู้อำนวยการสำนักอนามัย"]))
        #expect(record.provenance["extra.copies_to"]?.line == 13)
        #expect(record.contact.phone == ["024641253"])
    }

    /// An e-mail address tesseract read with Thai letters is an unreadable contact, not part of the unit.
    @Test func anUnreadableAddressIsNotTheUnit() throws {
        let text = "ที่ กท ๕๐๔๙/ว ๑๕๒\nสํานักงานเขตทุ่งครุ\n๒๑ มกราคม ๒๕๖๘\nเรื่อง ขอความร่วมมือ\nเรียน ผู้จัดการ\n"
            + "สํานักงานเขตจึงขอความร่วมมือ\nขอแสดงความนับถือ\n\n(นายชัยวัฒน์ ศรีประเสริฐ)\nผู้อํานวยการเขตทุ่งครุ\n"
            + "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล\nโทร. ๐ ๒๔๖๔ ๑๒๕๓\nไปรษณีย์อิเล็กทรอนิกส์ ป้านทรู(ฝ่าหน.อทง@ไ๒ลทชร«๐|<6ฮ๐.ป่า\n"
        let record = try extractRecord(text: text)
        #expect(record.extra["owning_unit"] == .string("ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"))
        #expect(record.contact.email.isEmpty)
        // The warning names the field the label gives (ไปรษณีย์อิเล็กทรอนิกส์: the e-mail).
        #expect(record.warnings.contains { $0.code == "unreadable_contact" && $0.field == "contact.email" })
    }
}

/// An OCR'd order's signing line with วันที่ lost (`สัง ณ ๑๕ มกราคม …`) is still its date, and a
/// speck under its subject (`ฉ/`) is not part of the subject.
@Suite struct OcrOrderHeadTests {
    @Test func signingLineWithoutItsDayLabel() throws {
        let text = """
        คําสังสํานักงานเขตบางซื่อ
        ที่ ๔๕/๒๕๖๗
        เรื่อง แต่งตั้งคณะทํางานป้องกันและแก้ไขปัญหานําท่วม

        ฉ/

        อาศัยอํานาจตามความในมาตรา ๔๔ จึงแต่งตั้งคณะทํางาน ประกอบด้วย
        ๑. นายสมหมาย ใจเย็น หัวหน้าฝ่ายโยธา คณะทํางานและเลขานุการ
        สัง ณ ๑๕ มกราคม พ.ศ. ๒๕๖๗

        (นายสุรเชษฐ์ กิตติคุณ)
        ผู้อํานวยการเขตบางซื่อ
        """
        let record = try extractRecord(text: text)
        #expect(record.date == "2024-01-15")
        #expect(record.warnings.contains { $0.code == "ocr_label_repaired" && $0.field == "date" })
        #expect(record.subject?.hasSuffix("ท่วม") == true)
    }
}

/// On an OCR'd page a deadline whose day is unreadable is kept with date null and the reason.
@Suite struct UnreadableDeadlineDayTests {
    @Test func keptWithoutADate() {
        var ctx = OcrDateReadingTests.context(year: 2024)
        ClauseExtractor.deadlines(in: "๑. ให้ฝ่ายทะเบียนจัดทำบัญชีรายชื่อผู้มีสิทธิเลือกตั้งให้แล้วเสร็จภายในวันที่ « กุมภาพันธ์ ๒๕๐",
                                  documentDate: "2024-01-08", ctx: &ctx, line: 0)
        #expect(ctx.record.deadlines.count == 1)
        #expect(ctx.record.deadlines.first?.date == nil)
        #expect(ctx.record.deadlines.first?.action == "จัดทำบัญชีรายชื่อผู้มีสิทธิเลือกตั้ง")
        #expect(ctx.record.deadlines.first?.text.hasSuffix("กุมภาพันธ์ ๒๕๐") == true)
        #expect(ctx.record.warnings.contains { $0.code == "unreadable_date" && $0.field == "deadlines[0].date" })
    }

    /// On a clean page the same text is no deadline at all: nothing to guess from.
    @Test func notOnACleanPage() {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ClauseExtractor.deadlines(in: "ให้จัดทำบัญชีให้แล้วเสร็จภายในวันที่ « กุมภาพันธ์ ๒๕๖๗", documentDate: "2024-01-08", ctx: &ctx, line: 0)
        #expect(ctx.record.deadlines.isEmpty)
    }
}

/// What a relative deadline counts from: receipt of this document (unknown: its date is assumed,
/// and said), the document's own date, or an event the text names (kept in the clause, named in
/// the warning, and no date: the event's day is not in the document); working days are not dated
/// either (holidays decide them).
@Suite struct RelativeDeadlinePointTests {
    @Test(arguments: [
        ("ขอให้ส่งรายงานภายใน ๗ วันนับแต่วันที่ได้รับหนังสือนี้", "นับแต่วันที่ได้รับหนังสือนี้", "the day of receipt is not known", true),
        ("และรายงานผลภายใน ๓๐ วัน นับแต่วันที่ได้รับคำสั่งนี้", "นับแต่วันที่ได้รับคำสั่งนี้", "counted from the document date", true),
        // OCR dropped marks of the same phrase.
        ("และรายงานผลภายใน ๓๐ วัน นับแต่วันทิได้รับคำสังนี", "นับแต่วันทิได้รับคำสังนี", "counted from the document date", true),
        ("ฝ่ายโยธาจะดำเนินการให้แล้วเสร็จภายใน ๓๐ วัน นับแต่วันที่ได้รับอนุมัติ", "นับแต่วันที่ได้รับอนุมัติ", "is not in the document", false),
        ("โดยจัดทำแผนเสนอผู้อำนวยการเขตภายใน 60 วันนับแต่วันที่ลงนามในคำสั่งนี้", "นับแต่วันที่ลงนามในคำสั่งนี้", "the document's own date", true),
        // Another document's signing is not this one's date.
        ("ให้ผู้รับจ้างส่งมอบงานภายใน ๙๐ วัน นับจากวันที่ลงนามในสัญญา", "นับจากวันที่ลงนามในสัญญา", "is not in the document", false),
        ("และรายงานผลต่อผู้อำนวยการเขตภายใน ๕ วันทำการนับแต่วันที่ผู้รับจ้างส่งมอบงาน", "วันทำการนับแต่วันที่ผู้รับจ้างส่งมอบงาน", "depends on holidays", false),
        ("และรายงานผลภายใน ๕ วันทำการ", "๕ วันทำการ", "depends on holidays", false),
        // OCR lost the space after the phrase and misread its tone mark: it ends at นี่.
        ("โดยจัดทำแผนภายใน 60 วันนับแต่วันที่ลงนามในคำสั่งนี่ให้คณะกรรมการประชุม", "นับแต่วันที่ลงนามในคำสั่งนี่", "the document's own date", true),
    ])
    func point(text: String, clauseEnd: String, message: String, dated: Bool) throws {
        var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "t", format: .text, sha256: "", byteCount: 0)))
        ClauseExtractor.deadlines(in: text, documentDate: "2023-08-14", ctx: &ctx, line: 0)
        let d = try #require(ctx.record.deadlines.first)
        #expect(d.text.hasSuffix(clauseEnd))
        #expect((d.date != nil) == dated)
        #expect(ctx.record.warnings.contains { $0.code == "relative_deadline" && $0.message.contains(message) })
    }
}

/// A signing line damaged past its label (`ง ณวนท ๓ เมษายน …`): its lone ณ, a day and a month
/// still make it; a ณ in running text is no signing line.
@Suite struct DamagedSigningLineTests {
    @Test(arguments: [
        ("ง ณวนท ๓ เมษายน พ.ศ. ๒๕๒๐๒๐", "๓ เมษายน พ.ศ. ๒๕๒๐๒๐" as String?),
        ("สัง ณ ๑๕ มกราคม พ.ศ. ๒๕๖๗", "๑๕ มกราคม พ.ศ. ๒๕๖๗"),
        ("ประชุม ณ ห้องประชุม ๓ ชั้น ๒", nil),
        ("ณ ศาลาประชาคม", nil),
    ])
    func signingLine(text: String, value: String?) {
        #expect(OrderExtractor.signedWithoutDayLabel(text)?.value == value)
    }

    /// tesseract's slash for the table's ruling between a name and its position.
    @Test func aLoneSlashIsRuling() {
        #expect(MemberListExtractor.withoutTableNoise("๑ นายประยุทธ ศรีงาม / ผู้อำนวยการเขตหนองจอก |ประธานกรรมการ")
                == "๑ นายประยุทธ ศรีงาม ผู้อำนวยการเขตหนองจอก ประธานกรรมการ")
        #expect(MemberListExtractor.withoutTableNoise("ผู้อำนวยการ ๑/๒ ฝ่าย") == "ผู้อำนวยการ ๑/๒ ฝ่าย")
    }
}

/// A table row's number garbled by OCR (`๑ฒ` for ๑๗, `๑๒๐` for ๑๖, an out-of-sequence ๑๕) still
/// opens an entry when a titled name follows; its number is unknown.
@Suite struct GarbledRowNumberTests {
    @Test(arguments: [
        ("๑ฒ นายศุภชัย นาค นักสังคมสงเคราะห์ปฏิบัติ กรรมการและผู้", "๑ฒ" as String?),
        ("๑๒๐ นางสาววิภาวรรณ นักพัฒนาสังคมชำนาญการ กรรมการและ", "๑๒๐"),
        ("๑๕ นางอัมพร รัตนพันธ์ (ผู้แทนบริษัท ธนบุรี กรรมการ", "๑๕"),
        ("๑๒๓ ถนนพระราม ๔ แขวงคลองเตย", nil),      // an address: no name follows
        ("ฒ ธันวาคม ๒๕๖๖", nil),
        // ๗. read as ฆ, (its dot as a comma) before a titled name.
        ("ฆ, นางสาวศิริพร ลิ้มเจริญ นักพัฒนาสังคมชำนาญการ", "ฆ,"),
    ])
    func garbled(text: String, token: String?) {
        #expect(MemberListExtractor.garbledEntryLabel(Substring(text))?.0 == token)
    }
}

/// On an OCR'd page a meeting whose day is a speck is kept with its place, start null and the reason.
@Suite struct UnreadableMeetingDayTests {
    @Test func keptWithoutADate() {
        var ctx = OcrDateReadingTests.context(year: 2024)
        ClauseExtractor.meetings(in: "ที่ประชุมกำหนดประชุมครั้งต่อไปในวันศุกร์ที « กุมภาพันธ์ ๒๕๒๓ เวลา ๐๕.๓๐ น. ณ ห้องประชุมสำนักงานเขตบางพลัด ชั้น ๕",
                                 ctx: &ctx, line: 0)
        #expect(ctx.record.meetings.count == 1)
        #expect(ctx.record.meetings.first?.start == nil)
        #expect(ctx.record.meetings.first?.place == "ห้องประชุมสำนักงานเขตบางพลัด ชั้น ๕")
        #expect(ctx.record.warnings.contains { $0.code == "unreadable_date" && $0.field == "meetings[0].start" })
    }

    @Test func notWithoutAMeetingWord() {
        var ctx = OcrDateReadingTests.context(year: 2024)
        ClauseExtractor.meetings(in: "ผู้ที่สนใจสมัครได้ที « กุมภาพันธ์ ๒๕๒๓ ณ ฝ่ายทะเบียน", ctx: &ctx, line: 0)
        #expect(ctx.record.meetings.isEmpty)
    }
}

/// Text saved from a word processor has one line a paragraph, every line at the same indent: a
/// line longer than any typed wrap is a whole paragraph, not the first line of a longer one.
@Suite struct UnwrappedParagraphTests {
    @Test func oneLineAParagraph() throws {
        let long = String(repeating: "ด้วยสำนักงานเขตบางเขนจะจัดงานมหกรรมสุขภาพ ", count: 4)
        let r = try extractRecord(text: """
        ประกาศสำนักงานเขตบางเขน
        เรื่อง การจัดงานมหกรรมสุขภาพ
        ------------------------
                \(long)
                ผู้สนใจลงทะเบียนล่วงหน้าได้ที่ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม
                จึงประกาศมาเพื่อทราบโดยทั่วกัน
        """)
        #expect(r.body.count == 3)
        #expect(r.body.first?.hasSuffix("มหกรรมสุขภาพ") == true)
    }
}

/// A minutes' closing time OCR put before its opening: one look-alike digit of its hour is read
/// otherwise only when exactly one such reading falls after the opening (tesseract's ๑๒.๓๐ for ๑๖.๓๐).
@Suite struct ReversedMinutesTimesTests {
    @Test(arguments: [
        ("2023-05-25T15:00:00+07:00", "2023-05-25T12:30:00+07:00", "2023-05-25T16:30:00+07:00" as String?),
        ("2024-03-22T13:00:00+07:00", "2024-03-22T12:00:00+07:00", "2024-03-22T16:00:00+07:00"),
        // ๑๐ could be ๑๖, ๑๘ or ๑๙: no single reading.
        ("2024-03-22T13:00:00+07:00", "2024-03-22T10:00:00+07:00", nil),
    ])
    func closing(start: String, end: String, repaired: String?) {
        #expect(MinutesExtractor.laterClosing(start: start, end: end) == repaired)
    }
}

/// The signature is the document's signer's: a superior's endorsement written under a memo
/// (`- อนุมัติ`, a name, a position, a date) and a minutes' reviewer are not, and a date under a
/// position is no part of it.
@Suite struct SignatureBlockChoiceTests {
    @Test(arguments: [
        ("""
        บันทึกข้อความ
        ส่วนราชการ สำนักงานเขตพญาไท ฝ่ายรักษาความสะอาดและสวนสาธารณะ โทร. ๐ ๒๒๓๕ ๕๐๐๓
        ที่ กท ๕๐๐๕/๕๑๒ วันที่ ๘ สิงหาคม ๒๕๖๗
        เรื่อง ขออนุมัติจัดซื้อต้นไม้
        เรียน ผู้อำนวยการเขตพญาไท
                จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ

                        (นางสาวพรทิพย์ วงศ์ทองดี)
                        หัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ
        - อนุมัติ

                        (นายสุรศักดิ์ ประเสริฐวงศ์)
                        ผู้อำนวยการเขตพญาไท
                        ๑๒ สิงหาคม ๒๕๖๗
        """, "นางสาวพรทิพย์ วงศ์ทองดี", "หัวหน้าฝ่ายรักษาความสะอาดและสวนสาธารณะ"),
        ("""
        รายงานการประชุมคณะทำงานจัดเก็บรายได้
        ครั้งที่ ๓/๒๕๖๖
        เมื่อวันศุกร์ที่ ๙ มิถุนายน ๒๕๖๖
        ณ ห้องประชุมสายไหม ๑
        เริ่มประชุมเวลา ๑๐.๐๐ น.
        เลิกประชุมเวลา ๑๒.๐๐ น.

                        (นายเอกรัฐ มีสุข)
                        หัวหน้าฝ่ายรายได้
                        ผู้จดรายงานการประชุม

                        (นายพงศกร อินทร์แก้ว)
                        ผู้อำนวยการเขตสายไหม
                        ผู้ตรวจรายงานการประชุม
        """, "นายเอกรัฐ มีสุข", "หัวหน้าฝ่ายรายได้ ผู้จดรายงานการประชุม"),
        // The role label on the signing line above each name: the recorder signs the minutes.
        (minutesSignedOnTheSigningLine("ลงชื่อ ........................................ ผู้จดรายงานการประชุม",
                                       "ลงชื่อ ........................................ ผู้ตรวจรายงานการประชุม"),
         "นางสาวจันทร์เพ็ญ อ่อนศรี", "นักจัดการงานทั่วไปปฏิบัติการ"),
        (minutesSignedOnTheSigningLine("ลงชื่อ ผู้จดรายงานการประชุม", "ลงชื่อ ผู้ตรวจรายงานการประชุม"),
         "นางสาวจันทร์เพ็ญ อ่อนศรี", "นักจัดการงานทั่วไปปฏิบัติการ"),
        // As tesseract printed the two signing lines (ลงชื่อ and the dots garbled).
        (minutesSignedOnTheSigningLine("กซือ ไจไไ ผู้จดรายงานการประชุม", "ลซือ 0... จ9จ .. ผู้ตรวจรายงานการประชุม"),
         "นางสาวจันทร์เพ็ญ อ่อนศรี", "นักจัดการงานทั่วไปปฏิบัติการ"),
    ])
    func signer(text: String, name: String, position: String) throws {
        let r = try extractRecord(text: text)
        #expect(r.signatory?.name == name)
        #expect(r.signatory?.position == position)
    }

    /// Minutes (probe g07) whose two blocks carry their role label on the signing line.
    static func minutesSignedOnTheSigningLine(_ recorder: String, _ reviewer: String) -> String {
        """
        รายงานการประชุมคณะกรรมการพัฒนาเขตสวนหลวง
        ครั้งที่ ๓/๒๕๖๗
        เมื่อวันอังคารที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๗
        ณ ห้องประชุมสวนหลวง ๑ ชั้น ๓ สำนักงานเขตสวนหลวง
        เริ่มประชุมเวลา ๑๓.๓๐ น.
        ปิดประชุมเวลา ๑๕.๒๐ น.

                        \(recorder)
                               (นางสาวจันทร์เพ็ญ อ่อนศรี)
                               นักจัดการงานทั่วไปปฏิบัติการ

                        \(reviewer)
                               (นายปกรณ์ ศรีสุวรรณ)
                               หัวหน้าฝ่ายปกครอง
        """
    }
}

/// A bracketed signer's name without a title: the rank printed before it or above it is its
/// title (police and military letters); alone under the closing it is still the signer, warned; a
/// letter glued before an abbreviated title is dropped, warned (probe g09, g05).
@Suite struct UntitledSignatureTests {
    static func letter(_ block: String, ocr: Bool = false) -> String {
        let text = """
        ที่ ตช ๐๐๑๕.๒๖/๑๕๔๒                                         กองบังคับการตำรวจนครบาล ๖
                                                    ๗ มิถุนายน ๒๕๖๗
        เรื่อง ขอเชิญประชุมหารือ
        เรียน ผู้อำนวยการเขตปทุมวัน
                จึงเรียนมาเพื่อโปรดพิจารณา
                                                  ขอแสดงความนับถือ

        \(block)

        ฝ่ายอำนวยการ
        โทร. ๐ ๒๒๑๔ ๒๐๓๕
        """
        // As tesseract writes ำ: an OCR'd page.
        return ocr ? text.replacingOccurrences(of: "ำ", with: "\u{0E4D}\u{0E32}") : text
    }

    @Test(arguments: [
        ("                  พลตำรวจตรี\n                         (ณัฐพล เกียรติศักดิ์)\n                      ผู้บังคับการตำรวจนครบาล ๖",
         "พลตำรวจตรีณัฐพล เกียรติศักดิ์", "พลตำรวจตรี" as String?, nil as String?, false),
        ("                  พล.ต.ต.\n                         (ณัฐพล เกียรติศักดิ์)\n                      ผู้บังคับการตำรวจนครบาล ๖",
         "พล.ต.ต.ณัฐพล เกียรติศักดิ์", "พล.ต.ต.", nil, false),
        ("                  พลตำรวจตรี (ณัฐพล เกียรติศักดิ์)\n                      ผู้บังคับการตำรวจนครบาล ๖",
         "พลตำรวจตรีณัฐพล เกียรติศักดิ์", "พลตำรวจตรี", nil, false),
        ("                  พันตำรวจโทหญิง\n                         (สุดารัตน์ ภักดีวงศ์)\n                      ผู้บังคับการตำรวจนครบาล ๖",
         "พันตำรวจโทหญิงสุดารัตน์ ภักดีวงศ์", "พันตำรวจโทหญิง", nil, false),
        ("                         (ณัฐพล เกียรติศักดิ์)\n                      ผู้บังคับการตำรวจนครบาล ๖",
         "ณัฐพล เกียรติศักดิ์", nil, "name_without_title", false),
        ("                         (ตดร.สุนทรี วงศ์เกษม)\n                      รองผู้อำนวยการสำนักการศึกษา",
         "ดร.สุนทรี วงศ์เกษม", "ดร.", "ocr_title_repaired", true),
        ("                         (ตดร.สุนทรี วงศ์เกษม)\n                      รองผู้อำนวยการสำนักการศึกษา",
         "ดร.สุนทรี วงศ์เกษม", "ดร.", "title_repaired", false),
    ])
    func signer(block: String, name: String, title: String?, warning: String?, ocr: Bool) throws {
        let r = try extractRecord(text: Self.letter(block, ocr: ocr))
        #expect(r.signatory?.name == name)
        #expect(r.signatory?.title == title)
        #expect(r.signatory?.position != nil)
        #expect(r.warnings.first { $0.field == "signatory.name" && !$0.code.hasPrefix("ocr_unverified") }?.code == warning)
    }

    /// Words in brackets that are no name stay out of the signature.
    @Test(arguments: ["(ผู้ทรงคุณวุฒิ)", "(แบบ ค.๒)", "(ผู้แทนภาคธุรกิจ)", "(ผู้อำนวยการเขต ปทุมวัน)"])
    func notNames(line: String) throws {
        let r = try extractRecord(text: Self.letter("                         " + line))
        #expect(r.signatory == nil)
    }
}

/// hOCR loses the space after ที่ before a reference code, in the head and in อ้างถึง items (OCR
/// probe e07); a list label the head never reached is reported, not dropped.
@Suite struct GluedReferenceLabelTests {
    @Test(arguments: [
        ("ที่กท5045/2210", "ที่ กท5045/2210"),
        ("บุปผาราม ที่ตช ๐๐๑๕(บก.น.๕).๒๑/๓๕๕๐", "บุปผาราม ที่ ตช ๐๐๑๕(บก.น.๕).๒๑/๓๕๕๐"),
        ("อ้างถึง (๑) หนังสือกรุงเทพมหานคร ที่กท", "อ้างถึง (๑) หนังสือกรุงเทพมหานคร ที่ กท"),
        ("ที่กท ๐๕๐๒/ว ๑๒๕๐", "ที่ กท ๐๕๐๒/ว ๑๒๕๐"),
        ("ที่ประชุมมีมติ", nil), ("ที่ปรึกษา", nil), ("เพื่อให้ที่กล่าวมา", nil), ("ที่ กท ๐๕๐๒/ว ๑๒๕๐", nil),
    ] as [(String, String?)])
    func spaced(line: String, expected: String?) {
        let out = Extractor.spacedAfterReferenceLabel(Array(line.unicodeScalars)).map { String(String.UnicodeScalarView($0)) }
        #expect(out == expected)
    }

    static let letter = """
    ที่ กท ๑๘๐๑/ว ๐๙๒                              สำนักงานเขตธนบุรี
                                                  ๑๑ พฤศจิกายน ๒๕๖๕
    เรื่อง ขอความร่วมมือสำรวจจุดเสี่ยงอาชญากรรม
    เรียน ผู้อำนวยการโรงเรียนในพื้นที่เขตธนบุรี
    อ้างถึง หนังสือสถานีตำรวจนครบาล
    บุปผาราม ที่ตช ๐๐๑๕(บก.น.๘).๒๑/๓๔๕๖
    ลงวันที่ ๑๙ ตุลาคม ๒๕๖๕
    สิ่งที่ส่งมาด้วย แบบสำรวจจุดเสี่ยง จำนวน ๑ ชุด
            ตามหนังสือที่อ้างถึง สถานีตำรวจนครบาลบุปผารามขอความร่วมมือสำรวจจุดเสี่ยง จึงเรียนมาเพื่อโปรดทราบ
                                          ขอแสดงความนับถือ
                                        (นางสาวอรอุมา ชลประทาน)
                                        ผู้อำนวยการเขตธนบุรี
    """

    /// On an OCR'd page (ำ as tesseract writes it) the glued ที่ is read and both lists are whole;
    /// typed so, the head stops at the line, and the enclosures label left below it is reported.
    @Test(arguments: [true, false])
    func theListsAfterIt(ocr: Bool) throws {
        let text = ocr ? Self.letter.replacingOccurrences(of: "ำ", with: "\u{0E4D}\u{0E32}") : Self.letter
        let r = try extractRecord(text: text)
        if ocr {
            #expect(r.references.count == 1)
            #expect(r.references.first?.contains("ที่ ตช ๐๐๑๕(บก.น.๘).๒๑/๓๔๕๖ ลงวันที่") == true)
            #expect(r.enclosures == ["แบบสำรวจจุดเสี่ยง จำนวน ๑ ชุด"])
        } else {
            #expect(r.enclosures.isEmpty)
            #expect(r.warnings.contains { $0.code == "part_not_found" && $0.field == "enclosures" })
        }
    }
}

/// A ที่ number read whole or warned: the office's name right of it never takes the number's rest.
@Suite struct ReferenceOnTheLetterLineTests {
    @Test(arguments: [
        ("ตช ๐๐๑๕.(๒๖)/๑๕๔๒", "ตช ๐๐๑๕.(๒๖)/๑๕๔๒", false),
        ("ตช ๐๐๑๕(๒๖)/๑๕๔๒", "ตช ๐๐๑๕(๒๖)/๑๕๔๒", false),
        ("ตช ๐๐๑๕.(๒ ๖)/๑๕๔๒", "ตช ๐๐๑๕.", true),          // a space inside the bracket: not read to its serial
    ])
    func number(printed: String, referenceNo: String, warned: Bool) throws {
        let r = try extractRecord(text: """
        ที่ \(printed)                                         กองบังคับการตำรวจนครบาล ๖
                                                    ๗ มิถุนายน ๒๕๖๗
        เรื่อง ขอเชิญประชุมหารือ
        เรียน ผู้อำนวยการเขตปทุมวัน
                จึงเรียนมาเพื่อโปรดพิจารณา
        """)
        #expect(r.referenceNo == referenceNo)
        #expect(r.agency == "กองบังคับการตำรวจนครบาล ๖")
        #expect(r.warnings.contains { $0.code == "unparsed_reference" && $0.field == "reference_no" } == warned)
    }
}

/// A run of telephone lines is two numbers (`๓๗๒๑-๒`: 3721 and 3722), not one ten-digit number;
/// a mobile number's groups and an extension are not runs.
@Suite struct PhoneRangeTests {
    @Test(arguments: [
        ("โทร. ๐ ๒๔๖๕ ๓๗๒๑-๒", ["024653721", "024653722"]), ("โทร. ๐-๒๔๖๕-๓๗๒๑-๒", ["024653721", "024653722"]),
        ("โทร. 0 2465 3721-2", ["024653721", "024653722"]), ("โทร. ๐ ๒๔๖๕ ๓๗๒๑ - ๒", ["024653721", "024653722"]),
        ("โทร. ๐ ๒๔๖๕ ๓๗๒๑ ถึง ๓๗๒๒", ["024653721", "024653722"]), ("โทร. ๐๘๑ ๒๓๔ ๕๖๗๘", ["0812345678"]),
        ("โทร. ๐ ๒๒๒๔ ๒๕๕๕ ต่อ ๑๒๓", ["022242555"]),
    ])
    func lines(text: String, phones: [String]) {
        #expect(ContactParser.parse(text).phone == phones)
    }

    /// Two labels sharing one number (`โทร./โทรสาร`) give it to both.
    @Test func sharedLabels() {
        let c = ContactParser.parse("โทร./โทรสาร ๐ ๒๕๑๓ ๐๙๑๐")
        #expect(c.phone == ["025130910"])
        #expect(c.fax == ["025130910"])
    }

    /// A Bangkok number read with ten digits is kept and flagged.
    @Test func tenDigitBangkokNumber() throws {
        let r = try extractRecord(text: "บันทึกข้อความ\nส่วนราชการ สำนักงานเขตบางรัก โทร. ๐ ๒๒๓๒๐ ๑๓๕๕\nเรื่อง ทดสอบ\nเรียน ผู้อำนวยการเขตบางรัก\n")
        #expect(r.contact.phone == ["0223201355"])
        #expect(r.warnings.contains { $0.code == "implausible_number" && $0.field == "contact.phone" })
    }
}

/// Head values wrapped onto a short line of their own: the addressee's `(มหาชน)` before the body's
/// opening, an enclosure's title end with its quantity (tesseract's lines).
@Suite struct WrappedHeadValueTests {
    @Test func addresseeAndEnclosure() throws {
        let r = try extractRecord(text: """
        ที่ กท ๕๔๐๑/๑๒๓๔                                   สำนักงานเขตธนบุรี
                                                        ๑๒ ตุลาคม ๒๕๖๖
        เรื่อง ขอความร่วมมือสำรวจจุดเสี่ยง
        เรียน กรรมการผู้จัดการ บริษัท สยามมีเดีย แอดเวอร์ไทซิ่ง จำกัด
        (มหาชน)
        สิ่งที่ส่งมาด้วย  (๑) แบบสำรวจจุดเสี่ยง จำนวน ๑ ชุด
        (๒) แผนที่เขต
        ธนบุรี มาตราส่วน ๑ : ๑๐,๐๐๐ จำนวน ๑ แผ่น
        ตามหนังสือที่อ้างถึง กรุงเทพมหานครได้กำชับให้สำรวจจุดเสี่ยง
        """)
        #expect(r.addressee == "กรรมการผู้จัดการ บริษัท สยามมีเดีย แอดเวอร์ไทซิ่ง จำกัด (มหาชน)")
        #expect(r.enclosures == ["แบบสำรวจจุดเสี่ยง จำนวน ๑ ชุด", "แผนที่เขตธนบุรี มาตราส่วน ๑ : ๑๐,๐๐๐ จำนวน ๑ แผ่น"])
        #expect(r.body.first?.hasPrefix("ตามหนังสือ") == true)
    }

    /// A ส่วนราชการ over three lines, its phone on the last (tesseract's lines).
    @Test func agencyOverThreeLines() throws {
        let r = try extractRecord(text: """
        บันทึกข้อความ
        ส่วนราชการ สำนักงานเขตพญาไท ฝ่ายรักษาความสะอาดและสวน
        สาธารณะ
        กลุ่มงานสวนสาธารณะ โทร. ๐ ๒๒๓๕
        ๕๐๐๓
        ที่ กท ๕๐๐๕/๕๑๒ วันที่ ๙ สิงหาคม ๒๕๖๗
        เรื่อง ขออนุมัติจัดซื้อกล้าไม้
        เรียน ผู้อำนวยการเขตพญาไท
        """)
        #expect(r.agency == "สำนักงานเขตพญาไท ฝ่ายรักษาความสะอาดและสวนสาธารณะ กลุ่มงานสวนสาธารณะ")
        #expect(r.contact.phone == ["022355003"])
        #expect(r.referenceNo == "กท ๕๐๐๕/๕๑๒")
    }

    /// A minutes' date line without เมื่อ under a one-line title with ครั้งที่: the date is the meeting's.
    @Test func minutesDateWithoutMuea() throws {
        let r = try extractRecord(text: """
        รายงานการประชุม
        คณะกรรมการชุมชนปลอดภัยเขตบางนา ครั้งที่ ๓/๒๕๖๖
        วันพฤหัสบดีที่ ๑๙ ตุลาคม ๒๕๖๖ เวลา ๐๙.๓๐ น.
        ณ ห้องประชุมบางนา ชั้น ๕ อาคารสำนักงานเขตบางนา
        ผู้มาประชุม
        ๑. นายวรพจน์ เกียรติสกุล ผู้อำนวยการเขตบางนา ประธานกรรมการ
        เริ่มประชุมเวลา ๐๙.๓๐ น.
        """)
        #expect(r.date == "2023-10-19")
        #expect(r.extra["meeting_no"] == .string("๓/๒๕๖๖"))
        #expect(r.meetings.first?.start == "2023-10-19T09:30:00+07:00")
    }

    /// A minutes' date line whose time wrapped onto a line of its own: the place under it is still read.
    @Test func minutesTimeWrapped() throws {
        let r = try extractRecord(text: """
        รายงานการประชุมคณะกรรมการบริหารจัดการตลาดนัดชุมชน ครั้งที่ ๓/๒๕๖๖
        เมื่อวันศุกร์ที่ ๑๖ มิถุนายน ๒๕๖๖ เวลา
        ๑๐.๐๐ น.
        ณ ห้องประชุมสายไหม ๑ ชั้น ๒ สำนักงานเขตสายไหม
        ผู้มาประชุม
        ๑. นายพงศกร อินทร์แก้ว ผู้อำนวยการเขตสายไหม ประธานกรรมการ
        เริ่มประชุมเวลา ๑๐.๐๐ น.
        """)
        #expect(r.meetings.first?.place == "ห้องประชุมสายไหม ๑ ชั้น ๒ สำนักงานเขตสายไหม")
    }
}

/// An amending order names whom it removes, then whom it appoints: only the appointed are members;
/// the removed are kept in extra.removed_members.
@Suite struct AmendingOrderMembersTests {
    @Test func removedThenAppointed() throws {
        let r = try extractRecord(text: """
                                     คำสั่งสำนักงานเขตบางซื่อ
                                          ที่ ๒๑๗/๒๕๖๗
                 เรื่อง แก้ไขเพิ่มเติมคำสั่งแต่งตั้งคณะกรรมการตรวจรับพัสดุ
                                   ------------------------
                เนื่องจากนายประเสริฐ ชัยมงคล ได้ย้ายไปปฏิบัติราชการที่สำนักงานเขตดุสิต จึงให้ยกเลิกการแต่งตั้ง
             ๒. นายประเสริฐ ชัยมงคล  นายช่างโยธาชำนาญงาน  กรรมการ
                และให้แต่งตั้ง
             ๒. นายวิทยา บุญประคอง  นายช่างโยธาอาวุโส  กรรมการ
                แทน
                   สั่ง ณ วันที่ ๒๕ กันยายน พ.ศ. ๒๕๖๗
        """)
        #expect(r.members.map(\.name) == ["นายวิทยา บุญประคอง"])
        #expect(r.members.map(\.group) == [nil])
        #expect(r.extra["removed_members"] == .strings(["นายประเสริฐ ชัยมงคล นายช่างโยธาชำนาญงาน กรรมการ"]))
    }
}

/// A typed table's row holding only a position cell's wrap continues the entry above it (it had
/// been a group heading over the members after it), also after the last member.
@Suite struct TypedTableWrapTests {
    @Test func positionWrapRow() throws {
        let m = try OcrMemberListTests.membersFromText("๓\tผศ.ดร.อนงค์ลักษณ์ ธาราวัฒน์\tอาจารย์สาขาประวัติศาสตร์ศิลปะ\tคณะทำงาน\n"
            + "\t\tมหาวิทยาลัยราชภัฏพระนคร\t\n"
            + "๔\tนายสุเมธ แสงอรุณ\tประธานชุมชนวัดฉิมทายการาม\tคณะทำงาน\n"
            + "๕\tนางสาววราภรณ์ ทองใบ\tหัวหน้าฝ่ายพัฒนาชุมชน\tคณะทำงานและเลขานุการ\n"
            + "\t\tสำนักงานเขตบางพลัด\t\n", ocr: false)
        #expect(m.map(\.position) == ["อาจารย์สาขาประวัติศาสตร์ศิลปะ มหาวิทยาลัยราชภัฏพระนคร", "ประธานชุมชนวัดฉิมทายการาม",
                                      "หัวหน้าฝ่ายพัฒนาชุมชน สำนักงานเขตบางพลัด"])
        #expect(m.map(\.group) == [nil, nil, nil])
    }
}

/// A document of no known kind (a certificate) still gives its body, its reference, its date from
/// its signing line and its signer; before, the head reader had taken every line.
@Suite struct OtherKindTests {
    @Test func certificate() throws {
        let r = try extractRecord(text: """
                                         หนังสือรับรอง
        ที่ กท ๕๒๐๓/๙๑๗                                       สำนักงานเขตบางกะปิ
                หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า นางสาวปิยะนุช แสงจันทร์ ได้ปฏิบัติงานเป็นอาสาสมัครสาธารณสุขประจำชุมชน
                ให้ไว้เพื่อใช้ประกอบการสมัครเข้ารับการคัดเลือก

                                 ให้ไว้ ณ วันที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๘

                                           (นายเอกชัย ธนากร)
                                      ผู้อำนวยการเขตบางกะปิ
        """)
        #expect(r.kind == .other)
        #expect(r.agency == "สำนักงานเขตบางกะปิ")
        #expect(r.date == "2025-03-12")
        #expect(r.referenceNo == "กท ๕๒๐๓/๙๑๗")
        #expect(r.signatory?.name == "นายเอกชัย ธนากร")
        #expect(r.body.contains { $0.hasPrefix("หนังสือฉบับนี้ให้ไว้เพื่อรับรองว่า") })
    }
}

/// A space hOCR put inside a month's name is closed on lines with a digit, and said.
@Suite struct SplitMonthTests {
    @Test(arguments: [
        ("ภายในวันศุกร์ที่ ๒๕ พฤศจิกา ยน ๒๕๖๕", "ภายในวันศุกร์ที่ ๒๕ พฤศจิกายน ๒๕๖๕"),
        ("เมื่อวันที่ ๒๕ พฤ ษภาคม ๒๕๖๖", "เมื่อวันที่ ๒๕ พฤษภาคม ๒๕๖๖"),
        ("ณ ห้องประชุม มี นาคม", "ณ ห้องประชุม มี นาคม"),   // no digit: no date to mend
    ])
    func join(line: String, joined: String) {
        let l = SourceLine(text: line, block: 0, lineInBlock: 0, provenance: Provenance(index: 0), words: [], startsBlock: true)
        #expect(Extractor.joinSplitMonths([l]).0.map(\.text) == [joined])
    }
}

/// A meeting printed as labelled lines in an invitation (probe j08), with or without colons, the
/// date label `วัน` or `วันที่`, or all on one line: its date, times and place (no meeting had been read).
@Suite struct LabelledMeetingTests {
    static let lines = [("วันที่", "วันอังคารที่ ๑๘ กุมภาพันธ์ ๒๕๖๘"), ("เวลา", "๐๙.๓๐ – ๑๒.๐๐ น. (ลงทะเบียนเวลา ๐๙.๐๐ น.)"),
                        ("สถานที่", "ห้องประชุมบางกอกน้อย ชั้น ๕ สำนักงานเขตบางกอกน้อย")]

    @Test(arguments: ["     ", " :   ", "@wan", "@oneline"])
    func aLabelledBlock(separator: String) throws {
        var block: [String]
        switch separator {
        case "@wan": block = Self.lines.map { ($0.0 == "วันที่" ? "วัน" : $0.0) + "     " + $0.1 }
        case "@oneline": block = [Self.lines.map { $0.0 == "วันที่" ? $0.1 : $0.0 + " " + $0.1 }.joined(separator: " ")]
        default: block = Self.lines.map { $0.0 + separator + $0.1 }
        }
        let r = try extractRecord(text: (["ที่ กท ๕๓๐๑/๑๒๓", "๓ กุมภาพันธ์ ๒๕๖๘", "เรื่อง ขอเชิญประชุม", "เรียน ประธานชุมชน",
                                          "        ด้วยสำนักงานเขตบางกอกน้อยกำหนดจัดประชุมเวทีประชาคม โดยมีรายละเอียด ดังนี้"]
                                         + block.map { "        " + $0 } + ["        จึงเรียนมาเพื่อโปรดพิจารณา", "ขอแสดงความนับถือ",
                                                                            "(นางสาวศิริลักษณ์ วัฒนากุล)", "ผู้อำนวยการเขตบางกอกน้อย"]).joined(separator: "\n"))
        #expect(r.meetings.map(\.start) == ["2025-02-18T09:30:00+07:00"])
        #expect(r.meetings.map(\.end) == ["2025-02-18T12:00:00+07:00"])
        #expect(r.meetings.map(\.place) == ["ห้องประชุมบางกอกน้อย ชั้น ๕ สำนักงานเขตบางกอกน้อย"])
        #expect(r.date == "2025-02-03")
    }

    /// A date label with no time line after it is no meeting block.
    @Test func aDateLineAloneIsNoBlock() {
        #expect(ClauseExtractor.labelledMeetingBlocks([("วันที่ ๑๘ กุมภาพันธ์ ๒๕๖๘", 0), ("ขอให้ส่งรายงาน", 1)]).isEmpty)
    }
}

/// A deadline whose time is printed before its day (`ก่อนเวลา ๑๖.๓๐ น. ของวันที่ …`, `ภายในเวลา …
/// ของวันศุกร์ที่ …`, probe j07): its date (the deadline had been lost); `ภายในเวลา ๓๐ วัน…` stays relative.
@Suite struct TimeBeforeDayDeadlineTests {
    @Test(arguments: [
        ("ขอให้ส่งรายชื่อผู้มีคุณสมบัติ ก่อนเวลา ๑๖.๓๐ น. ของวันที่ ๒๘ มีนาคม ๒๕๖๘", "2025-03-28", "ส่งรายชื่อผู้มีคุณสมบัติ"),
        ("ขอให้ส่งแบบรายงาน ภายในเวลา ๑๒.๐๐ น. ของวันศุกร์ที่ ๒๘ มีนาคม ๒๕๖๘", "2025-03-28", "ส่งแบบรายงาน"),
        ("ให้ยื่นอุทธรณ์ภายในเวลา ๓๐ วันนับแต่วันที่ได้รับหนังสือนี้", "2025-04-09", "ยื่นอุทธรณ์"),
    ])
    func theDayAfterTheTime(sentence: String, date: String, action: String) throws {
        let r = try extractRecord(text: "บันทึกข้อความ\nส่วนราชการ สำนักงานเขตบางรัก\nที่ กท ๕๐๐๔/๑๒๓ วันที่ ๑๐ มีนาคม ๒๕๖๘\nเรื่อง ทดสอบ\nเรียน ผู้อำนวยการเขต\n        \(sentence)")
        #expect(r.deadlines.map(\.date) == [date])
        #expect(r.deadlines.map(\.action) == [action])
    }
}

/// A memo forwarded up with notes under its signature (`เรียน ผู้อำนวยการเขต…` / `เพื่อโปรดพิจารณา
/// อนุมัติ` / a head of section's signature, then `- อนุมัติ -` and the director's, probe j10): the
/// memo's writer signs it (the head of section forwarding it had been taken).
@Suite struct ForwardedMemoTests {
    @Test func theWriterSigns() throws {
        let r = try extractRecord(text: """
        บันทึกข้อความ
        ส่วนราชการ ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม สำนักงานเขตพระโขนง
        ที่ กท ๕๐๓๙/๒๑๐ วันที่ ๑๑ มีนาคม ๒๕๖๘
        เรื่อง ขออนุมัติจัดโครงการอบรมอาสาสมัคร
        เรียน ผู้อำนวยการเขตพระโขนง
                จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ
                                           (นางสาวอารีรัตน์ ใจเย็น)
                                           นักพัฒนาสังคมชำนาญการ
        เรียน  ผู้อำนวยการเขตพระโขนง
                เพื่อโปรดพิจารณาอนุมัติ
                                           (นางมาลินี ศรีสวัสดิ์)
                                    หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม
                                                ๑๒ มี.ค. ๖๘
                                                 - อนุมัติ -
                                           (นายประพันธ์ ธรรมโชติ)
                                           ผู้อำนวยการเขตพระโขนง
                                                ๑๓ มี.ค. ๖๘
        """)
        #expect(r.signatory?.name == "นางสาวอารีรัตน์ ใจเย็น")
        #expect(r.signatory?.position == "นักพัฒนาสังคมชำนาญการ")
        #expect(r.date == "2025-03-11")
    }
}

/// An order whose title OCR broke apart (`งสํานักงานเขตคลองสามวา` at the top, `คํา` lines below,
/// probe j04's tesseract text): the signing line `สั่ง ณ วันที่ …` makes it an order (it had been
/// `other`, with no number, date or members). A regulation signed `ประกาศ ณ วันที่` stays other.
@Suite struct BrokenTitleTests {
    static func lines(_ text: String) throws -> [SourceLine] {
        let doc = try ReaderRegistry.read(ReaderInput(path: "t.txt", bytes: Array(text.utf8), sha256: ""))
        return LineBuilder.lines(of: doc)
    }

    @Test func theSigningLineMakesAnOrder() throws {
        let r = try extractRecord(text: """
        งสํานักงานเขตคลองสามวา
        ที ๕๓๑/๒๕๖๖
        เรือง แต่งตังคณะกรรมการบริหารจัดการขยะมูลฝอยชุมชน
        ให้ นายสมชาย ใจดี หัวหน้าฝ่ายโยธา เป็นประธานกรรมการ
        ทังนี้ ตั้งแต่บัดนีเป็นต้นไป
        สัง ณ วันที ๒๓ กันยายน พ.ศ. ๒๕๖๖
        (นางสาวอรทัย พงษ์พานิช)
        ผู้อำนวยการเขตคลองสามวา
        """)
        #expect(r.kind == .order)
        #expect(r.orderNo == "531/2566")
        #expect(r.date == "2023-09-23")
    }

    @Test func aRegulationStaysOther() throws {
        let kind = Classifier.classify(try Self.lines("ว่าด้วยการใช้ลานกีฬาชุมชน พ.ศ. ๒๕๖๖\nข้อ ๑ ระเบียบนี้เรียกว่า ระเบียบ\nประกาศ ณ วันที่ ๒๐ มิถุนายน พ.ศ. ๒๕๖๖\n(นายชยพล ธีรเดช)")).kind
        #expect(kind == .other)
    }
}

/// A recurring meeting's place (`ให้ประชุมทุกวันพุธแรกของเดือน เวลา ๑๓.๓๐ น. ณ ห้องประชุม…`, or ณ … first,
/// probe j04): it had always been null. A ณ inside a word (`คณะ…`) or specks after one are no place.
@Suite struct RecurringMeetingPlaceTests {
    @Test(arguments: [
        ("และให้ประชุมทุกวันพุธแรกของเดือน เวลา ๑๓.๓๐ น. ณ ห้องประชุมสำนักงานเขตคลองสามวา ชั้น ๒", "ห้องประชุมสำนักงานเขตคลองสามวา ชั้น ๒"),
        ("และให้ประชุม ณ ห้องประชุมสำนักงานเขตคลองสามวา ชั้น ๒ อย่างน้อยเดือนละ ๑ ครั้ง", "ห้องประชุมสำนักงานเขตคลองสามวา ชั้น ๒"),
        ("ให้คณะกรรมการประชุมทุกเดือน และรายงานผลต่อคณะกรรมการป้องกันและบรรเทาสาธารณภัย", nil),
        ("ให้คณะกรรมการประชุมทุกเดือน ณ อ๓/๐ 1๑7 ซ่ เรร 27", nil),
    ] as [(String, String?)])
    func thePlace(sentence: String, place: String?) throws {
        let r = try extractRecord(text: "คำสั่งสำนักงานเขตคลองสามวา\nที่ ๕๓๑/๒๕๖๖\nเรื่อง แต่งตั้งคณะกรรมการ\n        \(sentence)\nสั่ง ณ วันที่ ๒๓ กันยายน พ.ศ. ๒๕๖๖")
        let recurring = r.meetings.filter { $0.recurrence != nil }
        #expect(recurring.count == 1)
        #expect(recurring.first?.place == place)
    }
}

/// In minutes, `ภายใน ๗ วันนับแต่วันประชุม` counts from the meeting minuted, their own date (probe j09;
/// the date had been null).
@Suite struct MinutesRelativeDeadlineTests {
    @Test func fromTheMeetingDay() throws {
        let r = try extractRecord(text: """
        รายงานการประชุมคณะกรรมการดูแลผู้สูงอายุเขตบางแค
        ครั้งที่ ๑/๒๕๖๘
        เมื่อวันพฤหัสบดีที่ ๖ มีนาคม ๒๕๖๘ เวลา ๐๙.๓๐ น.
        ณ ห้องประชุมบางแค ชั้น ๓ สำนักงานเขตบางแค
        ผู้มาประชุม
        ๑. นายสมชาย ใจดี ผู้อำนวยการเขตบางแค ประธานกรรมการ
        เริ่มประชุมเวลา ๐๙.๓๐ น.
        มติที่ประชุม ให้ทุกหน่วยงานส่งข้อมูลกลุ่มเปราะบางถึงฝ่ายพัฒนาชุมชนและสวัสดิการสังคม ภายใน ๗ วันนับแต่วันประชุม
        เลิกประชุมเวลา ๑๒.๐๐ น.
        """)
        #expect(r.date == "2025-03-06")
        #expect(r.deadlines.map(\.date) == ["2025-03-13"])
        #expect(r.warnings.contains { $0.code == "relative_deadline" && $0.field == "deadlines[0].date" })
    }
}
