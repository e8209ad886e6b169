import SarabanCore

/// `date_implausible`: a date that exists but is unlikely for the document — the document's date in
/// the future or before `earliestYear`, or a deadline or meeting more than a year before or five
/// years after the document's date. OCR misreads Thai digits (๖→๐ turns ๒๕๖๕ into ๒๕๐๕), so an
/// implausible year is the usual sign of a misread.
public struct DatePlausibleCheck: RecordCheck {
    public static let maxYearsBefore = 1
    public static let maxYearsAfter = 5
    public init() {}
    public var codes: [String] { ["date_implausible"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        var out: [ValidationIssue] = []
        let docDate = r.date.flatMap(CivilDate.init(iso:))
        if let d = docDate {
            if d > context.today.adding(days: 366) {
                out.append(issue("date", "document date \(d) is in the future"))
            } else if d.year < context.earliestYear {
                out.append(issue("date", "document date \(d) is before \(context.earliestYear)"))
            }
        }
        guard let doc = docDate else { return out }
        for (field, value) in RecordDates.all(r) where field != "date" {
            guard let d = CivilDate(iso: value) else { continue }
            if d.year < doc.year - Self.maxYearsBefore || d.year > doc.year + Self.maxYearsAfter {
                out.append(issue(field, "\(field) \(d) is far from the document date \(doc)"))
            }
        }
        return out
    }
    private func issue(_ field: String, _ message: String) -> ValidationIssue {
        ValidationIssue(severity: .warning, code: "date_implausible", message: message, field: field)
    }
}
