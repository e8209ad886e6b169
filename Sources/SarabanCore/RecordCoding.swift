/// Record ⇄ JSON with the contract's snake_case names; absent values are written as `null`.
extension Record: Codable {
    enum CodingKeys: String, CodingKey {
        case schema, source, kind, urgency, secrecy, agency, contact
        case referenceNo = "reference_no", reference, orderNo = "order_no", date, dateText = "date_text"
        case subject, addressee, references, enclosures, body, signatory, deadlines, requirements
        case members, meetings, warnings, issues, provenance, extra
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Record.schema, forKey: .schema)
        try c.encode(source, forKey: .source)
        try c.encode(kind, forKey: .kind)
        try c.encode(urgency, forKey: .urgency)
        try c.encode(secrecy, forKey: .secrecy)
        try c.encode(agency, forKey: .agency)
        try c.encode(contact, forKey: .contact)
        try c.encode(referenceNo, forKey: .referenceNo)
        try c.encode(reference, forKey: .reference)
        try c.encode(orderNo, forKey: .orderNo)
        try c.encode(date, forKey: .date)
        try c.encode(dateText, forKey: .dateText)
        try c.encode(subject, forKey: .subject)
        try c.encode(addressee, forKey: .addressee)
        try c.encode(references, forKey: .references)
        try c.encode(enclosures, forKey: .enclosures)
        try c.encode(body, forKey: .body)
        try c.encode(signatory, forKey: .signatory)
        try c.encode(deadlines, forKey: .deadlines)
        try c.encode(requirements, forKey: .requirements)
        try c.encode(members, forKey: .members)
        try c.encode(meetings, forKey: .meetings)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(issues, forKey: .issues)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(extra, forKey: .extra)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(source: try c.decode(SourceInfo.self, forKey: .source),
                  kind: try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .other)
        urgency = try c.decodeIfPresent(Urgency.self, forKey: .urgency)
        secrecy = try c.decodeIfPresent(Secrecy.self, forKey: .secrecy)
        agency = try c.decodeIfPresent(String.self, forKey: .agency)
        contact = try c.decodeIfPresent(Contact.self, forKey: .contact) ?? Contact()
        referenceNo = try c.decodeIfPresent(String.self, forKey: .referenceNo)
        reference = try c.decodeIfPresent(Reference.self, forKey: .reference)
        orderNo = try c.decodeIfPresent(String.self, forKey: .orderNo)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        dateText = try c.decodeIfPresent(String.self, forKey: .dateText)
        subject = try c.decodeIfPresent(String.self, forKey: .subject)
        addressee = try c.decodeIfPresent(String.self, forKey: .addressee)
        references = try c.decodeIfPresent([String].self, forKey: .references) ?? []
        enclosures = try c.decodeIfPresent([String].self, forKey: .enclosures) ?? []
        body = try c.decodeIfPresent([String].self, forKey: .body) ?? []
        signatory = try c.decodeIfPresent(Signatory.self, forKey: .signatory)
        deadlines = try c.decodeIfPresent([Deadline].self, forKey: .deadlines) ?? []
        requirements = try c.decodeIfPresent([Requirement].self, forKey: .requirements) ?? []
        members = try c.decodeIfPresent([Member].self, forKey: .members) ?? []
        meetings = try c.decodeIfPresent([Meeting].self, forKey: .meetings) ?? []
        warnings = try c.decodeIfPresent([Warning].self, forKey: .warnings) ?? []
        issues = try c.decodeIfPresent([ValidationIssue].self, forKey: .issues) ?? []
        provenance = try c.decodeIfPresent([String: FieldSource].self, forKey: .provenance) ?? [:]
        extra = try c.decodeIfPresent([String: ExtraValue].self, forKey: .extra) ?? [:]
    }
}

/// The record written for an input that could not be read: every input yields exactly one output.
public struct ErrorRecord: Sendable, Codable, Equatable {
    public static let schema = "saraban/error/1"
    public var path: String
    public var sha256: String?
    /// The part of a container that failed (`word/document.xml`), where known.
    public var part: String?
    public var reason: String
    public init(path: String, sha256: String? = nil, part: String? = nil, reason: String) {
        self.path = path
        self.sha256 = sha256
        self.part = part
        self.reason = reason
    }
    enum CodingKeys: String, CodingKey { case schema, path, sha256, part, reason }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(ErrorRecord.schema, forKey: .schema)
        try c.encode(path, forKey: .path)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(part, forKey: .part)
        try c.encode(reason, forKey: .reason)
    }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        path = try c.decode(String.self, forKey: .path)
        sha256 = try c.decodeIfPresent(String.self, forKey: .sha256)
        part = try c.decodeIfPresent(String.self, forKey: .part)
        reason = try c.decode(String.self, forKey: .reason)
    }
}
