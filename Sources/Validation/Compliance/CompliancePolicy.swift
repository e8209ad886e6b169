/// What a circular asks of each district, read from the circular itself (PolicyDeriver) or from a
/// YAML/JSON file (`saraban check --policy FILE`). Keys are snake_case in files.
public struct CompliancePolicy: Sendable, Codable, Equatable {
    /// The circular the policy was read from (path), or a name for a hand-written policy.
    public var source: String?
    /// The circular's ที่ number, for reports.
    public var reference: String?
    /// The circular's own date (ISO): an order cannot have been signed before it.
    public var issued: String?
    /// ISO date by which the order must be signed.
    public var deadline: String?
    /// Minimum committee members (advisors do not count).
    public var minMembers: Int?
    /// RRULE frequency the committee must meet at (`FREQ=MONTHLY`).
    public var meetingFrequency: String?
    /// Categories of members that must be represented, each with the words that identify it.
    public var categories: [PolicyCategory]
    /// Whether a first meeting must be scheduled (the circular asks for its schedule).
    public var firstMeeting: Bool
    /// What must be sent, and to whom (reported, not checkable from an order).
    public var mustSend: [String]
    public var sendTo: String?

    public init(source: String? = nil, reference: String? = nil, issued: String? = nil, deadline: String? = nil, minMembers: Int? = nil,
                meetingFrequency: String? = nil, categories: [PolicyCategory] = [], firstMeeting: Bool = false,
                mustSend: [String] = [], sendTo: String? = nil) {
        self.source = source
        self.reference = reference
        self.issued = issued
        self.deadline = deadline
        self.minMembers = minMembers
        self.meetingFrequency = meetingFrequency
        self.categories = categories
        self.firstMeeting = firstMeeting
        self.mustSend = mustSend
        self.sendTo = sendTo
    }

    enum CodingKeys: String, CodingKey {
        case source, reference, issued, deadline, minMembers = "min_members", meetingFrequency = "meeting_frequency"
        case categories, firstMeeting = "first_meeting", mustSend = "must_send", sendTo = "send_to"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        reference = try c.decodeIfPresent(String.self, forKey: .reference)
        issued = try c.decodeIfPresent(String.self, forKey: .issued)
        deadline = try c.decodeIfPresent(String.self, forKey: .deadline)
        minMembers = try c.decodeIfPresent(Int.self, forKey: .minMembers)
        meetingFrequency = try c.decodeIfPresent(String.self, forKey: .meetingFrequency)
        categories = try c.decodeIfPresent([PolicyCategory].self, forKey: .categories) ?? []
        firstMeeting = try c.decodeIfPresent(Bool.self, forKey: .firstMeeting) ?? false
        mustSend = try c.decodeIfPresent([String].self, forKey: .mustSend) ?? []
        sendTo = try c.decodeIfPresent(String.self, forKey: .sendTo)
    }
}

/// A category of members the circular lists (`ผู้แทนชุมชน`), with the words in a position or group
/// heading that show a member belongs to it.
public struct PolicyCategory: Sendable, Codable, Equatable {
    /// The category's code in the category table (`condominiums`); nil for wording the table does not know.
    public var id: String?
    /// The category as the circular words it.
    public var name: String
    public var keywords: [String]
    public init(id: String? = nil, name: String, keywords: [String]) {
        self.id = id
        self.name = name
        self.keywords = keywords
    }
}
