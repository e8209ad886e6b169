import Foundation
import SarabanCore
import ThaiText
import ThaiDates

/// Deadlines, meetings and requirements found in running text: every deadline clause with its
/// date and the action due, meeting dates with time and place, frequencies as RRULEs, and
/// quantities such as the minimum number of members.
enum ClauseExtractor {
    /// Deadline markers, longest first; the date follows each.
    /// A window that closes on a day (`…ได้ตั้งแต่บัดนี้ถึงวันที่ ๑๖ กุมภาพันธ์ ๒๕๖๗`, `…ได้จนถึงวันที่ …`:
    /// may be done until) is a deadline too; `ถึงวันที่` alone is not (`ตั้งแต่วันที่ ๑ ถึงวันที่ ๕`: a range).
    static let deadlineMarkers = ["ให้แล้วเสร็จภายในวันที่", "ให้เสร็จสิ้นภายในวันที่", "ให้แล้วเสร็จภายใน", "ให้เสร็จสิ้นภายใน",
                                  "ตั้งแต่บัดนี้เป็นต้นไปจนถึงวันที่", "ตั้งแต่บัดนี้จนถึงวันที่", "ตั้งแต่บัดนี้ จนถึงวันที่",
                                  "ตั้งแต่บัดนี้ถึงวันที่", "ตั้งแต่บัดนี้ ถึงวันที่", "ได้จนถึงวันที่", "ได้ถึงวันที่", "ได้จนถึง",
                                  // A time first, then its day: `ก่อนเวลา ๑๖.๓๐ น. ของวันที่ ๒๘ มีนาคม ๒๕๖๘`.
                                  "ภายในเวลา", "ก่อนเวลา",
                                  "ภายในวันที่", "ก่อนวันที่", "ไม่เกินวันที่", "ไม่เกิน", "ภายใน"]

    /// `text.contains(needle)` as Foundation answers it (ThaiScalarSearch).
    static func has(_ text: String, _ needle: String) -> Bool { ThaiScalarSearch.contains(needle, in: text) }

    /// `has(text, "ประชุม") || has(text, "เชิญ")`, the paragraph checked once.
    static let meetingWords = ["ประชุม", "เชิญ"]

    /// `text.range(of: needle)` as Foundation answers it (ThaiScalarSearch).
    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? { ThaiScalarSearch.range(of: needle, in: text) }

    static let requirementMarkers = ["อย่างน้อย", "ไม่น้อยกว่า", "ไม่ต่ำกว่า"]

