import ThaiText
import ThaiDates

/// The year of an OCR'd document, read from all of its damaged years at once.
///
/// Tesseract damages the same year differently each time it prints it (๒๕๖๖ came out as ๒๕๒๒๐,
/// ๒๕๒๐๒๐, ๒๕๐๒๐ and ๒๕๒๒ in one order), so no single year can be trusted, but together they
/// agree: the year whose OCR-weighted digit distance (`OcrDigitDistance`) to all of them is
/// smallest explains the document. A printed weekday that falls right in a candidate year is
/// strong evidence for it (one chance in seven by accident). Candidates are the years of current
/// paperwork (`DateRepair.recentYears`): an OCR'd page is no evidence for an old year, since one
/// swapped digit (๖→๒) turns 2566 into 2526.
enum YearEvidence {
    /// A year as printed, with what else pins it.
    struct PrintedYear: Equatable {
        var digits: [Int]
        var month: Int? = nil
        var day: Int? = nil
        var weekday: Int? = nil
    }

    /// A token farther than this from every candidate says nothing about the year.
    static let cap = 1.5
    /// What a printed weekday that agrees with the candidate year is worth.
    static let weekdayBonus = 0.6

    /// Years printed in dates (with their month, day and weekday) and after the number of an order
    /// or meeting (`ที่ ๑๒๓/๒๕๖๖`, `ครั้งที่ ๑/๒๕๖๖`). Years after พ.ศ. alone are left out: they
    /// are as often an Act's year (พ.ศ. ๒๕๒๘) as the document's.
    static func printedYears(in lines: [SourceLine]) -> [PrintedYear] {
        var out: [PrintedYear] = []
        for l in lines {
            let u = ScalarString.scalars(l.text)
            let scanned = DateFinder.dates(in: l.text)
            // Dates the scanner could not read (a damaged day or month) still show their year and weekday.
            let loose = LooseDateReader.readAll(l.text).filter { d in
                !scanned.contains { $0.hasDate && $0.isValid && $0.range.overlaps(d.range) }
            }
            for d in scanned.filter({ s in !loose.contains { $0.range.overlaps(s.range) } }) + loose where d.hasDate {
                guard let month = d.printedMonth ?? d.start?.month else { continue }
                var digits = d.trailingYearDigits ?? DateFinder.yearDigits(after: d.range.upperBound, in: u, minimum: 2)
                if digits == nil, let py = d.printedYear, py >= 10 { digits = OcrDigitDistance.digits(py) }
                guard let ds = digits else { continue }
                out.append(PrintedYear(digits: ds, month: month, day: d.printedDay ?? d.start?.day, weekday: d.printedWeekday))
            }
            out += numberYears(u)
        }
        return out
    }

    /// `ที่ ๑๒๓/๒๕๖๖` and `ครั้งที่ ๑/๒๕๖๖`: digits after a slash that follows a number after ที่
    /// (marks ignored: OCR drops them).
    static func numberYears(_ u: [Unicode.Scalar]) -> [PrintedYear] {
        var out: [PrintedYear] = []
        for (i, s) in u.enumerated() where s == "/" {
            var j = i - 1
            var numberDigits = 0
            while j >= 0, ThaiDigits.value(u[j]) != nil { j -= 1; numberDigits += 1 }
            guard numberDigits > 0 else { continue }
            while j >= 0, u[j] == " " { j -= 1 }
            var marks = 0
            while j >= 0, ThaiLookalike.isMark(u[j].value) { j -= 1; marks += 1 }
            // ที่ or ที (its tone mark lost), not the ท of กท.
            guard j >= 0, u[j] == "ท", marks > 0 else { continue }
            guard let ds = DateFinder.yearDigits(after: i + 1, in: u, minimum: 3), ds.first == 2 else { continue }
            out.append(PrintedYear(digits: ds))
        }
        return out
    }

    /// Distance of a printed year to a BE year: four digits against four, two against the last two.
    static func cost(_ p: PrintedYear, be: Int) -> Double {
        let year = OcrDigitDistance.digits(be)
        let intended = p.digits.count == 2 ? Array(year.suffix(2)) : year
        return OcrDigitDistance.cost(printed: p.digits, intended: intended)
    }

    /// The BE years next to the document's (`evidenceBE` ± 1) with the cost of reading `p` as each,
    /// and that cost as ranked: a neighbour ranks 0.05 behind, so that a tie goes to the document's year.
    static func costsAround(_ p: PrintedYear, evidenceBE: Int) -> [(be: Int, cost: Double, ranked: Double)] {
        ((evidenceBE - 1)...(evidenceBE + 1)).map { be in
            let c = cost(p, be: be)
            return (be, c, c + (be == evidenceBE ? 0 : 0.05))
        }
    }

