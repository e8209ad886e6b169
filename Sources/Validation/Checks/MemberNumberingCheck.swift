import SarabanCore

/// `member_seq_gap`, `member_seq_repeat`: the numbered list of members skips or repeats a number.
/// Numbering may restart at 1 under a new group heading; a restart inside the same group is a repeat.
/// An amending order may start past 1 (it keeps the numbers of the order it amends).
public struct MemberNumberingCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["member_seq_gap", "member_seq_repeat"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        var out: [ValidationIssue] = []
        var previous: (seq: Int, group: String?)?
        for (i, m) in r.members.enumerated() {
            guard let seq = m.seq else { continue }
            defer { previous = (seq, m.group) }
            guard let p = previous else {
                // An amending order keeps the numbers of the order it amends (`๒. นาย… แทน`).
                if seq != 1, !AmendingOrder.amends(r) { out.append(gap(i, "the list starts at \(seq), not 1")) }
                continue
            }
            if seq == p.seq + 1 { continue }
            if seq == 1 && m.group != p.group { continue }
            if seq <= p.seq {
                out.append(ValidationIssue(severity: .warning, code: "member_seq_repeat",
                                           message: "member number \(seq) follows \(p.seq)", field: "members[\(i)].seq"))
            } else {
                out.append(gap(i, "member number \(seq) follows \(p.seq): \(seq - p.seq - 1) missing"))
            }
        }
        return out
    }
    private func gap(_ i: Int, _ message: String) -> ValidationIssue {
        ValidationIssue(severity: .warning, code: "member_seq_gap", message: message, field: "members[\(i)].seq")
    }
}
