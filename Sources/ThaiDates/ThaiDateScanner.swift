import ThaiText

/// Finds every date, time, date-time and range in a text, with its span in scalar offsets.
/// One pass over Unicode scalars; a candidate starts only at a digit that begins a number, at a
/// weekday prefix (`วัน…`), or at a spoken-time word, so running text costs one comparison per
/// scalar. No regular expressions, no DateFormatter.
///
/// Invalid candidates (a day, month and year that fail validation) are returned with `problem`
/// set and `start == nil`, never dropped and never returned as valid.
public enum ThaiDateScanner {
    public static func scan(_ text: String) -> [ThaiDateMatch] {
        scan(scalars: ScalarText.scalars(of: text))
    }

    public static func scan(scalars: [Unicode.Scalar]) -> [ThaiDateMatch] {
        var engine = ScanEngine(t: ScalarText(scalars))
        engine.run()
        return engine.out
    }
}

struct ScanEngine {
    let t: ScalarText
    var out: [ThaiDateMatch] = []
    var lastEnd = 0

    mutating func run() {
        var i = 0
        let n = t.count
        while i < n {
            let v = t.s[i].value
            if (v >= 0x30 && v <= 0x39) || (v >= 0x0E50 && v <= 0x0E59) {
                if !continuesNumber(i), let m = matchAtDigit(i) {
                    emit(m)
                    i = m.range.upperBound
                    continue
                }
                i += 1
                while t.isDigit(i) { i += 1 }
                continue
            }
            switch v {
            case 0x0E27: // ว: a weekday prefix, or `วันที่` before a day spelled in words
                if let w = t.weekdayPrefix(at: i) {
                    if let m = dateMatch(at: w.end, start: i, weekday: w.weekday, dayInWords: true) {
                        emit(m)
                        i = m.range.upperBound
                        continue
                    }
                } else if t.has(Lit.dayWord, at: i), t.has(Lit.ordinal, at: i + Lit.dayWord.count) {
                    let q = t.skipBlanks(i + Lit.dayWord.count + Lit.ordinal.count)
                    if !t.isDigit(q), let m = dateMatch(at: q, start: q, weekday: nil, dayInWords: true) {
                        emit(m)
                        i = m.range.upperBound
                        continue
                    }
                }
            case 0x0E42, 0x0E17: // โ of โมง, ท of ทุ่ม: a spoken time around it
                if t.has(Lit.mong, at: i) || t.has(Lit.thum, at: i), let tp = t.spokenTime(aroundUnitAt: i, notBefore: lastEnd) {
                    let m = timeOnlyMatch(tp, end: nil)
                    emit(m)
                    i = m.range.upperBound
                    continue
                }
            case 0x0E40: // เ of เที่ยง
                if t.has(Lit.noonShort, at: i), let tp = t.spokenTime(at: i) {
                    let m = timeOnlyMatch(tp, end: nil)
                    emit(m)
                    i = m.range.upperBound
                    continue
                }
            default: break
            }
            i += 1
        }
    }

    mutating func emit(_ m: ThaiDateMatch) {
        out.append(m)
        lastEnd = m.range.upperBound
    }

    /// A digit after `1.`, `1/`, `1:` or `1-` belongs to the number before it.
    func continuesNumber(_ i: Int) -> Bool {
        let p = t.v(i - 1)
        return (p == 0x2E || p == 0x2F || p == 0x3A || p == 0x2D) && t.isDigit(i - 2)
    }

    func matchAtDigit(_ i: Int) -> ThaiDateMatch? {
        let labelled = t.labelledAsTime(i)
        if !labelled, let m = dateMatch(at: i, start: i, weekday: nil) { return m }
        return timeMatch(at: i, labelled: labelled)
    }

    // MARK: dates

