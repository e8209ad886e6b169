import Foundation
import SarabanCore

/// `missing_part`: a part every document of its kind has (domain.md, "The kinds and their parts")
/// was not found. Written as one table so the parts of each kind are stated once.
public struct RequiredPartsCheck: RecordCheck {
    public typealias Part = (field: String, present: @Sendable (Record) -> Bool)

    /// A value with something but white space (`trimmingCharacters(in: .whitespaces)` is not
    /// empty), decided at the first scalar that is not white space: trimming converted every
    /// Thai value to UTF-16 and back.
    static func has(_ s: String?) -> Bool {
        guard let s else { return false }
        let blank = CharacterSet.whitespaces
        return s.unicodeScalars.contains { !blank.contains($0) }
    }

    public static let parts: [DocumentKind: [Part]] = [
        .memo: [("agency", { has($0.agency) }), ("reference_no", { has($0.referenceNo) }), ("date", { has($0.date) }),
                ("subject", { has($0.subject) }), ("addressee", { has($0.addressee) })],
        .letter: [("reference_no", { has($0.referenceNo) }), ("date", { has($0.date) }), ("subject", { has($0.subject) }),
                  ("addressee", { has($0.addressee) }), ("signatory", { $0.signatory != nil })],
        .order: [("agency", { has($0.agency) }), ("order_no", { has($0.orderNo) }), ("date", { has($0.date) }),
                 ("subject", { has($0.subject) }), ("signatory", { $0.signatory != nil }), ("members", { !$0.members.isEmpty })],
        .announcement: [("agency", { has($0.agency) }), ("date", { has($0.date) }), ("subject", { has($0.subject) }),
                        ("signatory", { $0.signatory != nil })],
        .minutes: [("date", { has($0.date) }), ("members", { !$0.members.isEmpty })],
        .other: [],
    ]

    public init() {}
    public var codes: [String] { ["missing_part"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        (Self.parts[r.kind] ?? []).compactMap { part in
            if part.present(r) { return nil }
            // A date printed without its day (`ธันวาคม ๒๕๖๕`, the day left to be written in by hand).
            let message = part.field == "date" && Self.has(r.dateText) && r.warnings.contains(where: { $0.code == "date_without_day" })
                ? "a \(r.kind.rawValue) must have a date; \(r.dateText!) has no day"
                : "a \(r.kind.rawValue) must have \(part.field)"
            return ValidationIssue(severity: .error, code: "missing_part", message: message, field: part.field)
        }
    }
}
