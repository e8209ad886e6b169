import Foundation
import SarabanCore
import ThaiText

/// The head of a document: stamps, title, ส่วนราชการ, ที่, วันที่, เรื่อง, เรียน, อ้างถึง,
/// สิ่งที่ส่งมาด้วย — each found by its label (look-alike tolerant) near where it stands.
enum HeadExtractor {
    /// Reads the head; returns the index of the first body line.
    static func extract(_ ctx: inout ExtractionContext, title: Classifier.Result) -> Int {
        readStamps(&ctx, before: title.titleLine ?? firstLabelLine(ctx.lines))
        if ctx.record.secrecy == nil { readBottomSecrecy(&ctx) }
        if let t = title.titleLine {
            ctx.used.insert(t)
            if let damaged = title.damagedTitle {
                ctx.warn("ocr_label_repaired", "title read as \(damaged.form)", text: damaged.printed, field: "kind")
            }
        }
        switch ctx.record.kind {
        case .order, .announcement:
            return readOrderHead(&ctx, titleLine: title.titleLine ?? 0)
        case .minutes:
            return MinutesExtractor.readHead(&ctx, titleLine: title.titleLine ?? 0)
        default:
            return readLabelledHead(&ctx, from: (title.titleLine ?? -1) + 1)
        }
    }

    private static func firstLabelLine(_ lines: [SourceLine]) -> Int {
        for (i, l) in lines.prefix(12).enumerated() {
            if [.agency, .reference, .subject, .addressee].contains(where: { LabelMatcher.match($0, at: l.text) != nil }) { return i }
        }
        return 0
    }

    /// Stamps stand above the title (or above the first label of a letter).
    static func readStamps(_ ctx: inout ExtractionContext, before end: Int) {
        for i in 0..<min(max(end, 0) + 1, ctx.lines.count) {
            let line = ctx.lines[i].text
            guard line.unicodeScalars.count <= 30 else { continue }
            let found = Stamps.read(line)
            guard !found.isEmpty else { continue }
            var consumed = false
            for f in found {
                switch f {
                case .urgency(let u, let form, let d) where ctx.record.urgency == nil:
                    ctx.record.urgency = u
                    ctx.trace("urgency", line: i)
                    consumed = true
                    if d > 0 {
                        ctx.warn("ocr_label_repaired", "urgency stamp read as \(form): it stands where the stamp stands and is nearest to \(form)", text: line, field: "urgency")
                    }
                case .secrecy(let s, let form, let d) where ctx.record.secrecy == nil:
                    ctx.record.secrecy = s
                    ctx.trace("secrecy", line: i)
                    consumed = true
                    if d > 0 {
                        ctx.warn("ocr_label_repaired", "secrecy stamp read as \(form)", text: line, field: "secrecy")
                    }
                default: break
                }
            }
            if consumed { ctx.used.insert(i) }
        }
    }

    /// The secrecy stamp is set at the top and at the foot of every page (ระเบียบงานสารบรรณ);
    /// when the top one is lost (a scan cut short, OCR missing it), a line at the foot of a page
    /// that is exactly the stamp and nothing else is read instead.
    static func readBottomSecrecy(_ ctx: inout ExtractionContext) {
        let n = ctx.lines.count
        for i in 0..<n {
            let endsPage = i + 1 >= n || ctx.lines[i + 1].provenance.page != ctx.lines[i].provenance.page
            let nearEnd = i >= n - 2
            guard endsPage || nearEnd, !ctx.used.contains(i) else { continue }
            let t = ctx.lines[i].text.trimmingCharactersIn(" ")
            guard let stamp = Stamps.secrecy.first(where: { t.isSameText(as: $0.form) }) else { continue }
            ctx.record.secrecy = stamp.value
            ctx.trace("secrecy", line: i)
            ctx.used.insert(i)
            return
        }
    }

    // MARK: memo and letter