    /// A date with an optional time, or a range, starting with the day number at `i`.
    func dateMatch(at i: Int, start: Int, weekday: Int?, dayInWords: Bool = false) -> ThaiDateMatch? {
        guard let left = t.datePiece(at: i, start: start, weekday: weekday, dayInWords: dayInWords) else { return nil }
        var end = left.end
        var leftTime: TimePiece?
        if left.month != nil, let tp = timeAfterDate(at: end) {
            leftTime = tp
            end = tp.end
        }
        if let c = t.connector(at: t.skipBlanks(end)) {
            var rs = c.end
            var rightWeekday: Int?
            if let w = t.weekdayPrefix(at: rs), t.isDigit(w.end) {
                rightWeekday = w.weekday
                rs = w.end
            }
            if let right = t.datePiece(at: rs, start: c.end, weekday: rightWeekday), right.month != nil, right.year != nil || left.year == nil {
                let rightTime = timeAfterDate(at: right.end)
                // Daily hours after a run of days (`๒๑ – ๒๓ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๓๐ – ๑๖.๓๐ น.`): the
                // range opens on the first day at the opening hour and closes on the last at the closing
                // one (the opening hour had gone to the last day and the closing one was lost).
                if leftTime == nil, let opening = rightTime, let c2 = t.connector(at: t.skipBlanks(opening.end)),
                   let closing = t.numericTime(at: c2.end, labelled: true) ?? t.spokenTime(at: c2.end),
                   closing.hasSuffix || opening.hasSuffix || c2.timeLabel {
                    return dateRange(left, opening, right, closing, end: closing.end)
                }
                // One time after the run of days is when each day opens: the first day's.
                if leftTime == nil, let opening = rightTime {
                    return dateRange(left, opening, right, nil, end: opening.end)
                }
                return dateRange(left, leftTime, right, rightTime, end: rightTime?.end ?? right.end)
            }
            if let lt = leftTime, left.month != nil, rightWeekday == nil,
               let rt = t.numericTime(at: c.end, labelled: true) ?? t.spokenTime(at: c.end),
               rt.hasSuffix || lt.hasSuffix || c.timeLabel {
                return sameDayRange(left, lt, rt)
            }
        }
        guard left.month != nil else { return nil }
        let r = DateResolver.resolve(left)
        var date = r.date
        if let tp = leftTime, date != nil {
            date!.hour = tp.hour
            date!.minute = tp.minute
        }
        let problem = r.problem ?? leftTime?.problem
        let kind: ThaiDateMatch.Kind = leftTime == nil ? .date : .dateTime
        let range = left.start..<end
        // A readable time after an unreadable date is kept as a time (as `sameDayRange` does), so a
        // caller that repairs the date (OCR digits) still has the hour.
        let time = problem != nil && r.problem != nil && leftTime?.problem == nil ? leftTime?.time : nil
        return ThaiDateMatch(kind: kind, text: t.text(range), range: range,
                             start: problem == nil ? date : nil, printed: r.printed, problem: problem,
                             warnings: r.warnings + (leftTime?.warnings ?? []), iso: problem == nil ? date?.iso : nil,
                             startTime: time)
    }

    /// A time printed after a date: `เวลา ๐๙.๓๐ น.`, `๑๓.๐๐ น.`, `เวลาบ่ายสองโมง`, `ตั้งแต่เวลา …`,
    /// or a bare `๐๙.๓๐` that opens a time range ending in `น.`.
    func timeAfterDate(at e: Int) -> TimePiece? {
        var p = t.skipBlanks(e)
        var labelled = false
        for w in Lit.timeOpeners where t.has(w, at: p) {
            p = t.skipBlanks(p + w.count)
            break
        }
        if t.has(Lit.label, at: p) {
            labelled = true
            p = t.skipBlanks(p + Lit.label.count)
        }
        if let tp = t.numericTime(at: p, labelled: labelled) {
            if tp.hasSuffix || labelled || tp.colon { return tp }
            if let c = t.connector(at: t.skipBlanks(tp.end)), let rt = t.numericTime(at: c.end, labelled: true), rt.hasSuffix { return tp }
            return nil
        }
        if labelled, let tp = t.spokenTime(at: p) { return tp }
        return nil
    }

    func dateRange(_ left: DatePiece, _ lt: TimePiece?, _ right: DatePiece, _ rt: TimePiece?, end: Int) -> ThaiDateMatch {
        let r = DateResolver.resolve(right)
        var fallbackYear: Int?
        if left.year == nil, let rd = r.date {
            // The first end lies before the second: a later printed month means the previous
            // year (๒๕ ธันวาคม – ๕ มกราคม ๒๕๖๖); a later day of the same month is only reversed.
            fallbackYear = (left.month ?? rd.month) > rd.month ? rd.year - 1 : rd.year
        }
        var l = DateResolver.resolve(left, fallbackMonth: right.month, fallbackYear: fallbackYear)
        if left.year == nil && r.date == nil && l.problem == nil { l.problem = "the range's end is invalid" }
        var warnings = l.warnings + r.warnings + (lt?.warnings ?? []) + (rt?.warnings ?? [])
        if left.month == nil || left.year == nil, l.date != nil {
            warnings.append(DateWarning(code: "inferred_year", message: "the range's first date takes its \(left.month == nil ? "month and year" : "year") from the second"))
        }
        var start = l.date, finish = r.date
        if let tp = lt { start?.hour = tp.hour; start?.minute = tp.minute }
        if let tp = rt { finish?.hour = tp.hour; finish?.minute = tp.minute }
        var problems: [String] = []
        if let p = l.problem { problems.append("start: " + p) }
        if let p = lt?.problem { problems.append("start time: " + p) }
        if let p = r.problem { problems.append("end: " + p) }
        if let p = rt?.problem { problems.append("end time: " + p) }
        let problem = problems.isEmpty ? nil : problems.joined(separator: "; ")
        if problem == nil, let s = start, let f = finish, f < s {
            warnings.append(DateWarning(code: "range_reversed", message: "the range ends (\(f.iso)) before it starts (\(s.iso))"))
        }
        let range = left.start..<end
        let ok = problem == nil
        return ThaiDateMatch(kind: .range, text: t.text(range), range: range,
                             start: ok ? start : nil, end: ok ? finish : nil, printed: l.printed, endPrinted: r.printed,
                             problem: problem, warnings: warnings,
                             iso: ok ? "\(start!.iso)/\(finish!.iso)" : nil)
    }

