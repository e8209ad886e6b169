import ThaiText
import ThaiDates

/// A last reading of a date the scanner could not take because OCR damaged its month name
/// (`จั้นวาคม`, `จธันวาคม`) or split its day (`๑ ๐ ธันวาคม`): digits, a word nearest to one
/// month's full name by look-alike distance, then the year's digits. Used only where a date must
/// stand (a date line, สั่ง ณ วันที่ …); the result goes through the same evidence check and repair as
/// any date, and always carries a warning.
enum LooseDateReader {
    static let monthTolerance = 0.25

    static func read(_ text: String) -> FoundDate? { readAll(text).first }

    /// Letters tesseract prints for a Thai digit in a number's place (ฒ for ๗ on the corpus and
    /// district renders); read as that digit only where a day must stand, before a month name.
    static let digitLookalikeLetters: [Unicode.Scalar: Int] = ["ฒ": 7, "ฆ": 7]

    /// พ.ศ. as printed, with the dot OCR drops or the first one it loses.
    static let eraMarkers: [[Unicode.Scalar]] = ["พ.ศ.", "พ.ศ", "พศ."].map { Array($0.unicodeScalars) }

    /// Every date in `text` with a damaged month name or day: the day as digits (a space inside
    /// `๑ ๐`, a look-alike letter, one glyph read as two `๑๒๐` are kept for the repair to judge),
    /// the month word nearest to a month's full name, the year's digits, and a printed weekday
    /// before it (`วันจันทร์ที่`).
    static func readAll(_ text: String) -> [FoundDate] {
        let u = ScalarString.scalars(text)
        var out: [FoundDate] = []
        var i = 0
        while i < u.count {
            guard dayDigit(u[i]) != nil else { i += 1; continue }
            // Not inside a longer number or word.
            if i > 0, dayDigit(u[i - 1]) != nil || ThaiDigits.value(u[i - 1]) != nil { i += 1; continue }
            let start = i
            var dayDigits: [Int] = []
            while i < u.count, dayDigits.count < 3 {
                if let d = dayDigit(u[i]) { dayDigits.append(d); i += 1 }
                else if u[i] == " ", dayDigits.count == 1, i + 1 < u.count, ThaiDigits.value(u[i + 1]) != nil,
                        i + 2 < u.count, ThaiDigits.value(u[i + 2]) == nil { i += 1 }
                else { break }
            }
            if i < u.count, ThaiDigits.value(u[i]) != nil { while i < u.count, ThaiDigits.value(u[i]) != nil { i += 1 }; continue }
            // A speck printed after the day (`๓«`): one or two marks that are neither letters nor digits.
            var specks = 0
            while i < u.count, specks < 2, isSpeck(u[i]) { i += 1; specks += 1 }
            // A look-alike letter alone is a day only as a word of its own (` ฒ กุมภาพันธ์`).
            let hasDigit = u[start..<i].contains(where: { ThaiDigits.value($0) != nil })
            // Or glued to the day's label (`วันพุธที่ฒ กุมภาพันธ์`).
            let afterDayLabel = dayLabels.contains { l in start >= l.count && u[(start - l.count)..<start].elementsEqual(l) }
            let standsAlone = (start == 0 || u[start - 1] == " " || afterDayLabel) && i < u.count && u[i] == " "
            guard hasDigit || standsAlone else { i = start + 1; continue }
            while i < u.count, u[i] == " " { i += 1 }
            // The month word: Thai letters and marks up to the next space or digit.
            let wordStart = i
            while i < u.count, u[i] != " ", ThaiDigits.value(u[i]) == nil { i += 1 }
            let word = ScalarString.make(u[wordStart..<i])
            let day = dayDigits.reduce(0) { $0 * 10 + $1 }
            guard day >= 1, let month = nearestMonth(word) else { i = max(i, start + 1); continue }
            var j = i
            while j < u.count, u[j] == " " { j += 1 }
            let yearDigits = DateFinder.yearDigits(after: j, in: u, minimum: 2)
            var end = j
            if yearDigits != nil {
                // The era marker, compared by scalars (a copy of the rest of the line per marker
                // was most of this reader's cost): matched where a Character ends.
                for marker in eraMarkers where u[j...].starts(with: marker) {
                    let e = j + marker.count
                    if e < u.count, ThaiGraphemes.joins(u[e - 1], u[e]) ?? true { continue }
                    end += marker.count; break
                }
                while end < u.count, u[end] == " " { end += 1 }
                while end < u.count, ThaiDigits.value(u[end]) != nil { end += 1 }
            }
            let printedText = ScalarString.make(u[start..<max(end, i)])
            var d = FoundDate(kind: .date, text: printedText, range: start..<max(end, i), start: nil, end: nil,
                              printedDay: day, printedMonth: month, printedYear: nil, printedWeekday: weekday(before: start, in: u),
                              problem: "the month name or the day is damaged", warnings: [], repair: nil,
                              thaiDigits: u[start].value >= 0x0E50, trailingYearDigits: yearDigits)
            if let y = yearDigits, y.count == 4 { d.printedYear = DateRepair.value(y); d.trailingYearDigits = y }
            out.append(d)
            i = max(end, i)
        }
        return out
    }

