import Testing
import SarabanCore
@testable import Extraction

/// Minutes in layouts the fixtures lack (probe round 7): the head's date printed under the
/// attendance lists (tesseract reorders a page's blocks), or missing, and a past meeting's minutes
/// approved in an agenda item.
@Suite struct MinutesLayoutTests {
    static func minutes(headLines: String = "", dateLines: String, agendaDate: Bool = true) -> String {
        """
                                      รายงานการประชุม
                      คณะกรรมการบริหารจัดการขยะมูลฝอยเขตสวนหลวง
                                      ครั้งที่ ๒/๒๕๖๗
        \(headLines)
        ผู้มาประชุม
                ๑. นายอนุชา ประเสริฐศักดิ์      ผู้อำนวยการเขตสวนหลวง      ประธานกรรมการ
                ๒. นายปกรณ์ ศรีสุวรรณ           หัวหน้าฝ่ายปกครอง          กรรมการและเลขานุการ
        ผู้เข้าร่วมประชุม
        \(dateLines)
                ๑. นายภาคภูมิ รุ่งเรือง          นักวิชาการสิ่งแวดล้อมชำนาญการ
        เริ่มประชุมเวลา ๑๓.๓๐ น.
        ระเบียบวาระที่ ๑ เรื่องรับรองรายงานการประชุม
                \(agendaDate ? "รับรองรายงานการประชุมครั้งที่ ๑/๒๕๖๗ เมื่อวันอังคารที่ ๑๓ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๓.๓๐ น. ณ ห้องประชุมสวนหลวง ๑" : "รับรองรายงานการประชุมครั้งที่ ๑/๒๕๖๗")
        มติที่ประชุม  รับรอง
        เลิกประชุมเวลา ๑๕.๒๐ น.
        """
    }

    /// The head's date and place under the attendance lists: the document's date and the minuted
    /// meeting's (it had had no date at all, and the agenda's past meeting had been taken as one).
    @Test func theHeadDateUnderTheLists() throws {
        let r = try extractRecord(text: Self.minutes(dateLines: """
        เมื่อวันอังคารที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๗
        ณ ห้องประชุมสวนหลวง ๑ ชั้น ๓
        """))
        #expect(r.date == "2024-03-12")
        #expect(r.meetings.map(\.start) == ["2024-03-12T13:30:00+07:00"])
        #expect(r.meetings.first?.end == "2024-03-12T15:20:00+07:00")
        #expect(r.meetings.first?.place == "ห้องประชุมสวนหลวง ๑ ชั้น ๓")
    }

    /// No date anywhere, the place in the head: the minuted meeting keeps its place, its start null
    /// with a warning on it; the past meeting approved in the agenda is still no meeting.
    @Test func noHeadDate() throws {
        let r = try extractRecord(text: Self.minutes(headLines: "ณ ห้องประชุมสวนหลวง ๑ ชั้น ๓", dateLines: ""))
        #expect(r.date == nil)
        #expect(r.meetings.count == 1)
        #expect(r.meetings.first?.start == nil)
        #expect(r.meetings.first?.place == "ห้องประชุมสวนหลวง ๑ ชั้น ๓")
        #expect(r.warnings.contains { $0.field == "meetings[0].start" })
    }

    /// Nothing known of the minuted meeting (no date, no place): no empty meeting is given.
    @Test func nothingKnownGivesNoMeeting() throws {
        let r = try extractRecord(text: Self.minutes(dateLines: ""))
        #expect(r.meetings.isEmpty)
    }
}