    static func readLabelledHead(_ ctx: inout ExtractionContext, from start: Int) -> Int {
        var i = max(start, 0)
        var bodyStart: Int? = nil
        var firstUnread: Int? = nil
        let limit = min(ctx.lines.count, i + 40)
        var sawSubject = false
        while i < limit {
            let line = ctx.lines[i]
            if ctx.used.contains(i) { i += 1; continue }
            if let m = LabelMatcher.match(.agency, at: line.text) {
                ctx.used.insert(i)
                var value = m.value
                var j = i + 1
                // A ส่วนราชการ line wraps when its parenthesis is still open.
                while j < limit, value.filter({ $0 == "(" }).count > value.filter({ $0 == ")" }).count,
                      !isAnyLabel(ctx.lines[j].text) {
                    value += " " + ctx.lines[j].text; ctx.used.insert(j); j += 1
                }
                // ... or it wrapped before its phone (`…ฝ่ายพัฒนาชุมชนและสวัสดิการ` / `สังคม โทร. ๐ ๒๔๒๙ ๓๕๗๑`):
                // a line whose contact label follows a few words, with no contact on the line before.
                if j < limit, ContactParser.parse(value).firstLabelOffset == nil, !isAnyLabel(ctx.lines[j].text),
                   let k = ContactParser.parse(ctx.lines[j].text).firstLabelOffset, k > 0, k <= 30 {
                    value = joinWrapped(value, ctx.lines[j].text); ctx.used.insert(j); j += 1
                }
                // ... or over more lines, up to the ที่ or วันที่ under it (a memo's head has nothing else
                // between) or a line of contacts alone (read as such below): `…ฝ่ายรักษาความสะอาดและสวน` /
                // `สาธารณะ` / `กลุ่มงานสวนสาธารณะ โทร. …`.
                if ContactParser.parse(value).firstLabelOffset == nil,
                   let k = (j..<min(limit, j + 4)).first(where: { isAnyLabel(ctx.lines[$0].text) || ContactParser.parse(ctx.lines[$0].text).firstLabelOffset == 0 }), k > j,
                   (j..<k).allSatisfy({ ctx.lines[$0].text.unicodeScalars.count <= 80 && !(ctx.ocr && isSpeckLine(ctx.lines[$0].text)) }) {
                    for w in j..<k {
                        let t = ctx.lines[w].text
                        // A unit of its own (กลุ่มงาน…, ฝ่าย…) stands apart; a wrapped word runs on.
                        let opensUnit = unitOpeners.contains { t.hasThaiPrefix($0) }
                        value = opensUnit ? value + " " + t : joinWrapped(value, t)
                        ctx.used.insert(w)
                    }
                    j = k
                }
                setAgency(&ctx, value, line: i, label: m)
                i = j; continue
            }
            if let m = LabelMatcher.match(.reference, at: line.text) {
                ctx.used.insert(i)
                readReference(&ctx, m.value, line: i)
                i += 1; continue
            }
            if let m = LabelMatcher.match(.date, at: line.text) {
                ctx.used.insert(i)
                setDocumentDate(&ctx, from: m.value, line: i)
                i += 1; continue
            }
            if let m = LabelMatcher.match(.subject, at: line.text) {
                i = readSubject(&ctx, m, at: i, limit: limit)
                sawSubject = true
                continue
            }
            if let m = LabelMatcher.match(.addressee, at: line.text) {
                ctx.used.insert(i)
                labelWarning(&ctx, m, field: "addressee")
                ctx.record.addressee = m.value.isEmpty ? nil : m.value
                ctx.trace("addressee", line: i)
                i += 1
                // The addressee wrapped (`… มหาวิทยาลัยเจ้าพระยา` / `วิชาการ`, `… จำกัด` / `(มหาชน)`): a short
                // unlabelled line with อ้างถึง, สิ่งที่ส่งมาด้วย or the body's opening word right after it,
                // or a parenthesis of its own, is the addressee's end, not the body.
                let short = i < limit && !isAnyLabel(ctx.lines[i].text) && ctx.lines[i].text.unicodeScalars.count <= 30
                    && !bodyOpeners.contains(where: { ctx.lines[i].text.hasThaiPrefix($0) })
                let nextOpensPart = i + 1 < limit && (LabelMatcher.match(.references, at: ctx.lines[i + 1].text) != nil
                    || LabelMatcher.match(.enclosures, at: ctx.lines[i + 1].text) != nil
                    || bodyOpeners.contains(where: { ctx.lines[i + 1].text.hasThaiPrefix($0) }))
                let parenthesis = i < limit && ctx.lines[i].text.hasPrefix("(") && ctx.lines[i].text.hasSuffix(")")
                if let a = ctx.record.addressee, short, nextOpensPart || parenthesis {
                    ctx.record.addressee = joinWrapped(a, ctx.lines[i].text)
                    ctx.used.insert(i)
                    i += 1
                }
                // อ้างถึง and สิ่งที่ส่งมาด้วย follow เรียน; the body starts after them.
                while i < limit {
                    if ctx.ocr, let label = speckLinesBeforeList(ctx, from: i, limit: limit) {
                        let specks = (i..<label).map { ctx.lines[$0].text }.joined(separator: " / ")
                        ctx.warn("ocr_noise_removed", "lines of specks before the list passed over", text: specks, field: nil)
                        for k in i..<label { ctx.used.insert(k) }
                        i = label
                    }
                    guard let (_, next) = readList(&ctx, at: i) else { break }
                    i = next
                }
                bodyStart = i
                break
            }
            if let (_, next) = readList(&ctx, at: i) { i = next; continue }
            // The agency's phone and fax wrapped onto a line of their own (`โทร. ๐ ๒๒๓๒ ๑๓๕๑ โทรสาร …`).
            if !sawSubject, ctx.record.agency != nil, let first = ContactParser.parse(line.text).firstLabelOffset, first == 0 {
                ctx.used.insert(i)
                addContacts(&ctx, ContactParser.parse(line.text), line: i)
                i += 1; continue
            }
            // ... or only the number did, its label ending the line before (`… โทร.` / `๐ ๒๕๓๘ ๐๖๗๔`).
            if !sawSubject, ctx.record.agency != nil, i > 0, let f = line.text.unicodeScalars.first, ThaiDigits.value(f) != nil,
               let label = ContactParser.parse(ctx.lines[i - 1].text).trailingLabel {
                ctx.used.insert(i)
                addContacts(&ctx, ContactParser.parse(label + " " + line.text), line: i)
                i += 1; continue
            }
            // A letter's head: a line that is only a date is the date line; other unlabelled
            // lines before เรื่อง are the office and its address.
            if !sawSubject {
                let dates = ctx.dates(in: line.text).filter(\.hasDate)
                if ctx.record.date == nil, let d = dates.first,
                   (d.text.scalarCount + (d.trailingYearDigits?.count ?? 0) + 1) * 10 >= line.text.scalarCount * 7 {
                    ctx.used.insert(i)
                    setDocumentDate(&ctx, from: line.text, line: i)
                    i += 1; continue
                }
                if ctx.record.date == nil, ctx.record.dateText == nil, MonthOnlyDate.monthAndYearLine(line.text) != nil {
                    ctx.used.insert(i)
                    setDocumentDate(&ctx, from: line.text, line: i)
                    i += 1; continue
                }
                if ctx.record.kind == .letter {
                    ctx.used.insert(i)
                    // A letter or two alone on an OCR'd page is a speck (the emblem), not the office.
                    if ctx.ocr, line.text.unicodeScalars.count <= 2 { i += 1; continue }
                    if ctx.record.agency == nil, !line.text.unicodeScalars.contains(where: { ThaiDigits.value($0) != nil }) || line.text.hasThaiPrefix("สำนัก") {
                        ctx.record.agency = line.text
                        ctx.trace("agency", line: i)
                    } else {
                        appendExtra(&ctx, "address", line.text)
                    }
                    i += 1; continue
                }
            }
            if sawSubject { bodyStart = i; break }
            // No เรื่อง yet: the first line that is no head part is where the body begins if none comes
            // (a certificate, a form: the `other` kinds).
            if firstUnread == nil { firstUnread = i }
            i += 1
        }
        return bodyStart ?? (sawSubject ? i : firstUnread ?? i)
    }

