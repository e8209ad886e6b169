import SarabanCore

/// `member_duplicate`: the same person is listed twice. Names are compared without spaces, so
/// `นายสมชาย ใจดี` and `นายสมชาย  ใจดี` are one person; position-only entries are not compared.
public struct DuplicatePersonCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["member_duplicate"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        var seen: [String: Int] = [:]
        var out: [ValidationIssue] = []
        for (i, m) in r.members.enumerated() {
            guard let name = m.name else { continue }
            let key = String(name.unicodeScalars.filter { !$0.properties.isWhitespace })
            guard !key.isEmpty else { continue }
            if let first = seen[key] {
                out.append(ValidationIssue(severity: .error, code: "member_duplicate",
                                           message: "\(name) is listed as members[\(first)] and members[\(i)]", field: "members[\(i)].name"))
            } else {
                seen[key] = i
            }
        }
        return out
    }
}
