import Testing
import ThaiText
@testable import ThaiDates

@Suite struct ThaiDateParserTests {
    struct Valid: Sendable, CustomTestStringConvertible {
        let text: String
        let iso: String
        var warnings: [String] = []
        var testDescription: String { text }
    }

    static let valid: [Valid] = [
        Valid(text: "๖ ธันวาคม ๒๕๖๕", iso: "2022-12-06"),
        Valid(text: "วันที่ ๖ ธันวาคม ๒๕๖๕", iso: "2022-12-06"),
        Valid(text: "6 ธันวาคม 2565", iso: "2022-12-06"),
        Valid(text: "๖ ธันวาคม ๒๕๖5", iso: "2022-12-06"),
        Valid(text: "๖ ธ.ค. ๒๕๖๕", iso: "2022-12-06"),
        Valid(text: "๖ ธค ๒๕๖๕", iso: "2022-12-06", warnings: ["repaired_abbreviation"]),
        Valid(text: "๖ ธ.ค ๒๕๖๕", iso: "2022-12-06", warnings: ["repaired_abbreviation"]),
        Valid(text: "๖ ธ..ค.. ๒๕๖๕", iso: "2022-12-06", warnings: ["repaired_abbreviation"]),
        Valid(text: "๖ ธ. ค. ๒๕๖๕", iso: "2022-12-06", warnings: ["repaired_abbreviation"]),
        Valid(text: "๖ มี.ค. ๒๕๖๖", iso: "2023-03-06"),
        Valid(text: "๖ มิ.ย. ๒๕๖๖", iso: "2023-06-06"),
        Valid(text: "๖ เม.ย. ๒๕๖๖", iso: "2023-04-06"),
        Valid(text: "๖ ธันวาคม พ.ศ. ๒๕๖๕", iso: "2022-12-06"),
        Valid(text: "๖ ธันวาคม พ.ศ ๒๕๖๕", iso: "2022-12-06", warnings: ["repaired_era_marker"]),
        Valid(text: "๖ ธันวาคม พศ. ๒๕๖๕", iso: "2022-12-06", warnings: ["repaired_era_marker"]),
        Valid(text: "๖ ธันวาคม พ. ศ. ๒๕๖๕", iso: "2022-12-06", warnings: ["repaired_era_marker"]),
        Valid(text: "๖ ธันวาคม ค.ศ. ๒๐๒๒", iso: "2022-12-06"),
        Valid(text: "6 December-less ธันวาคม 2022".replacingOccurrences(of: " December-less", with: ""), iso: "2022-12-06", warnings: ["unmarked_year"]),
        Valid(text: "๖ ธ.ค. ๖๕", iso: "2022-12-06", warnings: ["two_digit_year"]),
        Valid(text: "๖ ธันวาคม ๒๕ ๖๕", iso: "2022-12-06", warnings: ["split_number"]),
        Valid(text: "วันอังคารที่ ๖ ธันวาคม ๒๕๖๕", iso: "2022-12-06"),
        Valid(text: "วันอังคาร ที่ ๖ ธันวาคม ๒๕๖๕", iso: "2022-12-06"),
        Valid(text: "วันพุธที่ ๖ ธันวาคม ๒๕๖๕", iso: "2022-12-06", warnings: ["weekday_mismatch"]),
        Valid(text: "๖ เดือนธันวาคม ๒๕๖๕", iso: "2022-12-06"),
        Valid(text: "๖/๑๒/๒๕๖๕", iso: "2022-12-06"),
        Valid(text: "6-12-2565", iso: "2022-12-06"),
        Valid(text: "6.12.2565", iso: "2022-12-06"),
        Valid(text: "๖/๑๒/๖๕", iso: "2022-12-06", warnings: ["two_digit_year"]),
        Valid(text: "๑๕ เมษายน ร.ศ. ๑๓๐", iso: "1911-04-15"),
        Valid(text: "๑๕ มกราคม ร.ศ. ๑๓๐", iso: "1912-01-15"),
        Valid(text: "๑ มกราคม ๒๔๘๒", iso: "1940-01-01"),
        Valid(text: "๓๑ มีนาคม ๒๔๘๒", iso: "1940-03-31"),
        Valid(text: "๑ เมษายน ๒๔๘๓", iso: "1940-04-01"),
        Valid(text: "๑ มกราคม ๒๔๘๔", iso: "1941-01-01"),
        Valid(text: "๒๙ กุมภาพันธ์ ๒๕๖๗", iso: "2024-02-29"),
        Valid(text: "๒๙ กุมภาพันธ์ ๒๔๘๒", iso: "1940-02-29"), // Feb 2482 is in 1940, a leap year
        Valid(text: "๖ ธันวาคม ๒๕๖๕ เวลา ๐๙.๓๐ น.", iso: "2022-12-06T09:30:00+07:00"),
        Valid(text: "๖ ธันวาคม ๒๕๖๕ ๑๓:๓๐ น.", iso: "2022-12-06T13:30:00+07:00"),
        Valid(text: "๖ ธันวาคม ๒๕๖๕ เวลา ๙ นาฬิกา", iso: "2022-12-06T09:00:00+07:00"),
        Valid(text: "๖ ธันวาคม ๒๕๖๕ เวลาเก้าโมงเช้า", iso: "2022-12-06T09:00:00+07:00"),
        Valid(text: "๖ ธันวาคม ๒๕๖๕ เวลา ๑๐ น.", iso: "2022-12-06T10:00:00+07:00"),
        Valid(text: "๖ ธันวาคม ๒๕๖๕ เวลา ๐๙.๓๐ น", iso: "2022-12-06T09:30:00+07:00", warnings: ["repaired_time_suffix"]),
        Valid(text: "๑๐ – ๑๒ มกราคม ๒๕๖๖", iso: "2023-01-10/2023-01-12", warnings: ["inferred_year"]),
        Valid(text: "๑๐-๑๒ มกราคม ๒๕๖๖", iso: "2023-01-10/2023-01-12", warnings: ["inferred_year"]),
        Valid(text: "๒๕ ธันวาคม – ๕ มกราคม ๒๕๖๖", iso: "2022-12-25/2023-01-05", warnings: ["inferred_year"]),
        Valid(text: "๑๐ มกราคม ๒๕๖๖ ถึง ๑๒ มกราคม ๒๕๖๖", iso: "2023-01-10/2023-01-12"),
        Valid(text: "๑๐ มกราคม ๒๕๖๖ ถึงวันที่ ๑๒ มกราคม ๒๕๖๖", iso: "2023-01-10/2023-01-12"),
        Valid(text: "๑๐ มกราคม ๒๕๖๖ ถึงวันพฤหัสบดีที่ ๑๒ มกราคม ๒๕๖๖", iso: "2023-01-10/2023-01-12"),
        Valid(text: "วันที่ ๑๐ มกราคม ๒๕๖๖ เวลา ๐๙.๓๐ – ๑๒.๐๐ น.", iso: "2023-01-10T09:30:00+07:00/2023-01-10T12:00:00+07:00"),
        Valid(text: "๑๐ มกราคม ๒๕๖๖ เวลา ๐๙.๐๐ น. ถึง ๑๒ มกราคม ๒๕๖๖ เวลา ๑๖.๐๐ น.", iso: "2023-01-10T09:00:00+07:00/2023-01-12T16:00:00+07:00"),
        Valid(text: "๑๒ – ๑๐ มกราคม ๒๕๖๖", iso: "2023-01-12/2023-01-10", warnings: ["inferred_year", "range_reversed"]),
    ]

