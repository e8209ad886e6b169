/// Which digits a number was printed with.
public enum DigitStyle: String, Sendable, Equatable, Hashable, Codable {
    case thai, arabic, mixed
}

/// A number read from a run of digits in a scalar array.
public struct DigitRun: Sendable, Equatable {
    public var value: Int
    /// Scalars consumed, inner spaces included.
    public var length: Int
    /// Digits only.
    public var digitCount: Int
    public var style: DigitStyle
    /// True when single spaces inside the run were read through (`๐ ๗๗๗`).
    public var hadInnerSpaces: Bool

    public init(value: Int, length: Int, digitCount: Int, style: DigitStyle, hadInnerSpaces: Bool) {
        self.value = value
        self.length = length
        self.digitCount = digitCount
        self.style = style
        self.hadInnerSpaces = hadInnerSpaces
    }
}

extension ThaiDigits {
    /// Reads the digits at `start` of `scalars`. With `allowInnerSpaces`, a single space between
    /// two digits does not end the number (OCR splits `๗๗๗` into `๐ ๗๗๗`); the caller decides
    /// from context whether that is one number. Nil when `start` is not a digit or on overflow.
    public static func readNumber(in scalars: [Unicode.Scalar], at start: Int, allowInnerSpaces: Bool = false, maxDigits: Int = 18) -> DigitRun? {
        var i = start
        var total = 0, digits = 0
        var thai = false, arabic = false, spaced = false
        while i < scalars.count {
            if let d = Self.value(scalars[i]) {
                guard digits < maxDigits else { break }
                let (m, o1) = total.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 { return nil }
                total = a
                digits += 1
                if scalars[i].value >= 0x0E50 { thai = true } else { arabic = true }
                i += 1
            } else if allowInnerSpaces, digits > 0, scalars[i] == " ", i + 1 < scalars.count, Self.value(scalars[i + 1]) != nil {
                spaced = true
                i += 1
            } else {
                break
            }
        }
        guard digits > 0 else { return nil }
        let style: DigitStyle = thai && arabic ? .mixed : (thai ? .thai : .arabic)
        return DigitRun(value: total, length: i - start, digitCount: digits, style: style, hadInnerSpaces: spaced)
    }

    /// The integer in `text`, reading through single spaces between digits (`๐ ๗๗๗` → 777);
    /// nil if anything else is in it.
    public static func parseAllowingInnerSpaces<S: StringProtocol>(_ text: S) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard let run = readNumber(in: scalars, at: 0, allowInnerSpaces: true), run.length == scalars.count else { return nil }
        return run.value
    }

    /// The style of the digits in `text` (nil when it has none).
    public static func style<S: StringProtocol>(of text: S) -> DigitStyle? {
        var thai = false, arabic = false
        for s in text.unicodeScalars {
            if s.value >= 0x30 && s.value <= 0x39 { arabic = true }
            if s.value >= 0x0E50 && s.value <= 0x0E59 { thai = true }
        }
        if thai && arabic { return .mixed }
        return thai ? .thai : (arabic ? .arabic : nil)
    }

    /// `n` written with Thai or Arabic digits, zero-padded to `width`.
    public static func format(_ n: Int, digits style: DigitStyle, width: Int = 1) -> String {
        var s = String(n)
        if s.count < width { s = String(repeating: "0", count: width - s.count) + s }
        return style == .thai ? toThai(s) : s
    }
}
