// TEMPORARY: stands in for ThaiDates' scanner until the foundation branch merges (same API).
// Delete this file when `ThaiDates.ThaiDateScanner` lands.
struct ThaiDateTime: Sendable, Equatable, Hashable {
    var year: Int, month: Int, day: Int
    var hour: Int?, minute: Int?
    var iso: String { "" }
}
struct DateWarning: Sendable, Equatable { var code: String; var message: String }
struct PrintedDate: Sendable, Equatable {
    var day: Int?, month: Int?, printedYear: Int?
    var weekday: Int?
}
struct ThaiDateMatch: Sendable, Equatable {
    enum Kind: Sendable { case date, time, dateTime, range }
    var kind: Kind
    var text: String
    var range: Range<Int>
    var start: ThaiDateTime?
    var end: ThaiDateTime?
    var printed: PrintedDate?
    var problem: String?
    var warnings: [DateWarning]
    var iso: String?
}
enum ThaiDateScanner {
    static func scan(_ text: String) -> [ThaiDateMatch] { [] }
}