    /// On an OCR'd page the emblem's or a stamp's specks can stand between เรียน and อ้างถึง
    /// (`จ ผี`, `1`, `๐ ฒ๑ฒ7 ๕=-`) and would end the head there, losing the lists. Up to four such
    /// lines are passed over, only when อ้างถึง or สิ่งที่ส่งมาด้วย follows them; returns that line.
    static func speckLinesBeforeList(_ ctx: ExtractionContext, from i: Int, limit: Int) -> Int? {
        var j = i
        while j < limit, j - i < 4, isSpeckLine(ctx.lines[j].text) { j += 1 }
        guard j > i, j < limit else { return nil }
        let next = ctx.lines[j].text
        guard LabelMatcher.match(.references, at: next) != nil || LabelMatcher.match(.enclosures, at: next) != nil else { return nil }
        return j
    }

    /// Specks as tesseract reads them: no Thai word in it, i.e. no two Thai consonants or vowels
    /// next to each other (marks or an abbreviation's dot may stand between), or a signature's
    /// strokes (`SignatureExtractor`); never a line with a number of two digits or more.
    static func isSpeckLine(_ t: String) -> Bool {
        // A number of two digits or more (a year wrapped onto its own line, `๒๕๖๗`) is text.
        var digitsInRow = 0
        for u in t.unicodeScalars {
            digitsInRow = ThaiDigits.value(u) != nil ? digitsInRow + 1 : 0
            if digitsInRow >= 2 { return false }
        }
        if SignatureExtractor.isSpecks(t) { return true }
        var lettersInRow = 0
        for u in t.unicodeScalars {
            // Marks, and an abbreviation's dots (`พ.ศ.`), do not break a run of letters.
            if ThaiLookalike.isMark(u.value) || (u == "." && lettersInRow > 0) { continue }
            if (0x0E01...0x0E2E).contains(u.value) || (0x0E30...0x0E33).contains(u.value) || (0x0E40...0x0E44).contains(u.value) {
                lettersInRow += 1
                if lettersInRow >= 2 { return false }
            } else { lettersInRow = 0 }
        }
        return true
    }

    /// อ้างถึง / สิ่งที่ส่งมาด้วย with their numbered items on the following lines.
    static func readList(_ ctx: inout ExtractionContext, at i: Int) -> ([String], Int)? {
        let line = ctx.lines[i]
        let label: PartLabel
        let m: LabelMatch
        if let r = LabelMatcher.match(.references, at: line.text) { label = .references; m = r }
        else if let e = LabelMatcher.match(.enclosures, at: line.text) { label = .enclosures; m = e }
        else { return nil }
        ctx.used.insert(i)
        let field = label == .references ? "references" : "enclosures"
        labelWarning(&ctx, m, field: field)
        var items: [String] = []
        if !m.value.isEmpty { items.append(EntryLabel.read(Substring(m.value)).map { String($0.1) } ?? m.value) }
        var j = i + 1
        while j < ctx.lines.count {
            let next = ctx.lines[j].text
            if isAnyLabel(next) { break }
            if let (_, rest) = EntryLabel.read(Substring(next)) {
                items.append(String(rest))
            } else if ctx.ocr, let (l, rest) = EntryLabel.readBare(Substring(next)), l.number == items.count + 1 {
                // The next item's number whose dot OCR lost (`2 หนังสือสำนักงานเขต…`).
                items.append(String(rest))
            } else if ctx.lines[j].listLabel != nil {
                items.append(next)
            } else if isContinuation(ctx, j), !items.isEmpty {
                items[items.count - 1] = joinWrapped(items[items.count - 1], next)
            } else if let last = items.last, wrapsOn(label, item: last, next: next) {
                // An item that is not whole yet, across a blank line or after a short line (OCR).
                items[items.count - 1] = joinWrapped(last, next)
            } else { break }
            ctx.used.insert(j)
            j += 1
        }
        if label == .enclosures { items = items.map(spacedBeforeQuantity) }
        if label == .references { ctx.record.references += items } else { ctx.record.enclosures += items }
        ctx.trace(field, line: i)
        return (items, j)
    }