    @Test(arguments: valid)
    func parsesValidForms(c: Valid) throws {
        let m = try ThaiDateParser.parse(c.text).get()
        #expect(m.iso == c.iso)
        #expect(m.problem == nil)
        #expect(Set(m.warnings.map(\.code)) == Set(c.warnings), "\(m.warnings)")
        if c.iso.contains("/") {
            #expect(m.kind == .range)
            #expect(m.end != nil)
        } else {
            #expect(m.kind == (c.iso.contains("T") ? .dateTime : .date))
            #expect(m.start?.iso == c.iso)
        }
    }

    struct Invalid: Sendable, CustomTestStringConvertible {
        let text: String
        let reason: String
        var testDescription: String { text }
    }

    static let invalid: [Invalid] = [
        Invalid(text: "๓๑ เมษายน ๒๕๖๖", reason: "31 April does not exist"),
        Invalid(text: "๒๙ กุมภาพันธ์ ๒๕๖๖", reason: "not a leap year"),
        Invalid(text: "๓๐ กุมภาพันธ์ ๒๕๖๗", reason: "February 2024 has 29 days"),
        Invalid(text: "๑๕ มกราคม ๒๔๘๓", reason: "BE 2483 did not exist"),
        Invalid(text: "๓๒ ธันวาคม ๒๕๖๕", reason: "December 2022 has 31 days"),
        Invalid(text: "๐ ธันวาคม ๒๕๖๕", reason: "has 31 days"),
        Invalid(text: "๖/๑๓/๒๕๖๕", reason: "month 13 is out of range"),
        Invalid(text: "๖ ธันวาคม ๒๕๖", reason: "has 3 digits"),
        Invalid(text: "๖ ธันวาคม พ.ศ. ๕", reason: "has 1 digit"),
        Invalid(text: "๖ ธันวาคม ๒๓๐๐", reason: "neither a Buddhist-era year"),
        Invalid(text: "๖ ธันวาคม", reason: "no year printed"),
        Invalid(text: "๖ ธันวาคม ๒๕๖๕ เวลา ๒๕.๐๐ น.", reason: "hour 25"),
        Invalid(text: "๖ ธันวาคม ๒๕๖๕ เวลา ๐๙.๗๐ น.", reason: "minute 70"),
        Invalid(text: "๓๐ – ๓๑ เมษายน ๒๕๖๖", reason: "end: 31 April does not exist"),
    ]

