import Foundation
import ThaiText
import ThaiDates

/// OCR misreads Thai digits far more often than letters (domain.md: ๖→๒ or ๐, ๔→๕, ๗→๓, ๙→๓),
/// and on the seed it misread every year. So a date is judged against the document's evidence —
/// the years of its other dates and of its order number, the weekday printed with it — and
/// against what the tool is for (current paperwork): a date is corrected only when swapping
/// look-alike digits (or dropping one spurious digit) gives exactly one reading that fits, and
/// every correction is a warning that keeps the printed text.
enum DateRepair {
    /// Digit look-alikes, taken from ThaiLookalike's table (one source for every look-alike rule).
    static let digitAlternatives: [Int: [Int]] = {
        var table: [Int: Set<Int>] = [:]
        for (a, b, _) in ThaiLookalike.pairs {
            guard let sa = a.unicodeScalars.first, let sb = b.unicodeScalars.first,
                  sa.value >= 0x0E50, sb.value >= 0x0E50, let x = ThaiDigits.value(sa), let y = ThaiDigits.value(sb) else { continue }
            table[x, default: []].insert(y)
            table[y, default: []].insert(x)
        }
        return table.mapValues { Array($0).sorted() }
    }()

    /// Years (CE) a Thai-digit date may fall in without doubt: the tool reads current paperwork,
    /// so a year decades back that one look-alike digit would bring into this window is suspect.
    static let recentYears: ClosedRange<Int> = {
        let now = Calendar(identifier: .gregorian).component(.year, from: Date())
        return (now - 30)...(now + 1)
    }()

    // MARK: evidence

    /// The year (CE) the document's evidence points to: dates (a date whose printed weekday
    /// agrees counts three times), the order number's year (twice). When that year lies outside
    /// the recent window and exactly one look-alike digit brings it in, OCR damaged it everywhere
    /// alike (the seed's ๖ read as ๐ in every year), and the window's reading is taken.
    static func evidenceYear(dates: [FoundDate], orderYearBE: Int?, thaiDigits: Bool) -> Int? {
        var votes: [Int: Int] = [:]
        for d in dates where d.isValid && d.hasDate {
            guard let s = d.start else { continue }
            let weekdayAgrees = d.printedWeekday != nil && weekday(s.year, s.month, s.day) == d.printedWeekday
            votes[s.year, default: 0] += weekdayAgrees ? 3 : 1
        }
        if let o = orderYearBE { votes[o - 543, default: 0] += 2 }
        guard let best = votes.max(by: { a, b in a.value == b.value ? a.key > b.key : a.value < b.value })?.key else { return nil }
        if thaiDigits, !recentYears.contains(best) {
            let inWindow = Set(alternatives(ofDigits: digits(best + 543), maxSwaps: 1).map { $0 - 543 }.filter(recentYears.contains))
            if inWindow.count == 1 { return inWindow.first }
        }
        return best
    }

    // MARK: candidates

    static func digits(_ n: Int) -> [Int] { Array(String(n)).compactMap { Int(String($0)) } }

    static func value(_ digits: [Int]) -> Int { digits.reduce(0) { $0 * 10 + $1 } }

    /// Numbers reachable by swapping up to `maxSwaps` look-alike digits.
    static func alternatives(ofDigits ds: [Int], maxSwaps: Int) -> [Int] {
        var results = Set<Int>()
        func go(_ i: Int, _ current: [Int], _ swaps: Int) {
            if i == ds.count {
                if swaps > 0 { results.insert(value(current)) }
                return
            }
            go(i + 1, current + [ds[i]], swaps)
            if swaps < maxSwaps { for alt in digitAlternatives[ds[i]] ?? [] { go(i + 1, current + [alt], swaps + 1) } }
        }
        go(0, [], 0)
        return results.sorted()
    }

