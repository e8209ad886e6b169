/// The record of one document: the JSON contract in ../shared/docs/record-contract.md.
/// Field names and codes here are a public contract: never rename or retype them without a
/// new `schema` version. A field the document does not have is nil (encoded as `null`) or `[]`.
public struct Record: Sendable, Equatable {
    public static let schema = "saraban/1"

    public var source: SourceInfo
    public var kind: DocumentKind
    public var urgency: Urgency?
    public var secrecy: Secrecy?
    public var agency: String?
    public var contact: Contact
    public var referenceNo: String?
    public var reference: Reference?
    public var orderNo: String?
    public var date: String?
    public var dateText: String?
    public var subject: String?
    public var addressee: String?
    public var references: [String]
    public var enclosures: [String]
    public var body: [String]
    public var signatory: Signatory?
    public var deadlines: [Deadline]
    public var requirements: [Requirement]
    public var members: [Member]
    public var meetings: [Meeting]
    public var warnings: [Warning]
    public var issues: [ValidationIssue]
    /// Beyond the contract: where each value came from, keyed by field path (`date`, `members[3].name`).
    public var provenance: [String: FieldSource]
    /// Beyond the contract: kind-specific extras (an order's legal basis, a minutes' agenda …).
    public var extra: [String: ExtraValue]

    public init(source: SourceInfo, kind: DocumentKind = .other) {
        self.source = source
        self.kind = kind
        self.contact = Contact()
        self.references = []
        self.enclosures = []
        self.body = []
        self.deadlines = []
        self.requirements = []
        self.members = []
        self.meetings = []
        self.warnings = []
        self.issues = []
        self.provenance = [:]
        self.extra = [:]
    }
}

public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case memo, letter, order, announcement, minutes, other
}

public enum Urgency: String, Sendable, Codable, CaseIterable {
    case urgent, veryUrgent = "very_urgent", mostUrgent = "most_urgent"
}

public enum Secrecy: String, Sendable, Codable, CaseIterable {
    case confidential, secret, topSecret = "top_secret"
}

public struct Contact: Sendable, Codable, Equatable {
    public var phone: [String]
    public var fax: [String]
    public var email: [String]
    public init(phone: [String] = [], fax: [String] = [], email: [String] = []) {
        self.phone = phone
        self.fax = fax
        self.email = email
    }
}

/// A parsed ที่ number: `กท ๐๔๐๖/ว ๗๗๗` → prefix กท, office 0406, circular, number 777.
public struct Reference: Sendable, Codable, Equatable {
    public var prefix: String?
    public var office: String?
    public var circular: Bool
    public var number: String?
    public var year: Int?
    public init(prefix: String? = nil, office: String? = nil, circular: Bool = false, number: String? = nil, year: Int? = nil) {
        self.prefix = prefix
        self.office = office
        self.circular = circular
        self.number = number
        self.year = year
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(prefix, forKey: .prefix)
        try c.encode(office, forKey: .office)
        try c.encode(circular, forKey: .circular)
        try c.encode(number, forKey: .number)
        try c.encode(year, forKey: .year)
    }
}

public struct Signatory: Sendable, Codable, Equatable {
    /// The signer's name with its title; nil where only the position could be read (a handwritten
    /// signature over the name line on a scan), with a warning on `signatory.name`.
    public var name: String?
    public var title: String?
    public var givenName: String?
    public var familyName: String?
    public var position: String?
    public init(name: String?, title: String? = nil, givenName: String? = nil, familyName: String? = nil, position: String? = nil) {
        self.name = name
        self.title = title
        self.givenName = givenName
        self.familyName = familyName
        self.position = position
    }
    enum CodingKeys: String, CodingKey {
        case name, title, givenName = "given_name", familyName = "family_name", position
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
        try c.encode(givenName, forKey: .givenName)
        try c.encode(familyName, forKey: .familyName)
        try c.encode(position, forKey: .position)
    }
}

public struct Deadline: Sendable, Codable, Equatable {
    /// ISO date `2022-12-29`; nil when the clause's date could not be read (with a warning).
    public var date: String?
    public var text: String
    public var action: String?
    public init(date: String?, text: String, action: String? = nil) {
        self.date = date
        self.text = text
        self.action = action
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(text, forKey: .text)
        try c.encode(action, forKey: .action)
    }
    enum CodingKeys: String, CodingKey { case date, text, action }
}

public struct Requirement: Sendable, Codable, Equatable {
    /// `min_members`, `meeting_frequency`, `max_days` …
    public var kind: String
    public var value: RequirementValue
    /// `people`, `per_month`, `per_year`, `days` …
    public var unit: String?
    public var text: String
    public init(kind: String, value: RequirementValue, unit: String? = nil, text: String) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.text = text
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(value, forKey: .value)
        try c.encode(unit, forKey: .unit)
        try c.encode(text, forKey: .text)
    }
    enum CodingKeys: String, CodingKey { case kind, value, unit, text }
}

