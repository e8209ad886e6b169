/// Thai digits ๐–๙ (U+0E50–U+0E59) and Arabic digits, which OCR mixes inside one number.
public enum ThaiDigits {
    public static let thaiZero: UInt32 = 0x0E50

    /// The value of a Thai or Arabic digit, nil for anything else.
    @inlinable
    public static func value(_ s: Unicode.Scalar) -> Int? {
        let v = s.value
        if v >= 0x30 && v <= 0x39 { return Int(v - 0x30) }
        if v >= 0x0E50 && v <= 0x0E59 { return Int(v - 0x0E50) }
        return nil
    }

    @inlinable
    public static func isDigit(_ s: Unicode.Scalar) -> Bool { value(s) != nil }

    /// Every Thai digit replaced by its Arabic digit.
    public static func toArabic(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x0E50 && s.value <= 0x0E59 { out.append(Unicode.Scalar(s.value - 0x0E50 + 0x30)!) } else { out.append(s) }
        }
        return String(out)
    }

    /// Every Arabic digit replaced by its Thai digit.
    public static func toThai(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s.value >= 0x30 && s.value <= 0x39 { out.append(Unicode.Scalar(s.value - 0x30 + 0x0E50)!) } else { out.append(s) }
        }
        return String(out)
    }

    /// The integer written with Thai, Arabic or mixed digits (`๒๕๖5` → 2565); nil if any other character or overflow.
    public static func parse<S: StringProtocol>(_ text: S) -> Int? {
        var n = 0
        var any = false
        for s in text.unicodeScalars {
            guard let d = value(s) else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            if o1 || o2 { return nil }
            n = a
            any = true
        }
        return any ? n : nil
    }
}
