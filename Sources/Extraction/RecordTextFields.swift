import SarabanCore

/// The record's free-text fields that the OCR passes (district names, years in text, the word
/// dictionary) rewrite, named once: each pass says which fields it reads and how to rewrite one.
struct RecordTextFields: OptionSet {
    let rawValue: Int
    static let agency = Self(rawValue: 1 << 0)
    static let subject = Self(rawValue: 1 << 1)
    static let addressee = Self(rawValue: 1 << 2)
    static let references = Self(rawValue: 1 << 3)
    static let enclosures = Self(rawValue: 1 << 4)
    static let signatoryPosition = Self(rawValue: 1 << 5)
    static let memberPositions = Self(rawValue: 1 << 6)
    static let deadlineActions = Self(rawValue: 1 << 7)
    static let meetingPlaces = Self(rawValue: 1 << 8)
}

extension Record {
    /// Rewrites each named field with `transform(value, field path)`; nil values stay nil.
    mutating func rewriteText(_ fields: RecordTextFields, _ transform: (String, String) -> String) {
        func each(_ v: String?, _ path: String) -> String? { v.map { transform($0, path) } }
        if fields.contains(.agency) { agency = each(agency, "agency") }
        if fields.contains(.subject) { subject = each(subject, "subject") }
        if fields.contains(.addressee) { addressee = each(addressee, "addressee") }
        if fields.contains(.references) { references = references.enumerated().map { transform($1, "references[\($0)]") } }
        if fields.contains(.enclosures) { enclosures = enclosures.enumerated().map { transform($1, "enclosures[\($0)]") } }
        if fields.contains(.signatoryPosition), let p = signatory?.position { signatory?.position = transform(p, "signatory.position") }
        if fields.contains(.memberPositions) {
            for k in members.indices { members[k].position = each(members[k].position, "members[\(k)].position") }
        }
        if fields.contains(.deadlineActions) {
            for k in deadlines.indices { deadlines[k].action = each(deadlines[k].action, "deadlines[\(k)].action") }
        }
        if fields.contains(.meetingPlaces) {
            for k in meetings.indices { meetings[k].place = each(meetings[k].place, "meetings[\(k)].place") }
        }
    }
}