/// A requirement's value: a number (30) or a string (`FREQ=MONTHLY`).
public enum RequirementValue: Sendable, Codable, Equatable {
    case number(Int)
    case string(String)
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        }
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { self = .number(n) } else { self = .string(try c.decode(String.self)) }
    }
}

public enum MemberRole: String, Sendable, Codable, CaseIterable {
    case advisor, chair, viceChair = "vice_chair", member, secretary, assistantSecretary = "assistant_secretary"
}

public struct Member: Sendable, Codable, Equatable {
    public var seq: Int?
    /// The person's name with title; nil when the entry names only a position (`ผู้อำนวยการเขตบางรัก`).
    public var name: String?
    public var title: String?
    public var givenName: String?
    public var familyName: String?
    public var position: String?
    public var role: MemberRole?
    public var group: String?
    public init(seq: Int? = nil, name: String?, title: String? = nil, givenName: String? = nil, familyName: String? = nil,
                position: String? = nil, role: MemberRole? = nil, group: String? = nil) {
        self.seq = seq
        self.name = name
        self.title = title
        self.givenName = givenName
        self.familyName = familyName
        self.position = position
        self.role = role
        self.group = group
    }
    enum CodingKeys: String, CodingKey {
        case seq, name, title, givenName = "given_name", familyName = "family_name", position, role, group
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(name, forKey: .name)
        try c.encode(title, forKey: .title)
        try c.encode(givenName, forKey: .givenName)
        try c.encode(familyName, forKey: .familyName)
        try c.encode(position, forKey: .position)
        try c.encode(role, forKey: .role)
        try c.encode(group, forKey: .group)
    }
}

public struct Meeting: Sendable, Codable, Equatable {
    /// ISO 8601 local time with `+07:00` (`2023-01-10T09:30:00+07:00`), or a date alone.
    public var start: String?
    public var end: String?
    public var place: String?
    public var text: String
    /// RFC 5545 RRULE (`FREQ=MONTHLY`) where the text sets a frequency.
    public var recurrence: String?
    public init(start: String? = nil, end: String? = nil, place: String? = nil, text: String, recurrence: String? = nil) {
        self.start = start
        self.end = end
        self.place = place
        self.text = text
        self.recurrence = recurrence
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(place, forKey: .place)
        try c.encode(text, forKey: .text)
        try c.encode(recurrence, forKey: .recurrence)
    }
    enum CodingKeys: String, CodingKey { case start, end, place, text, recurrence }
}

/// Something repaired, guessed or doubtful: a person should look at `field`.
public struct Warning: Sendable, Codable, Equatable {
    public var code: String
    public var message: String
    /// The text as printed.
    public var text: String?
    /// The record field it concerns as a path (`date`, `members[3].name`); nil for the whole document.
    public var field: String?
    public init(code: String, message: String, text: String? = nil, field: String? = nil) {
        self.code = code
        self.message = message
        self.text = text
        self.field = field
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(text, forKey: .text)
        try c.encode(field, forKey: .field)
    }
    enum CodingKeys: String, CodingKey { case code, message, text, field }
}

public enum Severity: String, Sendable, Codable { case error, warning }

/// A finding of validation (the record's `issues`).
public struct ValidationIssue: Sendable, Codable, Equatable {
    public var severity: Severity
    public var code: String
    public var message: String
    public var field: String?
    public init(severity: Severity, code: String, message: String, field: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.field = field
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(severity, forKey: .severity)
        try c.encode(code, forKey: .code)
        try c.encode(message, forKey: .message)
        try c.encode(field, forKey: .field)
    }
    enum CodingKeys: String, CodingKey { case severity, code, message, field }
}

/// Where a field's value came from: block provenance plus the span inside the block text.
public struct FieldSource: Sendable, Codable, Equatable {
    public var part: String?
    public var block: Int
    public var line: Int?
    public var page: Int?
    public var confidence: Double?
    public init(part: String? = nil, block: Int, line: Int? = nil, page: Int? = nil, confidence: Double? = nil) {
        self.part = part
        self.block = block
        self.line = line
        self.page = page
        self.confidence = confidence
    }
    public init(_ p: Provenance, line: Int? = nil, confidence: Double? = nil) {
        self.init(part: p.part, block: p.index, line: line ?? p.line, page: p.page, confidence: confidence ?? p.confidence)
    }
}

/// Kind-specific extra values: a string, a list of strings, or a number.
public enum ExtraValue: Sendable, Codable, Equatable {
    case string(String)
    case strings([String])
    case number(Int)
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .strings(let s): try c.encode(s)
        case .number(let n): try c.encode(n)
        }
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else { self = .strings(try c.decode([String].self)) }
    }
}
