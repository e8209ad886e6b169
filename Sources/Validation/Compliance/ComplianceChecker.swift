import SarabanCore

/// Checks orders against a circular's policy. Orders (`kind == .order`) are checked; every other
/// record (a meeting invitation, a memo) is evidence: an invitation from the same district
/// schedules that district's first meeting.
public struct ComplianceChecker: Sendable {
    public var policy: CompliancePolicy
    public init(policy: CompliancePolicy) { self.policy = policy }

    /// One result per order, in input order. A document left unclassified (`other`, as OCR noise
    /// in the `คำสั่ง…` head can leave an order) whose subject appoints (`แต่งตั้ง…`) is checked
    /// as an order too, so that a district's order never drops out of the report unseen.
    public func check(_ records: [Record]) -> [ComplianceResult] {
        let orders = records.filter(Self.isOrder)
        let evidence = records.filter { !Self.isOrder($0) }
        return orders.map { check(order: $0, evidence: evidence) }
    }

    public static func isOrder(_ r: Record) -> Bool {
        // Compared by scalars: `แต่งตั้ง`'s fourth character is ตั้ (with its marks), not ต.
        r.kind == .order || (r.kind == .other && (r.subject.map { $0.unicodeScalars.starts(with: "แต่งต".unicodeScalars) } ?? false))
    }

    /// Words in a subject that make a document an invitation to a meeting (`ขอเชิญประชุม…`).
    public static let invitationWords = ["เชิญประชุม", "เชิญเข้าร่วมประชุม"]

    public func check(order: Record, evidence: [Record] = []) -> ComplianceResult {
        let district = Self.district(of: order)
        let checks = [
            signedByDeadline(order), minMembers(order), categories(order),
            firstMeeting(order, evidence: evidence.filter { Self.district(of: $0) == district && district != nil }),
            meetingFrequency(order),
        ]
        return ComplianceResult(file: order.source.path, agency: order.agency, district: district, date: order.date, checks: checks)
    }

    public static func district(of r: Record) -> String? {
        BangkokDistricts.district(of: r.agency, position: r.signatory?.position, subject: r.subject)
    }

    /// Members that count toward the committee: everyone but advisors (ที่ปรึกษา are not members).
    public static func committee(_ order: Record) -> [Member] { order.members.filter { $0.role != .advisor } }

    func signedByDeadline(_ order: Record) -> ComplianceCheck {
        guard let deadline = policy.deadline.flatMap(CivilDate.init(iso:)) else {
            return ComplianceCheck(.signedByDeadline, passed: nil, detail: "the circular states no deadline")
        }
        guard let signed = order.date.flatMap(CivilDate.init(iso:)) else {
            return ComplianceCheck(.signedByDeadline, passed: nil, detail: "the order has no readable signing date")
        }
        if let issued = policy.issued.flatMap(CivilDate.init(iso:)), signed < issued {
            return ComplianceCheck(.signedByDeadline, passed: nil,
                                   detail: "signing date \(signed) is before the circular (\(issued)): likely misread")
        }
        let ok = signed <= deadline
        return ComplianceCheck(.signedByDeadline, passed: ok,
                               detail: ok ? "signed \(signed), deadline \(deadline)"
                                          : "signed \(signed), \(signed.dayNumber - deadline.dayNumber) days after the deadline \(deadline)")
    }

    func minMembers(_ order: Record) -> ComplianceCheck {
        guard let min = policy.minMembers else {
            return ComplianceCheck(.minMembers, passed: nil, detail: "the circular states no minimum")
        }
        guard !order.members.isEmpty else {
            return ComplianceCheck(.minMembers, passed: nil, detail: "no members could be read from the order")
        }
        let n = Self.committee(order).count
        let advisors = order.members.count - n
        let note = advisors > 0 ? " (\(advisors) advisors not counted)" : ""
        return ComplianceCheck(.minMembers, passed: n >= min, detail: "\(n) members, at least \(min) required" + note)
    }