    /// `text` with each look-alike letter that stands among digits (`๑๕ฒฒ/๒๕๖๖`) read as its digit;
    /// nil when there is none.
    static func digitLookalikesRead(in text: String) -> String? {
        let u = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var changed = false
        for (i, c) in u.enumerated() {
            if let d = digitLookalikeLetters[c] {
                // Next to a digit, or to another such letter that is next to one.
                var near = false
                for j in [i - 1, i + 1] where j >= 0 && j < u.count {
                    if ThaiDigits.value(u[j]) != nil { near = true }
                    if digitLookalikeLetters[u[j]] != nil {
                        let k = j + (j - i)
                        if k >= 0, k < u.count, ThaiDigits.value(u[k]) != nil { near = true }
                    }
                }
                if near { out.append(Unicode.Scalar(0x0E50 + UInt32(d))!); changed = true; continue }
            }
            out.append(c)
        }
        return changed ? String(out) : nil
    }

    private static func isSpeck(_ u: Unicode.Scalar) -> Bool {
        !u.properties.isAlphabetic && !u.properties.isWhitespace && ThaiDigits.value(u) == nil && !(0x0E00...0x0E7F).contains(u.value)
            && u != "." && u != "/" && u != "-" && u != ":"
    }

    private static func dayDigit(_ u: Unicode.Scalar) -> Int? {
        if let d = ThaiDigits.value(u) { return d }
        // Only Thai letters are look-alikes: read from `digitLookalikeLetters` laid out by letter
        // (asking the dictionary hashed every Thai letter of every line).
        guard u.value >= 0x0E01 && u.value <= 0x0E2E else { return nil }
        let d = lookalikeDigitByLetter[Int(u.value - 0x0E01)]
        return d < 0 ? nil : Int(d)
    }

    /// `digitLookalikeLetters` by Thai letter (U+0E01…U+0E2E); −1 where a letter is none.
    static let lookalikeDigitByLetter: [Int8] = (0x0E01...0x0E2E).map { v in
        digitLookalikeLetters[Unicode.Scalar(UInt32(v))!].map { Int8($0) } ?? -1
    }

    /// ที่ and ที (its tone mark lost), a day's label a look-alike day may be glued to.
    static let dayLabels: [[Unicode.Scalar]] = [Array("ที่".unicodeScalars), Array("ที".unicodeScalars)]

    /// The weekday printed just before a day (`วันจันทร์ที่ `, its marks possibly lost: `วันจันทร์ที `).
    static func weekday(before start: Int, in u: [Unicode.Scalar]) -> Int? {
        let from = max(0, start - 24)
        let before = u[from..<start].filter { !ThaiLookalike.isMark($0.value) && $0 != " " }
        guard before.last == "ท" else { return nil }
        for (bare, number) in bareWeekdayForms where before.count >= bare.count && before.suffix(bare.count).elementsEqual(bare) {
            return number
        }
        return nil
    }

