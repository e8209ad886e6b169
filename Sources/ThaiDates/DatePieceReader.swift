import ThaiText

/// One date as printed: a day, maybe a month and a year, before validation.
struct DatePiece {
    var start: Int
    var end: Int
    var weekday: Int?
    var day: DigitRun
    var month: Int?
    var monthForm: MonthForm?
    var era: ThaiEra = .unmarked
    var year: DigitRun?
    var warnings: [DateWarning] = []

    var digitStyle: DigitStyle {
        var style = day.style
        for other in [monthForm == .numeric ? monthRun?.style : nil, year?.style] {
            if let o = other, o != style { style = .mixed }
        }
        return style
    }
    var monthRun: DigitRun?
}

extension ScalarText {
    /// A weekday prefix at `i` (`วันอังคารที่ `), ending where the day number should begin.
    func weekdayPrefix(at i: Int) -> (weekday: Int, end: Int)? {
        guard has(Lit.dayWord, at: i) else { return nil }
        let p = i + Lit.dayWord.count
        for w in ThaiWeekdays.spellings where has(w.scalars, at: p) {
            var q = skipBlanks(p + w.scalars.count)
            if has(Lit.ordinal, at: q) {
                q = skipBlanks(q + Lit.ordinal.count)
            } else if has(Lit.ordinalWithoutMark, at: q), !isThaiLetter(q + Lit.ordinalWithoutMark.count) {
                // `วันอังคารที ๑๒`: OCR drops the tone mark of ที่ routinely (a weekday so lost had let the
                // year go the other way).
                q = skipBlanks(q + Lit.ordinalWithoutMark.count)
            }
            return (w.number, q)
        }
        return nil
    }

    /// A day with what follows it: `d/m/yyyy` (also `-` and `.`), `d month [era] year`,
    /// `d month`, or the day alone (usable only as the first day of a range).
    ///
    /// With `dayInWords`, the day may also be spelled (`วันที่สามสิบเอ็ด มีนาคม ๒๕๖๘`, as formal
    /// documents write it): read only after `วันที่` and only when a month name follows, so a count
    /// of days (`ภายในสิบห้าวัน`) is never a date.
    func datePiece(at i: Int, start: Int, weekday: Int?, dayInWords: Bool = false) -> DatePiece? {
        let spelled = dayInWords && !isDigit(i) ? spelledDay(at: i) : nil
        guard let day = spelled ?? number(at: i, maxDigits: 3), day.digitCount <= 2 else { return nil }
        var piece = DatePiece(start: start, end: i + day.length, weekday: weekday, day: day)
        let p = i + day.length
        if spelled == nil, let numeric = numericRest(at: p) {
            piece.month = numeric.month.value
            piece.monthRun = numeric.month
            piece.monthForm = .numeric
            piece.year = numeric.year
            piece.end = numeric.end
            if numeric.year.digitCount == 2 { piece.era = .unmarked }
            return piece
        }
        let q = skipBlanks(p)
        guard let m = month(at: q) else { return piece }
        var r = skipBlanks(m.end)
        var era = ThaiEra.unmarked
        var eraWarning: DateWarning?
        if let e = eraMarker(at: r) {
            era = e.era
            eraWarning = e.warning
            r = skipBlanks(e.end)
        }
        if let y = year(at: r, marked: era != .unmarked) {
            piece.year = y.run
            piece.end = y.end
            piece.era = era
            if let w = eraWarning { piece.warnings.append(w) }
            if y.split { piece.warnings.append(DateWarning(code: "split_number", message: "the year was printed with a space inside: read as \(y.run.value)")) }
        } else {
            // No year: a month abbreviated without any dot is too weak to stand alone.
            if m.form == .abbreviated && !m.hasDot { return piece }
            piece.end = m.end
        }
        piece.month = m.month
        piece.monthForm = m.form
        if let w = m.warning { piece.warnings.append(w) }
        // A spelled day is written in the year's digits, so the printed date keeps one style.
        if spelled != nil, let y = piece.year { piece.day.style = y.style }
        return piece
    }

    /// A day of the month spelled in words (`สามสิบเอ็ด`), as a run of two digits' worth; nil unless
    /// it is 1–31 and a month name follows it.
    func spelledDay(at i: Int) -> DigitRun? {
        guard isThaiLetter(i), let r = ThaiNumberWords.readPrefix(s, at: i), (1...31).contains(r.value),
              month(at: skipBlanks(i + r.length)) != nil else { return nil }
        return DigitRun(value: r.value, length: r.length, digitCount: r.value < 10 ? 1 : 2, style: .thai, hadInnerSpaces: false)
    }

    /// `/m/yyyy` after a day: the same separator twice; a 4-digit year, or 2 digits with `/` or `-`.
    func numericRest(at p: Int) -> (month: DigitRun, year: DigitRun, end: Int)? {
        let sep = v(p)
        guard sep == 0x2F || sep == 0x2D || sep == 0x2E, isDigit(p + 1),
              let m = number(at: p + 1, maxDigits: 3), m.digitCount <= 2,
              v(p + 1 + m.length) == sep, let y = number(at: p + 2 + m.length, maxDigits: 5) else { return nil }
        let end = p + 2 + m.length + y.length
        guard y.digitCount == 4 || (y.digitCount == 2 && sep != 0x2E) else { return nil }
        // `1.2.2565.3` or `1/2/2565/3` is a section or serial number, not a date.
        if (v(end) == sep || v(end) == 0x2E || v(end) == 0x2F) && isDigit(end + 1) { return nil }
        return (m, y, end)
    }

