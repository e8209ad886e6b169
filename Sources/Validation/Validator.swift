import SarabanCore

/// Runs the record checks and returns their findings in a stable order (check order, then field).
public struct Validator: Sendable {
    public var checks: [any RecordCheck]
    public var context: ValidationContext

    /// The checks every record goes through, in the order their issues are reported.
    public static let standardChecks: [any RecordCheck] = [
        DateExistsCheck(), DatePlausibleCheck(), WeekdayCheck(), OrderYearCheck(), RequiredPartsCheck(),
        MemberNumberingCheck(), ChairCheck(), SecretaryCheck(), DuplicatePersonCheck(), DeadlineOrderCheck(),
    ]

    public init(checks: [any RecordCheck] = Validator.standardChecks, context: ValidationContext = ValidationContext()) {
        self.checks = checks
        self.context = context
    }

    public func validate(_ record: Record) -> [ValidationIssue] {
        checks.flatMap { $0.check(record, context: context) }
    }

    /// Every code a standard check can emit (docs/validation.md lists them all; a test keeps the two in step).
    public static var allCodes: [String] { standardChecks.flatMap(\.codes) }
}
