import ThaiText

/// One time as printed, before it is joined to a date.
struct TimePiece {
    var start: Int
    var end: Int
    var hour: Int
    var minute: Int
    /// `น.`/`นาฬิกา` printed, or a spoken form: the piece is a time on its own.
    var hasSuffix: Bool
    /// `13:30`: the colon alone makes it a time.
    var colon: Bool
    var warnings: [DateWarning] = []

    var problem: String? {
        if hour > 23 { return "hour \(hour) is not a time of day (00–23)" }
        if minute > 59 { return "minute \(minute) is out of range (00–59)" }
        return nil
    }
    var time: ThaiTime { ThaiTime(hour: hour, minute: minute) }
}

extension ScalarText {
    /// `เวลา` just before `i` (blanks between allowed).
    func labelledAsTime(_ i: Int) -> Bool { has(Lit.label, endingAt: skipBlanksBack(i)) }

    /// A numeric time at `i`: `๐๙.๓๐ น.`, `๙.๓๐ นาฬิกา`, `๙ นาฬิกา`, `13:30 น.`, or a bare
    /// `๐๙.๓๐` (the caller decides from a label or a range whether a bare one is a time).
    /// An hour alone needs `นาฬิกา`, or `น.` after a `เวลา` label.
    func numericTime(at i: Int, labelled: Bool) -> TimePiece? {
        guard let h = number(at: i, maxDigits: 3), h.digitCount <= 2 else { return nil }
        var p = i + h.length
        var minute = 0
        var colon = false
        let sep = v(p)
        if (sep == 0x2E || sep == 0x3A) && isDigit(p + 1) && isDigit(p + 2) && !isDigit(p + 3) {
            minute = ThaiDigits.parse(text((p + 1)..<(p + 3)))!
            colon = sep == 0x3A
            p += 3
        } else if isDigit(p + 1) {
            return nil
        } else {
            // An hour alone: only with a suffix.
            let q = skipBlanks(p)
            guard let s = timeSuffix(at: q, allowAbbreviation: labelled) else { return nil }
            return TimePiece(start: i, end: s.end, hour: h.value, minute: 0, hasSuffix: true, colon: false, warnings: s.warning.map { [$0] } ?? [])
        }
        let q = skipBlanks(p)
        if let s = timeSuffix(at: q, allowAbbreviation: true) {
            return TimePiece(start: i, end: s.end, hour: h.value, minute: minute, hasSuffix: true, colon: colon, warnings: s.warning.map { [$0] } ?? [])
        }
        return TimePiece(start: i, end: p, hour: h.value, minute: minute, hasSuffix: false, colon: colon)
    }

    /// `นาฬิกา`, `น.`, or `น` without its dot when no letter follows (with a warning).
    func timeSuffix(at q: Int, allowAbbreviation: Bool) -> (end: Int, warning: DateWarning?)? {
        for (k, s) in Lit.suffixes.enumerated() where has(s, at: q) {
            if ThaiTimeWords.suffixes[k].text == "น." && !allowAbbreviation { continue }
            return (q + s.count, nil)
        }
        if allowAbbreviation && has(Lit.damagedSuffix, at: q) && !isThaiLetter(q + 1) && !isDigit(q + 1) {
            return (q + 1, DateWarning(code: "repaired_time_suffix", message: "‘น’ without its dot read as น. (o'clock)"))
        }
        return nil
    }

    /// A spoken time starting at `i`: `เก้าโมงเช้า`, `บ่ายสองโมง`, `บ่ายโมงครึ่ง`, `สองทุ่ม`,
    /// `เที่ยงวัน`, `เที่ยงคืน` (bare `เที่ยง` only after `เวลา`).
    func spokenTime(at i: Int) -> TimePiece? {
        if has(Lit.midnight, at: i) { return TimePiece(start: i, end: i + Lit.midnight.count, hour: 0, minute: 0, hasSuffix: true, colon: false) }
        if has(Lit.noon, at: i) { return TimePiece(start: i, end: i + Lit.noon.count, hour: 12, minute: 0, hasSuffix: true, colon: false) }
        if has(Lit.noonShort, at: i) && labelledAsTime(i) && !isThaiLetter(i + Lit.noonShort.count) {
            return TimePiece(start: i, end: i + Lit.noonShort.count, hour: 12, minute: 0, hasSuffix: true, colon: false)
        }
        var q = i
        var afternoon = false
        if has(Lit.afternoon, at: q) { afternoon = true; q += Lit.afternoon.count }
        var n: Int?
        if let d = number(at: q, maxDigits: 3), d.digitCount <= 2 {
            n = d.value
            q = skipBlanks(q + d.length)
        } else if let w = ThaiNumberWords.readPrefix(s, at: q) {
            n = w.value
            q += w.length
        }
        let unit: ThaiTimeWords.Unit
        if has(Lit.mong, at: q) { unit = .mong; q += Lit.mong.count } else if has(Lit.thum, at: q) { unit = .thum; q += Lit.thum.count } else { return nil }
        var part: ThaiTimeWords.DayPart?
        if has(Lit.morning, at: q) { part = .morning; q += Lit.morning.count } else if has(Lit.evening, at: q) { part = .evening; q += Lit.evening.count }
        guard let hour = ThaiTimeWords.spokenHour(afternoon: afternoon, number: n, unit: unit, dayPart: part) else { return nil }
        var minute = 0
        if has(Lit.half, at: q) { minute = 30; q += Lit.half.count }
        return TimePiece(start: i, end: q, hour: hour, minute: minute, hasSuffix: true, colon: false)
    }

    /// The spoken time whose unit word (`โมง`/`ทุ่ม`) is at `anchor`, read from the earliest
    /// start that works: `บ่าย` + number, number, `บ่าย`, or the unit itself.
    func spokenTime(aroundUnitAt anchor: Int, notBefore floor: Int) -> TimePiece? {
        var starts: [Int] = []
        var numberStart: Int?
        let back = skipBlanksBack(anchor)
        if isDigit(back - 1) {
            var k = back - 1
            while isDigit(k - 1) { k -= 1 }
            numberStart = k
        } else {
            var len = min(16, anchor - floor)
            while len >= 2 {
                if let w = ThaiNumberWords.readPrefix(s, at: anchor - len), w.length == len { numberStart = anchor - len; break }
                len -= 1
            }
        }
        if let ns = numberStart {
            if has(Lit.afternoon, endingAt: ns) { starts.append(ns - Lit.afternoon.count) }
            starts.append(ns)
        }
        if has(Lit.afternoon, endingAt: anchor) { starts.append(anchor - Lit.afternoon.count) }
        starts.append(anchor)
        for st in starts where st >= floor {
            if let t = spokenTime(at: st), t.end > anchor { return t }
        }
        return nil
    }

    /// A connector between the ends of a range, with an optional `วันที่`/`เวลา` label after it.
    func connector(at i: Int) -> (end: Int, timeLabel: Bool)? {
        let first = v(i)
        guard Lit.connectorFirsts.contains(first) else { return nil }
        for c in Lit.connectors where has(c, at: i) {
            var p = skipBlanks(i + c.count)
            var timeLabel = false
            if has(Lit.dateLabel, at: p) {
                p = skipBlanks(p + Lit.dateLabel.count)
            } else if has(Lit.label, at: p) {
                p = skipBlanks(p + Lit.label.count)
                timeLabel = true
            }
            return (p, timeLabel)
        }
        return nil
    }
}