    /// A reference cited without its date yet (`หนังสือสำนัก… ที่ กท ๑๘๐๑/ว ๔๔` / `ลงวันที่ …`, or
    /// cut before its number) goes on until its ลงวันที่; an enclosure's quantity (`จำนวน ๑ ฉบับ`)
    /// on the next line is the enclosure's. Never into a label or the body's opening.
    static func wrapsOn(_ label: PartLabel, item: String, next: String) -> Bool {
        guard !isAnyLabel(next), !bodyOpeners.contains(where: { next.hasThaiPrefix($0) }), EntryLabel.read(Substring(next)) == nil else { return false }
        switch label {
        case .references:
            return !ClauseExtractor.has(item, "ลงวันที่") && item.unicodeScalars.count < 160
                && (ClauseExtractor.has(next, "ลงวันที่") || ClauseExtractor.has(next, "ที่ "))
        case .enclosures:
            // The quantity on the next line, alone or after the title's wrapped end (`(๒) แผนที่เขต` /
            // `ธนบุรี มาตราส่วน ๑ : ๑๐,๐๐๐ จำนวน ๑ แผ่น`).
            return ClauseExtractor.has(next, "จำนวน") && !ClauseExtractor.has(item, "จำนวน") && next.unicodeScalars.count <= 80
                || quantityWrapsOn(item: item, next: next)
        default:
            return false
        }
    }

    /// An enclosure's quantity cut at the line's end goes on on the next line, however indented:
    /// `… จำนวน` / `๑ แผ่น` (the number and unit), `… จำนวน ๑` / `ชุด` (the unit). The next line is
    /// that short rest only: a number opens it exactly when none followed จำนวน.
    static func quantityWrapsOn(item: String, next: String) -> Bool {
        guard let r = item.range(of: "จำนวน", options: .backwards) else { return false }
        let after = item[r.upperBound...].trimmingCharacters(in: .whitespaces)
        guard after.unicodeScalars.allSatisfy(ThaiTextShim.isDigit) else { return false }
        let rest = next.trimmingCharacters(in: .whitespaces)
        let words = rest.split(separator: " ")
        guard let f = rest.unicodeScalars.first, !words.isEmpty, words.count <= 2, rest.unicodeScalars.count <= 16,
              !ClauseExtractor.has(rest, "จำนวน") else { return false }
        return after.isEmpty ? ThaiTextShim.isDigit(f) : (words.count == 1 && !rest.unicodeScalars.contains(where: ThaiTextShim.isDigit))
    }

    /// An enclosure's quantity (`จำนวน ๑ ชุด`) stands apart from its title; a wrapped line or OCR
    /// glued it on (`…ของป้ายจำนวน 1 ชุด`), and the space is put back.
    static func spacedBeforeQuantity(_ item: String) -> String {
        guard let r = item.range(of: "จำนวน", options: .backwards), r.lowerBound > item.startIndex else { return item }
        let before = item[item.index(before: r.lowerBound)]
        let after = item[r.upperBound...].drop { $0 == " " }
        guard before != " ", let f = after.unicodeScalars.first, ThaiTextShim.isDigit(f) else { return item }
        return String(item[..<r.lowerBound]) + " " + String(item[r.lowerBound...])
    }

    // MARK: orders and announcements

