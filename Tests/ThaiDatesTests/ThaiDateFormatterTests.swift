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

    struct OutputStyle: Sendable {
        var style: ThaiDateFormatter.Style
        var digits: DigitStyle
        var marker: Bool
        var era: ThaiEra = .buddhist
        var weekday = false
    }

    /// The formatter's output styles: full and abbreviated months × Thai and Arabic digits × era
    /// marker on and off, and numeric in both digits.
    static let outputStyles: [OutputStyle] = {
        var styles: [OutputStyle] = []
        for style in [ThaiDateFormatter.Style.full, .abbreviated] {
            for digits in [DigitStyle.thai, .arabic] {
                for marker in [false, true] { styles.append(OutputStyle(style: style, digits: digits, marker: marker)) }
            }
        }
        styles.append(OutputStyle(style: .numeric, digits: .thai, marker: false))
        styles.append(OutputStyle(style: .numeric, digits: .arabic, marker: false))
        return styles
    }()

    /// Variants on top: CE and RS years, and a weekday prefix.
    static let variantStyles: [OutputStyle] = [
        OutputStyle(style: .full, digits: .arabic, marker: true, era: .gregorian),
        OutputStyle(style: .abbreviated, digits: .thai, marker: true, era: .rattanakosin),
        OutputStyle(style: .full, digits: .thai, marker: false, weekday: true),
    ]

    /// The days from `first` to `last` (days since 1970) that do not survive format → parse.
    static func roundTripFailures(_ days: some Sequence<Int>, styles: [OutputStyle]) -> [String] {
        var failures: [String] = []
        for d in days {
            let (y, m, day) = ThaiCalendar.date(daysSinceEpoch: d)
            let date = ThaiDateTime(year: y, month: m, day: day)
            for s in styles {
                let text = ThaiDateFormatter.format(date, style: s.style, digits: s.digits, eraMarker: s.marker, era: s.era, weekday: s.weekday)
                if case .success(let parsed) = ThaiDateParser.parse(text), parsed.start == date,
                   !parsed.warnings.contains(where: { $0.code == "weekday_mismatch" }) { continue }
                if failures.count < 10 { failures.append("\(date.iso) → \(text) → \(ThaiDateParser.parse(text))") }
            }
        }
        return failures
    }

    /// Every day from 1 January 1900 to 31 December 2100 in every output style parses back to
    /// itself: the days are iterated, not sampled (73,414 days × 10 styles), in four slices that
    /// run in parallel.
    @Test func everyDayFrom1900To2100RoundTripsInEveryStyle() async {
        let first = ThaiCalendar.daysSinceEpoch(year: 1900, month: 1, day: 1)
        let last = ThaiCalendar.daysSinceEpoch(year: 2100, month: 12, day: 31)
        #expect(last - first + 1 == 73_414)
        let slices = 4
        let size = (last - first + slices) / slices
        let failures = await withTaskGroup(of: [String].self) { group in
            for k in 0..<slices {
                let lo = first + k * size, hi = min(last, lo + size - 1)
                group.addTask { Self.roundTripFailures(lo...hi, styles: Self.outputStyles) }
            }
            var all: [String] = []
            for await f in group { all += f }
            return all
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// CE and RS years and the weekday prefix: every day of 1939–1942 (across the April new
    /// year and its end) and every seventh day from 1900 to 2100.
    @Test func variantStylesRoundTrip() {
        let transition = ThaiCalendar.daysSinceEpoch(year: 1939, month: 1, day: 1)...ThaiCalendar.daysSinceEpoch(year: 1942, month: 12, day: 31)
        let spread = stride(from: ThaiCalendar.daysSinceEpoch(year: 1900, month: 1, day: 1), through: ThaiCalendar.daysSinceEpoch(year: 2100, month: 12, day: 31), by: 7)
        let failures = Self.roundTripFailures(transition, styles: Self.variantStyles) + Self.roundTripFailures(spread, styles: Self.variantStyles)
        #expect(failures.isEmpty, "\(failures)")
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
