import ThaiText

/// The scanned text as an array of scalars, with the few look-ups the readers need.
/// Reading past either end yields 0, so readers need no bounds checks.
struct ScalarText {
    let s: [Unicode.Scalar]
    let count: Int

    init(_ scalars: [Unicode.Scalar]) {
        s = scalars
        count = scalars.count
    }

    @inline(__always) func v(_ i: Int) -> UInt32 { i >= 0 && i < count ? s[i].value : 0 }

    @inline(__always) func isDigit(_ i: Int) -> Bool {
        let x = v(i)
        return (x >= 0x30 && x <= 0x39) || (x >= 0x0E50 && x <= 0x0E59)
    }

    /// Space, tab, no-break space (the normaliser folds others; raw text may still carry them).
    @inline(__always) func isBlank(_ i: Int) -> Bool {
        let x = v(i)
        return x == 0x20 || x == 0x09 || x == 0xA0
    }

    /// A Thai consonant or vowel that would continue a word.
    @inline(__always) func isThaiLetter(_ i: Int) -> Bool {
        let x = v(i)
        return x >= 0x0E01 && x <= 0x0E4E
    }

    func has(_ literal: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + literal.count <= count else { return false }
        for k in 0..<literal.count where s[i + k] != literal[k] { return false }
        return true
    }

    /// Whether `literal` ends just before `end`.
    func has(_ literal: [Unicode.Scalar], endingAt end: Int) -> Bool { has(literal, at: end - literal.count) }

    func skipBlanks(_ i: Int) -> Int {
        var j = i
        while isBlank(j) { j += 1 }
        return j
    }

    func skipBlanksBack(_ end: Int) -> Int {
        var j = end
        while j > 0 && isBlank(j - 1) { j -= 1 }
        return j
    }

    func number(at i: Int, maxDigits: Int = 18) -> DigitRun? {
        guard isDigit(i) else { return nil }
        return ThaiDigits.readNumber(in: s, at: i, maxDigits: maxDigits)
    }

    /// The text of a range. Encoding to UTF-8 bytes by hand is several times faster than
    /// appending scalars to a `String.UnicodeScalarView` (the scanner's main cost per match).
    func text(_ r: Range<Int>) -> String {
        let r = r.clamped(to: 0..<count)
        return String(unsafeUninitializedCapacity: r.count * 4) { buffer in
            var n = 0
            for k in r {
                let v = s[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | v >> 6); buffer[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | v >> 12); buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | v >> 18); buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
                }
            }
            return n
        }
    }

    /// The scalars of a string in one pass (`Array(text.unicodeScalars)` counts them first).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars { out.append(u) }
        return out
    }
}

/// Literals as scalar arrays, built once from the tables.
enum Lit {
    static let label = Array(ThaiTimeWords.label.unicodeScalars)
    static let dateLabel = Array(ThaiRangeWords.dateLabel.unicodeScalars)
    static let dayWord = Array(ThaiWeekdays.dayWord.unicodeScalars)
    static let ordinal = Array(ThaiWeekdays.ordinalWord.unicodeScalars)
    static let ordinalWithoutMark: [Unicode.Scalar] = ["ท", "ี"]
    static let monthWord = Array(ThaiMonths.monthWord.unicodeScalars)
    static let suffixes = ThaiTimeWords.suffixes.map { Array($0.text.unicodeScalars) }
    static let damagedSuffix = Array(ThaiTimeWords.damagedSuffix.unicodeScalars)
    static let connectors = ThaiRangeWords.connectors.map { Array($0.unicodeScalars) }
    static let connectorFirsts = Set(ThaiRangeWords.connectors.map { $0.unicodeScalars.first!.value })
    static let timeOpeners = ThaiRangeWords.timeOpeners.map { Array($0.unicodeScalars) }
    static let afternoon = Array(ThaiTimeWords.afternoon.unicodeScalars)
    static let half = Array(ThaiTimeWords.half.unicodeScalars)
    static let noon = Array(ThaiTimeWords.noon.unicodeScalars)
    static let noonShort = Array(ThaiTimeWords.noonShort.unicodeScalars)
    static let midnight = Array(ThaiTimeWords.midnight.unicodeScalars)
    static let mong = Array(ThaiTimeWords.Unit.mong.rawValue.unicodeScalars)
    static let thum = Array(ThaiTimeWords.Unit.thum.rawValue.unicodeScalars)
    static let morning = Array(ThaiTimeWords.DayPart.morning.rawValue.unicodeScalars)
    static let evening = Array(ThaiTimeWords.DayPart.evening.rawValue.unicodeScalars)
    static let eraFull = ThaiEraMarkers.table.map { Array($0.fullName.unicodeScalars) }
    static let eraLetter = ThaiEraMarkers.table.map { $0.abbreviation.unicodeScalars.first! }
    static let eraSecond: Unicode.Scalar = "\u{0E28}" // ศ
}
