import SarabanCore

/// Values read through OCR are doubtful: on a clean render of the seed tesseract misread 26–29% of
/// Thai digits and dropped tone marks and thanthakhat (domain.md). A value that may be wrong must
/// carry a warning on its field, so every value of an OCR'd document that no second source
/// confirmed gets one (`ocr_unverified`), unless a more specific warning already sits on it.
enum OcrDoubt {
    /// True for hOCR and ALTO, and for text that carries tesseract's signature: sara am written
    /// as nikhahit + sara aa (ํ + า), which no keyboard produces but tesseract always does.
    static func isOCR(_ document: Document) -> Bool {
        if document.source.format == .hocr || document.source.format == .alto { return true }
        // Tesseract prints sara am as nikhahit + sara aa (ํ + า), which the normaliser repairs; a
        // typed or exported text has ำ. Three such repairs are a tesseract page; so is any number of
        // them when the text has no ำ of its own (a short page: a minutes' head with two).
        var decomposedSaraAm = 0
        for b in document.blocks {
            if case .paragraph(let p) = b { decomposedSaraAm += p.repairs.filter { $0.code == "sara_am" }.count }
            if decomposedSaraAm >= 3 { return true }
        }
        guard decomposedSaraAm > 0 else { return false }
        var saraAm = 0
        for b in document.blocks {
            if case .paragraph(let p) = b { saraAm += p.text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{0E33}" ? 1 : 0) } }
        }
        return decomposedSaraAm == saraAm
    }

    /// The contact's numbers are one value to doubt (`contact`), unless one of them carries a warning
    /// of its own (`contact.fax`: `implausible_number`): that warning says nothing of the others, so
    /// each other kind of number is then doubted on its own field (`contact.phone`).
    static func contactFields(_ r: Record) -> [(String, String?)] {
        let parts = [("contact.phone", r.contact.phone), ("contact.fax", r.contact.fax)].filter { !$0.1.isEmpty }
        guard !parts.isEmpty else { return [] }
        let partWarned = r.warnings.contains { w in w.field.map { $0.hasPrefix("contact.") } ?? false }
        if !partWarned { return [("contact", parts.flatMap(\.1).joined(separator: " "))] }
        return parts.map { ($0.0, $0.1.joined(separator: " ")) }
    }

    static func flag(_ ctx: inout ExtractionContext) {
        let r = ctx.record
        var fields: [(String, String?)] = [
            ("agency", r.agency), ("reference_no", r.referenceNo), ("order_no", r.orderNo), ("date", r.date),
            ("subject", r.subject), ("addressee", r.addressee), ("signatory", r.signatory?.name),
        ]
        fields += contactFields(r)
        for (i, d) in r.deadlines.enumerated() { fields.append(("deadlines[\(i)].date", d.date)) }
        for (i, v) in r.references.enumerated() { fields.append(("references[\(i)]", v)) }
        for (i, v) in r.enclosures.enumerated() { fields.append(("enclosures[\(i)]", v)) }
        for (i, m) in r.meetings.enumerated() {
            if m.start != nil { fields.append(("meetings[\(i)].start", m.start)) }
            // The end's digits are as doubtful as the start's (๑๕.๔๕ read as ๑๕.๕๕), and the place is OCR'd text.
            if m.end != nil { fields.append(("meetings[\(i)].end", m.end)) }
            if m.place != nil { fields.append(("meetings[\(i)].place", m.place)) }
        }
        for (i, m) in r.members.enumerated() { fields.append(("members[\(i)]", m.name ?? m.position)) }
        for (field, value) in fields {
            guard let value else { continue }
            let root = field.split(separator: ".").first.map(String.init) ?? field
            let warned = ctx.record.warnings.contains { w in
                guard let f = w.field else { return false }
                return f == field || f.hasPrefix(field + ".") || f == root
            }
            if warned { continue }
            // A date whose printed weekday agrees with it was checked by the document itself.
            if field == "date", ctx.dateVerifiedByWeekday { continue }
            let confidence = ctx.record.provenance[field]?.confidence ?? ctx.record.provenance[root]?.confidence
            let how = confidence.map { String(format: "mean word confidence %.0f", $0) } ?? "no confidence given"
            ctx.warn("ocr_unverified", "read by OCR (\(how)); not confirmed by a second source: check against the scan", text: value, field: field)
        }
    }
}
