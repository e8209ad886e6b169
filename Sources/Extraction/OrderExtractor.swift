import SarabanCore
import ThaiText

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
            if let m = LabelMatcher.match(label, at: t, allowGlued: true) ?? signedLoose(t) {
                ctx.used.insert(i)
                HeadExtractor.labelWarning(&ctx, m, field: "date")
                HeadExtractor.setDocumentDate(&ctx, from: m.value, line: i)
                return i
            }
            i -= 1
        }
        return nil
    }

    /// `สั่ง ณ วันที่` with OCR damage in the first word (the ณ วันที่ part anchors it).
    private static func signedLoose(_ t: String) -> LabelMatch? {
        guard let r = t.range(of: "ณ วันที่"), t.distance(from: t.startIndex, to: r.lowerBound) <= 8 else { return nil }
        let printed = String(t[..<r.upperBound])
        let value = String(t[r.upperBound...]).trimmingCharactersIn(" ")
        let form = printed.hasPrefix("ประ") ? "ประกาศ ณ วันที่" : "สั่ง ณ วันที่"
        return LabelMatch(label: form.hasPrefix("ประ") ? .announcementSigned : .orderSigned, form: form, printed: printed,
                          value: value, distance: printed == form ? 0 : 0.2)
    }

    static func readParts(_ ctx: inout ExtractionContext, from start: Int, to end: Int) {
        var i = start
        var membersRead = false
        while i < end {
            let t = ctx.lines[i].text
            if ThaiScalarSearch.contains("อาศัยอำนาจ", in: t) || t.hasPrefix("ตามความใน") {
                ctx.record.extra["legal_basis"] = .string(legalBasis(from: t))
            }
            if !membersRead, ctx.record.kind == .order, introducesList(t) || startsList(ctx, at: i) {
                let from = introducesList(t) ? i + 1 : i
                let (members, next) = MemberListExtractor.read(&ctx, from: from, to: end)
                if !members.isEmpty {
                    ctx.record.members = members
                    membersRead = true
                    i = max(next, i + 1)
                    continue
                }
            }
            if ThaiScalarSearch.contains("อำนาจหน้าที่", in: t) || t.hasPrefix("มีหน้าที่") || t.hasPrefix("ให้คณะกรรมการมีหน้าที่") {
                var duties: [String] = []
                var j = i + 1
                while j < end, let (_, rest) = EntryLabel.read(Substring(ctx.lines[j].text)) ?? ctx.lines[j].listLabel.map({ _ in (EntryLabel(printed: "", number: 0, parenthesised: false, depth: 1), Substring(ctx.lines[j].text)) }) {
                    duties.append(String(rest))
                    j += 1
                    // Wrapped duty lines.
                    while j < end, !ctx.lines[j].startsBlock, EntryLabel.read(Substring(ctx.lines[j].text)) == nil,
                          !MemberListExtractor.listEnders.contains(where: { ctx.lines[j].text.hasPrefix($0) }),
                          ctx.lines[j].block == ctx.lines[j - 1].block {
                        duties[duties.count - 1] = joinWrapped(duties[duties.count - 1], ctx.lines[j].text); j += 1
                    }
                }
                if !duties.isEmpty { ctx.record.extra["duties"] = .strings(duties) }
            }
            if t.hasPrefix("ทั้งนี้") && (ThaiScalarSearch.contains("ตั้งแต่", in: t) || ThaiScalarSearch.contains("เป็นต้นไป", in: t)) {
                let value = String(t.dropFirst("ทั้งนี้".count)).trimmingCharactersIn(" ")
                ctx.record.extra["effective"] = .string(value)
                if let d = ctx.dates(in: t).first(where: { $0.hasDate && $0.isValid }), let iso = d.isoDate {
                    ctx.record.extra["effective_date"] = .string(iso)
                }
            }
            i += 1
        }
    }

    static func introducesList(_ t: String) -> Bool {
        listIntroducers.contains { t.hasSuffix($0) || t.hasSuffix($0 + " :") || t.hasSuffix($0 + ":") }
    }

    /// A numbered entry that ends with a role starts a member list even without an introducer.
    static func startsList(_ ctx: ExtractionContext, at i: Int) -> Bool {
        let line = ctx.lines[i]
        let rest = line.listLabel != nil ? Substring(line.text) : EntryLabel.read(Substring(line.text))?.1
        guard let rest else { return false }
        return MemberRoles.atEnd(of: rest) != nil
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