    /// What a printed weekday is worth when it falls right only for a look-alike reading of the
    /// day (`วันศุกร์ที่ ๒๓` read as the 27th: ๗ printed as ๓): less than for the day as printed,
    /// since each look-alike reading is another chance of a match by accident.
    static let lookalikeDayBonus = 0.35

    /// The cost with the weekday's evidence: a printed weekday that falls right in this year lowers
    /// it; by less when it falls right only for a day one cheap look-alike swap from the printed one.
    static func weighedCost(_ p: PrintedYear, be: Int) -> Double {
        var c = cost(p, be: be)
        if let w = p.weekday, let m = p.month, let d = p.day {
            let y = ThaiCalendar.gregorianYear(buddhistYear: be, month: m)
            if weekdayAgreement(p, be: be) != nil {
                c -= weekdayBonus
            } else if d >= 1, d <= 31 {
                let printed = OcrDigitDistance.digits(d)
                var best = Double.infinity
                for dd in 1...31 where dd != d && DateRepair.isValid(y, m, dd) && DateRepair.weekday(y, m, dd) == w {
                    best = min(best, OcrDigitDistance.cost(printed: printed, intended: OcrDigitDistance.digits(dd)))
                }
                if best <= 0.3 { c -= lookalikeDayBonus }
            }
        }
        return c
    }

    /// What two or more printed weekdays agreeing in one year add (see `consensus`).
    static let multipleWeekdayBonus = 1.2

    /// The date (month × 32 + day) of a printed year whose printed weekday falls right on its
    /// printed day in `be`; nil otherwise.
    static func weekdayAgreement(_ p: PrintedYear, be: Int) -> Int? {
        guard let w = p.weekday, let m = p.month, let d = p.day else { return nil }
        let y = ThaiCalendar.gregorianYear(buddhistYear: be, month: m)
        return DateRepair.isValid(y, m, d) && DateRepair.weekday(y, m, d) == w ? m * 32 + d : nil
    }

    /// Years (BE) this many back from now, or one ahead, cost nothing a priori; older ones cost
    /// `olderYearPrior` once per document. Why a prior at all: digits OCR reads well (๒, ๓) and
    /// digits it rarely reads right (๖, ๗) leave years such as ๒๕๒๐๒ about as near to 2562 (one
    /// glyph split) as to 2566 (split and ๖→๒); what the tool reads is mostly this year's and last
    /// years' paperwork, and a document years older must show it in more than one printed year.
    static let recentSpan = 5
    static let olderYearPrior = 1.0

    static func prior(be: Int, nowBE: Int) -> Double {
        if be >= nowBE - recentSpan && be <= nowBE + 1 { return 0 }
        let distance = be < nowBE - recentSpan ? nowBE - recentSpan - be : be - nowBE - 1
        return olderYearPrior + 0.02 * Double(distance)
    }

    /// The BE year that explains the printed years best, or nil when none is near enough to any.
    static func consensus(_ years: [PrintedYear], candidates: ClosedRange<Int>, nowBE: Int) -> Int? {
        guard !years.isEmpty else { return nil }
        var best: (be: Int, score: Double, exact: Int)?
        for be in candidates {
            var score = prior(be: be, nowBE: nowBE), exact = 0
            var agreeing: Set<Int> = []
            for p in years {
                let c = weighedCost(p, be: be)
                score += min(c, cap)
                if c <= 0 { exact += 1 }
                if let day = weekdayAgreement(p, be: be) { agreeing.insert(day) }
            }
            // Two or more different days whose printed weekdays all fall right in this year, as
            // printed: one chance in 49 by accident, stronger than the look-alike digits' costs
            // (every ๒๕๖๘ printed ๒๕๒๕ / ๒๕๒๐๕ had read as 2565, its days moved to fit).
            if agreeing.count >= 2 { score -= multipleWeekdayBonus }
            // Ties go to the year printed exactly more often, then to the later year.
            if best == nil || score < best!.score - 1e-9 || (abs(score - best!.score) < 1e-9 && exact >= best!.exact) {
                best = (be, score, exact)
            }
        }
        guard let b = best, b.score - prior(be: b.be, nowBE: nowBE) < Double(years.count) * cap - 1e-9 else { return nil }
        return b.be
    }
}
