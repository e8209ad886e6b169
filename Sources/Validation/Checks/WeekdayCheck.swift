import SarabanCore

/// `weekday_mismatch`: a weekday printed with a date (`วันอังคารที่ ๑๐ มกราคม ๒๕๖๖`) is not that
/// date's weekday. Checked for the document's date (`date_text`), and for meetings and deadlines
/// whose text prints a weekday.
public struct WeekdayCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["weekday_mismatch"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        var pairs: [(field: String, text: String?, date: String?)] = [("date", r.dateText, r.date)]
        for (i, m) in r.meetings.enumerated() { pairs.append(("meetings[\(i)].start", m.text, m.start)) }
        for (i, d) in r.deadlines.enumerated() { pairs.append(("deadlines[\(i)].date", d.text, d.date)) }
        return pairs.compactMap { field, text, value in
            guard let text, let value, let date = CivilDate(iso: value),
                  let printed = ThaiWeekdays.firstWeekday(in: text), printed.weekday != date.weekday else { return nil }
            return ValidationIssue(
                severity: .error, code: "weekday_mismatch",
                message: "\"\(printed.printed)\" is printed but \(date) is a \(ThaiWeekdays.englishNames[date.weekday])",
                field: field)
        }
    }
}
