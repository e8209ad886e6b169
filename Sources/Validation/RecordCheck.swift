import SarabanCore

/// One record-level check. Each has stable issue codes (documented in docs/validation.md): tools
/// downstream filter on them, so a code is never renamed.
public protocol RecordCheck: Sendable {
    /// The issue codes this check can emit.
    var codes: [String] { get }
    func check(_ record: Record, context: ValidationContext) -> [ValidationIssue]
}

/// What a check may need beyond the record: today's date, for "not in the future".
public struct ValidationContext: Sendable {
    public var today: CivilDate
    /// The earliest year a document date may plausibly have (older papers are OCR-damaged years).
    public var earliestYear: Int
    public init(today: CivilDate = .today(), earliestYear: Int = 1932) {
        self.today = today
        self.earliestYear = earliestYear
    }
}

/// Every date-bearing field of a record with its path, so the date checks walk one list.
enum RecordDates {
    static func all(_ r: Record) -> [(field: String, value: String)] {
        var out: [(String, String)] = []
        if let d = r.date { out.append(("date", d)) }
        for (i, d) in r.deadlines.enumerated() { if let v = d.date { out.append(("deadlines[\(i)].date", v)) } }
        for (i, m) in r.meetings.enumerated() {
            if let v = m.start { out.append(("meetings[\(i)].start", v)) }
            if let v = m.end { out.append(("meetings[\(i)].end", v)) }
        }
        return out
    }
}
