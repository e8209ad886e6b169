import ThaiText

/// Parses one known date string (a date line, a field's value): the whole string must be one
/// date, date-time or range, optionally after a `วันที่` label; its day may be spelled in words.
public enum ThaiDateParser {
    public static func parse(_ text: String) -> Result<ThaiDateMatch, ThaiDateError> {
        let all = ScalarText.scalars(of: text)
        let t = ScalarText(all)
        var lo = 0, hi = all.count
        while lo < hi && isSpace(all[lo]) { lo += 1 }
        while hi > lo && isSpace(all[hi - 1]) { hi -= 1 }
        if t.has(Lit.dateLabel, at: lo) { lo = t.skipBlanks(lo + Lit.dateLabel.count) }
        guard lo < hi else { return .failure(ThaiDateError(code: "no_date", message: "empty text")) }
        let core = Array(all[lo..<hi])
        // A day spelled in words (`สองธันวาคม ๒๕๖๖`, the scanner's reading after วันที่) starts no scan.
        let ct = ScalarText(core)
        let spelled = ct.isThaiLetter(0) ? ScanEngine(t: ct).dateMatch(at: 0, start: 0, weekday: nil, dayInWords: true) : nil
        guard var m = spelled ?? ThaiDateScanner.scan(scalars: core).first else {
            return monthYear(core, original: text)
        }
        m.range = (m.range.lowerBound + lo)..<(m.range.upperBound + lo)
        guard m.range == lo..<hi else {
            if m.range.lowerBound > lo { return .failure(ThaiDateError(code: "no_date", message: "‘\(text)’ does not start with a date")) }
            return .failure(ThaiDateError(code: "trailing_text", message: "‘\(ScalarText(all).text(m.range.upperBound..<hi))’ follows the date ‘\(m.text)’", match: m))
        }
        if let p = m.problem { return .failure(ThaiDateError(code: "invalid_date", message: p, match: m)) }
        return .success(m)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s.value == 0xA0
    }

    /// A month and year without a day: invalid ones (มกราคม ๒๔๘๓) say why; valid ones are
    /// reported as having no day.
    static func monthYear(_ core: [Unicode.Scalar], original: String) -> Result<ThaiDateMatch, ThaiDateError> {
        let t = ScalarText(core)
        if let m = t.month(at: 0) {
            var r = t.skipBlanks(m.end)
            var era = ThaiEra.unmarked
            if let e = t.eraMarker(at: r) {
                era = e.era
                r = t.skipBlanks(e.end)
            }
            if let y = t.year(at: r, marked: era != .unmarked), y.end == core.count {
                let year = DateResolver.resolveYear(y.run.value, digits: y.run.digitCount, era: era, month: m.month)
                if let p = year.problem { return .failure(ThaiDateError(code: "invalid_date", message: p)) }
                return .failure(ThaiDateError(code: "no_day", message: "‘\(original)’ is a month and year without a day"))
            }
        }
        return .failure(ThaiDateError(code: "no_date", message: "no date in ‘\(original)’"))
    }
}