    struct MonthHit {
        var month: Int
        var form: MonthForm
        var end: Int
        var hasDot: Bool
        var warning: DateWarning?
    }

    /// A month name, full or abbreviated, optionally after `เดือน`. Abbreviations are read
    /// through missing, doubled or spaced dots (`ธค`, `ธ..ค.`, `ธ. ค.`) with a warning.
    func month(at i: Int) -> MonthHit? {
        var p = i
        if has(Lit.monthWord, at: p) { p = skipBlanks(p + Lit.monthWord.count) }
        guard ThaiMonths.firstScalars.contains(v(p)) else { return nil }
        let fulls = ThaiMonths.fullScalars
        for k in 0..<fulls.count where has(fulls[k], at: p) {
            return MonthHit(month: k + 1, form: .full, end: p + fulls[k].count, hasDot: false)
        }
        let abbreviations = ThaiMonths.partScalars
        for k in 0..<abbreviations.count {
            let parts = abbreviations[k]
            guard has(parts[0], at: p) else { continue }
            var q = p + parts[0].count
            var dots = 0
            var ok = true
            for n in 1..<parts.count {
                let part = parts[n]
                let gap = dotGap(at: q)
                dots += gap.dots
                q = gap.end
                guard has(part, at: q) else { ok = false; break }
                q += part.count
            }
            guard ok else { continue }
            var trailing = 0
            while v(q) == 0x2E { q += 1; trailing += 1 }
            dots += trailing
            // Without a final dot, a following Thai letter means this was the start of a word.
            if trailing == 0 && isThaiLetter(q) { continue }
            let printed = text(p..<q)
            let month = ThaiMonths.table[k]
            let warning = printed == month.abbreviation ? nil
                : DateWarning(code: "repaired_abbreviation", message: "month abbreviation ‘\(printed)’ read as \(month.abbreviation) (\(month.full))")
            return MonthHit(month: k + 1, form: .abbreviated, end: q, hasDot: dots > 0, warning: warning)
        }
        return nil
    }

    /// Dots and at most one space between the letters of an abbreviation.
    func dotGap(at i: Int) -> (end: Int, dots: Int) {
        var q = i, dots = 0, spaces = 0
        while true {
            if v(q) == 0x2E { dots += 1; q += 1 } else if isBlank(q) && spaces == 0 { spaces += 1; q += 1 } else { break }
        }
        return (q, dots)
    }

    /// `พ.ศ.`, `ค.ศ.`, `ร.ศ.` (also damaged: `พ.ศ`, `พศ.`, `พ. ศ.`) or the full era names.
    func eraMarker(at i: Int) -> (era: ThaiEra, end: Int, warning: DateWarning?)? {
        let letters = Lit.eraLetter
        let first = v(i)
        guard letters.contains(where: { $0.value == first }) else { return nil }
        let fulls = Lit.eraFull
        for k in 0..<fulls.count where has(fulls[k], at: i) {
            return (ThaiEraMarkers.table[k].era, i + fulls[k].count, nil)
        }
        for k in 0..<letters.count where first == letters[k].value {
            let gap = dotGap(at: i + 1)
            guard v(gap.end) == Lit.eraSecond.value else { continue }
            var q = gap.end + 1
            var trailing = 0
            while v(q) == 0x2E { q += 1; trailing += 1 }
            if gap.dots + trailing == 0 && isThaiLetter(q) { continue }
            let marker = ThaiEraMarkers.table[k]
            let printed = text(i..<q)
            let warning = printed == marker.abbreviation ? nil
                : DateWarning(code: "repaired_era_marker", message: "era marker ‘\(printed)’ read as \(marker.abbreviation)")
            return (marker.era, q, warning)
        }
        return nil
    }

    /// A year: 4 or 2 digits (3 or 1 are kept when marked, or when 3 digits look like a cut BE
    /// year, so validation can name the problem). One inner space is read through when the two
    /// parts make 4 digits (`๒๕ ๖๕`). Not a year when a time follows (`๑๐.๓๐`).
    func year(at r: Int, marked: Bool) -> (run: DigitRun, end: Int, split: Bool)? {
        guard var y = number(at: r, maxDigits: 5), y.digitCount <= 4 else { return nil }
        var end = r + y.length
        var split = false
        if y.digitCount < 4, isBlank(end), let rest = number(at: end + 1, maxDigits: 5), y.digitCount + rest.digitCount == 4,
           case let v = y.value * [1, 10, 100, 1000][rest.digitCount],
           (2400...2699).contains(v + rest.value) || (1900...2199).contains(v + rest.value) {
            let style: DigitStyle = y.style == rest.style ? y.style : .mixed
            y = DigitRun(value: v + rest.value, length: y.length + 1 + rest.length, digitCount: 4, style: style, hadInnerSpaces: true)
            end = r + y.length
            split = true
        }
        if (v(end) == 0x2E || v(end) == 0x3A) && isDigit(end + 1) { return nil }
        switch y.digitCount {
        case 4, 2: return (y, end, split)
        case 3 where marked || (240...259).contains(y.value): return (y, end, split)
        case 1 where marked: return (y, end, split)
        default: return nil
        }
    }
}
