import Foundation
import ThaiText

/// OCR misreads Thai digits far more often than letters (domain.md: ๖→๒ or ๐, ๔→๕, ๗→๓, ๙→๓),
/// so a date that is implausible for the document — a year far from the document's other years,
/// a day that breaks its printed weekday, a day that does not exist — is flagged, and corrected
/// when swapping look-alike digits gives exactly one date that fits the evidence.
enum DateRepair {
    /// Digit look-alikes, taken from ThaiLookalike's table (one source for every look-alike rule).
    static let digitAlternatives: [Int: [Int]] = {
        var table: [Int: Set<Int>] = [:]
        for (a, b, _) in ThaiLookalike.pairs {
            guard let x = a.unicodeScalars.first.flatMap(ThaiDigits.value),
                  let y = b.unicodeScalars.first.flatMap(ThaiDigits.value),
                  a.unicodeScalars.first!.value >= 0x0E50, b.unicodeScalars.first!.value >= 0x0E50 else { continue }
            table[x, default: []].insert(y)
            table[y, default: []].insert(x)
        }
        return table.mapValues { Array($0).sorted() }
    }()

    /// The years (CE) that the document's evidence points to, most supported first.
    static func evidenceYear(validYears: [Int], orderYear: Int?) -> Int? {
        var votes: [Int: Int] = [:]
        for y in validYears { votes[y, default: 0] += 1 }
        if let o = orderYear { votes[o, default: 0] += 2 }
        return votes.max { a, b in a.value == b.value ? a.key > b.key : a.value < b.value }?.key
    }

    /// Numbers reachable from `n` by swapping one look-alike digit (two for four-digit years).
    static func alternatives(of n: Int, maxSwaps: Int) -> [Int] {
        let digits = Array(String(n)).compactMap { Int(String($0)) }
        var results = Set<Int>()
        func go(_ i: Int, _ current: [Int], _ swaps: Int) {
            if i == digits.count {
                if swaps > 0, let v = Int(current.map(String.init).joined()) { results.insert(v) }
                return
            }
            go(i + 1, current + [digits[i]], swaps)
            if swaps < maxSwaps { for alt in digitAlternatives[digits[i]] ?? [] { go(i + 1, current + [alt], swaps + 1) } }
        }
        go(0, [], 0)
        return results.sorted()
    }

    static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard m >= 1, m <= 12, d >= 1 else { return false }
        var c = DateComponents(); c.year = y; c.month = m
        let cal = Calendar(identifier: .gregorian)
        guard let date = cal.date(from: c), let r = cal.range(of: .day, in: .month, for: date) else { return false }
        return d <= r.count
    }

    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int? {
        var c = DateComponents(); c.year = y; c.month = m; c.day = d
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        return cal.date(from: c).map { cal.component(.weekday, from: $0) }
    }

    /// Gregorian year for a printed year (BE unless small).
    static func gregorian(printedYear y: Int, month: Int) -> Int {
        if y >= 2400 { return y <= 2483 && month <= 3 ? y - 542 : y - 543 }
        if y < 100 { return 2500 + y - 543 }
        return y
    }

    /// Checks one date against the evidence; corrects it when exactly one look-alike reading fits.
    static func repair(_ d: FoundDate, evidenceYear: Int?) -> FoundDate {
        guard d.hasDate, let month = d.printedMonth ?? d.start?.month else { return d }
        let printedYear = d.printedYear
        let printedDay = d.printedDay ?? d.start?.day
        guard let day0 = printedDay, let py = printedYear else { return d }
        let currentYear = d.start?.year ?? gregorian(printedYear: py, month: month)
        let yearFar = evidenceYear.map { abs(currentYear - $0) > 1 } ?? false
        let weekdayWrong: Bool = {
            guard let w = d.printedWeekday, d.isValid, let s = d.start else { return false }
            return weekday(s.year, s.month, s.day) != w
        }()
        guard !d.isValid || yearFar || weekdayWrong else { return d }

        // Candidate readings: the printed year or its look-alikes; the printed day or its look-alikes.
        let yearOptions: [Int] = yearFar || !d.isValid ? [py] + alternatives(of: py, maxSwaps: 2) : [py]
        let dayOptions: [Int] = [day0] + alternatives(of: day0, maxSwaps: 1)
        var fits: [(y: Int, d: Int, swaps: Int)] = []
        for y in yearOptions {
            let gy = gregorian(printedYear: y, month: month)
            if let e = evidenceYear, abs(gy - e) > 1 { continue }
            for dd in dayOptions where isValid(gy, month, dd) {
                if let w = d.printedWeekday, weekday(gy, month, dd) != w { continue }
                fits.append((gy, dd, (y == py ? 0 : 1) + (dd == day0 ? 0 : 1)))
            }
        }
        var out = d
        let best = fits.min { $0.swaps < $1.swaps }
        let tied = fits.filter { $0.swaps == best?.swaps }
        if let best, tied.count == 1, best.swaps > 0 {
            let old = d.isValid ? d.isoDate ?? d.text : d.text
            out.start = FoundDate.DateTime(year: best.y, month: month, day: best.d, hour: d.start?.hour, minute: d.start?.minute)
            out.problem = nil
            out.repair = "OCR digits repaired: \(old) read as \(FoundDate.isoDate(best.y, month, best.d)) (look-alike digits; fits the document's year \(evidenceYear.map(String.init) ?? "?")\(d.printedWeekday != nil ? " and the printed weekday" : ""))"
        } else if d.isValid && (yearFar || weekdayWrong) {
            out.repair = yearFar
                ? "implausible year: \(currentYear) is far from the document's other dates (\(evidenceYear!)); possibly misread digits"
                : "the printed weekday does not match the date"
        }
        return out
    }
}
