import ThaiText

/// A printed date checked against the calendar.
struct ResolvedDate {
    var date: ThaiDateTime?
    var printed: PrintedDate
    var problem: String?
    var warnings: [DateWarning]
}

enum DateResolver {
    /// Validates a piece. `fallbackMonth`/`fallbackYear` (Gregorian) fill what the first end of
    /// a range leaves out (`๑๐ – ๑๒ มกราคม ๒๕๖๖`).
    static func resolve(_ piece: DatePiece, fallbackMonth: Int? = nil, fallbackYear: Int? = nil) -> ResolvedDate {
        let printed = PrintedDate(day: piece.day.value, month: piece.month, monthForm: piece.monthForm,
                                  printedYear: piece.year?.value, yearDigitCount: piece.year?.digitCount ?? 0,
                                  era: piece.era, weekday: piece.weekday, digits: piece.digitStyle)
        var r = ResolvedDate(date: nil, printed: printed, problem: nil, warnings: piece.warnings)
        guard let month = piece.month ?? fallbackMonth else {
            r.problem = "no month printed"
            return r
        }
        guard (1...12).contains(month) else {
            r.problem = "month \(month) is out of range (1–12)"
            return r
        }
        let ce: Int
        if let y = piece.year {
            let year = resolveYear(y.value, digits: y.digitCount, era: piece.era, month: month)
            r.warnings += year.warnings
            guard let c = year.ce else {
                r.problem = year.problem
                return r
            }
            ce = c
        } else if let f = fallbackYear {
            ce = f
        } else {
            r.problem = "no year printed"
            r.warnings.append(DateWarning(code: "missing_year", message: "\(piece.day.value) \(ThaiMonths.table[month - 1].full) has no year; the document's context must supply it"))
            return r
        }
        let days = ThaiCalendar.daysInMonth(year: ce, month: month)
        let day = piece.day.value
        guard (1...days).contains(day) else {
            let name = ThaiMonths.table[month - 1].english
            if month == 2 && day == 29 {
                r.problem = "29 February \(ce) does not exist: \(ce) is not a leap year"
            } else {
                r.problem = "\(day) \(name) does not exist: \(name) \(ce) has \(days) days"
            }
            return r
        }
        let date = ThaiDateTime(year: ce, month: month, day: day)
        if let w = piece.weekday, w != date.weekday {
            r.warnings.append(DateWarning(code: "weekday_mismatch",
                message: "printed weekday \(ThaiWeekdays.table[w - 1].english) but \(date.iso) is a \(ThaiWeekdays.table[date.weekday - 1].english)"))
        }
        r.date = date
        return r
    }

    /// The Gregorian year of a printed year, by era marker and size (`ThaiYearRules`).
    static func resolveYear(_ value: Int, digits: Int, era: ThaiEra, month: Int) -> (ce: Int?, problem: String?, warnings: [DateWarning]) {
        var warnings: [DateWarning] = []
        func buddhist(_ be: Int) -> (ce: Int?, problem: String?, warnings: [DateWarning]) {
            if let p = ThaiCalendar.buddhistMonthProblem(buddhistYear: be, month: month) { return (nil, p, warnings) }
            if !ThaiYearRules.plausibleBuddhist.contains(be) {
                warnings.append(DateWarning(code: "implausible_year", message: "BE \(be) is far from the years Thai documents carry"))
            }
            return (ThaiCalendar.gregorianYear(buddhistYear: be, month: month), nil, warnings)
        }
        func twoDigit(_ century: Int) -> DateWarning {
            DateWarning(code: "two_digit_year", message: "two-digit year \(value) read as \(century + value)")
        }
        switch era {
        case .rattanakosin:
            return buddhist(ThaiCalendar.buddhistYear(rattanakosinYear: value))
        case .gregorian:
            if digits == 4 { return (value, nil, warnings) }
            if digits == 2 { return (ThaiYearRules.twoDigitGregorianCentury + value, nil, [twoDigit(ThaiYearRules.twoDigitGregorianCentury)]) }
            return (nil, "year \(value) has \(digits) digit\(digits == 1 ? "" : "s") (a digit may be missing)", warnings)
        case .buddhist, .unmarked:
            if digits == 2 {
                warnings.append(twoDigit(ThaiYearRules.twoDigitBuddhistCentury))
                return buddhist(ThaiYearRules.twoDigitBuddhistCentury + value)
            }
            guard digits == 4 else {
                return (nil, "year \(value) has \(digits) digit\(digits == 1 ? "" : "s") (a digit may be missing)", warnings)
            }
            if era == .buddhist || value >= ThaiYearRules.buddhistMinimum { return buddhist(value) }
            if ThaiYearRules.gregorianRange.contains(value) {
                warnings.append(DateWarning(code: "unmarked_year", message: "year \(value) has no era marker and is too small for BE: read as CE"))
                return (value, nil, warnings)
            }
            return (nil, "year \(value) is neither a Buddhist-era year (from \(ThaiYearRules.buddhistMinimum)) nor a Gregorian one (\(ThaiYearRules.gregorianRange.lowerBound)–\(ThaiYearRules.gregorianRange.upperBound))", warnings)
        }
    }
}