    static func deadlines(in text: String, scalars: [Unicode.Scalar]? = nil, documentDate: String?, ctx: inout ExtractionContext, line: Int) {
        let dates = ctx.dates(in: text)
        let u = scalars ?? ScalarString.scalars(text)
        var consumedUpTo = 0
        for marker in findMarkers(u) {
            guard marker.start >= consumedUpTo else { continue }
            var after = marker.end
            var window = 8
            // A time before the day (`ก่อนเวลา ๑๖.๓๐ น. ของวันที่ …`): the date follows the time and ของ.
            if markerEnds(u, marker, with: timeWord),
               let t = dates.first(where: { $0.range.lowerBound >= after && $0.range.lowerBound <= after + 2 && !$0.hasDate }) {
                after = t.range.upperBound
                window = 14
            }
            // Absolute: a date begins right after the marker (allowing spaces and วันที่).
            if let d = dates.first(where: { $0.range.lowerBound >= after && $0.range.lowerBound <= after + window && $0.hasDate }) {
                let (clause, action) = clauseAndAction(u, from: consumedUpTo, marker: marker.start, to: min(u.count, d.range.upperBound))
                let index = ctx.record.deadlines.count
                // On an OCR'd page a deadline whose year digits say nothing (๒๕๒๑๒) still has its day
                // and month: a deadline falls after the document's date, so it is the first such day after it.
                // So does one printed without a year (`ภายในวันที่ ๑๖ กุมภาพันธ์ นี้`).
                let noYear = !d.isValid && d.printedYear == nil
                let afterDocument = (ctx.ocr || noYear) && !d.isValid ? firstDayAfter(documentDate, month: d.printedMonth, day: d.printedDay) : nil
                ctx.record.deadlines.append(Deadline(date: d.isValid ? d.isoDate : afterDocument, text: clause, action: action))
                ctx.trace("deadlines[\(index)]", line: line)
                if let r = d.repair { ctx.warn(r.hasThaiPrefix("OCR") ? "ocr_date_repaired" : "implausible_date", r, text: d.text, field: "deadlines[\(index)].date") }
                // What the date reader doubted (`๒๙/๓/๖๗`: a two-digit year; a printed weekday that does
                // not fit) is said on the deadline too.
                // (A missing year is said below, with the year taken.)
                for w in d.warnings where w.code != "missing_year" { ctx.warn(w.code, w.message, text: d.text, field: "deadlines[\(index)].date") }
                if let a = afterDocument, noYear, !ctx.ocr {
                    ctx.warn("inferred_year", "no year is printed; the first \(a.dropFirst(5)) after the document's date \(documentDate!) is taken, as a deadline follows its letter", text: d.text, field: "deadlines[\(index)].date")
                } else if let a = afterDocument {
                    ctx.warn("ocr_date_repaired", "the year's digits cannot be read; the first \(a.dropFirst(5)) after the document's date \(documentDate!) is taken, as a deadline follows its letter", text: d.text, field: "deadlines[\(index)].date")
                } else if !d.isValid {
                    ctx.warn("invalid_date", "the deadline's date does not exist: \(d.problem ?? "invalid")", text: d.text, field: "deadlines[\(index)].date")
                }
                consumedUpTo = d.range.upperBound
                continue
            }
            // On an OCR'd page a date whose day is unreadable (`ภายในวันที่ « กุมภาพันธ์ ๒๕๖๗`): the
            // deadline is kept, its date null with the reason, rather than lost.
            if ctx.ocr, endsWithDayLabel(u, marker), let md = MonthOnlyDate.afterSpeck(u, from: after) {
                let (clause, action) = clauseAndAction(u, from: consumedUpTo, marker: marker.start, to: md.end)
                let index = ctx.record.deadlines.count
                ctx.record.deadlines.append(Deadline(date: nil, text: clause, action: action))
                ctx.trace("deadlines[\(index)]", line: line)
                ctx.warn("unreadable_date", "the deadline's day could not be read (month \(md.month)); no date is set", text: clause, field: "deadlines[\(index)].date")
                consumedUpTo = md.end
                continue
            }
            // A month only: ภายในเดือนตุลาคม ๒๕๖๖ (due by its last day).
            if endsWithin(u, marker), let md = MonthOnlyDate.read(u, from: after) {
                let (clause, action) = clauseAndAction(u, from: consumedUpTo, marker: marker.start, to: md.end)
                let index = ctx.record.deadlines.count
                let docYear = documentDate.flatMap { Int($0.prefix(4)) }
                // A printed year is taken when it is plausible; on an OCR'd page it must be next to the
                // document's year, else (and when none is printed) the month's next end after the document.
                var year = md.year
                if let y = year, ctx.ocr, let e = ctx.evidenceYear ?? docYear, abs(y - e) > 1 { year = nil }
                var iso: String? = nil
                if let y = year {
                    iso = MonthOnlyDate.lastDay(year: y, month: md.month)
                } else if let doc = documentDate, let y = docYear {
                    let sameYear = MonthOnlyDate.lastDay(year: y, month: md.month)
                    iso = sameYear >= doc ? sameYear : MonthOnlyDate.lastDay(year: y + 1, month: md.month)
                }
                ctx.record.deadlines.append(Deadline(date: iso, text: clause, action: action))
                ctx.trace("deadlines[\(index)]", line: line)
                let printedYear = md.year == nil ? "no year is printed, so the month's end after the document's date" : (year == nil ? "the printed year is unreadable, so the month's end after the document's date" : "")
                ctx.warn("month_deadline", "the deadline names a month only; its last day \(iso ?? "(unknown: the document has no date)") is taken" + (printedYear.isEmpty ? "" : " (\(printedYear))"),
                         text: clause, field: "deadlines[\(index)].date")
                consumedUpTo = md.end
                continue
            }
            // A fiscal period: ภายในไตรมาสที่ ๓ ของปีงบประมาณ พ.ศ. ๒๕๖๘, ภายในสิ้นปีงบประมาณ ๒๕๖๘ (due by its last day).
            if endsWithin(u, marker), let fp = FiscalPeriod.read(u, from: after) {
                let (clause, action) = clauseAndAction(u, from: consumedUpTo, marker: marker.start, to: fp.end)
                let index = ctx.record.deadlines.count
                // The printed fiscal year, when plausible (on an OCR'd page next to the document's
                // year); else the fiscal year the document is dated in.
                var fy = fp.fiscalYearBE
                let documentFY = documentDate.flatMap(FiscalPeriod.fiscalYearBE(of:))
                if let y = fy, ctx.ocr, let d = documentFY, abs(y - d) > 1 { fy = nil }
                let iso = (fy ?? documentFY).map { FiscalPeriod.lastDay(quarter: fp.quarter, fiscalYearBE: $0) }
                ctx.record.deadlines.append(Deadline(date: iso, text: clause, action: action))
                ctx.trace("deadlines[\(index)]", line: line)
                let period = fp.quarter.map { "quarter \($0) of the fiscal year" } ?? "the fiscal year"
                let yearNote = fy == nil ? " (no readable fiscal year is printed: the one the document is dated in)" : ""
                ctx.warn("fiscal_deadline", "the deadline names \(period) (1 October – 30 September); its last day \(iso ?? "(unknown: the document has no date)") is taken\(yearNote)",
                         text: clause, field: "deadlines[\(index)].date")
                consumedUpTo = fp.end
                continue
            }
            // Relative: ภายใน ๗ วัน (นับแต่|นับจาก)วันที่ได้รับหนังสือ…
            if let rel = relativeDays(u, from: after, ocr: ctx.ocr) {
                let (clause, action) = clauseAndAction(u, from: consumedUpTo, marker: marker.start, to: rel.end)
                let index = ctx.record.deadlines.count
                var iso: String? = nil
                // What the days count from: receipt of the letter unless the text names another point,
                // which may be the document's own date (`นับแต่วันที่ลงนามในคำสั่งนี้`, `…ลงในหนังสือนี้`).
                // Only where the phrase points at this document (นี้): `…ลงนามในสัญญา` is another date.
                // In minutes, `นับแต่วันประชุม` counts from the meeting minuted, which is their date.
                let ownDate = rel.from.map { f in (has(f, "นี้") || has(f, "นี่")) && ["ลงนาม", "ลงใน", "ของหนังสือ", "ของคำสั่ง"].contains { has(f, $0) }
                    || ctx.record.kind == .minutes && has(f, "วันประชุม") && !has(f, "ครั้งต่อไป") } ?? false
                let point = rel.from.map { "the day the text counts from (\($0))" } ?? "the day of receipt"
                let unit = rel.workingDays ? "working days" : "days"
                // Receipt of this document (`นับแต่วันที่ได้รับคำสั่งนี้`) is counted from its date, as receipt is.
                // Compared without marks, which OCR drops (`นับแต่วันทิได้รับคำสังนี`).
                let receipt = rel.from.map { f in
                    let bare = ThaiTextShim.withoutMarks(f)
                    return has(bare, receiptWordBare) && receiptObjectsBare.contains { has(bare, $0) }
                } ?? true
                if rel.workingDays || !(receipt || ownDate) {
                    // Working days depend on holidays; an event's day (`นับแต่วันที่ผู้รับจ้างส่งมอบงาน`)
                    // is not in the document. No date rather than a guess.
                    let why = rel.workingDays ? "which days are working days depends on holidays" : "\(point) is not in the document"
                    ctx.warn("relative_deadline", "deadline \(rel.days) \(unit) from \(point); \(why), so no date is set", text: clause, field: "deadlines[\(index)].date")
                } else if let base = documentDate, let date = addDays(base, rel.days) {
                    iso = date
                    let message = ownDate
                        ? "deadline \(rel.days) days from the document's own date \(base), as the text says (\(rel.from!))"
                        : "deadline \(rel.days) days, counted from the document date \(base) (\(point) is not known)"
                    ctx.warn("relative_deadline", message, text: clause, field: "deadlines[\(index)].date")
                } else {
                    ctx.warn("relative_deadline", "deadline \(rel.days) days from \(point); the document date is not known", text: clause, field: "deadlines[\(index)].date")
                }
                if let letter = rel.lookalike {
                    ctx.warn("ocr_digit_repaired", "the count of days printed as the letter \(letter) is read as \(rel.days), the digit OCR prints so", text: clause, field: "deadlines[\(index)].date")
                }
                ctx.record.deadlines.append(Deadline(date: iso, text: clause, action: action))
                ctx.trace("deadlines[\(index)]", line: line)
                consumedUpTo = rel.end
            }
        }
        // Not only after the markers' clauses: a window may come first in the paragraph.
        windows(u, dates: dates, ctx: &ctx, line: line)
    }

