import SarabanCore

/// Record-level checks that fill `issues`. (Skeleton; the validation issue fills it.)
public struct Validator: Sendable {
    public init() {}
    public func validate(_ record: Record) -> [ValidationIssue] { [] }
}
