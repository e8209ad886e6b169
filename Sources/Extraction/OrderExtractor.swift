import SarabanCore
import ThaiText
import ThaiDates

/// The parts of an order (คำสั่ง) and an announcement (ประกาศ) after the head: legal basis,
/// the members, duties, the effective date, and the signing date (สั่ง ณ วันที่ / ประกาศ ณ วันที่).
enum OrderExtractor {
    /// Phrases that introduce the member list.
    static let listIntroducers = ["ประกอบด้วย", "ดังต่อไปนี้", "ดังนี้", "ดังมีรายนามต่อไปนี้", "ตามรายชื่อต่อไปนี้"]

    /// Finds the signing line; returns its index.
    static func readSigningDate(_ ctx: inout ExtractionContext, before end: Int) -> Int? {
        let label: PartLabel = ctx.record.kind == .order ? .orderSigned : .announcementSigned
        var i = min(end, ctx.lines.count) - 1
        while i >= 0 {
            let t = ctx.lines[i].text
            if var m = LabelMatcher.match(label, at: t, allowGlued: true) ?? signedLoose(t) {
                // A label damaged past telling สั่ง from ประกาศ is the document kind's.
                if m.label != label { m.label = label; m.form = label == .orderSigned ? "สั่ง ณ วันที่" : "ประกาศ ณ วันที่" }
                ctx.used.insert(i)
                HeadExtractor.labelWarning(&ctx, m, field: "date")
                HeadExtractor.setDocumentDate(&ctx, from: m.value, line: i)
                return i
            }
            i -= 1
        }
        return nil
    }

    /// An order is numbered in the year it is signed (`ที่ ๓๕/๒๕๖๗`, signed ๙ มกราคม ๒๕๖๗). On an
    /// OCR'd page, when the number's year was read as another year than the signing date's and
    /// its printed digits are near the signing year too, the signing year is taken, with a warning.
    static func settleOrderYear(_ ctx: inout ExtractionContext) {
        guard ctx.ocr, ctx.record.kind == .order, let digits = ctx.orderYearDigits, let no = ctx.record.orderNo,
              let date = ctx.record.date, let ce = Int(date.prefix(4)),
              let slash = no.lastIndex(of: "/"), let year = Int(no[no.index(after: slash)...]) else { return }
        let signedBE = ce + 543
        guard year != signedBE else { return }
        let printedYear = YearEvidence.PrintedYear(digits: digits)
        // A year printed as it reads stands, whatever the (perhaps repaired) signing date says.
        guard YearEvidence.cost(printedYear, be: year) > 0 else { return }
        let cost = YearEvidence.cost(printedYear, be: signedBE)
        guard cost <= DateRepair.ocrYearTolerance + 0.4 else { return }
        ctx.record.orderNo = String(no[..<slash]) + "/\(signedBE)"
        let printed = String(digits.map { Character(Unicode.Scalar(0x0E50 + UInt32($0))!) })
        ctx.warn("ocr_digit_repaired", "the order number's year read as \(signedBE), the year the order was signed (OCR digit distance \(String(format: "%.1f", cost)))",
                 text: printed, field: "order_no")
    }

    /// `สั่ง ณ วันที่` with OCR damage in the first word (the ณ วันที่ part anchors it).
    private static func signedLoose(_ t: String) -> LabelMatch? {
        guard let r = t.range(of: "ณ วันที่"), t.distance(from: t.startIndex, to: r.lowerBound) <= 8 else { return signedWithoutDayLabel(t) }
        let printed = String(t[..<r.upperBound])
        let value = String(t[r.upperBound...]).trimmingCharactersIn(" ")
        let form = printed.hasThaiPrefix("ประ") ? "ประกาศ ณ วันที่" : "สั่ง ณ วันที่"
        return LabelMatch(label: form.hasThaiPrefix("ประ") ? .announcementSigned : .orderSigned, form: form, printed: printed,
                          value: value, distance: printed == form ? 0 : 0.2)
    }

