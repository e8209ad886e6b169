import Testing
@testable import ThaiDates

@Suite struct ThaiCalendarTests {
    @Test(arguments: [(2565, 12, 2022), (2482, 1, 1940), (2482, 4, 1939), (2484, 1, 1941)])
    func buddhistToGregorian(be: Int, month: Int, ce: Int) {
        #expect(ThaiCalendar.gregorianYear(buddhistYear: be, month: month) == ce)
    }
}