    static func readOrderHead(_ ctx: inout ExtractionContext, titleLine: Int) -> Int {
        let title = ctx.lines[titleLine].text
        let label: PartLabel = ctx.record.kind == .order ? .orderTitle : .announcementTitle
        if let m = LabelMatcher.match(label, at: title, allowGlued: true, tolerance: Classifier.titleTolerance) {
            var body = m.value
            if body.isEmpty, titleLine + 1 < ctx.lines.count, !isAnyLabel(ctx.lines[titleLine + 1].text) {
                body = ctx.lines[titleLine + 1].text
                ctx.used.insert(titleLine + 1)
            }
            // OCR glues the damaged rest of the title to the body's name (ฉณั์งสำนักงานเขต…):
            // the name starts at a word that opens the name of a Thai public body.
            if !m.isExact, let cut = agencyStart(in: body), cut > 0 {
                ctx.warn("ocr_label_repaired", "the title's damaged letters cut from the issuing body", text: title, field: "agency")
                body = body.scalarsFrom(cut)
            }
            if !body.isEmpty {
                ctx.record.agency = body
                ctx.trace("agency", line: titleLine)
            }
        }
        var i = titleLine + 1
        let limit = min(ctx.lines.count, titleLine + 12)
        while i < limit {
            let line = ctx.lines[i]
            if ctx.used.contains(i) { i += 1; continue }
            if let m = LabelMatcher.match(.reference, at: line.text) {
                ctx.used.insert(i)
                var numberText = m.value
                if ctx.ocr, let fixed = LooseDateReader.digitLookalikesRead(in: numberText) {
                    ctx.warn("ocr_digit_repaired", "letters in the number's place read as the digits they resemble", text: numberText, field: "order_no")
                    numberText = fixed
                }
                if let n = ReferenceNumberParser.parseOrderNumber(numberText) {
                    ctx.trace("order_no", line: i)
                    if n.split { ctx.warn("ocr_split_number", "digits of the order number were split by a space; rejoined", text: m.value, field: "order_no") }
                    ctx.orderYearDigits = n.yearDigits
                    var year = n.yearDigits.count == 4 ? DateRepair.value(n.yearDigits) : nil
                    let evidence = ctx.evidenceYear
                    let fits: (Int) -> Bool = { be in
                        if let e = evidence { return abs(be - 543 - e) <= 1 }
                        return DateRepair.recentYears.contains(be - 543)
                    }
                    if ctx.ocr, let e = evidence, year == nil || !fits(year!) {
                        // On an OCR'd page: the year of the document's ±1 nearest to the printed digits.
                        let p = YearEvidence.PrintedYear(digits: n.yearDigits)
                        if let best = YearEvidence.costsAround(p, evidenceBE: e + 543).min(by: { $0.ranked < $1.ranked }),
                           best.ranked <= DateRepair.ocrYearTolerance {
                            year = best.be
                            ctx.warn("ocr_digit_repaired", "the order number's year read as \(best.be) (OCR digit distance \(String(format: "%.1f", best.ranked)) to the document's year)", text: n.printed, field: "order_no")
                        } else if year != nil {
                            ctx.warn("implausible_year", "the order number's year is far from the document's dates", text: n.printed, field: "order_no")
                        }
                    } else if year == nil || !fits(year!) {
                        let readings = DateRepair.yearReadings(n.yearDigits).filter { fits($0.be) }
                        let fewest = readings.map(\.edits).min()
                        let best = Set(readings.filter { $0.edits == fewest }.map(\.be))
                        if best.count == 1 {
                            year = best.first
                            ctx.warn("ocr_digit_repaired", "the order number's year read as \(best.first!) (look-alike digits; fits the document's dates)", text: n.printed, field: "order_no")
                        } else if year != nil {
                            ctx.warn("implausible_year", "the order number's year is far from the document's dates", text: n.printed, field: "order_no")
                        }
                    }
                    if let year {
                        ctx.record.orderNo = "\(n.number)/\(year)"
                    } else {
                        ctx.warn("unreadable_number", "the order number's year could not be read", text: n.printed, field: "order_no")
                    }
                } else if let r = ReferenceNumberParser.parse(m.value) {
                    ctx.record.referenceNo = r.normalized
                    ctx.record.reference = r.reference
                } else {
                    ctx.warn("unreadable_number", "the ที่ line could not be read as a number", text: line.text, field: "order_no")
                }
                i += 1; continue
            }
            if let m = LabelMatcher.match(.subject, at: line.text) {
                return readSubject(&ctx, m, at: i, limit: ctx.lines.count)
            }
            // A separator line (------) under the title; on an OCR'd page also a speck of one or two
            // letters (the emblem or a stamp's edge read as `ฆ`) or a line of them (`ซ่ ๐ ซ่`).
            if line.text.allSatisfy({ "-–—_*=๏ ".contains($0) }) || (ctx.ocr && (line.text.unicodeScalars.count <= 2 || isSpeckLine(line.text))) {
                ctx.used.insert(i); i += 1; continue
            }
            break
        }
        return i
    }

    /// Words that open the name of a Thai public body, written once.
    static let agencyOpeners = ["สำนักงาน", "สำนัก", "กรุงเทพมหานคร", "กระทรวง", "กรม", "กอง", "เขต", "มหาวิทยาลัย",
                                "โรงเรียน", "โรงพยาบาล", "องค์การ", "เทศบาล", "จังหวัด", "อำเภอ", "คณะ", "สถาบัน", "ศูนย์"]

    /// Words that open a unit of an agency on a line of its own (a body's name, or กลุ่มงาน…, ฝ่าย…).
    static let unitOpeners = agencyOpeners + ["กลุ่มงาน", "ฝ่าย", "งาน", "ส่วน"]

    /// Scalar offset where a body's name begins within the first few letters of `text`.
    static func agencyStart(in text: String) -> Int? {
        var best: Int?
        for opener in agencyOpeners {
            if let r = text.range(of: opener) {
                let off = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
                if off <= 10, best == nil || off < best! { best = off }
            }
        }
        return best
    }

    // MARK: values

    static func setAgency(_ ctx: inout ExtractionContext, _ value: String, line: Int, label: LabelMatch) {
        labelWarning(&ctx, label, field: "agency")
        let contacts = ContactParser.parse(value)
        var agency = value
        if let cut = contacts.firstLabelOffset {
            agency = value.scalarsTo(cut).trimmingCharactersIn(" ")
            // Keep the closing parenthesis the contact part sat inside: (สำนักปลัด… โทร. …) → (สำนักปลัด…)
            if agency.filter({ $0 == "(" }).count > agency.filter({ $0 == ")" }).count { agency += ")" }
        }
        agency = agency.replacingOccurrences(of: "( ", with: "(").replacingOccurrences(of: " )", with: ")")
        if agency.hasThaiSuffix("()") { agency = String(agency.dropLast(2)).trimmingCharactersIn(" ") }
        ctx.record.agency = agency.isEmpty ? nil : agency
        ctx.trace("agency", line: line)
        addContacts(&ctx, contacts, line: line)
    }

