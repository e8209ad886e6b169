import Testing
import ThaiText
@testable import ThaiDates

@Suite struct ThaiDateFormatterTests {
    @Test(arguments: [
        (ThaiDateFormatter.Style.full, DigitStyle.thai, false, "๖ ธันวาคม ๒๕๖๕"),
        (.abbreviated, .thai, false, "๖ ธ.ค. ๒๕๖๕"),
        (.full, .arabic, true, "6 ธันวาคม พ.ศ. 2565"),
        (.numeric, .thai, false, "๖/๑๒/๒๕๖๕"),
    ])
    func formatsTheSeedDate(style: ThaiDateFormatter.Style, digits: DigitStyle, marker: Bool, expected: String) {
        let d = ThaiDateTime(year: 2022, month: 12, day: 6)
        #expect(ThaiDateFormatter.format(d, style: style, digits: digits, eraMarker: marker) == expected)
    }

    @Test func formatsWeekdayTimeAndOtherEras() {
        let d = ThaiDateTime(year: 2022, month: 12, day: 6, hour: 9, minute: 30)
        #expect(ThaiDateFormatter.format(d, weekday: true) == "วันอังคารที่ ๖ ธันวาคม ๒๕๖๕ เวลา ๐๙.๓๐ น.")
        #expect(ThaiDateFormatter.format(ThaiDateTime(year: 2022, month: 12, day: 6), digits: .arabic, era: .gregorian) == "6 ธันวาคม ค.ศ. 2022")
        #expect(ThaiDateFormatter.format(ThaiDateTime(year: 1940, month: 1, day: 1)) == "๑ มกราคม ๒๔๘๒")
        #expect(ThaiDateFormatter.format(ThaiDateTime(year: 1912, month: 1, day: 15), era: .rattanakosin) == "๑๕ มกราคม ร.ศ. ๑๓๐")
    }

    /// Every day from 1 January 1900 to 31 December 2100 in every output style parses back to
    /// itself (the days are iterated, not sampled: ~73,000 days × 8 styles).
    @Test func everyDayFrom1900To2100RoundTripsInEveryStyle() {
        struct Style { var style: ThaiDateFormatter.Style; var digits: DigitStyle; var marker: Bool; var era: ThaiEra; var weekday: Bool }
        let styles = [
            Style(style: .full, digits: .thai, marker: false, era: .buddhist, weekday: false),
            Style(style: .full, digits: .arabic, marker: true, era: .buddhist, weekday: true),
            Style(style: .abbreviated, digits: .thai, marker: true, era: .buddhist, weekday: false),
            Style(style: .abbreviated, digits: .arabic, marker: false, era: .buddhist, weekday: false),
            Style(style: .numeric, digits: .thai, marker: false, era: .buddhist, weekday: false),
            Style(style: .numeric, digits: .arabic, marker: false, era: .buddhist, weekday: false),
            Style(style: .full, digits: .arabic, marker: true, era: .gregorian, weekday: false),
            Style(style: .abbreviated, digits: .thai, marker: true, era: .rattanakosin, weekday: false),
        ]
        let first = ThaiCalendar.daysSinceEpoch(year: 1900, month: 1, day: 1)
        let last = ThaiCalendar.daysSinceEpoch(year: 2100, month: 12, day: 31)
        var failures: [String] = []
        for d in first...last {
            let (y, m, day) = ThaiCalendar.date(daysSinceEpoch: d)
            let date = ThaiDateTime(year: y, month: m, day: day)
            for s in styles {
                let text = ThaiDateFormatter.format(date, style: s.style, digits: s.digits, eraMarker: s.marker, era: s.era, weekday: s.weekday)
                guard case .success(let parsed) = ThaiDateParser.parse(text), parsed.start == date,
                      !parsed.warnings.contains(where: { $0.code == "weekday_mismatch" }) else {
                    if failures.count < 10 { failures.append("\(date.iso) → \(text) → \(ThaiDateParser.parse(text))") }
                    continue
                }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
        #expect(last - first + 1 == 73_414)
    }

    @Test func timesRoundTrip() throws {
        for h in 0..<24 {
            for minute in stride(from: 0, to: 60, by: 7) {
                let text = ThaiDateFormatter.formatTime(ThaiTime(hour: h, minute: minute))
                #expect(try ThaiDateParser.parse(text).get().startTime == ThaiTime(hour: h, minute: minute))
            }
        }
    }
}