    /// `สัง ณ ๑๕ มกราคม พ.ศ. ๒๕๖๗`: OCR lost วันที่ (and a mark); สั่ง or ประกาศ (marks ignored), ณ,
    /// and a day's digits still make the signing line.
    static func signedWithoutDayLabel(_ t: String) -> LabelMatch? {
        if let m = signedAfterLoneAt(t) { return m }
        for (form, word) in [("สั่ง ณ วันที่", "สั่ง ณ "), ("ประกาศ ณ วันที่", "ประกาศ ณ ")] {
            guard let n = ThaiTextShim.prefixIgnoringMarks(word, in: t) else { continue }
            let rest = t.unicodeScalars.dropFirst(n)
            guard let first = rest.first, ThaiDigits.value(first) != nil else { continue }
            let printed = String(String.UnicodeScalarView(t.unicodeScalars.prefix(n))).trimmingCharactersIn(" ")
            return LabelMatch(label: form.hasThaiPrefix("ประ") ? .announcementSigned : .orderSigned, form: form, printed: printed,
                              value: String(String.UnicodeScalarView(rest)), distance: 0.4)
        }
        return nil
    }

    /// `ง ณวนท ๓ เมษายน พ.ศ. …`: the signing label damaged past reading but its ณ, near the line's
    /// start, then a day and a month's name. The value starts at the day.
    static func signedAfterLoneAt(_ t: String) -> LabelMatch? {
        let u = Array(t.unicodeScalars)
        guard let at = u.prefix(8).firstIndex(of: "ณ"), at == 0 || u[at - 1] == " " else { return nil }
        var k = at + 1
        while k < u.count, k - at <= 8, ThaiDigits.value(u[k]) == nil { k += 1 }
        guard k < u.count, ThaiDigits.value(u[k]) != nil else { return nil }
        let value = String(String.UnicodeScalarView(u[k...]))
        guard ThaiMonths.table.contains(where: { ThaiScalarSearch.contains($0.full, in: value) }) else { return nil }
        let printed = String(String.UnicodeScalarView(u[..<k])).trimmingCharactersIn(" ")
        return LabelMatch(label: .orderSigned, form: "สั่ง ณ วันที่", printed: printed, value: value, distance: 0.6)
    }

    static func readParts(_ ctx: inout ExtractionContext, from start: Int, to end: Int) {
        var i = start
        var membersRead = false
        while i < end {
            let t = ctx.lines[i].text
            if ThaiScalarSearch.contains("อาศัยอำนาจ", in: t) || t.hasThaiPrefix("ตามความใน") {
                ctx.record.extra["legal_basis"] = .string(legalBasis(from: t))
            }
            if !membersRead, ctx.record.kind == .order, introducesList(t, ocr: ctx.ocr) || startsList(ctx, at: i) || columnsBeforeIntroducer(ctx, at: i, end: end) {
                let from = introducesList(t, ocr: ctx.ocr) ? i + 1 : i
                let (members, next) = MemberListExtractor.read(&ctx, from: from, to: end)
                if !members.isEmpty {
                    ctx.record.members = members
                    membersRead = true
                    i = max(next, i + 1)
                    continue
                }
            }
            if ThaiScalarSearch.contains("อำนาจหน้าที่", in: t) || t.hasThaiPrefix("มีหน้าที่") || t.hasThaiPrefix("ให้คณะกรรมการมีหน้าที่") {
                var duties: [String] = []
                var j = i + 1
                while j < end, let (_, rest) = EntryLabel.read(Substring(ctx.lines[j].text)) ?? ctx.lines[j].listLabel.map({ _ in (EntryLabel(printed: "", number: 0, parenthesised: false, depth: 1), Substring(ctx.lines[j].text)) }) {
                    duties.append(String(rest))
                    j += 1
                    // Wrapped duty lines.
                    while j < end, !ctx.lines[j].startsBlock, EntryLabel.read(Substring(ctx.lines[j].text)) == nil,
                          !MemberListExtractor.listEnders.contains(where: { ctx.lines[j].text.hasThaiPrefix($0) }),
                          ctx.lines[j].block == ctx.lines[j - 1].block {
                        duties[duties.count - 1] = joinWrapped(duties[duties.count - 1], ctx.lines[j].text); j += 1
                    }
                }
                if !duties.isEmpty { ctx.record.extra["duties"] = .strings(duties) }
            }
            if t.hasThaiPrefix("ทั้งนี้") && (ThaiScalarSearch.contains("ตั้งแต่", in: t) || ThaiScalarSearch.contains("เป็นต้นไป", in: t)) {
                let value = String(t.dropFirst("ทั้งนี้".count)).trimmingCharactersIn(" ")
                ctx.record.extra["effective"] = .string(value)
                if let d = ctx.dates(in: t).first(where: { $0.hasDate && $0.isValid }), let iso = d.isoDate {
                    ctx.record.extra["effective_date"] = .string(iso)
                }
            }
            i += 1
        }
    }