    static func addContacts(_ ctx: inout ExtractionContext, _ c: ContactParser.Result, line: Int) {
        for p in c.phone where !ctx.record.contact.phone.contains(p) { ctx.record.contact.phone.append(p) }
        for f in c.fax where !ctx.record.contact.fax.contains(f) { ctx.record.contact.fax.append(f) }
        for e in c.email where !ctx.record.contact.email.contains(e) { ctx.record.contact.email.append(e) }
        if !c.isEmpty { ctx.trace("contact", line: line) }
        // A Bangkok landline (02) has nine digits; ten is a misread or a digit too many: kept, and said.
        for (kind, numbers) in [("phone", c.phone), ("fax", c.fax)] {
            for n in numbers where n.hasPrefix("02") && n.count == 10 {
                ctx.warn("implausible_number", "a Bangkok number (02) has 9 digits, this one 10: a digit may be misread or doubled", text: n, field: "contact.\(kind)")
            }
        }
        for u in c.unreadable {
            let field = u.kind.field
            guard !ctx.record.warnings.contains(where: { $0.code == "unreadable_number" && $0.field == field }) else { continue }
            ctx.warn("unreadable_number", "a \(u.kind == .phone ? "phone" : "fax") number with \(u.text.unicodeScalars.filter { ThaiDigits.value($0) != nil }.count) digits cannot be a Thai number (9 or 10); left out", text: u.text, field: field)
        }
        // On an OCR'd page a label with nothing readable after it is a value OCR destroyed
        // (a Latin e-mail address read with the Thai model): said, not silently missing.
        guard ctx.ocr else { return }
        for l in c.labelsWithoutValue {
            let field = l.kind.field
            guard !ctx.record.warnings.contains(where: { $0.field == field && ($0.code == "unreadable_number" || $0.code == "unreadable_value") }) else { continue }
            ctx.warn("unreadable_value", "\(l.label) is printed but what follows cannot be read as \(l.kind == .email ? "an e-mail address" : "a number"); left out", text: l.label, field: field)
        }
    }

    static func readReference(_ ctx: inout ExtractionContext, _ value: String, line: Int) {
        // A memo's ที่ line may carry วันที่ on the same line.
        var refText = value
        if let r = value.range(of: " วันที่") {
            refText = String(value[..<r.lowerBound])
            setDocumentDate(&ctx, from: String(value[r.upperBound...]), line: line)
        } else if let d = ctx.dates(in: value).first(where: \.hasDate), d.range.lowerBound > 0 {
            // วันที่ damaged by OCR (นที่): cut before the word that stands before the date.
            var cut = d.range.lowerBound
            let before = value.scalarsTo(cut).trimmingCharactersIn(" ")
            if let sp = before.lastIndex(of: " "), before[before.index(after: sp)...].hasThaiSuffix("ที่") || before[before.index(after: sp)...].count <= 6 {
                cut = before.unicodeScalars.distance(from: before.unicodeScalars.startIndex, to: sp.samePosition(in: before.unicodeScalars)!)
            }
            refText = value.scalarsTo(cut).trimmingCharactersIn(" ")
            setDocumentDate(&ctx, from: value.scalarsFrom(d.range.lowerBound), line: line)
            ctx.warn("ocr_label_repaired", "the date label on the ที่ line was unreadable; the date was taken from its place", text: value, field: "date")
        }
        guard let r = ReferenceNumberParser.parse(refText) else {
            ctx.record.referenceNo = refText.isEmpty ? nil : refText
            ctx.trace("reference_no", line: line)
            ctx.warn("unparsed_reference", "the ที่ number could not be parsed", text: refText, field: "reference")
            return
        }
        ctx.record.referenceNo = r.normalized
        ctx.record.reference = r.reference
        ctx.trace("reference_no", line: line)
        for w in r.warnings { ctx.warn(w.code, w.message, text: r.printed, field: "reference_no") }
        if r.reference.number == nil {
            ctx.warn("unparsed_reference", "the ที่ number stops before its /serial: only its office code was read", text: refText, field: "reference_no")
        }
        // A letter's sender stands right of its number (so does a certificate's, of no known kind);
        // a speck or a misread digit (`ๆ`) does not.
        let rest = agencyAfterNumber(r.rest)
        if ctx.record.kind == .letter || (ctx.record.kind == .other && agencyStart(in: rest) == 0),
           rest.unicodeScalars.filter({ (0x0E01...0x0E2E).contains($0.value) }).count >= 3, ctx.record.agency == nil {
            ctx.record.agency = rest
            ctx.trace("agency", line: line)
            // The office's name going on in the right column under it (`กองสวัสดิการสังคม` /
            // `สำนักพัฒนาสังคม`), up to its address (`ศาลาว่าการ…`, `ถนน…`: a digit, or an address word).
            var k = line + 1
            while k < min(ctx.lines.count, line + 3), agencyGoesOn(ctx.lines[k]) {
                ctx.record.agency = (ctx.record.agency ?? "") + " " + ctx.lines[k].text
                ctx.used.insert(k)
                k += 1
            }
        }
    }