    func categories(_ order: Record) -> ComplianceCheck {
        guard !policy.categories.isEmpty else {
            return ComplianceCheck(.categories, passed: nil, detail: "the circular lists no categories")
        }
        let members = Self.committee(order)
        guard !members.isEmpty else {
            return ComplianceCheck(.categories, passed: nil, detail: "no members could be read from the order")
        }
        let keywords = MemberCategories.squeezedKeywords(policy.categories)
        // A member shows the category of their group heading and that of their position: the two
        // agree in a clean order, and when OCR garbles one the other still counts.
        var represented = Set<Int>()
        for m in members {
            if let g = m.group, let i = MemberCategories.earliest(MemberCategories.squeeze(g), keywords) { represented.insert(i) }
            if let p = m.position, let i = MemberCategories.earliest(MemberCategories.squeeze(p), keywords) { represented.insert(i) }
        }
        // A category still missing may hide behind OCR's look-alike letters (ข/ช, ด/ค …): read once
        // more allowing them, and say so in the detail.
        var nearly: [String] = []
        for i in policy.categories.indices where !represented.contains(i) {
            let texts = members.flatMap { [$0.group, $0.position].compactMap { $0 }.map(MemberCategories.squeeze) }
            if let hit = texts.first(where: { MemberCategories.nearlyContains($0, keywords[i]) }) {
                represented.insert(i)
                nearly.append("\(policy.categories[i].name) (in \(hit))")
            }
        }
        let missing = policy.categories.indices.filter { !represented.contains($0) }.map { policy.categories[$0] }
        let allowing = nearly.isEmpty ? "" : "; read allowing OCR look-alike letters: " + nearly.joined(separator: ", ")
        if missing.isEmpty {
            return ComplianceCheck(.categories, passed: true, detail: "all \(policy.categories.count) categories represented" + allowing)
        }
        return ComplianceCheck(.categories, passed: false, detail: "missing: " + missing.map { c in c.id.map { "\(c.name) (\($0))" } ?? c.name }.joined(separator: "; ") + allowing)
    }

    func firstMeeting(_ order: Record, evidence: [Record]) -> ComplianceCheck {
        if let m = order.meetings.first(where: { $0.start != nil }) {
            return ComplianceCheck(.firstMeeting, passed: true, detail: "scheduled in the order: \(m.start!)")
        }
        for e in evidence {
            if let m = e.meetings.first(where: { $0.start != nil }) {
                return ComplianceCheck(.firstMeeting, passed: true, detail: "scheduled in \(e.source.path): \(m.start!)")
            }
        }
        // An invitation whose meeting time could not be read still shows the meeting was set.
        if let e = evidence.first(where: { r in Self.invitationWords.contains { r.subject?.contains($0) == true } }) {
            return ComplianceCheck(.firstMeeting, passed: true, detail: "invitation \(e.source.path) (its time could not be read)")
        }
        if !policy.firstMeeting {
            return ComplianceCheck(.firstMeeting, passed: nil, detail: "the circular does not ask for a first meeting")
        }
        return ComplianceCheck(.firstMeeting, passed: false, detail: "no first meeting in the order or an invitation from its district")
    }

    func meetingFrequency(_ order: Record) -> ComplianceCheck {
        guard let required = policy.meetingFrequency, let need = Self.perYear(required) else {
            return ComplianceCheck(.meetingFrequency, passed: nil, detail: "the circular sets no meeting frequency")
        }
        let set = order.meetings.compactMap(\.recurrence)
            + order.requirements.filter { $0.kind == "meeting_frequency" }.compactMap {
                if case .string(let s) = $0.value { return s } else { return nil }
            }
        guard let best = set.max(by: { (Self.perYear($0) ?? 0) < (Self.perYear($1) ?? 0) }) else {
            return ComplianceCheck(.meetingFrequency, passed: nil, detail: "the order sets no meeting frequency (\(required) required)")
        }
        let ok = (Self.perYear(best) ?? 0) >= need
        return ComplianceCheck(.meetingFrequency, passed: ok, detail: "\(best), \(required) required")
    }

    /// Occurrences a year of an RRULE (`FREQ=MONTHLY;INTERVAL=2` → 6), to compare frequencies.
    public static func perYear(_ rrule: String) -> Double? {
        var freq: Double?
        var interval = 1.0
        for part in rrule.uppercased().split(separator: ";") {
            let kv = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { continue }
            switch kv[0] {
            case "FREQ": freq = ["DAILY": 365, "WEEKLY": 52, "MONTHLY": 12, "YEARLY": 1][kv[1]]
            case "INTERVAL": interval = Double(kv[1]).map { max($0, 1) } ?? 1
            default: break
            }
        }
        return freq.map { $0 / interval }
    }
}