    func sameDayRange(_ left: DatePiece, _ lt: TimePiece, _ rt: TimePiece) -> ThaiDateMatch {
        let r = DateResolver.resolve(left)
        // Only the end time is no time of day (`ถึงเวลา ๒๕.๐๐ น.`, a misread ๒๔): the date and its
        // start stand, and the end is left out with a warning, not the whole date.
        if r.problem == nil, lt.problem == nil, let p = rt.problem, !(rt.hour == 24 && rt.minute == 0), var date = r.date {
            date.hour = lt.hour; date.minute = lt.minute
            let range = left.start..<rt.end
            let w = DateWarning(code: "invalid_end_time", message: "the end time \(t.text(rt.start..<rt.end)) is left out: \(p)")
            return ThaiDateMatch(kind: .dateTime, text: t.text(range), range: range, start: date, printed: r.printed,
                                 warnings: r.warnings + lt.warnings + [w], iso: date.iso, startTime: lt.time)
        }
        var problems: [String] = []
        if let p = r.problem { problems.append(p) }
        if let p = lt.problem { problems.append("start time: " + p) }
        // An event that runs to midnight ends at `๒๔.๐๐ น.`: 00:00 of the next day.
        let toMidnight = rt.hour == 24 && rt.minute == 0
        if let p = rt.problem, !toMidnight { problems.append("end time: " + p) }
        let problem = problems.isEmpty ? nil : problems.joined(separator: "; ")
        var warnings = r.warnings + lt.warnings + rt.warnings
        var start = r.date, finish = r.date
        start?.hour = lt.hour; start?.minute = lt.minute
        finish?.hour = rt.hour; finish?.minute = rt.minute
        if toMidnight, let f = finish {
            let next = ThaiCalendar.date(daysSinceEpoch: ThaiCalendar.daysSinceEpoch(year: f.year, month: f.month, day: f.day) + 1)
            finish = ThaiDateTime(year: next.year, month: next.month, day: next.day, hour: 0, minute: 0)
        }
        if problem == nil, let s = start, let f = finish, f < s {
            warnings.append(DateWarning(code: "range_reversed", message: "the range ends (\(f.iso)) before it starts (\(s.iso))"))
        }
        let range = left.start..<rt.end
        let ok = problem == nil
        return ThaiDateMatch(kind: .range, text: t.text(range), range: range,
                             start: ok ? start : nil, end: ok ? finish : nil, printed: r.printed,
                             problem: problem, warnings: warnings,
                             iso: ok ? "\(start!.iso)/\(finish!.iso)" : nil, startTime: lt.time, endTime: toMidnight ? nil : rt.time)
    }

    // MARK: times without a date

    func timeMatch(at i: Int, labelled: Bool) -> ThaiDateMatch? {
        guard let tp = t.numericTime(at: i, labelled: labelled) else { return nil }
        let isTime = tp.hasSuffix || labelled || tp.colon
        if let c = t.connector(at: t.skipBlanks(tp.end)), !t.isDigit(c.end) || !startsDate(c.end),
           let rt = t.numericTime(at: c.end, labelled: true) ?? t.spokenTime(at: c.end),
           isTime || rt.hasSuffix || c.timeLabel {
            return timeOnlyMatch(tp, end: rt)
        }
        return isTime ? timeOnlyMatch(tp, end: nil) : nil
    }

    func startsDate(_ i: Int) -> Bool {
        t.datePiece(at: i, start: i, weekday: nil)?.month != nil
    }

    func timeOnlyMatch(_ tp: TimePiece, end rt: TimePiece?) -> ThaiDateMatch {
        let range = tp.start..<(rt?.end ?? tp.end)
        var problems: [String] = []
        if let p = tp.problem { problems.append(rt == nil ? p : "start: " + p) }
        if let p = rt?.problem { problems.append("end: " + p) }
        let problem = problems.isEmpty ? nil : problems.joined(separator: "; ")
        let ok = problem == nil
        let iso = rt.map { "\(tp.time.iso)/\($0.time.iso)" } ?? tp.time.iso
        return ThaiDateMatch(kind: rt == nil ? .time : .range, text: t.text(range), range: range,
                             problem: problem, warnings: tp.warnings + (rt?.warnings ?? []),
                             iso: ok ? iso : nil, startTime: ok ? tp.time : nil, endTime: ok ? rt?.time : nil)
    }
}