    /// `วัน<name>ที่` without marks, for every weekday name, built once (the test above runs
    /// before every damaged date).
    static let bareWeekdayForms: [([Unicode.Scalar], Int)] = ThaiWeekdays.table.flatMap { w in
        w.names.map { name in (("วัน" + name + "ที่").unicodeScalars.filter { !ThaiLookalike.isMark($0.value) }, w.number) }
    }

    /// An abbreviated month with its dots lost or a mark added by OCR (`กุย.` for ก.ย., `มค` for ม.ค.):
    /// the word without dots within one mark or look-alike swap of one abbreviation's letters, and
    /// nearer to it than to any other.
    static func nearestAbbreviation(_ word: String) -> Int? {
        let bare = word.unicodeScalars.lazy.filter { $0 != "." }.map(\.value)
        let n = bare.count
        guard n >= 2, n <= 5, word.unicodeScalars.contains(".") || n <= 3 else { return nil }
        let bareValues = Array(bare)
        var scored: [(Int, Double)] = []
        for (k, m) in ThaiMonths.table.enumerated() {
            scored.append((m.number, ThaiLookalike.distance(bareValues, abbreviationLetters[k])))
        }
        scored.sort { $0.1 < $1.1 }
        guard let best = scored.first, best.1 <= 0.35,
              scored.count < 2 || scored[1].1 - best.1 >= 0.2 else { return nil }
        return best.0
    }

    /// Each month's abbreviation letters (dots aside), as scalar values.
    static let abbreviationLetters: [[UInt32]] = ThaiMonths.table.map { $0.abbreviationParts.joined().unicodeScalars.map(\.value) }
    /// Each month's full name as UTF-8, for the exact check.
    static let monthUTF8: [[UInt8]] = ThaiMonths.table.map { Array($0.full.utf8) }

    /// The month whose full name is nearest to `word` (OCR may glue one stray letter before it).
    static let monthScalarCounts = ThaiMonths.table.map { $0.full.unicodeScalars.count }
    static let monthHeavyCounts = ThaiMonths.table.map { heavyCount($0.full) }

    /// Scalars whose insertion or deletion costs a whole edit (not marks, spaces or dots).
    static func heavyCount(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (ThaiLookalike.isMark($1.value) || $1 == " " || $1 == "." ? 0 : 1) }
    }

    static func nearestMonth(_ word: String) -> Int? {
        if let m = nearestAbbreviation(word) { return m }
        // A month printed whole is its own nearest (distance 0): no distances to compute.
        // Compared as bytes (String == normalises Thai on every call): the month names are plain
        // Thai, so a plain word equal to one has its bytes; any other word is left to ==.
        var w = word
        let exactIndex: Int? = w.withUTF8 { wb in
            ThaiScalarSearch.isPlainUTF8(wb) ? monthUTF8.firstIndex { $0.elementsEqual(wb) } : ThaiMonths.table.firstIndex { $0.full == word }
        }
        if let exactIndex { return ThaiMonths.table[exactIndex].number }
        let n = word.unicodeScalars.count
        guard n >= 4 else { return nil }
        let heavy = heavyCount(word)
        var best: (Int, Double)?
        for (k, m) in ThaiMonths.table.enumerated() {
            // A letter inserted or deleted, or put for a mark, costs 1: so the distance is at least
            // the difference in letters (spaces, dots and marks aside). Most words after a number
            // are far from every month by that alone, and the edit distance is spared.
            let mn = monthScalarCounts[k]
            let gap = min(abs(heavy - monthHeavyCounts[k]), abs(heavy - 1 - monthHeavyCounts[k]))
            if Double(gap) / Double(max(n, mn)) > monthTolerance { continue }
            // Only distances within the tolerance count: the bounded table gives up early.
            var d = ThaiLookalike.normalizedDistance(word, m.full, atMost: monthTolerance)
            if n > mn,
               let e = ThaiLookalike.normalizedDistance(ScalarString.make(word.unicodeScalars.dropFirst()), m.full,
                                                        atMost: monthTolerance) {
                d = min(d ?? e, e)
            }
            if let d, d <= monthTolerance, best == nil || d < best!.1 { best = (m.number, d) }
        }
        return best?.0
    }
}
