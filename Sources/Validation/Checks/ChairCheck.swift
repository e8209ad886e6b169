import SarabanCore

/// `chair_missing`, `chair_multiple`: a committee appointed by an order has exactly one chair.
public struct ChairCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["chair_missing", "chair_multiple"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        guard r.kind == .order, !r.members.isEmpty else { return [] }
        let chairs = r.members.indices.filter { r.members[$0].role == .chair }
        if chairs.isEmpty {
            return [ValidationIssue(severity: .error, code: "chair_missing", message: "no member is the chair (ประธานกรรมการ)", field: "members")]
        }
        if chairs.count > 1 {
            return [ValidationIssue(severity: .error, code: "chair_multiple",
                                    message: "\(chairs.count) members are chair: " + chairs.map { "members[\($0)]" }.joined(separator: ", "),
                                    field: "members[\(chairs[1])].role")]
        }
        return []
    }
}