    /// Receipt of this document (`ได้รับ` + `หนังสือ`/`คำสั่ง`/…) in a relative deadline's counted-from
    /// phrase, without marks.
    static let receiptWordBare = ThaiTextShim.withoutMarks("ได้รับ")
    static let receiptObjectsBare = ["หนังสือ", "คำสั่ง", "ประกาศ", "บันทึก"].map(ThaiTextShim.withoutMarks)

    /// Verbs of handing something in, whose window (`ตั้งแต่วันที่ ๑ – ๑๓ กันยายน ๒๕๖๖`) closes on a day.
    static let submissionVerbs = ["ยื่น", "ส่ง", "สมัคร", "ลงทะเบียน", "แจ้งความประสงค์", "ลงชื่อ"].map { Array($0.unicodeScalars) }
    static let windowOpeners = ["ตั้งแต่", "ระหว่าง"].map { Array($0.unicodeScalars) }

    /// A window for handing something in (`ให้ยื่นใบสมัครด้วยตนเอง… ตั้งแต่วันที่ ๑ – ๑๓ กันยายน ๒๕๖๖`): a
    /// range of days opened by ตั้งแต่/ระหว่าง, with a submission verb before it in its clause, is due
    /// by the range's last day (`window_deadline`). An event's days (`จัดงานระหว่างวันที่ …`) are not.
    static func windows(_ u: [Unicode.Scalar], dates: [FoundDate], ctx: inout ExtractionContext, line: Int) {
        for d in dates where d.kind == .range && d.isValid {
            guard let end = d.end, end.hasDate else { continue }
            let lead = max(0, d.range.lowerBound - 14)
            guard let opener = (lead..<d.range.lowerBound).first(where: { k in windowOpeners.contains { DeadlineAction.starts(u, at: k, end: d.range.lowerBound, with: $0) } }) else { continue }
            let (clauseStart, _) = DeadlineAction.locate(u, floor: max(0, opener - 160), end: opener)
            guard submissionVerbs.contains(where: { v in (clauseStart..<opener).contains { DeadlineAction.starts(u, at: $0, end: opener, with: v) } }) else { continue }
            let (clause, action) = clauseAndAction(u, from: max(0, opener - 160), marker: opener, to: d.range.upperBound)
            let index = ctx.record.deadlines.count
            let iso = FoundDate.isoDate(end.year, end.month, end.day)
            ctx.record.deadlines.append(Deadline(date: iso, text: clause, action: action))
            ctx.trace("deadlines[\(index)]", line: line)
            ctx.warn("window_deadline", "a window for handing in closes on \(iso): its last day is taken as the deadline", text: d.text, field: "deadlines[\(index)].date")
        }
    }

    /// The first date with this month and day on or after `documentDate` (ISO), within a year.
    static func firstDayAfter(_ documentDate: String?, month: Int?, day: Int?) -> String? {
        guard let doc = documentDate, let m = month, let d = day, let y = Int(doc.prefix(4)) else { return nil }
        for year in [y, y + 1] where DateRepair.isValid(year, m, d) {
            let iso = FoundDate.isoDate(year, m, d)
            if iso >= doc { return iso }
        }
        return nil
    }

    /// The deadline's clause (from its opening to `end`) and its action (`DeadlineAction`), nil when empty.
    static func clauseAndAction(_ u: [Unicode.Scalar], from floor: Int, marker: Int, to end: Int) -> (clause: String, action: String?) {
        let (clauseStart, actionStart) = DeadlineAction.locate(u, floor: floor, end: marker)
        var action = String(String.UnicodeScalarView(u[actionStart..<marker])).trimmingCharactersIn(" ,")
        // How late, not what is due (`… อย่างช้าไม่เกินวันที่`, `… ได้ตั้งแต่บัดนี้ถึงวันที่`).
        for tail in actionTails where action.unicodeScalars.count > tail.count && action.unicodeScalars.reversed().starts(with: tail.reversed()) {
            action = String(String.UnicodeScalarView(action.unicodeScalars.dropLast(tail.count))).trimmingCharactersIn(" ,")
            break
        }
        let clause = String(String.UnicodeScalarView(u[clauseStart..<end])).trimmingCharactersIn(" ")
        return (clause, action.isEmpty ? nil : action)
    }

    static let actionTails = ["อย่างช้าที่สุด", "อย่างช้า", "ได้"].map { Array($0.unicodeScalars) }