    /// A right-column line under a letter's office that names the body above it: it opens with a
    /// body's word (สำนัก…, กรม…, กระทรวง…), holds no digit and is no address, and stands well right
    /// (a text input's indent; in Word, any paragraph not centred).
    static func agencyGoesOn(_ l: SourceLine) -> Bool {
        let t = l.text
        guard t.unicodeScalars.count <= 40, !t.unicodeScalars.contains(where: ThaiTextShim.isDigit),
              higherBodies.contains(where: { t.utf8.starts(with: $0.utf8) }),
              !addressWords.contains(where: { t.utf8.starts(with: $0.utf8) }), !isAnyLabel(t) else { return false }
        if let indent = l.indent { return indent >= 20 }
        // A Word paragraph may carry the column in no form the reader keeps (spaces collapsed): under
        // a letter's ที่ line, before its date, nothing else opens with a body's name.
        return l.layout?.alignment != .center
    }

    static let higherBodies = ["สำนักงาน", "สำนัก", "กรม", "กระทรวง", "กรุงเทพมหานคร", "มหาวิทยาลัย", "กอง"]
    static let addressWords = ["ศาลาว่าการ", "ถนน", "เลขที่", "ซอย", "อาคาร", "แขวง", "เขต", "ตำบล", "อำเภอ", "จังหวัด"]

    /// What stands right of a ที่ number, without what is left of a number the parser could not read
    /// to its end (`.(๒๖)/๑๕๔๒ กองบังคับการ…`): an office's name opens with a letter, not with a
    /// number's dots, brackets, slash or digits.
    static func agencyAfterNumber(_ rest: String) -> String {
        let opensWord: (Substring) -> Bool = { t in
            t.unicodeScalars.first.map { ThaiTextShim.isThaiConsonant($0) || ThaiTextShim.isLeadingVowel($0) || $0.properties.isAlphabetic && $0.isASCII } ?? false
        }
        let tokens = rest.split(separator: " ")
        guard let first = tokens.first, !opensWord(first), first.unicodeScalars.contains(where: { $0 == "/" || ThaiTextShim.isDigit($0) }) else { return rest }
        return tokens.drop { !opensWord($0) }.joined(separator: " ")
    }

    /// The document's date from a line or value; OCR plausibility is judged later with all evidence.
    static func setDocumentDate(_ ctx: inout ExtractionContext, from text: String, line: Int) {
        var found = ctx.dates(in: text).filter(\.hasDate)
        if found.first?.isValid != true, let loose = LooseDateReader.read(text) {
            let repaired = DateRepair.repair(loose, evidenceYear: ctx.evidenceYear, ocr: ctx.ocr)
            if repaired.isValid {
                found = [repaired]
                ctx.warn("ocr_date_reread", "the date's month name or day was damaged; read as \(repaired.isoDate ?? "?")", text: loose.text, field: "date")
            }
        }
        guard let d = found.first else {
            if MonthOnlyDate.monthAndYearLine(text) != nil {
                // Offices print the month and year and write the day in by hand after signing.
                ctx.record.dateText = text.trimmingCharactersIn(" ")
                ctx.trace("date", line: line)
                ctx.warn("date_without_day", "the date gives month and year only (the day is left blank to be written in by hand); no date is set", text: ctx.record.dateText, field: "date")
                return
            }
            ctx.warn("unreadable_date", "the date line could not be read as a date", text: text, field: "date")
            return
        }
        ctx.record.dateText = d.text
        ctx.trace("date", line: line)
        if d.isValid {
            ctx.record.date = d.isoDate
        } else if ctx.ocr, let e = ctx.evidenceYear, let m = d.printedMonth, let day = d.printedDay,
                  d.problem?.contains("readings fit equally") != true, DateRepair.isValid(DateRepair.gregorian(be: e + 543, month: m), m, day) {
            // OCR left the year's digits unreadable (๒๕๐๒๒๐): the document's date is in the year all
            // its other printed years agree on.
            let y = DateRepair.gregorian(be: e + 543, month: m)
            ctx.record.date = FoundDate.isoDate(y, m, day)
            ctx.warn("ocr_date_repaired", "the year's digits cannot be read; taken as the document's year \(e + 543), which its other printed years agree on", text: d.text, field: "date")
        } else {
            ctx.warn("invalid_date", "the printed date does not exist: \(d.problem ?? "invalid")", text: d.text, field: "date")
        }
        for w in d.warnings { ctx.warn(w.code, w.message, text: d.text, field: "date") }
        if let r = d.repair { ctx.warn(d.isValid && d.problem == nil && r.hasThaiPrefix("OCR") ? "ocr_date_repaired" : "implausible_date", r, text: d.text, field: "date") }
        ctx.documentDateMatch = d
        if let w = d.printedWeekday, let s = d.start, s.hasDate, d.repair == nil {
            ctx.dateVerifiedByWeekday = DateRepair.weekday(s.year, s.month, s.day) == w
        }
    }

    static func labelWarning(_ ctx: inout ExtractionContext, _ m: LabelMatch, field: String) {
        if !m.isExact {
            ctx.warn("ocr_label_repaired", "label \(m.printed) read as \(m.form)", text: m.printed, field: field)
        }
    }

