import SarabanCore

/// `chair_missing`, `chair_multiple`: a committee appointed by an order has exactly one chair.
/// An order that appoints several committees (`คณะอนุกรรมการด้าน… ประกอบด้วย`, each under its
/// heading: the members' `group`, named คณะ…) has one chair in each; sections of one committee
/// (`ฝ่ายบริหาร`, `ผู้แทนชุมชน`) share its chair.
public struct ChairCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["chair_missing", "chair_multiple"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        guard r.kind == .order, !r.members.isEmpty, !AppointsOnePerson.check(r) else { return [] }
        let chairs = r.members.indices.filter { r.members[$0].role == .chair }
        if chairs.isEmpty, !AmendingOrder.amends(r) {
            return [ValidationIssue(severity: .error, code: "chair_missing", message: "no member is the chair (ประธานกรรมการ)", field: "members")]
        }
        // Chairs counted per committee; members without one form the order's committee.
        var byGroup: [String: [Int]] = [:]
        for k in chairs { byGroup[Self.committee(of: r.members[k]), default: []].append(k) }
        if let doubled = byGroup.values.filter({ $0.count > 1 }).min(by: { $0[1] < $1[1] }) {
            let group = r.members[doubled[0]].group.flatMap { $0.unicodeScalars.starts(with: "คณะ".unicodeScalars) ? " of \($0)" : nil } ?? ""
            return [ValidationIssue(severity: .error, code: "chair_multiple",
                                    message: "\(doubled.count) members\(group) are chair: " + doubled.map { "members[\($0)]" }.joined(separator: ", "),
                                    field: "members[\(doubled[1])].role")]
        }
        return []
    }

    /// The committee a member sits on: the group heading when it names a committee (คณะ…), else
    /// "" for the order's own committee.
    static func committee(of m: Member) -> String {
        m.group.flatMap { $0.unicodeScalars.starts(with: "คณะ".unicodeScalars) ? $0 : nil } ?? ""
    }
}