    static func introducesList(_ t: String, ocr: Bool = false) -> Bool {
        // Asked of every line of an order's body: most end in a letter no introducer ends in.
        guard let last = t.unicodeScalars.last,
              introducerLastScalars.contains(last) || (ocr && (ThaiLookalike.isMark(last.value) || bareIntroducerLastScalars.contains(last))) else { return false }
        if listIntroducers.contains(where: { t.hasThaiSuffix($0) || t.hasThaiSuffix($0 + " :") || t.hasThaiSuffix($0 + ":") }) { return true }
        // On an OCR'd page also with its marks lost (`… ดังนี` for ดังนี้).
        guard ocr else { return false }
        return bareListIntroducers.contains { endsIgnoringMarks(t, $0) }
    }

    /// Whether `t` ends (before spaces and a colon) with `bare` when its marks are skipped; read
    /// from the end, so most lines are answered at their last letter.
    static func endsIgnoringMarks(_ t: String, _ bare: [Unicode.Scalar]) -> Bool {
        var k = bare.count - 1
        var started = false
        for u in t.unicodeScalars.reversed() {
            if !started, u == " " || u == ":" { continue }
            started = true
            if ThaiLookalike.isMark(u.value) { continue }
            guard u == bare[k] else { return false }
            if k == 0 { return true }
            k -= 1
        }
        return false
    }

    static let bareListIntroducers: [[Unicode.Scalar]] = listIntroducers.map { $0.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) } }
    static let introducerLastScalars: Set<Unicode.Scalar> = Set(listIntroducers.compactMap(\.unicodeScalars.last) + [":", " "])
    static let bareIntroducerLastScalars: Set<Unicode.Scalar> = Set(bareListIntroducers.compactMap(\.last))

    /// A numbered entry that ends with a role starts a member list even without an introducer.
    static func startsList(_ ctx: ExtractionContext, at i: Int) -> Bool {
        let line = ctx.lines[i]
        if line.listLabel != nil { return MemberRoles.atEnd(of: Substring(line.text)) != nil }
        let text = ctx.ocr ? MemberListExtractor.withoutTableNoise(line.text) : line.text
        guard let rest = EntryLabel.read(Substring(text))?.1 ?? (ctx.ocr ? EntryLabel.readBare(Substring(text))?.1 : nil) else { return false }
        return MemberRoles.atEnd(of: rest) != nil
    }

    /// On an OCR'd page tesseract may print a table's first column (the numbered names) before the
    /// end of the sentence that introduces it, and the other columns after (corpus order_05): a
    /// numbered entry followed within a few lines by the introducer starts the list there.
    static func columnsBeforeIntroducer(_ ctx: ExtractionContext, at i: Int, end: Int) -> Bool {
        guard ctx.ocr, EntryLabel.read(Substring(ctx.lines[i].text)) != nil else { return false }
        return (i + 1..<min(end, i + 16)).contains { introducesList(ctx.lines[$0].text, ocr: ctx.ocr) }
    }

    private static func legalBasis(from t: String) -> String {
        guard let r = t.range(of: "อาศัยอำนาจ") ?? t.range(of: "ตามความใน") else { return t }
        var s = String(t[r.lowerBound...])
        for stop in [" จึง", "จึงแต่งตั้ง", "จึงให้", "จึงออก"] {
            if let e = s.range(of: stop) { s = String(s[..<e.lowerBound]) }
        }
        return s.trimmingCharactersIn(" ")
    }
}