    /// Four-digit BE year readings of printed year digits with their edit counts: the digits as
    /// printed, look-alike swaps, and for five digits each reading with one spurious digit dropped.
    static func yearReadings(_ ds: [Int]) -> [(be: Int, edits: Int)] {
        var out: [(Int, Int)] = []
        var bases: [([Int], Int)] = []
        // Undo glyphs read as two digits (๒๐ for ๖), at any subset of their places.
        var merged: [([Int], Int)] = [(ds, 0)]
        for (glyph, readAs) in ThaiLookalike.splitGlyphs {
            guard let g = glyph.unicodeScalars.first.flatMap(ThaiDigits.value) else { continue }
            let pair = readAs.unicodeScalars.compactMap(ThaiDigits.value)
            var next = merged
            for (digits, edits) in merged {
                var i = 0
                while i + pair.count <= digits.count {
                    if Array(digits[i..<i + pair.count]) == pair {
                        var d = digits; d.replaceSubrange(i..<i + pair.count, with: [g])
                        next.append((d, edits + 1))
                    }
                    i += 1
                }
            }
            merged = next
        }
        for (m, e) in merged where m.count <= 6 {
            if m.count == 4 { bases.append((m, e)) }
            if m.count == 5 { for i in 0..<5 { var d = m; d.remove(at: i); bases.append((d, e + 1)) } }
        }
        for (b, e) in bases {
            out.append((value(b), e))
            for a in alternatives(ofDigits: b, maxSwaps: 1) { out.append((a, e + 1)) }
        }
        var best: [Int: Int] = [:]
        for (y, e) in out where y >= 2400 { best[y] = min(best[y] ?? 99, e) }
        return best.map { (be: $0.key, edits: $0.value) }
    }

