import Foundation
import ThaiDates

/// A Gregorian calendar day read from a record's ISO 8601 value (`2022-12-29` or the date part of
/// `2023-01-10T09:30:00+07:00`). Validation works on days, so it never needs a time zone.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`, optionally followed by `T…`; nil when the shape is wrong or the day does not exist.
    public init?(iso: String) {
        guard let shape = CivilDate.fields(iso) else { return nil }
        self.init(year: shape.0, month: shape.1, day: shape.2)
    }

    /// The numeric fields of an ISO date even when the day does not exist (`2022-02-30`), so that a
    /// check can tell "not a date" from "a date that does not exist".
    public static func fields(_ iso: String) -> (Int, Int, Int)? {
        let u = Array(iso.utf8)
        guard u.count >= 10, u[4] == 0x2D, u[7] == 0x2D, u.count == 10 || u[10] == 0x54 else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r { guard u[i] >= 0x30 && u[i] <= 0x39 else { return nil }; n = n * 10 + Int(u[i] - 0x30) }
            return n
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        return (y, m, d)
    }

    public static func isLeap(_ y: Int) -> Bool { ThaiCalendar.isLeap(y) }

    public static func daysIn(month: Int, year: Int) -> Int { ThaiCalendar.daysInMonth(year: year, month: month) }

    /// Days since 1970-01-01, for differences and weekdays (ThaiDates' calendar arithmetic).
    public var dayNumber: Int { ThaiCalendar.daysSinceEpoch(year: year, month: month, day: day) }

    public init(dayNumber: Int) {
        let d = ThaiCalendar.date(daysSinceEpoch: dayNumber)
        self.year = d.year
        self.month = d.month
        self.day = d.day
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ThaiCalendar.weekday(year: year, month: month, day: day) - 1 }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Today in Bangkok (UTC+7 all year), the reference for "is this date plausible".
    public static func today(_ now: Date = Date()) -> CivilDate {
        CivilDate(dayNumber: Int(((now.timeIntervalSince1970 + 7 * 3600) / 86_400).rounded(.down)))
    }

    public var iso: String {
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
    public var description: String { iso }
    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }
}