    @Test(arguments: invalid)
    func rejectsInvalidDatesWithTheReason(c: Invalid) {
        switch ThaiDateParser.parse(c.text) {
        case .success(let m):
            Issue.record("accepted \(c.text) as \(m.iso ?? "nil")")
        case .failure(let e):
            #expect(e.code == "invalid_date")
            #expect(e.message.contains(c.reason), "\(e.message)")
            #expect(e.match?.start == nil)
            #expect(e.match?.iso == nil)
            #expect(e.match?.printed != nil)
        }
    }

    @Test func keepsThePrintedDateOfAnInvalidOne() throws {
        guard case .failure(let e) = ThaiDateParser.parse("๓๑ เมษายน ๒๕๖๖"), let p = e.match?.printed else {
            Issue.record("expected a failure with the printed date")
            return
        }
        #expect(p == PrintedDate(day: 31, month: 4, monthForm: .full, printedYear: 2566, yearDigitCount: 4, era: .unmarked, digits: .thai))
    }

    @Test(arguments: [("มกราคม ๒๔๘๓", "invalid_date"), ("ธันวาคม ๒๕๖๕", "no_day"), ("สวัสดี", "no_date"), ("", "no_date"),
                      ("๖ ธันวาคม ๒๕๖๕ ครับ", "trailing_text"), ("เมื่อ ๖ ธันวาคม ๒๕๖๕", "no_date")])
    func explainsWhatIsNotOneDate(text: String, code: String) {
        guard case .failure(let e) = ThaiDateParser.parse(text) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(e.code == code, "\(e)")
    }

    @Test(arguments: [
        ("๐๙.๓๐ น.", 9, 30), ("๙.๓๐ นาฬิกา", 9, 30), ("๙ นาฬิกา", 9, 0), ("13:30 น.", 13, 30), ("13:30", 13, 30),
        ("บ่ายสองโมง", 14, 0), ("เก้าโมงเช้า", 9, 0), ("บ่ายโมงครึ่ง", 13, 30), ("สองทุ่ม", 20, 0),
        ("เที่ยงวัน", 12, 0), ("เที่ยงคืน", 0, 0), ("สองโมงเช้า", 8, 0), ("๑๐ โมงเช้า", 10, 0),
    ])
    func parsesTimes(text: String, hour: Int, minute: Int) throws {
        let m = try ThaiDateParser.parse(text).get()
        #expect(m.kind == .time)
        #expect(m.startTime == ThaiTime(hour: hour, minute: minute))
        #expect(m.start == nil)
        #expect(m.iso == ThaiTime(hour: hour, minute: minute).iso)
    }
}
