import SarabanCore
import ThaiDates

/// `order_year_mismatch`: an order's number year (`123/2565`, Buddhist Era) is not the year it was
/// signed in. Orders are numbered per year, so the two agree unless one was misread.
public struct OrderYearCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["order_year_mismatch"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        guard r.kind == .order, let no = r.orderNo, let date = r.date.flatMap(CivilDate.init(iso:)),
              let slash = no.lastIndex(of: "/"), let be = Int(no[no.index(after: slash)...]) else { return [] }
        let year = ThaiCalendar.gregorianYear(buddhistYear: be, month: date.month)
        guard year != date.year else { return [] }
        return [ValidationIssue(severity: .error, code: "order_year_mismatch",
                                message: "order number \(no) is of BE \(be) (\(year)) but the order was signed on \(date)",
                                field: "order_no")]
    }
}
