import ThaiText

/// Deadlines that name a period of the government's fiscal year (ปีงบประมาณ, 1 October – 30
/// September; fiscal year 2568 runs from 1 October 2567 to 30 September 2568), as budget and
/// reporting circulars set them: `ภายในไตรมาสที่ ๓ ของปีงบประมาณ พ.ศ. ๒๕๖๘`, `ภายในไตรมาส ๓/๒๕๖๘`,
/// `ภายในสิ้นปีงบประมาณ พ.ศ. ๒๕๖๘`, `ภายในปีงบประมาณ ๒๕๖๘`. Due by the period's last day, as a month
/// deadline is by the month's.
enum FiscalPeriod {
    struct Found: Equatable {
        /// 1…4, or nil for the whole year.
        var quarter: Int?
        /// The fiscal year (BE) as printed, nil when none is printed.
        var fiscalYearBE: Int?
        /// Where the period (and its year) end.
        var end: Int
    }

    /// The period after a deadline marker at `start`: spaces, optional สิ้น, then ไตรมาส(ที่) N with
    /// an optional `ของ`/`ประจำ` ปีงบประมาณ and year (or `/ปี`), or ปีงบประมาณ and a year.
    static func read(_ u: [Unicode.Scalar], from start: Int) -> Found? {
        var i = skip(u, start)
        if has(u, i, endWord) { i = skip(u, i + endWord.count) }
        var quarter: Int?
        if has(u, i, quarterWord) {
            i = skip(u, i + quarterWord.count)
            if has(u, i, ordinal) { i = skip(u, i + ordinal.count) }
            guard i < u.count, let q = ThaiDigits.value(u[i]), (1...4).contains(q), i + 1 >= u.count || ThaiDigits.value(u[i + 1]) == nil else { return nil }
            quarter = q
            i += 1
            // `ไตรมาส ๓/๒๕๖๘`: the fiscal year after a slash.
            if i < u.count, u[i] == "/", let (y, e) = year(u, at: i + 1) { return Found(quarter: q, fiscalYearBE: y, end: e) }
            let k = skip(u, i)
            var j = k
            for w in linkWords where has(u, j, w) { j = skip(u, j + w.count); break }
            guard has(u, j, fiscalYearWord) else { return Found(quarter: q, fiscalYearBE: nil, end: i) }
            i = j
        }
        guard has(u, i, fiscalYearWord) else { return nil }
        i = skip(u, i + fiscalYearWord.count)
        if has(u, i, era) { i = skip(u, i + era.count) }
        if let (y, e) = year(u, at: i) { return Found(quarter: quarter, fiscalYearBE: y, end: e) }
        return Found(quarter: quarter, fiscalYearBE: nil, end: i)
    }

    /// The period's last day (ISO) in fiscal year `fiscalYearBE`: quarters end 31 December, 31 March,
    /// 30 June and 30 September; the year on 30 September.
    static func lastDay(quarter: Int?, fiscalYearBE: Int) -> String {
        let endCE = fiscalYearBE - 543
        switch quarter {
        case 1: return FoundDate.isoDate(endCE - 1, 12, 31)
        case 2: return FoundDate.isoDate(endCE, 3, 31)
        case 3: return FoundDate.isoDate(endCE, 6, 30)
        default: return FoundDate.isoDate(endCE, 9, 30)
        }
    }

    /// The fiscal year (BE) a date (ISO) falls in: from October on, the next year's.
    static func fiscalYearBE(of iso: String) -> Int? {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        return p[0] + 543 + (p[1] >= 10 ? 1 : 0)
    }

    /// A four-digit BE year, or two digits read as 25xx, at `i`: its value and end.
    private static func year(_ u: [Unicode.Scalar], at i: Int) -> (Int, Int)? {
        var k = i, value = 0
        while k < u.count, let d = ThaiDigits.value(u[k]) { value = value * 10 + d; k += 1 }
        switch k - i {
        case 4 where (2400...2700).contains(value): return (value, k)
        case 2: return (2500 + value, k)
        default: return nil
        }
    }

    private static func skip(_ u: [Unicode.Scalar], _ i: Int) -> Int {
        DeadlineAction.skipSpaces(u, from: i, end: u.count)
    }

    private static func has(_ u: [Unicode.Scalar], _ i: Int, _ w: [Unicode.Scalar]) -> Bool {
        DeadlineAction.starts(u, at: i, end: u.count, with: w)
    }

    static let endWord = Array("สิ้น".unicodeScalars)
    static let quarterWord = Array("ไตรมาส".unicodeScalars)
    static let ordinal = Array("ที่".unicodeScalars)
    static let fiscalYearWord = Array("ปีงบประมาณ".unicodeScalars)
    static let era = Array("พ.ศ.".unicodeScalars)
    static let linkWords = ["ของ", "ประจำ", "ใน"].map { Array($0.unicodeScalars) }
}
