import SarabanCore

/// `deadline_before_date`: a deadline falls before the document that sets it was dated.
public struct DeadlineOrderCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["deadline_before_date"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        guard let doc = r.date.flatMap(CivilDate.init(iso:)) else { return [] }
        return r.deadlines.enumerated().compactMap { i, d in
            guard let date = d.date.flatMap(CivilDate.init(iso:)), date < doc else { return nil }
            return ValidationIssue(severity: .error, code: "deadline_before_date",
                                   message: "deadline \(date) is before the document date \(doc)", field: "deadlines[\(i)].date")
        }
    }
}