    /// A marker that bounds a period (`ภายใน`, `ให้แล้วเสร็จภายใน`, `ไม่เกิน`), not a day (`ก่อนวันที่`).
    static func endsWithin(_ u: [Unicode.Scalar], _ marker: (start: Int, end: Int)) -> Bool {
        markerEnds(u, marker, with: within) || u[marker.start..<marker.end].elementsEqual(notLater)
    }

    /// A marker that names a day (`ภายในวันที่`, `ก่อนวันที่`, `ไม่เกินวันที่`).
    static func endsWithDayLabel(_ u: [Unicode.Scalar], _ marker: (start: Int, end: Int)) -> Bool {
        markerEnds(u, marker, with: dayLabel)
    }

    static func markerEnds(_ u: [Unicode.Scalar], _ marker: (start: Int, end: Int), with w: [Unicode.Scalar]) -> Bool {
        marker.end - marker.start >= w.count && DeadlineAction.starts(u, at: marker.end - w.count, end: marker.end, with: w)
    }

    private static let within = Array("ภายใน".unicodeScalars)
    private static let dayLabel = Array("วันที่".unicodeScalars)
    private static let notLater = Array("ไม่เกิน".unicodeScalars)

    /// The deadline markers as scalars, built once (findMarkers runs on every paragraph).
    private static let deadlineMarkerScalars = deadlineMarkers.map { Array($0.unicodeScalars) }
    static let timeWord = Array("เวลา".unicodeScalars)

    /// The scalars the markers open with (five: ใ ต ไ ภ ก).
    private static let deadlineMarkerFirsts: [Unicode.Scalar] = deadlineMarkerScalars.reduce(into: []) { out, f in
        if !out.contains(f[0]) { out.append(f[0]) }
    }

    static func findMarkers(_ u: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        var out: [(Int, Int)] = []
        var i = 0
        let forms = deadlineMarkerScalars
        while i < u.count {
            // Most scalars open no marker: tested against the few first scalars before the forms.
            guard deadlineMarkerFirsts.contains(u[i]) else { i += 1; continue }
            var matched = false
            for f in forms where i + f.count <= u.count && u[i] == f[0] {
                var k = 1
                while k < f.count, u[i + k] == f[k] { k += 1 }
                guard k == f.count else { continue }
                out.append((i, i + f.count)); i += f.count; matched = true; break
            }
            if !matched { i += 1 }
        }
        return out
    }

    /// A count after a marker (spaces first): digits (๗, 7) or number words (สามสิบ) read within
    /// `wordWindow` scalars; its value and the offset after it.
    static func count(_ u: [Unicode.Scalar], at start: Int, wordWindow: Int) -> (value: Int, end: Int)? {
        var i = start
        while i < u.count, u[i] == " " { i += 1 }
        var n = 0, any = false
        while i < u.count, let d = ThaiDigits.value(u[i]) { n = n * 10 + d; any = true; i += 1 }
        if any { return (n, i) }
        let rest = String(String.UnicodeScalarView(u[i..<min(u.count, i + wordWindow)]))
        guard let w = ThaiNumberWords.readPrefix(Substring(rest)) else { return nil }
        return (w.value, i + w.length)
    }

    /// `ภายใน ๗ วัน…`: the count of days and the clause's end. On an OCR'd page the count may be
    /// one letter tesseract prints for a digit (`ภายใน ฆ วันนับแต่…`): it is read as that digit
    /// where nothing but a count can stand, and returned as `lookalike` for the warning.
    /// `ภายใน ๕ วันทำการ…`: days the office works, which holidays decide; the clause keeps ทำการ.
    static let workingDayWord = Array("ทำการ".unicodeScalars)

    private static func relativeDays(_ u: [Unicode.Scalar], from start: Int, ocr: Bool)
        -> (days: Int, end: Int, lookalike: Unicode.Scalar?, from: String?, workingDays: Bool)? {
        var lookalike: Unicode.Scalar? = nil
        var found = count(u, at: start, wordWindow: 20)
        if found == nil, ocr {
            var k = start
            while k < u.count, u[k] == " " { k += 1 }
            // The letter alone: a space on each side (a word that opens with it is no count).
            if k + 1 < u.count, let d = LooseDateReader.digitLookalikeLetters[u[k]], u[k + 1] == " " {
                found = (d, k + 1)
                lookalike = u[k]
            }
        }
        guard let (n, afterNumber) = found else { return nil }
        var i = afterNumber
        while i < u.count, u[i] == " " { i += 1 }
        let rest = String(String.UnicodeScalarView(u[i..<min(u.count, i + 60)]))
        guard rest.hasThaiPrefix("วัน"), !rest.hasThaiPrefix("วันที่") else { return nil }
        var end = i + 3
        let workingDays = DeadlineAction.starts(u, at: end, end: u.count, with: workingDayWord)
        if workingDays { end += workingDayWord.count }
        // Keep the reference point (นับแต่วันที่ได้รับหนังสือนี้) in the clause text.
        let tail = String(String.UnicodeScalarView(u[end..<min(u.count, end + 50)]))
        for ref in ["นับแต่วันที่ได้รับหนังสือนี้", "นับแต่วันที่ได้รับหนังสือ", "นับจากวันที่ได้รับหนังสือนี้", "นับจากวันที่ได้รับหนังสือ",
                    " นับแต่วันที่ได้รับหนังสือนี้", " นับแต่วันที่ได้รับหนังสือ", " นับจากวันที่ได้รับหนังสือ"] where tail.hasThaiPrefix(ref) {
            end += ref.unicodeScalars.count
            return (n, end, lookalike, nil, workingDays)
        }
        // Another point to count from (`นับแต่วันที่ได้รับอนุมัติ`, `นับจากวันที่ลงนามในสัญญา`): kept in the
        // clause up to the next space, and named in the warning.
        let trimmedTail = tail.drop { $0 == " " }
        for opener in ["นับแต่", "นับจาก", "นับตั้งแต่"] where trimmedTail.hasThaiPrefix(opener) {
            var phrase = trimmedTail.prefix { $0 != " " }
            // `…ในคำสั่งนี้` ends the phrase even where OCR lost the space after it (its tone mark
            // may be misread: นี่).
            for this in ["นี้", "นี่"] {
                if let r = phrase.range(of: this) { phrase = phrase[..<r.upperBound]; break }
            }
            end += tail.unicodeScalars.count - trimmedTail.unicodeScalars.count + phrase.unicodeScalars.count
            return (n, end, lookalike, String(phrase), workingDays)
        }
        return (n, end, lookalike, nil, workingDays)
    }