    static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= ThaiCalendar.daysInMonth(year: y, month: m)
    }

    /// 1 = Sunday … 7 = Saturday.
    static func weekday(_ y: Int, _ m: Int, _ d: Int) -> Int { ThaiCalendar.weekday(year: y, month: m, day: d) }

    /// Gregorian year of a BE year for a month (the pre-1941 April new year).
    static func gregorian(be y: Int, month: Int) -> Int { ThaiCalendar.gregorianYear(buddhistYear: y, month: month) }

    // MARK: repair

    /// Checks one date against the evidence; corrects it when exactly one look-alike reading fits.
    /// On an OCR'd page with a consensus year (`YearEvidence`) the year is read by digit distance
    /// instead (`repairOCR`), which also reads years with digits lost or split.
    static func repair(_ d: FoundDate, evidenceYear: Int?, ocr: Bool = false) -> FoundDate {
        if ocr, d.kind == .range, let r = repairSharedYear(d, evidenceYear: evidenceYear) { return r }
        var r = repairReading(d, evidenceYear: evidenceYear, ocr: ocr)
        // The scanner's weekday_mismatch was about the printed reading; a repaired date that falls
        // on the printed weekday no longer has one.
        if r.repair != nil, r.isValid, let w = r.printedWeekday, let s = r.start, s.hasDate,
           weekday(s.year, s.month, s.day) == w {
            r.warnings.removeAll { $0.code == "weekday_mismatch" }
        }
        return r
    }

    /// A run of days that prints its year once, at its end (`ตั้งแต่วันที่ ๑ – ๑๓ กันยายน ๒๕๒๒`): the
    /// end is repaired as a date of its own, and the start moves by the same number of years (an
    /// application window had closed in 1979 while the same printed year was read as 2566 elsewhere).
    /// Nil when the two ends lie in different years or the end needs no repair.
    static func repairSharedYear(_ d: FoundDate, evidenceYear: Int?) -> FoundDate? {
        // (A run of days: a day's hours, `… ๒๕๒๒ เวลา ๐๙.๐๐ – ๑๒.๐๐ น.`, are repaired as the one date they are.)
        guard let s = d.start, let e = d.end, s.hasDate, e.hasDate, s.year == e.year, s.month != e.month || s.day != e.day,
              d.thaiDigits else { return nil }
        var end = d
        end.kind = .date
        end.start = FoundDate.DateTime(year: e.year, month: e.month, day: e.day)
        end.end = nil
        end.printedDay = e.day
        end.printedMonth = e.month
        end.printedYear = ThaiCalendar.buddhistYear(gregorianYear: e.year, month: e.month)
        end.printedWeekday = nil
        end.trailingYearDigits = nil
        end.repair = nil
        let r = repairReading(end, evidenceYear: evidenceYear, ocr: true)
        guard r.repair != nil, r.isValid, let fixed = r.start, fixed.month == e.month, fixed.day == e.day, fixed.year != e.year else { return nil }
        var out = d
        out.start = FoundDate.DateTime(year: fixed.year, month: s.month, day: s.day, hour: s.hour, minute: s.minute)
        out.end = FoundDate.DateTime(year: fixed.year, month: e.month, day: e.day, hour: e.hour, minute: e.minute)
        out.repair = r.repair
        return out
    }

    private static func repairReading(_ d: FoundDate, evidenceYear: Int?, ocr: Bool) -> FoundDate {
        if ocr, let e = evidenceYear, let repaired = repairOCR(d, evidenceYear: e) { return repaired }
        guard d.hasDate, let month = d.printedMonth ?? d.start?.month, let day0 = d.printedDay ?? d.start?.day else { return d }
        // The printed year's digits: the scanner's year, or digits it could not take (five of them).
        var yearDigits: [Int]? = d.trailingYearDigits
        if yearDigits == nil, let py = d.printedYear, py >= 1000 { yearDigits = digits(py) }
        guard let yds = yearDigits else { return d }
        let printedBE = yds.count == 4 ? value(yds) : nil
        let currentYear = d.start?.year ?? printedBE.map { gregorian(be: $0, month: month) }
        let isCE = d.start != nil && printedBE != nil && d.start!.year == printedBE!
        if isCE { return d }   // ค.ศ. dates are not OCR-repaired here
        let yearFits: (Int) -> Bool = { y in
            if let e = evidenceYear { return abs(y - e) <= 1 }
            return !d.thaiDigits || recentYears.contains(y)
        }
        let weekdayWrong: Bool = {
            guard let w = d.printedWeekday, d.isValid, let s = d.start else { return false }
            return weekday(s.year, s.month, s.day) != w
        }()
        let yearDoubtful = currentYear.map { !yearFits($0) } ?? true
        guard !d.isValid || yearDoubtful || weekdayWrong else { return d }

        let dayOptions: [(Int, Int)] = [(day0, 0)] + alternatives(ofDigits: digits(day0), maxSwaps: 1).map { ($0, 1) }
        var fits: [(y: Int, d: Int, edits: Int)] = []
        for (be, ye) in yearReadings(yds) {
            let gy = gregorian(be: be, month: month)
            guard yearFits(gy) else { continue }
            for (dd, de) in dayOptions where isValid(gy, month, dd) {
                if let w = d.printedWeekday, weekday(gy, month, dd) != w { continue }
                fits.append((gy, dd, ye + de))
            }
        }
        // The year's digits are past reading, but the printed weekday and the document's year pin it:
        // of the years next to the evidence, only one puts this day on that weekday.
        if fits.isEmpty, let w = d.printedWeekday, let e = evidenceYear {
            for y in (e - 1)...(e + 1) where isValid(y, month, day0) && weekday(y, month, day0) == w {
                fits.append((y, day0, 3))
            }
        }
        var out = d
        let bestEdits = fits.map(\.edits).min()
        let best = fits.filter { $0.edits == bestEdits }
        let distinct = Set(best.map { "\($0.y)-\($0.d)" })
        if let b = best.first, distinct.count == 1, b.edits == 0, !d.isValid {
            // Read as printed (a damaged month name the loose reader recognised): valid now.
            out.start = FoundDate.DateTime(year: b.y, month: month, day: b.d, hour: d.start?.hour, minute: d.start?.minute)
            out.problem = nil
        } else if let b = best.first, distinct.count == 1, b.edits > 0 {
            out.start = FoundDate.DateTime(year: b.y, month: month, day: b.d, hour: d.start?.hour, minute: d.start?.minute)
            out.problem = nil
            let evidence = evidenceYear.map { "the document's year \($0)" } ?? "a current year"
            out.repair = "OCR digits repaired: printed \(d.text)\(d.trailingYearDigits != nil ? " " + d.trailingYearDigits!.map(String.init).joined() : "") read as \(FoundDate.isoDate(b.y, month, b.d)) (look-alike digits; fits \(evidence)\(d.printedWeekday != nil ? " and the printed weekday" : ""))"
        } else if d.isValid {
            if yearDoubtful {
                out.repair = "implausible year \(currentYear!): far from \(evidenceYear.map { "the document's other dates (\($0))" } ?? "current paperwork"); possibly misread digits"
            } else if weekdayWrong {
                out.repair = "the printed weekday does not match the date; possibly misread digits"
            }
        } else if !fits.isEmpty {
            out.repair = "the printed date cannot be read: \(distinct.count) readings fit equally (\(distinct.sorted().joined(separator: ", ")))"
        }
        return out
    }

    // MARK: OCR pages

    /// The most a printed year may differ from its reading (two look-alike swaps, or a lost digit
    /// and a swap): farther than this, the printed year is left as it is and flagged.
    static let ocrYearTolerance = 1.2
    /// What a printed weekday adds to it: one in seven readings passes a weekday by accident.
    static let weekdayTolerance = 0.8

    /// Reads a date on an OCR'd page against the document's year `evidenceYear` (CE): the year is
    /// the one of evidence−1 … evidence+1 nearest to the printed digits (ties to the document's
    /// year), the day as printed, or the nearest by OCR digit distance when the printed day does not
    /// exist or a printed weekday demands another. Nil when the date has no printed year digits (the
    /// general rules apply then).
    static func repairOCR(_ d: FoundDate, evidenceYear e: Int) -> FoundDate? {
        guard d.hasDate, let month = d.printedMonth ?? d.start?.month, let day0 = d.printedDay ?? d.start?.day else { return nil }
        var yds = d.trailingYearDigits
        if yds == nil, let py = d.printedYear, py >= 10 { yds = OcrDigitDistance.digits(py) }
        guard let printed = yds, printed.count >= 2 else { return nil }
        let isCE = d.start != nil && d.printedYear != nil && d.start!.year == d.printedYear!
        if isCE { return nil }
        let p = YearEvidence.PrintedYear(digits: printed, month: month, day: day0, weekday: d.printedWeekday)
        let evidenceBE = e + 543
        // Readings: each candidate year with each day option; the weekday, when printed, must agree.
        // Days: as printed, or near it by OCR digit distance (๑๒๐ is ๑๖ with ๖ read as ๒๐).
        let printedDay = digits(day0)
        let dayPrintable = day0 >= 1 && day0 <= 31
        var dayOptions: [(Int, Double)] = []
        for dd in 1...31 {
            let c = OcrDigitDistance.cost(printed: printedDay, intended: digits(dd))
            if c <= 0.9 { dayOptions.append((dd, c)) }
        }
        var readings: [(be: Int, y: Int, d: Int, cost: Double)] = []
        for (be, yc, ranked) in YearEvidence.costsAround(p, evidenceBE: evidenceBE) {
            // A printed weekday must agree with every reading, so it allows a farther year.
            guard yc <= ocrYearTolerance + (d.printedWeekday != nil ? weekdayTolerance : 0) else { continue }
            let gy = gregorian(be: be, month: month)
            for (dd, dc) in dayOptions where isValid(gy, month, dd) {
                if let w = d.printedWeekday, weekday(gy, month, dd) != w { continue }
                // A day other than the printed one only when the weekday demands it or no such day exists.
                if dc > 0, d.printedWeekday == nil, dayPrintable { continue }
                readings.append((be, gy, dd, ranked + dc))
            }
        }
        var out = d
        let printedText = d.text + (d.trailingYearDigits != nil && d.printedYear == nil ? " " + printed.map(String.init).joined() : "")
        guard let best = readings.min(by: { $0.cost < $1.cost }) else {
            // Nothing near the document's year: leave the date as printed, flagged.
            if d.isValid, let s = d.start, abs(s.year - e) > 1 {
                out.repair = "implausible year \(s.year): far from the document's year \(e); possibly misread digits"
            } else if d.isValid, let w = d.printedWeekday, let s = d.start, weekday(s.year, s.month, s.day) != w {
                out.repair = "the printed weekday does not match the date; possibly misread digits"
            }
            return out
        }
        let rivals = readings.filter { $0.cost - best.cost < 0.1 && ($0.y != best.y || $0.d != best.d) }
        if !rivals.isEmpty {
            let all = ([best] + rivals).map { FoundDate.isoDate($0.y, month, $0.d) }
            out.start = nil
            out.problem = "the printed year cannot be read: \(all.count) readings fit equally"
            out.repair = "the printed date cannot be read: \(all.count) readings fit equally (\(Set(all).sorted().joined(separator: ", ")))"
            return out
        }
        let unchanged = d.isValid && d.start?.year == best.y && d.start?.day == best.d
        out.start = FoundDate.DateTime(year: best.y, month: month, day: best.d, hour: d.start?.hour, minute: d.start?.minute)
        out.problem = nil
        // A range's end printed in the same year moves with its start.
        if var end = d.end, end.hasDate, let s = d.start, end.year == s.year {
            // A same-day time range (`… ๑๓.๓๐ – ๑๖.๓๐ น.`) ends on the day its start was read as.
            if end.month == s.month && end.day == s.day { end.day = best.d }
            end.year = best.y
            out.end = end
        }
        if !unchanged {
            out.repair = "OCR digits repaired: printed \(printedText) read as \(FoundDate.isoDate(best.y, month, best.d)) (OCR digit distance \(String(format: "%.1f", best.cost)) to the document's year \(evidenceBE)\(d.printedWeekday != nil ? ", and the printed weekday agrees" : ""))"
        }
        return out
    }

    // MARK: OCR times

    /// Hours an office meeting or event may start or end at; an hour outside is likely misread.
    static let officeHours = 6...21

    /// Hours at which Thai offices usually open a meeting: after the working day has begun at
    /// 08.30, in the morning or after the lunch hour. Used only to choose between equally near
    /// readings of a misread start hour, never to change an hour that was read.
    static let usualStartHours: Set<Int> = [9, 10, 13, 14]

    /// Checks the hours of a time on an OCR'd page: an hour outside office hours (tesseract read
    /// ๐๙.๓๐ as ๐๕.๓๐) is read again by look-alike digits when exactly one reading falls within
    /// them. When several are equally near, a start hour takes the one reading at which meetings
    /// usually start (๐๕ is ๐๘ or ๐๙: 09, with a warning naming the other); otherwise, or when
    /// none fits, the hour is dropped and the date stands alone, with a warning.
    static func repairTimeOCR(_ d: FoundDate) -> FoundDate {
        var out = d
        var notes: [String] = []
        func check(_ t: FoundDate.DateTime?, isStart: Bool) -> FoundDate.DateTime?? {
            guard let t, let h = t.hour, !officeHours.contains(h) else { return .none }
            let printed = h < 10 ? [0, h] : digits(h)
            var costs: [(hour: Int, cost: Double)] = []
            for candidate in officeHours {
                let c = candidate < 10 ? [0, candidate] : digits(candidate)
                let cost = OcrDigitDistance.cost(printed: printed, intended: c)
                if cost <= 0.5 { costs.append((candidate, cost)) }
            }
            // The nearest readings; two equally near (๕ is as often a misread ๘ as a ๙) say nothing.
            let nearest = costs.map(\.cost).min()
            let readings = costs.filter { $0.cost == nearest }.map(\.hour)
            var fixed = t
            let usual = readings.filter { usualStartHours.contains($0) }
            if readings.count == 1 {
                fixed.hour = readings[0]
                notes.append("OCR digits repaired: hour \(h) read as \(readings[0]) (look-alike digits; office hours)")
            } else if isStart, usual.count == 1 {
                fixed.hour = usual[0]
                let others = readings.filter { $0 != usual[0] }.map { String(format: "%02d", $0) }.joined(separator: " or ")
                notes.append("OCR digits repaired: hour \(h) read as \(usual[0]), the usual hour to start a meeting; the digits fit \(others) as well: check the scan")
            } else {
                fixed.hour = nil
                fixed.minute = nil
                notes.append("implausible hour \(h) for an office meeting; possibly misread digits (\(readings.isEmpty ? "no reading fits" : readings.map { "\($0):xx" }.joined(separator: " or "))): time left out")
            }
            return .some(fixed)
        }
        if case .some(let s) = check(d.start, isStart: true) { out.start = s }
        if case .some(let e) = check(d.end, isStart: false) { out.end = e }
        if !notes.isEmpty { out.repair = notes.joined(separator: "; ") }
        return out
    }
}
