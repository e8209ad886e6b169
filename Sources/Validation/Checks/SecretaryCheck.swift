import SarabanCore

/// `secretary_missing`: a committee appointed by an order has a secretary (กรรมการและเลขานุการ);
/// not asked of an order that amends another (`AmendingOrder`).
/// `secretary_multiple` (a warning): two secretaries in one committee (counted per committee as
/// ChairCheck counts chairs). Offices do name a joint secretary at times, but more often a role
/// read twice (an OCR'd role cut over lines, `กรรมการและ` / `ผู้ช่วย` / `เลขานุการ`) says a role was
/// misread; a person should look.
public struct SecretaryCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["secretary_missing", "secretary_multiple"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        guard r.kind == .order, !r.members.isEmpty, !AppointsOnePerson.check(r) else { return [] }
        let secretaries = r.members.indices.filter { r.members[$0].role == .secretary }
        if secretaries.isEmpty {
            guard !AmendingOrder.amends(r) else { return [] }
            return [ValidationIssue(severity: .error, code: "secretary_missing",
                                    message: "no member is the secretary (กรรมการและเลขานุการ)", field: "members")]
        }
        var byGroup: [String: [Int]] = [:]
        for k in secretaries { byGroup[ChairCheck.committee(of: r.members[k]), default: []].append(k) }
        if let doubled = byGroup.values.filter({ $0.count > 1 }).min(by: { $0[1] < $1[1] }) {
            return [ValidationIssue(severity: .warning, code: "secretary_multiple",
                                    message: "\(doubled.count) members of one committee are secretary: " + doubled.map { "members[\($0)]" }.joined(separator: ", "),
                                    field: "members[\(doubled[1])].role")]
        }
        return []
    }
}
