import Foundation
import Testing
@testable import ThaiDates

@Suite struct ThaiCalendarTests {
    @Test(arguments: [(2565, 12, 2022), (2482, 1, 1940), (2482, 4, 1939), (2484, 1, 1941), (2483, 4, 1940), (2483, 12, 1940)])
    func buddhistToGregorian(be: Int, month: Int, ce: Int) {
        #expect(ThaiCalendar.gregorianYear(buddhistYear: be, month: month) == ce)
        #expect(ThaiCalendar.buddhistYear(gregorianYear: ce, month: month) == be)
    }

    @Test(arguments: 1...3)
    func januaryToMarch2483DidNotExist(month: Int) {
        #expect(ThaiCalendar.buddhistMonthProblem(buddhistYear: 2483, month: month) != nil)
        #expect(ThaiCalendar.buddhistMonthProblem(buddhistYear: 2484, month: month) == nil)
        #expect(ThaiCalendar.buddhistMonthProblem(buddhistYear: 2482, month: month) == nil)
    }

    @Test func rattanakosinEraIsCEMinus1781() {
        // RS 130 began on 1 April 1911.
        let be = ThaiCalendar.buddhistYear(rattanakosinYear: 130)
        #expect(ThaiCalendar.gregorianYear(buddhistYear: be, month: 4) == 1911)
        #expect(ThaiCalendar.gregorianYear(buddhistYear: be, month: 1) == 1912)
    }

    @Test func dayArithmeticAgreesWithItself() {
        // days ⇄ date over 1800–2200, weekdays advancing by one each day. Failures are counted
        // rather than expected one by one (an #expect per day would dominate the run time).
        var previous = ThaiCalendar.weekday(year: 1799, month: 12, day: 31)
        var bad: [Int] = []
        for d in ThaiCalendar.daysSinceEpoch(year: 1800, month: 1, day: 1)...ThaiCalendar.daysSinceEpoch(year: 2200, month: 12, day: 31) {
            let (y, m, day) = ThaiCalendar.date(daysSinceEpoch: d)
            let w = ThaiCalendar.weekday(year: y, month: m, day: day)
            if ThaiCalendar.daysSinceEpoch(year: y, month: m, day: day) != d || !(1...ThaiCalendar.daysInMonth(year: y, month: m)).contains(day)
                || w != previous % 7 + 1 {
                bad.append(d)
            }
            previous = w
        }
        #expect(bad.isEmpty, "\(bad.prefix(5))")
        #expect(ThaiCalendar.weekday(year: 2022, month: 12, day: 6) == 3) // a Tuesday
        #expect(ThaiCalendar.date(daysSinceEpoch: 0) == (1970, 1, 1))
    }

    /// Foundation's Buddhist calendar numbers years BE = CE + 543 throughout; it ignores the
    /// April new year used until 1940, so the comparison starts in 1941, the first year whose
    /// BE began on 1 January.
    @Test func agreesWithFoundationsBuddhistCalendarFrom1941() {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "Asia/Bangkok")!
        var buddhist = Calendar(identifier: .buddhist)
        buddhist.timeZone = gregorian.timeZone
        let first = ThaiCalendar.daysSinceEpoch(year: 1941, month: 1, day: 1)
        let last = ThaiCalendar.daysSinceEpoch(year: 2100, month: 12, day: 31)
        var mismatches = 0
        for d in first...last {
            let (y, m, day) = ThaiCalendar.date(daysSinceEpoch: d)
            let date = gregorian.date(from: DateComponents(year: y, month: m, day: day, hour: 12))!
            let be = buddhist.dateComponents([.year, .month, .day], from: date)
            if be.year != ThaiCalendar.buddhistYear(gregorianYear: y, month: m) || be.month != m || be.day != day
                || ThaiCalendar.gregorianYear(buddhistYear: be.year!, month: be.month!) != y {
                mismatches += 1
            }
        }
        #expect(mismatches == 0)
    }
}