    static func addDays(_ iso: String, _ days: Int) -> String? {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        let d = ThaiCalendar.date(daysSinceEpoch: ThaiCalendar.daysSinceEpoch(year: p[0], month: p[1], day: p[2]) + days)
        return FoundDate.isoDate(d.year, d.month, d.day)
    }

    // MARK: requirements

    /// Whether the text speaks of a meeting: ประชุม, also with the marks OCR drops and the spaces
    /// it puts inside words (ประชม, ป ระชุม).
    static func mentionsMeeting(_ u: [Unicode.Scalar]) -> Bool {
        let bare = u.filter { !ThaiLookalike.isMark($0.value) && $0 != " " }
        let word = Array("ประชม".unicodeScalars)
        guard bare.count >= word.count else { return false }
        for i in 0...(bare.count - word.count) where bare[i] == word[0] && bare[i..<i + word.count].elementsEqual(word) { return true }
        return false
    }

    /// `อย่างน้อย ๓๐ คน`, `ไม่น้อยกว่าสามสิบคน` → min_members; frequencies → meeting_frequency.
    static func requirements(in text: String, scalars: [Unicode.Scalar]? = nil, ctx: inout ExtractionContext, line: Int) {
        let u = scalars ?? ScalarString.scalars(text)
        // One marker found at scalars start..<end.
        func found(_ start: Int, _ end: Int) {
            guard let (n, afterNumber) = count(u, at: end, wordWindow: 30) else { return }
            var i = afterNumber
            while i < u.count, u[i] == " " { i += 1 }
            let unitText = String(String.UnicodeScalarView(u[i..<min(u.count, i + 6)]))
            if unitText.hasThaiPrefix("คน") || unitText.hasThaiPrefix("ราย") || unitText.hasThaiPrefix("ท่าน") {
                let phrase = String(String.UnicodeScalarView(u[start..<min(u.count, i + (unitText.hasThaiPrefix("ท่าน") ? 4 : 2))]))
                guard !ctx.record.requirements.contains(where: { $0.kind == "min_members" && $0.text == phrase }) else { return }
                ctx.record.requirements.append(Requirement(kind: "min_members", value: .number(n), unit: "people", text: phrase))
                ctx.trace("requirements[\(ctx.record.requirements.count - 1)]", line: line)
            }
        }
        for marker in requirementMarkers {
            for r in ThaiScalarSearch.matches(of: marker, in: text, scalars: u) { found(r.lowerBound, r.upperBound) }
        }
        let frequencies = Frequencies.find(in: text, scalars: u, ocr: ctx.ocr)
        // A meeting's frequency is set where a meeting is spoken of (`ให้มีการประชุม… เดือนละ ๑ ครั้ง`);
        // `ในช่วงเดือนมกราคมถึงมีนาคมของทุกปี` (every year's dust season) is no meeting.
        guard !frequencies.isEmpty, mentionsMeeting(u) else { return }
        for f in frequencies {
            guard !ctx.record.requirements.contains(where: { $0.kind == "meeting_frequency" && $0.value == .string(f.rrule) }) else { continue }
            ctx.record.requirements.append(Requirement(kind: "meeting_frequency", value: .string(f.rrule), unit: f.unit, text: f.text))
            ctx.trace("requirements[\(ctx.record.requirements.count - 1)]", line: line)
            // The place the meetings are held, after the frequency (and its time) or just before it.
            if let r = ThaiScalarSearch.range(of: f.text, in: text),
               var place = placeAfterWord(String(text[r.upperBound...])) ?? placeJustBefore(String(text[..<r.lowerBound])) {
                // The words that lead into the frequency are not the place's (`… ชั้น ๒ อย่างน้อยเดือนละ ๑ ครั้ง`).
                for lead in [" อย่างน้อย", " เป็นประจำ", " โดยประชุม"] where place.hasThaiSuffix(lead) {
                    place = String(String.UnicodeScalarView(place.unicodeScalars.dropLast(lead.unicodeScalars.count)))
                }
                ctx.recurringPlaces[f.rrule] = place
            }
            if let w = f.warning {
                ctx.warn(w.hasThaiPrefix("OCR digits") ? "ocr_digit_repaired" : "approximate_rrule", w, text: f.text, field: "requirements[\(ctx.record.requirements.count - 1)].value")
            }
            if f.spacingRepaired { ctx.warn("ocr_spacing_repaired", "read with the spaces OCR put inside words removed", text: f.text, field: "requirements[\(ctx.record.requirements.count - 1)]") }
        }
    }

    // MARK: meetings

