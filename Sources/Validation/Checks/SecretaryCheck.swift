import SarabanCore

/// `secretary_missing`: a committee appointed by an order has a secretary (กรรมการและเลขานุการ);
/// not asked of an order that amends another (`AmendingOrder`).
public struct SecretaryCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["secretary_missing"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        guard r.kind == .order, !r.members.isEmpty, !r.members.contains(where: { $0.role == .secretary }), !AmendingOrder.amends(r) else { return [] }
        return [ValidationIssue(severity: .error, code: "secretary_missing",
                                message: "no member is the secretary (กรรมการและเลขานุการ)", field: "members")]
    }
}