    /// A head value (เรื่อง) wraps onto the next line when that line is in the same paragraph, not
    /// indented as a new one, not a label, not a separator, and the value so far is not long.
    static func isContinuation(_ ctx: ExtractionContext, _ j: Int) -> Bool {
        let lines = ctx.lines
        let l = lines[j]
        // On an OCR'd page head lines stand apart (hOCR makes each its own paragraph); after a full
        // line the next one still continues it.
        let prevFull = ctx.ocr && ctx.wrapWidth > 20 && lines[j - 1].text.unicodeScalars.count * 100 >= ctx.wrapWidth * 85
        let sameBlock = !l.startsBlock && l.block == lines[j - 1].block
        guard sameBlock || prevFull, !isAnyLabel(l.text) else { return false }
        // A speck under the head (`ฉ/`) is no wrapped word.
        if ctx.ocr, isSpeckLine(l.text) { return false }
        // Across a gap, a line opening with เพื่อ (in order to) is an order's first sentence.
        // In an order it is so even on the next line: an order's subject is its แต่งตั้ง… title.
        if !sameBlock || ctx.record.kind == .order, l.text.hasThaiPrefix("เพื่อ") { return false }
        // The words a memo's, letter's or order's text opens with: a line starting so is the body
        // (OCR text has no blank line or indent to tell it from a wrapped subject).
        if bodyOpeners.contains(where: { l.text.hasThaiPrefix($0) }) { return false }
        if l.text.allSatisfy({ "-–—_*=๏ ".contains($0) }) { return false }
        if let a = l.indent, let b = lines[j - 1].indent, a != b, a > 0 { return false }
        // Only a full line wraps: after a short line (OCR text has no blank lines or indents) a new part begins.
        if lines[j - 1].text.unicodeScalars.count * 4 < ctx.wrapWidth * 3 { return false }
        return l.text.unicodeScalars.count <= 120
    }

    /// เรื่อง and its wrapped lines; returns the line after them.
    static func readSubject(_ ctx: inout ExtractionContext, _ m: LabelMatch, at i: Int, limit: Int) -> Int {
        ctx.used.insert(i)
        var value = m.value
        var j = i + 1
        while j < limit, isContinuation(ctx, j) {
            value = joinWrapped(value, ctx.lines[j].text); ctx.used.insert(j); j += 1
        }
        // A subject wrapped under itself (a hanging indent, `เรื่อง …` / `      พ.ศ. ๒๕๖๗`) is told by
        // what follows it: เรียน or เสนอ in a memo or letter, the rule under an order's or an
        // announcement's head. Up to two unlabelled lines before it are the subject's.
        if let k = subjectWrapEnd(ctx, from: j, limit: limit) {
            for w in j..<k where !(ctx.ocr && isSpeckLine(ctx.lines[w].text)) { value = joinWrapped(value, ctx.lines[w].text) }
            for w in j..<k { ctx.used.insert(w) }
            j = k
        }
        labelWarning(&ctx, m, field: "subject")
        ctx.record.subject = value.isEmpty ? nil : value
        ctx.trace("subject", line: i)
        return j
    }

    /// Where a subject's wrapped lines from `j` end: the addressee label (memo, letter), or a rule or
    /// the body's opening word (order, announcement) within two lines, none of them a label or the
    /// body's opening.
    static func subjectWrapEnd(_ ctx: ExtractionContext, from j: Int, limit: Int) -> Int? {
        var k = j
        while k < limit, k - j < 2, !isAnyLabel(ctx.lines[k].text), !(k > j && ctx.lines[k].followsRule),
              !bodyOpeners.contains(where: { ctx.lines[k].text.hasThaiPrefix($0) }) { k += 1 }
        guard k > j, k < limit else { return nil }
        switch ctx.record.kind {
        case .memo, .letter: return LabelMatcher.match(.addressee, at: ctx.lines[k].text) != nil ? k : nil
        // Without the rule (scanned pages often lose it) the body's opening word (ด้วย, ตามที่ …) ends them.
        case .order, .announcement:
            return ctx.lines[k].followsRule || bodyOpeners.contains(where: { ctx.lines[k].text.hasThaiPrefix($0) }) ? k : nil
        default: return nil
        }
    }

    static let bodyOpeners = ["ตามที่", "ตามหนังสือ", "ด้วย", "เพื่อให้", "อาศัยอำนาจ", "โดยที่", "เนื่องจาก", "อนุสนธิ", "ตามคำสั่ง", "ตามประกาศ"]

    static func isAnyLabel(_ text: String) -> Bool {
        [PartLabel.agency, .reference, .date, .subject, .addressee, .references, .enclosures]
            .contains { LabelMatcher.match($0, at: text) != nil }
    }

    static func appendExtra(_ ctx: inout ExtractionContext, _ key: String, _ value: String) {
        if case .strings(var list)? = ctx.record.extra[key] { list.append(value); ctx.record.extra[key] = .strings(list) }
        else { ctx.record.extra[key] = .strings([value]) }
    }
}

/// Joins a line wrapped inside a paragraph: Thai runs on with no space; other scripts take one.
func joinWrapped(_ a: String, _ b: String) -> String {
    guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return a + b }
    if ThaiTextShim.isThai(last) && ThaiTextShim.isThai(first) && !ThaiTextShim.isDigit(last) && !ThaiTextShim.isDigit(first) {
        // ณ standing as a word ("at") is always followed by a space in Thai writing.
        if last == "ณ", a.unicodeScalars.count == 1 || a.unicodeScalars.dropLast().last == " " { return a + " " + b }
        // So is an era before its year (`ประจำปีงบประมาณ พ.ศ. ๒๕๖๗`).
        if b.utf8.starts(with: "พ.ศ.".utf8) || b.utf8.starts(with: "ค.ศ.".utf8) { return a + " " + b }
        return a + b
    }
    return a + " " + b
}
