/// The verdict on one order: `{file, agency, district, compliant, checks: [{code, passed, detail}]}`.
/// `passed` is true, false, or null when the order does not say; `compliant` is true only when
/// every check passed (an order that does not say what was asked has not shown it complied).
public struct ComplianceResult: Sendable, Codable, Equatable {
    public var file: String
    public var agency: String?
    public var district: String?
    public var date: String?
    public var compliant: Bool?
    public var checks: [ComplianceCheck]
    /// Why the input could not be checked (unreadable file); nil otherwise.
    public var error: String?

    public init(file: String, agency: String?, district: String?, date: String? = nil, checks: [ComplianceCheck], error: String? = nil) {
        self.file = file
        self.agency = agency
        self.district = district
        self.date = date
        self.checks = checks
        self.error = error
        compliant = error == nil && !checks.isEmpty && checks.allSatisfy { $0.passed == true }
    }

    public func check(_ code: ComplianceCheck.Code) -> ComplianceCheck? { checks.first { $0.code == code.rawValue } }

    enum CodingKeys: String, CodingKey { case file, agency, district, date, compliant, checks, error }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(agency, forKey: .agency)
        try c.encode(district, forKey: .district)
        try c.encode(date, forKey: .date)
        try c.encode(compliant, forKey: .compliant)
        try c.encode(checks, forKey: .checks)
        try c.encode(error, forKey: .error)
    }
}

public struct ComplianceCheck: Sendable, Codable, Equatable {
    /// The stable check codes, in report order.
    public enum Code: String, Sendable, CaseIterable {
        case signedByDeadline = "signed_by_deadline", minMembers = "min_members", categories
        case firstMeeting = "first_meeting", meetingFrequency = "meeting_frequency"
    }
    public var code: String
    public var passed: Bool?
    public var detail: String

    public init(_ code: Code, passed: Bool?, detail: String) {
        self.code = code.rawValue
        self.passed = passed
        self.detail = detail
    }

    enum CodingKeys: String, CodingKey { case code, passed, detail }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(passed, forKey: .passed)
        try c.encode(detail, forKey: .detail)
    }
}
