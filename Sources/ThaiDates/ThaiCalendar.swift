/// Buddhist-era ⇄ Gregorian years, with the pre-1941 April new year (domain.md), and the
/// proleptic Gregorian day arithmetic the parser validates with.
public enum ThaiCalendar {
    /// BE = CE + 543 (from 1941); RS (Rattanakosin era) = BE − 2324, so CE = RS + 1781.
    public static let buddhistOffset = 543
    public static let rattanakosinToBuddhist = 2324
    /// The last BE year that began on 1 April; its January–March never existed.
    public static let lastAprilNewYear = 2483

    /// The Gregorian year of a day written with a BE year. Until 1940 the Thai year began on
    /// 1 April, so January–March of BE 2482 and earlier belong to the next Gregorian year.
    /// (January–March 2483 did not exist: `buddhistDateProblem` reports them.)
    public static func gregorianYear(buddhistYear be: Int, month: Int) -> Int {
        if be <= lastAprilNewYear && month <= 3 { return be - 542 }
        return be - buddhistOffset
    }

    /// The BE year printed for a Gregorian month: January–March 1940 and earlier are still the
    /// previous BE year (1 January 1940 is 1 มกราคม 2482).
    public static func buddhistYear(gregorianYear ce: Int, month: Int) -> Int {
        if ce <= 1940 && month <= 3 { return ce + 542 }
        return ce + buddhistOffset
    }

    /// The BE year of a Rattanakosin-era year (same April new year as BE before 1941).
    public static func buddhistYear(rattanakosinYear rs: Int) -> Int { rs + rattanakosinToBuddhist }

    /// Why a BE month cannot exist, nil when it can.
    public static func buddhistMonthProblem(buddhistYear be: Int, month: Int) -> String? {
        if be == lastAprilNewYear && (1...3).contains(month) {
            return "\(ThaiMonths.table[month - 1].english) of BE 2483 did not exist: BE 2483 began on 1 April 1940 and ended on 31 December 1940, when the new year moved to 1 January"
        }
        return nil
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (civil_from_days).
    public static func date(daysSinceEpoch z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 1 = Sunday … 7 = Saturday (1970-01-01 was a Thursday).
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        let d = daysSinceEpoch(year: year, month: month, day: day)
        return ((d + 4) % 7 + 7) % 7 + 1
    }
}
