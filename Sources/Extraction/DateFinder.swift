import ThaiText
import ThaiDates

/// A date, time or range found in a line: ThaiDates' scanner result copied into the extractor's
/// own form, so that OCR repair can correct it and so that this is the one file that talks to
/// the scanner's API.
struct FoundDate: Sendable {
    struct DateTime: Sendable, Equatable {
        var year: Int, month: Int, day: Int
        var hour: Int?, minute: Int?
        var hasDate: Bool { year > 0 }
    }
    enum Kind: Sendable { case date, time, dateTime, range }

    var kind: Kind
    /// As printed.
    var text: String
    /// Scalar offsets in the scanned line.
    var range: Range<Int>
    var start: DateTime?
    var end: DateTime?
    /// The date as written, even when invalid: day, month, year as printed (BE or CE), printed weekday (1 = Sunday).
    var printedDay: Int?
    var printedMonth: Int?
    var printedYear: Int?
    var printedWeekday: Int?
    /// Why the printed date does not exist; nil when valid.
    var problem: String?
    var warnings: [(code: String, message: String)]
    /// Set when OCR repair changed the date: the message for the field's warning.
    var repair: String?
    /// True when the date was printed with Thai digits (the digits OCR confuses most).
    var thaiDigits: Bool = false
    /// Digits printed right after a date that the scanner could not take as its year (OCR: `๒๕๒๐๕`).
    var trailingYearDigits: [Int]? = nil

    var isValid: Bool { problem == nil && start != nil }
    var hasDate: Bool { kind != .time && (start?.hasDate ?? (printedMonth != nil)) }

    var isoDate: String? {
        guard let s = start, s.hasDate else { return nil }
        return Self.isoDate(s.year, s.month, s.day)
    }
    var isoStart: String? {
        guard let s = start, s.hasDate else { return nil }
        if let h = s.hour { return Self.isoDateTime(s.year, s.month, s.day, h, s.minute ?? 0) }
        return isoDate
    }
    var isoEnd: String? {
        guard let e = end, e.hasDate else { return nil }
        if let h = e.hour { return Self.isoDateTime(e.year, e.month, e.day, h, e.minute ?? 0) }
        return Self.isoDate(e.year, e.month, e.day)
    }

    static func isoDate(_ y: Int, _ m: Int, _ d: Int) -> String { "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))" }
    static func isoDateTime(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ mi: Int) -> String {
        "\(isoDate(y, m, d))T\(pad(h, 2)):\(pad(mi, 2)):00+07:00"
    }
    static func pad(_ n: Int, _ w: Int) -> String {
        let s = String(n)
        return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
    }
}

enum DateFinder {
    static func dates(in text: String) -> [FoundDate] {
        let matches = ThaiDateScanner.scan(text)
        // Most lines hold no date: their scalars are not needed.
        guard !matches.isEmpty else { return [] }
        let scalars = ScalarString.scalars(text)
        return matches.map { m in
            var d = convert(m)
            if d.printedYear == nil, d.printedMonth != nil, let span = yearDigitSpan(after: m.range.upperBound, in: scalars) {
                // The year's digits belong to the date: its span covers them (a time after them is the date's).
                d.trailingYearDigits = span.digits
                d.range = d.range.lowerBound..<span.end
            }
            return d
        }
    }

    /// A digit run after a date with no year (allowing `พ.ศ.` and spaces before it): OCR's damaged year.
    static func yearDigits(after start: Int, in u: [Unicode.Scalar], minimum: Int = 4) -> [Int]? {
        yearDigitSpan(after: start, in: u, minimum: minimum)?.digits
    }

    /// The digits of `yearDigits` and the scalar offset just after them.
    static func yearDigitSpan(after start: Int, in u: [Unicode.Scalar], minimum: Int = 4) -> (digits: [Int], end: Int)? {
        var i = start
        func skipSpaces() { while i < u.count, u[i] == " " { i += 1 } }
        skipSpaces()
        for marker in ["พ.ศ.", "พ.ศ", "พศ."] {
            let m = Array(marker.unicodeScalars)
            if i + m.count <= u.count, Array(u[i..<i + m.count]) == m { i += m.count; skipSpaces(); break }
        }
        var digits: [Int] = []
        while i < u.count, let v = ThaiDigits.value(u[i]), digits.count < 7 { digits.append(v); i += 1 }
        return digits.count >= minimum ? (digits, i) : nil
    }

    private static func convert(_ m: ThaiDateMatch) -> FoundDate {
        func dt(_ t: ThaiDateTime?) -> FoundDate.DateTime? {
            t.map { FoundDate.DateTime(year: $0.year, month: $0.month, day: $0.day, hour: $0.hour, minute: $0.minute) }
        }
        let kind: FoundDate.Kind
        switch m.kind {
        case .date: kind = .date
        case .time: kind = .time
        case .dateTime: kind = .dateTime
        case .range: kind = .range
        }
        // A time printed without a date keeps its hour in a date-less DateTime (year 0).
        let start = dt(m.start) ?? m.startTime.map { FoundDate.DateTime(year: 0, month: 0, day: 0, hour: $0.hour, minute: $0.minute) }
        let end = dt(m.end) ?? m.endTime.map { FoundDate.DateTime(year: 0, month: 0, day: 0, hour: $0.hour, minute: $0.minute) }
        return FoundDate(kind: kind, text: m.text, range: m.range, start: start, end: end,
                         printedDay: m.printed?.day, printedMonth: m.printed?.month, printedYear: m.printed?.printedYear,
                         printedWeekday: m.printed?.weekday, problem: m.problem,
                         warnings: m.warnings.map { (code: $0.code, message: $0.message) }, repair: nil,
                         thaiDigits: m.printed?.digits == .thai || m.printed?.digits == .mixed)
    }
}

extension String {
    /// The substring at a scalar-offset range.
    func scalars(_ r: Range<Int>) -> String {
        let u = unicodeScalars
        let a = u.index(u.startIndex, offsetBy: max(0, min(r.lowerBound, u.count)))
        let b = u.index(u.startIndex, offsetBy: max(0, min(r.upperBound, u.count)))
        return String(u[a..<b])
    }
    func scalarsFrom(_ i: Int) -> String { scalars(i..<unicodeScalars.count) }
    func scalarsTo(_ i: Int) -> String { scalars(0..<i) }
    var scalarCount: Int { unicodeScalars.count }
}