    /// A meeting: a sentence about a meeting (ประชุม) with a date, optional time range and ณ place.
    static func meetings(in text: String, ctx: inout ExtractionContext, line: Int) {
        let mentionsMeeting = ThaiScalarSearch.containsAny(meetingWords, in: text)
        let found = ctx.dates(in: text)
        if ctx.ocr, mentionsMeeting, !found.contains(where: \.hasDate) { meetingWithUnreadableDay(in: text, ctx: &ctx, line: line) }
        let deadlineDates = Set(ctx.record.deadlines.compactMap(\.date))
        for (k, d) in found.enumerated() where d.hasDate {
            guard d.isValid, let start = d.isoStart else { continue }
            // Near a meeting word (before the date, within the sentence).
            let before = text.scalars(max(0, d.range.lowerBound - 160)..<d.range.lowerBound)
            // A meeting is named before its date; an event with a time and a place (ณ …) is one too.
            let hasTime = d.start?.hour != nil || (k + 1 < found.count && found[k + 1].start?.hasDate == false
                                                   && found[k + 1].range.lowerBound - d.range.upperBound <= 12)
            let namedBefore = mentionsMeeting && (has(before, "ประชุม") || has(before, "เชิญ"))
            let placeAfterIt = placeAfter(text.scalarsFrom(d.range.upperBound)) != nil
            guard namedBefore || (hasTime && placeAfterIt) else { continue }
            // The minutes of a past meeting put to the meeting for approval (`รับรองรายงานการประชุม
            // ครั้งที่ ๑/๒๕๖๗ เมื่อวันอังคารที่ ๑๓ กุมภาพันธ์ ๒๕๖๗`) name no meeting of this record.
            if has(before, "รับรองรายงานการประชุม") { continue }
            // In minutes, only a meeting after the one minuted (the next meeting) is new.
            if ctx.record.kind == .minutes, let own = ctx.record.date, let iso = d.isoDate, iso <= own { continue }
            // A date that dates a letter or bounds a deadline is not a meeting.
            let near = text.scalars(max(0, d.range.lowerBound - 20)..<d.range.lowerBound)
            if has(near, "ลงวันที่") || has(near, "ภายใน") || has(near, "ก่อน") || has(near, "ไม่เกิน") || has(near, "จนถึง") { continue }
            if deadlineDates.contains(d.isoDate ?? ""), !has(before, "ประชุม") { continue }
            var startISO = start
            var endISO = d.isoEnd
            // A time after the date (เวลา ๐๙.๓๐ – ๑๒.๐๐ น.) that the scanner reported separately; past a
            // registration time (`ลงทะเบียนเวลา ๐๘.๓๐ น. ประชุมเวลา ๐๙.๐๐ – ๑๒.๐๐ น.`), the meeting's.
            var timeIndex = k + 1
            if timeIndex + 1 < found.count, registration(text, before: found[timeIndex].range.lowerBound, after: d.range.upperBound),
               !(found[timeIndex + 1].start?.hasDate ?? true), found[timeIndex + 1].range.lowerBound - found[timeIndex].range.upperBound <= 30 {
                timeIndex += 1
            }
            var timeEnd: Int? = nil
            if d.kind == .date, timeIndex < found.count, found[timeIndex].kind == .time || found[timeIndex].kind == .range,
               timeIndex > k + 1 || timeFollows(text, from: d.range.upperBound, to: found[timeIndex].range.lowerBound),
               !(found[timeIndex].start?.hasDate ?? false),
               let t = found[timeIndex].start, let h = t.hour, let date = d.start {
                startISO = FoundDate.isoDateTime(date.year, date.month, date.day, h, t.minute ?? 0)
                if let e = found[timeIndex].end, let eh = e.hour {
                    endISO = FoundDate.isoDateTime(date.year, date.month, date.day, eh, e.minute ?? 0)
                }
                if timeIndex > k + 1 { timeEnd = found[timeIndex].range.upperBound }
            }
            // The time and place printed before the date they belong to (`ประชุมทุกวันจันทร์แรกของเดือน
            // เวลา ๐๙.๓๐ – ๑๑.๓๐ น. ณ ห้องประชุม… เริ่มตั้งแต่วันจันทร์ที่ ๓ กุมภาพันธ์ ๒๕๖๘`).
            var placeBefore: String? = nil
            if d.kind == .date, d.start?.hour == nil, startISO.count == 10, k > 0, let date = d.start,
               found[k - 1].kind == .time || found[k - 1].kind == .range, !(found[k - 1].start?.hasDate ?? false),
               let t = found[k - 1].start, let h = t.hour,
               d.range.lowerBound - found[k - 1].range.upperBound <= 120, d.range.lowerBound >= found[k - 1].range.upperBound,
               !(k + 1 < found.count && found[k + 1].start?.hasDate == false && timeFollows(text, from: d.range.upperBound, to: found[k + 1].range.lowerBound)) {
                startISO = FoundDate.isoDateTime(date.year, date.month, date.day, h, t.minute ?? 0)
                if let e = found[k - 1].end, let eh = e.hour {
                    endISO = FoundDate.isoDateTime(date.year, date.month, date.day, eh, e.minute ?? 0)
                }
                // Up to the date, less the ใน / ในวัน… that leads into it.
                placeBefore = placeAfter(text.scalars(found[k - 1].range.upperBound..<d.range.lowerBound)).map { p in
                    p.hasThaiSuffix(" ใน") ? String(String.UnicodeScalarView(p.unicodeScalars.dropLast(3))).trimmingCharactersIn(" ") : p
                }
            }
            let after = text.scalarsFrom(timeEnd ?? d.range.upperBound)
            let place = placeAfter(after) ?? placeBefore ?? placeJustBefore(text.scalars(max(0, d.range.lowerBound - 120)..<d.range.lowerBound))
            let sentence = text.trimmingCharactersIn(" ")
            guard !ctx.record.meetings.contains(where: { $0.start == startISO }) else { continue }
            let index = ctx.record.meetings.count
            // A meeting cannot end before it starts (`๑๓.๓๐ – ๑๒.๓๐ น.`: OCR read ๑๖ as ๑๒, or a typing
            // slip): the end is left out, with the printed text. Both carry the same offset, so the
            // ISO strings compare in time order.
            // On an OCR'd page one look-alike digit of the end's hour that alone puts it after the start
            // is the reading taken, as for minutes' closing time (`๑๓.๓๐ – ๑๐.๐๐ น.`, ๑๖ read as ๑๐).
            var reversedEnd: String? = nil, repairedEnd: String? = nil
            if let e = endISO, e.count == startISO.count, e < startISO {
                if ctx.ocr, let fixed = MinutesExtractor.laterClosing(start: startISO, end: e) {
                    repairedEnd = e; endISO = fixed
                } else {
                    reversedEnd = e; endISO = nil
                }
            }
            ctx.record.meetings.append(Meeting(start: startISO, end: endISO, place: place, text: sentence))
            if let e = reversedEnd {
                ctx.warn("range_reversed", "the meeting's end \(e) is before its start \(startISO); the end is left out", text: d.text, field: "meetings[\(index)].end")
            }
            if let e = repairedEnd, let fixed = endISO {
                ctx.warn("ocr_time_repaired", "the end \(e) is before the start \(startISO); one look-alike digit of its hour read otherwise gives \(fixed), the only such reading",
                         text: d.text, field: "meetings[\(index)].end")
            }
            ctx.trace("meetings[\(index)]", line: line)
            if let r = d.repair { ctx.warn(r.hasThaiPrefix("OCR") ? "ocr_date_repaired" : "implausible_date", r, text: d.text, field: "meetings[\(index)].start") }
            if k + 1 < found.count, found[k + 1].start?.hasDate == false, let r = found[k + 1].repair {
                ctx.warn(r.hasThaiPrefix("OCR") ? "ocr_time_repaired" : "implausible_time", r, text: found[k + 1].text, field: "meetings[\(index)].start")
            }
            for w in d.warnings where w.code.contains("weekday") || w.code.hasSuffix("_year") && w.code != "missing_year" || w.code == "invalid_end_time" {
                ctx.warn(w.code, w.message, text: d.text, field: "meetings[\(ctx.record.meetings.count - 1)].start")
            }
        }
    }

