import ThaiDates
import ThaiText

/// Dates that name a month and no day:
/// - a deadline (`ภายในเดือนตุลาคม ๒๕๖๖`, `ภายในสิ้นเดือน ธ.ค. ๖๖`, `ไม่เกินเดือนมกราคม`), due by the
///   month's last day: circulars set budget and report deadlines so;
/// - a date line whose day is left blank for the signer's pen (`ธันวาคม ๒๕๖๕`);
/// - on an OCR'd page, a date whose day tesseract turned into a speck (`« กุมภาพันธ์ ๒๕๖๗`).
enum MonthOnlyDate {
    struct Found: Equatable {
        var month: Int
        /// The printed year, CE (BE − 543, two digits read as 25xx), when one follows the month.
        var year: Int?
        /// Where the month (and its year) end.
        var end: Int
    }

    /// The month after a deadline marker at `start`: spaces, optional สิ้น, then เดือน and a month's
    /// full or abbreviated name, then an optional year (พ.ศ. allowed before it).
    /// With `monthWordRequired` false, a month without เดือน before it (a letter's date line
    /// `ธันวาคม ๒๕๖๕` whose day is written in by hand).
    static func read(_ u: [Unicode.Scalar], from start: Int, monthWordRequired: Bool = true) -> Found? {
        var i = skipSpaces(u, start)
        if has(u, i, end) { i += end.count }
        if has(u, i, monthWord) { i = skipSpaces(u, i + monthWord.count) } else if monthWordRequired { return nil }
        guard let (month, afterMonth) = monthName(u, at: i) else { return nil }
        var found = Found(month: month, year: nil, end: afterMonth)
        var k = skipSpaces(u, afterMonth)
        if has(u, k, era) { k = skipSpaces(u, k + era.count) }
        var digits = 0, value = 0
        while k + digits < u.count, let d = ThaiDigits.value(u[k + digits]) { value = value * 10 + d; digits += 1 }
        if k + digits < u.count, ThaiDigits.value(u[k + digits]) != nil { return found }
        switch digits {
        case 4 where value >= 2400: found.year = ThaiCalendar.gregorianYear(buddhistYear: value, month: month)
        case 4 where (1900...2200).contains(value): found.year = value
        case 2: found.year = ThaiCalendar.gregorianYear(buddhistYear: 2500 + value, month: month)
        default:
            // Digits that are no year (OCR's `๒๕๐`) belong to the text, not to the date.
            found.end = k + digits
            return found
        }
        found.end = k + digits
        return found
    }

    /// A month after a day OCR could not read (`« กุมภาพันธ์ ๒๕๖๗`: one to three scalars that are
    /// neither a Thai letter nor a digit, or a lone letter, then the month).
    static func afterSpeck(_ u: [Unicode.Scalar], from start: Int) -> Found? {
        var i = skipSpaces(u, start)
        let speckStart = i
        while i < u.count, u[i] != " ", i - speckStart < 3, ThaiDigits.value(u[i]) == nil { i += 1 }
        guard i > speckStart, i < u.count, u[i] == " " else { return nil }
        return read(u, from: i, monthWordRequired: false)
    }

    /// A line that is a month and a year and nothing else (`ธันวาคม ๒๕๖๕`, `วันที่  ธันวาคม ๒๕๖๕`):
    /// a date whose day is left blank for the signer to write in.
    static func monthAndYearLine(_ text: String) -> Found? {
        let u = Array(text.unicodeScalars)
        var i = skipSpaces(u, 0)
        if has(u, i, dayLabel) { i += dayLabel.count }
        guard let f = read(u, from: i, monthWordRequired: false), f.year != nil, skipSpaces(u, f.end) == u.count else { return nil }
        return f
    }

    /// The last day of `month` in `year` (CE), ISO.
    static func lastDay(year: Int, month: Int) -> String {
        FoundDate.isoDate(year, month, ThaiCalendar.daysInMonth(year: year, month: month))
    }

    /// A full name, or an abbreviation with its dots (`ต.ค.`), at `i`; the month and where it ends.
    private static func monthName(_ u: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        for (m, name) in fullNames.enumerated() where has(u, i, name) { return (m + 1, i + name.count) }
        for (m, name) in abbreviations.enumerated() where has(u, i, name) { return (m + 1, i + name.count) }
        return nil
    }

    private static func has(_ u: [Unicode.Scalar], _ i: Int, _ w: [Unicode.Scalar]) -> Bool {
        DeadlineAction.starts(u, at: i, end: u.count, with: w)
    }

    private static func skipSpaces(_ u: [Unicode.Scalar], _ i: Int) -> Int {
        DeadlineAction.skipSpaces(u, from: i, end: u.count)
    }

    private static let end = Array("สิ้น".unicodeScalars)
    private static let dayLabel = Array("วันที่".unicodeScalars)
    private static let monthWord = Array(ThaiMonths.monthWord.unicodeScalars)
    private static let era = Array("พ.ศ.".unicodeScalars)
    private static let fullNames = ThaiMonths.table.map { Array($0.full.unicodeScalars) }
    private static let abbreviations = ThaiMonths.table.map { Array($0.abbreviation.unicodeScalars) }
}
