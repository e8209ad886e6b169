import ThaiText

/// How Word renders a list counter in each `w:numFmt` (and the ODF `style:num-format` values that
/// mean the same). Each format is written once here; tests iterate over the table.
enum ListLabelFormat: String, CaseIterable, Sendable {
    case decimal, decimalZero, thaiNumbers, thaiLetters, thaiCounting
    case lowerLetter, upperLetter, lowerRoman, upperRoman, bullet, none

    /// Word's Thai letter sequence: the 44 consonants without the obsolete ฃ and ฅ (42 letters),
    /// as Word and LibreOffice number `thaiLetters` lists: ก ข ค ง จ ฉ ช ซ ฌ ญ …
    static let thaiLetterSequence: [String] = [
        "ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ", "ฒ", "ณ", "ด", "ต", "ถ", "ท", "ธ",
        "น", "บ", "ป", "ผ", "ฝ", "พ", "ฟ", "ภ", "ม", "ย", "ร", "ล", "ว", "ศ", "ษ", "ส", "ห", "ฬ", "อ", "ฮ",
    ]

    /// Thai number words for 0…9, and the place names, for `thaiCounting` (หนึ่ง สอง … สิบเอ็ด ยี่สิบ).
    static let thaiDigitWords = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
    static let thaiPlaceWords = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน"]

    /// `w:numFmt` values Word writes that this table knows under another name.
    init?(word value: String) {
        switch value {
        case "decimalEnclosedCircle", "decimalEnclosedFullstop", "decimalEnclosedParen", "ordinal", "cardinalText":
            self = .decimal
        case "thaiNumbers": self = .thaiNumbers
        case "thaiLetters": self = .thaiLetters
        case "thaiCounting": self = .thaiCounting
        default: self.init(rawValue: value)
        }
    }

    /// ODF `style:num-format` values ("1", "a", "A", "i", "I", "๑, ๒, ๓", "ก, ข, ค", "").
    init(odf value: String?) {
        switch value ?? "" {
        case "1": self = .decimal
        case "a": self = .lowerLetter
        case "A": self = .upperLetter
        case "i": self = .lowerRoman
        case "I": self = .upperRoman
        case "": self = .none
        default:
            if value!.hasPrefix("๑") { self = .thaiNumbers } else if value!.hasPrefix("ก") { self = .thaiLetters } else { self = .decimal }
        }
    }

    func render(_ n: Int) -> String {
        switch self {
        case .decimal: return String(n)
        case .decimalZero: return n < 10 && n >= 0 ? "0\(n)" : String(n)
        case .thaiNumbers: return ThaiDigits.toThai(String(n))
        case .thaiLetters: return Self.letters(n, alphabet: Self.thaiLetterSequence)
        case .thaiCounting: return Self.thaiWords(n)
        case .lowerLetter: return Self.letters(n, alphabet: (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) })
        case .upperLetter: return Self.letters(n, alphabet: (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) })
        case .lowerRoman: return Self.roman(n).lowercased()
        case .upperRoman: return Self.roman(n)
        case .bullet, .none: return ""
        }
    }

    /// Word's letter numbering past the alphabet repeats the letter: a … z, aa … zz, aaa …
    static func letters(_ n: Int, alphabet: [String]) -> String {
        guard n > 0 else { return String(n) }
        let letter = alphabet[(n - 1) % alphabet.count]
        return String(repeating: letter, count: min((n - 1) / alphabet.count + 1, 20))
    }

    static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = n
        var out = ""
        for (value, numeral) in table { while rest >= value { out += numeral; rest -= value } }
        return out
    }

    /// Thai number words: 1 หนึ่ง, 11 สิบเอ็ด, 21 ยี่สิบเอ็ด, 101 หนึ่งร้อยเอ็ด, 1,000,000 หนึ่งล้าน.
    static func thaiWords(_ n: Int) -> String {
        if n == 0 { return thaiDigitWords[0] }
        if n < 0 { return n == Int.min ? String(n) : "ลบ" + thaiWords(-n) }
        if n >= 1_000_000 {
            let rest = n % 1_000_000
            return thaiWords(n / 1_000_000) + "ล้าน" + (rest == 0 ? "" : belowMillion(rest, afterHigher: true))
        }
        return belowMillion(n, afterHigher: false)
    }

    private static func belowMillion(_ n: Int, afterHigher: Bool) -> String {
        let digits = String(n).compactMap { $0.wholeNumberValue }
        var out = ""
        for (i, d) in digits.enumerated() where d != 0 {
            let place = digits.count - 1 - i
            switch (place, d) {
            case (1, 1): out += "สิบ"
            case (1, 2): out += "ยี่สิบ"
            case (0, 1) where digits.count > 1 || afterHigher: out += "เอ็ด"
            default: out += thaiDigitWords[d] + thaiPlaceWords[place]
            }
        }
        return out
    }
}