    /// A meeting given as labelled lines, as invitations print it (`วันที่  วันอังคารที่ ๑๘ กุมภาพันธ์
    /// ๒๕๖๘` / `เวลา  ๐๙.๓๐ – ๑๒.๐๐ น.` / `สถานที่  ห้องประชุม…`, with or without colons, on lines of their
    /// own or on one): each block as one sentence the meeting reader knows, `วันที่ … เวลา … ณ …`
    /// (no meeting had been read from it). The date line must be followed by the time line.
    static func labelledMeetingBlocks(_ paragraphs: [(text: String, first: Int)]) -> [(text: String, first: Int)] {
        var out: [(text: String, first: Int)] = []
        for (k, p) in paragraphs.enumerated() {
            var parts: [String]
            if let date = afterLabel(p.text, dateLabels), k + 1 < paragraphs.count, labelRange(in: date, placeLabels) == nil,
               let time = afterLabel(paragraphs[k + 1].text, ["เวลา"]) {
                parts = [date, "เวลา", time]
                if k + 2 < paragraphs.count, let place = afterLabel(paragraphs[k + 2].text, placeLabels) { parts += ["ณ", place] }
            } else if let place = labelRange(in: p.text, placeLabels),
                      let time = ThaiScalarSearch.range(of: "เวลา", in: p.text), time.upperBound <= place.lowerBound {
                // All on one line (`วันอังคารที่ … เวลา … สถานที่ …`): the place label read as ณ.
                parts = [String(p.text[..<place.lowerBound]), "ณ", String(p.text[place.upperBound...])]
            } else { continue }
            let text = parts.map { $0.trimmingCharactersIn(" :") }.joined(separator: " ")
            guard ThaiScalarSearch.contains("เวลา", in: text) else { continue }
            out.append((text, p.first))
        }
        return out
    }

    static let dateLabels = ["วันที่", "วันที", "วัน"]
    static let placeLabels = ["สถานที่", "สถานที"]

    /// The text after a label that opens it (followed by a space or a colon); nil otherwise.
    static func afterLabel(_ text: String, _ labels: [String]) -> String? {
        let u = text.unicodeScalars
        for label in labels where u.starts(with: label.unicodeScalars) {
            let rest = u.dropFirst(label.unicodeScalars.count)
            guard let c = rest.first, c == " " || c == ":" else { continue }
            return String(String.UnicodeScalarView(rest)).trimmingCharactersIn(" :")
        }
        return nil
    }

    /// A place label standing as a word inside a line (a space before it, a space or colon after).
    static func labelRange(in text: String, _ labels: [String]) -> Range<String.Index>? {
        // Asked of every paragraph: one search for what the place labels share answers most.
        guard ThaiScalarSearch.contains(placeLabelStem, in: text) else { return nil }
        for label in labels {
            guard let r = ThaiScalarSearch.range(of: " " + label, in: text) else { continue }
            let after = text[r.upperBound...].unicodeScalars.first
            if after == " " || after == ":" { return r }
        }
        return nil
    }

    static let placeLabelStem = " สถาน"

    /// Whether the time starting at `timeStart`, right after a date ending at `dateEnd`, is a
    /// registration's (`ลงทะเบียนเวลา …`, `ลงทะเบียนตั้งแต่เวลา …`), not the meeting's.
    static func registration(_ text: String, before timeStart: Int, after dateEnd: Int) -> Bool {
        guard timeStart > dateEnd, timeStart - dateEnd <= 30 else { return false }
        return has(text.scalars(dateEnd..<timeStart), "ลงทะเบียน")
    }

