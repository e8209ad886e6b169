import Testing
import ThaiText
@testable import ThaiDates

/// Every entry of the month, weekday and era tables is read back by the parser.
@Suite struct ThaiDateTableTests {
    @Test(arguments: ThaiMonths.table.map(\.number))
    func everyMonthNameAndAbbreviationParses(month: Int) throws {
        let m = ThaiMonths.table[month - 1]
        for name in [m.full, m.abbreviation, m.abbreviationParts.joined(), m.abbreviationParts.joined(separator: ". ") + ".",
                     m.abbreviationParts.joined(separator: "..") + "."] {
            let parsed = try ThaiDateParser.parse("๑ \(name) ๒๕๖๖").get()
            #expect(parsed.start == ThaiDateTime(year: 2023, month: month, day: 1), "\(name)")
            #expect(parsed.printed?.monthForm == (name == m.full ? .full : .abbreviated))
            #expect(parsed.warnings.contains { $0.code == "repaired_abbreviation" } == (name != m.full && name != m.abbreviation))
        }
    }

    @Test(arguments: ThaiWeekdays.table.map(\.number))
    func everyWeekdayIsCheckedAgainstTheDate(weekday: Int) throws {
        // 1–7 January 2567 (2024) run from Monday to Sunday.
        for spelling in ThaiWeekdays.table[weekday - 1].names {
            for day in 1...7 {
                let parsed = try ThaiDateParser.parse("วัน\(spelling)ที่ \(day) มกราคม ๒๕๖๗").get()
                #expect(parsed.printed?.weekday == weekday)
                let actual = ThaiCalendar.weekday(year: 2024, month: 1, day: day)
                #expect(parsed.warnings.contains { $0.code == "weekday_mismatch" } == (actual != weekday))
            }
        }
    }

    @Test(arguments: ThaiEraMarkers.table.map(\.abbreviation))
    func everyEraMarkerParses(marker: String) throws {
        let era = ThaiEraMarkers.table.first { $0.abbreviation == marker }!
        let year: String, expected: Int
        switch era.era {
        case .gregorian: (year, expected) = ("2022", 2022)
        case .rattanakosin: (year, expected) = ("130", 1911)
        default: (year, expected) = ("2565", 2022)
        }
        for printed in [marker, era.fullName] {
            let m = try ThaiDateParser.parse("๖ ธันวาคม \(printed) \(year)").get()
            #expect(m.start?.year == expected)
            #expect(m.printed?.era == era.era)
        }
    }

    /// Every day of the month spelled in words after `วันที่` (and after a weekday) is read as the
    /// date; the spelled number is the day, the printed text keeps the words.
    @Test(arguments: 1...31)
    func everySpelledDayIsRead(day: Int) throws {
        let words = ThaiNumberWords.spell(day)
        let m = ThaiDateScanner.scan("ให้ส่งภายในวันที่\(words) มีนาคม ๒๕๖๘ ด้วย")
        #expect(m.count == 1)
        #expect(m.first?.start == ThaiDateTime(year: 2025, month: 3, day: day))
        #expect(m.first?.text == "\(words) มีนาคม ๒๕๖๘")
        // The parser reads what the scanner found, and the field's value with its label.
        #expect(ThaiDateParser.parse("\(words) มีนาคม ๒๕๖๘").map(\.iso) == .success("2025-03-\(day < 10 ? "0" : "")\(day)"))
        #expect(ThaiDateParser.parse("วันที่ \(words) มีนาคม ๒๕๖๘").map(\.iso) == .success("2025-03-\(day < 10 ? "0" : "")\(day)"))
        // 3 March 2568 (2025) is a Monday: a printed weekday is checked against a spelled day too.
        let w = ThaiDateScanner.scan("วันจันทร์ที่\(words) มีนาคม ๒๕๖๘")
        #expect(w.first?.start == ThaiDateTime(year: 2025, month: 3, day: day))
        let weekdayWarned = w.first?.warnings.contains { $0.code == "weekday_mismatch" } == true
        let monday = ThaiCalendar.weekday(year: 2025, month: 3, day: 3)
        #expect(weekdayWarned == (ThaiCalendar.weekday(year: 2025, month: 3, day: day) != monday))
    }

    /// A weekday whose ที่ lost its tone mark (`วันอังคารที ๑๒`, as OCR prints it) is still the date's
    /// printed weekday; `ที` opening a word (`ทีม`) is not taken for it.
    @Test func aWeekdayWithoutItsMarkIsRead() {
        let m = ThaiDateScanner.scan("เมื่อวันอังคารที ๑๒ มีนาคม พ.ศ. ๒๕๖๗")
        #expect(m.first?.printed?.weekday == ThaiCalendar.weekday(year: 2024, month: 3, day: 12))
        #expect(m.first?.start == ThaiDateTime(year: 2024, month: 3, day: 12))
        #expect(m.first?.text.hasPrefix("วันอังคารที ") == true)
        let team = ThaiDateScanner.scan("วันอังคารทีม ๑๒ มีนาคม ๒๕๖๗")
        #expect(team.first?.printed?.weekday == nil)
    }

    /// Counts of days and spelled numbers without a month are no dates.
    @Test(arguments: ["ภายในสิบห้าวันนับแต่วันที่ได้รับหนังสือ", "วันที่สามสิบเอ็ดของเดือน", "วันที่สามสิบสอง มีนาคม ๒๕๖๘",
                      "วันที่หนึ่งร้อย มีนาคม ๒๕๖๘", "ทุกวันที่สิบห้า"])
    func spelledNumbersWithoutADayAreNoDates(text: String) {
        #expect(ThaiDateScanner.scan(text).allSatisfy { $0.start == nil })
    }

    @Test func spokenTimeRulesAreEachReachable() {
        for rule in ThaiTimeWords.spokenRules {
            let n = rule.numbers?.lowerBound
            let text = (rule.afternoon ? "บ่าย" : "") + (n.map(ThaiNumberWords.spell) ?? "") + rule.unit.rawValue + (rule.dayPart?.rawValue ?? "")
            let m = ThaiDateScanner.scan(text)
            #expect(m.count == 1, "\(text)")
            #expect(m.first?.startTime?.hour == (n ?? 0) + rule.hour, "\(text)")
            #expect(m.first?.text == text)
        }
    }
}
