import Testing
import PropertyBased
@testable import Validation

@Suite struct CivilDateTests {
    @Test(arguments: [
        ("2022-12-06", 2), ("2023-01-10", 2), ("2022-12-29", 4), ("1970-01-01", 4), ("2000-02-29", 2), ("1940-01-01", 1),
    ])
    func weekdays(iso: String, weekday: Int) throws {
        #expect(try #require(CivilDate(iso: iso)).weekday == weekday)
    }

    @Test(arguments: ["2022-02-29", "2022-13-01", "2022-00-10", "2022-04-31", "22-12-06", "2022/12/06", "", "2022-12-06X"])
    func rejects(iso: String) {
        #expect(CivilDate(iso: iso) == nil)
    }

    @Test func readsTheDateOfADateTime() {
        #expect(CivilDate(iso: "2023-01-10T09:30:00+07:00") == CivilDate(year: 2023, month: 1, day: 10))
    }

    /// Day numbers and dates are a round trip, and consecutive day numbers are consecutive dates.
    @Test func dayNumberRoundTrip() async {
        await propertyCheck(input: Gen.int(in: -200_000...200_000)) { n in
            let d = CivilDate(dayNumber: n)
            #expect(d.dayNumber == n)
            #expect(CivilDate(iso: d.iso) == d)
            #expect(d.adding(days: 1).weekday == (d.weekday + 1) % 7)
        }
    }

    @Test(arguments: ThaiWeekdays.table)
    func thaiWeekdayNames(name: String, weekday: Int) {
        #expect(ThaiWeekdays.firstWeekday(in: "ประชุมในวัน\(name)ที่ ๑๐")?.weekday == weekday)
    }
}