    /// Whether a time that starts at `timeStart` is the date's (which ends at `dateEnd`): what
    /// stands between is at most 12 scalars, or only `ตั้งแต่`/`ระหว่าง`, `เวลา` and up to three
    /// other scalars (what is left of a year OCR damaged: `๒๕ว๓ ตั้งแต่เวลา ๑๓.๓๐ น.`).
    static func timeFollows(_ text: String, from dateEnd: Int, to timeStart: Int) -> Bool {
        guard timeStart >= dateEnd else { return false }
        if timeStart - dateEnd <= 12 { return true }
        guard timeStart - dateEnd <= 30 else { return false }
        var between = text.scalars(dateEnd..<timeStart)
        for word in ThaiRangeWords.timeOpeners + ["เวลา"] { between = between.replacingOccurrences(of: word, with: "") }
        return between.unicodeScalars.filter { $0 != " " }.count <= 3
    }

    /// `ณ ห้องประชุมสำนักงานเขตบางรัก ชั้น ๓` up to the end of the clause.
    /// On an OCR'd page a meeting whose day tesseract turned into a speck (`ประชุมครั้งต่อไปในวันศุกร์ที
    /// « กุมภาพันธ์ …`): kept with its place and text, its start null with the reason, rather than lost.
    static func meetingWithUnreadableDay(in text: String, ctx: inout ExtractionContext, line: Int) {
        let u = ScalarString.scalars(text)
        for label in unreadableDayLabels {
            var p = 0
            while p + label.count <= u.count {
                guard DeadlineAction.starts(u, at: p, end: u.count, with: label), let md = MonthOnlyDate.afterSpeck(u, from: p + label.count) else { p += 1; continue }
                // Named as a meeting before the date, in the same sentence.
                let before = text.scalars(max(0, p - 160)..<p)
                guard has(before, "ประชุม") || has(before, "เชิญ") else { p += 1; continue }
                let index = ctx.record.meetings.count
                ctx.record.meetings.append(Meeting(start: nil, end: nil, place: placeAfter(text.scalarsFrom(md.end)), text: text.trimmingCharactersIn(" ")))
                ctx.trace("meetings[\(index)]", line: line)
                ctx.warn("unreadable_date", "the meeting's day could not be read (month \(md.month)); no date is set",
                         text: String(String.UnicodeScalarView(u[p..<md.end])), field: "meetings[\(index)].start")
                return
            }
        }
    }

    /// Day labels before a day OCR could not read, with the tone mark it often loses.
    static let unreadableDayLabels: [[Unicode.Scalar]] = ["ที่", "ที"].map { Array($0.unicodeScalars) }

    /// The place printed before its date (`… จัดการประชุม… ณ ศาลาประชาคมชุมชนโชคชัย ๔ เขตลาดพร้าว ในวันเสาร์ที่
    /// ๘ มีนาคม …`): from the last ณ before the date to the date, less the ใน / ในวัน… that leads into
    /// it; nil when no ณ stands there or a clause ends between (`จึง`, `และ`, `โดย`).
    static func placeJustBefore(_ s: String) -> String? {
        // ณ as a word of its own (` ณ `), not the end of one (`ประ มาณ ๑๒๐ คน`, a word hOCR split).
        guard let r = s.range(of: " ณ ", options: .backwards) ?? (s.hasPrefix("ณ ") ? s.range(of: "ณ ") : nil) else { return nil }
        var place = String(s[r.upperBound...]).trimmingCharactersIn(" ")
        for lead in [" ในวันที่", " ในวัน", " วันที่", " ใน"] {
            if let e = place.range(of: lead, options: .backwards) { place = String(place[..<e.lowerBound]); break }
        }
        place = place.trimmingCharactersIn(" ,")
        guard !place.isEmpty, place.unicodeScalars.count <= 80,
              ![" จึง", " และ", " โดย", " เพื่อ"].contains(where: { place.contains($0) }) else { return nil }
        return place
    }

    static func placeAfter(_ s: String) -> String? {
        guard let r = firstRange(of: "ณ ", in: s) ?? firstRange(of: "ณ", in: s) else { return nil }
        return place(in: s, after: r)
    }

    /// `placeAfter` for a ณ that stands as a word (a space or the text's start before it): after a
    /// meeting frequency no date anchors the place, and ณ inside a word (`คณะ…`) had been taken.
    static func placeAfterWord(_ s: String) -> String? {
        guard let r = s.hasPrefix("ณ ") ? s.range(of: "ณ ") : firstRange(of: " ณ ", in: s),
              let p = place(in: s, after: r), looksLikePlace(p) else { return nil }
        return p
    }

    /// A place names something in Thai words (`ห้องประชุม…`, `ศาลา…`): a run of at least six Thai
    /// letters and marks, and few other characters (specks OCR read after a ณ: `อ๓/๐ 1๑7 ซ่ เรร 27`).
    static func looksLikePlace(_ p: String) -> Bool {
        var run = 0, longest = 0, other = 0
        for u in p.unicodeScalars {
            if (0x0E01...0x0E4E).contains(u.value) && ThaiDigits.value(u) == nil { run += 1; longest = max(longest, run) }
            else { run = 0; if u != " " { other += 1 } }
        }
        return longest >= 6 && other * 4 <= p.unicodeScalars.count
    }

    private static func place(in s: String, after r: Range<String.Index>) -> String? {
        let lead = s[..<r.lowerBound]
        guard lead.count <= 40 else { return nil }
        var place = String(s[r.upperBound...]).trimmingCharactersIn(" ")
        for stop in [" โดย", " เพื่อ", " จึง", " ทั้งนี้", " และขอ", " ขอให้", " ให้", " หาก", " พร้อม",
                     // Another clause about the meeting (`… และจะประชุมทุกเดือนต่อไป`, `… เริ่มตั้งแต่วันจันทร์ที่ ๓ …`).
                     " และจะ", " และประชุม", " เริ่ม", " ตั้งแต่", " เป็นประจำ", " ทุกวัน", " ทุกเดือน"] {
            if let e = firstRange(of: stop, in: place) { place = String(place[..<e.lowerBound]) }
        }
        place = place.trimmingCharactersIn(" ,")
        return place.isEmpty ? nil : place
    }
}
