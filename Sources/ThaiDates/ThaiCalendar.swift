/// Buddhist-era ⇄ Gregorian years, with the pre-1941 April new year (domain.md).
public enum ThaiCalendar {
    /// The Gregorian year of a day written with a BE year. Until 1940 the Thai year began on
    /// 1 April, so January–March of BE 2483 and earlier belong to the next Gregorian year.
    public static func gregorianYear(buddhistYear be: Int, month: Int) -> Int {
        if be <= 2483 && month <= 3 { return be - 542 }
        return be - 543
    }
}
