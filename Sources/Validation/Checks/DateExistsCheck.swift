import SarabanCore

/// `date_invalid`: a date field is not an ISO date, or names a day that does not exist (`2022-02-30`).
public struct DateExistsCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["date_invalid"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        RecordDates.all(r).compactMap { field, value in
            if CivilDate(iso: value) != nil { return nil }
            let reason = CivilDate.fields(value) == nil ? "is not an ISO 8601 date" : "names a day that does not exist"
            return ValidationIssue(severity: .error, code: "date_invalid", message: "\(field) \"\(value)\" \(reason)", field: field)
        }
    }
}
