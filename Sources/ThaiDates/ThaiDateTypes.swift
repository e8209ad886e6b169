import ThaiText

/// The era a year was printed in.
public enum ThaiEra: String, Sendable, Equatable, Hashable, Codable {
    case buddhist, gregorian, rattanakosin
    /// No marker printed; the scanner decided from the year's size (see `ThaiYearRules`).
    case unmarked
}

/// A Gregorian day, with a local Bangkok time when one was printed.
public struct ThaiDateTime: Sendable, Equatable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// Bangkok is UTC+07:00 all year.
    public static let utcOffset = "+07:00"

    /// `2022-12-06`, or `2022-12-06T09:30:00+07:00` with a time.
    public var iso: String {
        let date = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        guard let h = hour else { return date }
        return date + "T\(pad(h, 2)):\(pad(minute ?? 0, 2)):00" + Self.utcOffset
    }

    /// 1 = Sunday … 7 = Saturday.
    public var weekday: Int { ThaiCalendar.weekday(year: year, month: month, day: day) }

    public static func < (a: ThaiDateTime, b: ThaiDateTime) -> Bool {
        (a.year, a.month, a.day, a.hour ?? -1, a.minute ?? -1) < (b.year, b.month, b.day, b.hour ?? -1, b.minute ?? -1)
    }
}

/// A time of day printed without a date.
public struct ThaiTime: Sendable, Equatable, Hashable {
    public var hour: Int
    public var minute: Int
    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }
    /// `09:30:00+07:00`
    public var iso: String { "\(pad(hour, 2)):\(pad(minute, 2)):00" + ThaiDateTime.utcOffset }
}

/// How the month was printed.
public enum MonthForm: String, Sendable, Equatable, Hashable {
    case full, abbreviated, numeric
}

/// The date as written, kept even when it is invalid so that OCR repair can try alternatives.
public struct PrintedDate: Sendable, Equatable, Hashable {
    public var day: Int?
    /// 1...12 when a month was recognised (numeric months may be out of range).
    public var month: Int?
    public var monthForm: MonthForm?
    /// The year as printed (`65` for `๖๕`), nil when none was printed.
    public var printedYear: Int?
    public var yearDigitCount: Int
    public var era: ThaiEra
    /// 1 = Sunday … 7 = Saturday, when a weekday was printed.
    public var weekday: Int?
    public var digits: DigitStyle?

    public init(day: Int? = nil, month: Int? = nil, monthForm: MonthForm? = nil, printedYear: Int? = nil,
                yearDigitCount: Int = 0, era: ThaiEra = .unmarked, weekday: Int? = nil, digits: DigitStyle? = nil) {
        self.day = day
        self.month = month
        self.monthForm = monthForm
        self.printedYear = printedYear
        self.yearDigitCount = yearDigitCount
        self.era = era
        self.weekday = weekday
        self.digits = digits
    }
}

/// A repair, guess or doubt about a date: `weekday_mismatch`, `two_digit_year`,
/// `unmarked_year`, `repaired_abbreviation`, `repaired_era_marker`, `split_number`,
/// `missing_year`, `inferred_year`, `range_reversed`, `repaired_time_suffix`, `implausible_year`.
public struct DateWarning: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var code: String
    public var message: String
    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
    public var description: String { "\(code): \(message)" }
}

/// One date, time, date-time or range found in a text.
public struct ThaiDateMatch: Sendable, Equatable {
    public enum Kind: Sendable { case date, time, dateTime, range }
    public var kind: Kind
    /// The matched text as printed.
    public var text: String
    /// Unicode-scalar offsets in the scanned string.
    public var range: Range<Int>
    /// Nil when invalid, and for times printed without a date (see `startTime`).
    public var start: ThaiDateTime?
    /// The end of a range.
    public var end: ThaiDateTime?
    /// The (first) date as written, even when invalid; nil for times alone.
    public var printed: PrintedDate?
    /// The end date of a range as written.
    public var endPrinted: PrintedDate?
    /// Why the date is invalid, nil when valid.
    public var problem: String?
    public var warnings: [DateWarning]
    /// `2022-12-06`, `2022-12-06T09:30:00+07:00`, a range as `start/end`, a time alone as
    /// `09:30:00+07:00`; nil when invalid.
    public var iso: String?
    /// The times of a match without a date (kind `.time`, or `.range` of times), and the readable
    /// times printed with a date that is not (an invalid date of a `.dateTime` or same-day `.range`).
    public var startTime: ThaiTime?
    public var endTime: ThaiTime?

    public init(kind: Kind, text: String, range: Range<Int>, start: ThaiDateTime? = nil, end: ThaiDateTime? = nil,
                printed: PrintedDate? = nil, endPrinted: PrintedDate? = nil, problem: String? = nil,
                warnings: [DateWarning] = [], iso: String? = nil, startTime: ThaiTime? = nil, endTime: ThaiTime? = nil) {
        self.kind = kind
        self.text = text
        self.range = range
        self.start = start
        self.end = end
        self.printed = printed
        self.endPrinted = endPrinted
        self.problem = problem
        self.warnings = warnings
        self.iso = iso
        self.startTime = startTime
        self.endTime = endTime
    }

    /// True when the match carries a calendar date (valid or not), not only a time.
    public var hasDate: Bool { printed != nil }
}

/// Why a string is not one valid date.
public struct ThaiDateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `no_date`, `invalid_date`, `trailing_text`, `no_day`
    public var code: String
    public var message: String
    /// The candidate, when the text had a date shape that failed validation.
    public var match: ThaiDateMatch?
    public init(code: String, message: String, match: ThaiDateMatch? = nil) {
        self.code = code
        self.message = message
        self.match = match
    }
    public var description: String { "\(code): \(message)" }
}

@inline(__always)
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
