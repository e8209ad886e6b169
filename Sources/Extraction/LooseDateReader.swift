import ThaiText
import ThaiDates

/// A last reading of a date the scanner could not take because OCR damaged its month name
/// (`จั้นวาคม`, `จธันวาคม`) or split its day (`๑ ๐ ธันวาคม`): digits, a word nearest to one
/// month's full name by look-alike distance, then the year's digits. Used only where a date must
/// stand (a date line, สั่ง ณ วันที่ …); the result goes through the same evidence check and repair as
/// any date, and always carries a warning.
enum LooseDateReader {
    static let monthTolerance = 0.25

    static func read(_ text: String) -> FoundDate? {
        let u = Array(text.unicodeScalars)
        var i = 0
        while i < u.count {
            guard ThaiDigits.value(u[i]) != nil else { i += 1; continue }
            let start = i
            // The day: one or two digits, possibly split by a space (๑ ๐).
            var day = 0, digits = 0
            while i < u.count, digits < 2 {
                if let d = ThaiDigits.value(u[i]) { day = day * 10 + d; digits += 1; i += 1 }
                else if u[i] == " ", digits == 1, i + 1 < u.count, ThaiDigits.value(u[i + 1]) != nil,
                        i + 2 < u.count, !(ThaiDigits.value(u[i + 2]) != nil) { i += 1 }
                else { break }
            }
            if i < u.count, ThaiDigits.value(u[i]) != nil { while i < u.count, ThaiDigits.value(u[i]) != nil { i += 1 }; continue }
            while i < u.count, u[i] == " " { i += 1 }
            // The month word: Thai letters and marks up to the next space or digit.
            let wordStart = i
            while i < u.count, u[i] != " ", ThaiDigits.value(u[i]) == nil { i += 1 }
            let word = String(String.UnicodeScalarView(u[wordStart..<i]))
            guard day >= 1, day <= 31, let month = nearestMonth(word) else { i = max(i, start + 1); continue }
            var j = i
            while j < u.count, u[j] == " " { j += 1 }
            let yearDigits = DateFinder.yearDigits(after: j, in: u)
            var end = j
            if yearDigits != nil {
                for marker in ["พ.ศ.", "พ.ศ", "พศ."] where String(String.UnicodeScalarView(u[j...])).hasPrefix(marker) { end += marker.unicodeScalars.count }
                while end < u.count, u[end] == " " { end += 1 }
                while end < u.count, ThaiDigits.value(u[end]) != nil { end += 1 }
            }
            let printedText = String(String.UnicodeScalarView(u[start..<max(end, i)]))
            var d = FoundDate(kind: .date, text: printedText, range: start..<max(end, i), start: nil, end: nil,
                              printedDay: day, printedMonth: month, printedYear: nil, printedWeekday: nil,
                              problem: "the month name or the day is damaged", warnings: [], repair: nil,
                              thaiDigits: u[start].value >= 0x0E50, trailingYearDigits: yearDigits)
            if let y = yearDigits, y.count == 4 { d.printedYear = DateRepair.value(y); d.trailingYearDigits = y }
            return d
        }
        return nil
    }

    /// The month whose full name is nearest to `word` (OCR may glue one stray letter before it).
    static func nearestMonth(_ word: String) -> Int? {
        guard word.unicodeScalars.count >= 4 else { return nil }
        var best: (Int, Double)?
        for m in ThaiMonths.table {
            var d = ThaiLookalike.normalizedDistance(word, m.full)
            if word.unicodeScalars.count > m.full.unicodeScalars.count {
                d = min(d, ThaiLookalike.normalizedDistance(String(String.UnicodeScalarView(word.unicodeScalars.dropFirst())), m.full))
            }
            if d <= monthTolerance, best == nil || d < best!.1 { best = (m.number, d) }
        }
        return best?.0
    }
}
