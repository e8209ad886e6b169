import ThaiText

/// Writes dates back in Thai: `๖ ธันวาคม ๒๕๖๕`, `๖ ธ.ค. ๖๕`… with Thai or Arabic digits.
public enum ThaiDateFormatter {
    public enum Style: Sendable, CaseIterable {
        /// `๖ ธันวาคม ๒๕๖๕`
        case full
        /// `๖ ธ.ค. ๒๕๖๕`
        case abbreviated
        /// `๖/๑๒/๒๕๖๕`
        case numeric
    }

    /// - Parameters:
    ///   - eraMarker: print `พ.ศ.` before a BE year (CE and RS years always carry theirs,
    ///     except in the numeric style, which never carries one).
    ///   - era: `.buddhist` (default), `.gregorian` or `.rattanakosin` year.
    ///   - weekday: start with `วัน…ที่`.
    /// A time, when the date has one, follows as `เวลา ๐๙.๓๐ น.`.
    public static func format(_ date: ThaiDateTime, style: Style = .full, digits: DigitStyle = .thai,
                              eraMarker: Bool = false, era: ThaiEra = .buddhist, weekday: Bool = false) -> String {
        let d: DigitStyle = digits == .arabic ? .arabic : .thai
        let be = ThaiCalendar.buddhistYear(gregorianYear: date.year, month: date.month)
        var year: Int
        var marker: String?
        switch era {
        case .gregorian:
            year = date.year
            marker = ThaiEraMarkers.table.first { $0.era == .gregorian }!.abbreviation
        case .rattanakosin:
            year = be - ThaiCalendar.rattanakosinToBuddhist
            marker = ThaiEraMarkers.table.first { $0.era == .rattanakosin }!.abbreviation
        case .buddhist, .unmarked:
            year = be
            marker = eraMarker ? ThaiEraMarkers.table.first { $0.era == .buddhist }!.abbreviation : nil
        }
        // A month outside 1...12 cannot come from the parser; written as a number, never a crash.
        guard (1...12).contains(date.month) else {
            return "\(ThaiDigits.format(date.day, digits: d))/\(ThaiDigits.format(date.month, digits: d))/\(ThaiDigits.format(year, digits: d))"
        }
        let month = ThaiMonths.table[date.month - 1]
        var out = ""
        if weekday {
            out = ThaiWeekdays.dayWord + ThaiWeekdays.table[date.weekday - 1].names[0] + ThaiWeekdays.ordinalWord + " "
        }
        let day = ThaiDigits.format(date.day, digits: d)
        switch style {
        case .numeric:
            // Numeric dates carry no era marker: a CE year is told by its size, an RS year cannot be.
            out += "\(day)/\(ThaiDigits.format(date.month, digits: d))/\(ThaiDigits.format(year, digits: d))"
        case .full, .abbreviated:
            out += day + " " + (style == .full ? month.full : month.abbreviation) + " "
            if let m = marker { out += m + " " }
            out += ThaiDigits.format(year, digits: d)
        }
        if let h = date.hour {
            out += " " + ThaiTimeWords.label + " " + formatTime(ThaiTime(hour: h, minute: date.minute ?? 0), digits: d)
        }
        return out
    }

    /// `๐๙.๓๐ น.`
    public static func formatTime(_ time: ThaiTime, digits: DigitStyle = .thai) -> String {
        "\(ThaiDigits.format(time.hour, digits: digits, width: 2)).\(ThaiDigits.format(time.minute, digits: digits, width: 2)) น."
    }
}
