import Testing
@testable import ThaiText

/// ThaiGraphemes against the Character-level operations it stands in for.
@Suite struct ThaiGraphemesTests {
    static let pool: [String] = ["ก", "ข", "ผ", "น", "อ", "เ", "า", "ำ", "\u{0E31}", "\u{0E34}", "\u{0E38}", "\u{0E39}", "\u{0E48}",
                                 "\u{0E49}", "\u{0E4C}", " ", " ", "\t", "\n", "\r", "a", "1", "é", "\u{200D}", "–"]

    static func random(_ rng: inout SystemRandomNumberGenerator, _ maxLength: Int) -> String {
        (0..<Int.random(in: 0...maxLength, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
    }

    static func slowTrim(_ text: Substring) -> Substring {
        var s = text
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }

    @Test(arguments: ["", " ", "  ", "ก  ข ", " ก", "ก \u{0E31} ข", " \u{0E33}", "ก\r\n ข", "é ก ", "ก\u{0E48} ข  "])
    func spaceSplitTable(_ s: String) {
        for omitting in [true, false] {
            #expect(ThaiGraphemes.spaceSplit(s, omittingEmpty: omitting).map(String.init)
                    == s.split(separator: " ", omittingEmptySubsequences: omitting).map(String.init))
        }
    }

    @Test(arguments: ["", " ", "  ก ", "\tก\t", " \u{0E31}ก", "\t\u{0E31}", "ก \u{0E31}", "ก \r\n", "ก é ", "é ", " ", "a\u{0E31} "])
    func trimTable(_ s: String) {
        #expect(String(ThaiGraphemes.trimmingBlanks(s[...])) == String(Self.slowTrim(s[...])))
    }

    @Test func randomAgreesWithCharacters() {
        var rng = SystemRandomNumberGenerator()
        let prefixes = ["ผู้", "นัก", "ครู", "อ", "ก", "เก"].map { Array($0.unicodeScalars) }
        for _ in 0..<5000 {
            let text = Self.random(&rng, 10)
            let sub = text[...]
            #expect(String(ThaiGraphemes.trimmingBlanks(sub)) == String(Self.slowTrim(sub)), "\(text.unicodeScalars.map { $0.value })")
            if let split = ThaiGraphemes.splitOnSpaces(sub) {
                #expect(split.map(String.init) == sub.split(separator: " ").map(String.init), "\(text.unicodeScalars.map { $0.value })")
            }
            for omitting in [true, false] {
                #expect(ThaiGraphemes.spaceSplit(sub, omittingEmpty: omitting).map(String.init)
                        == sub.split(separator: " ", omittingEmptySubsequences: omitting).map(String.init), "\(text.unicodeScalars.map { $0.value })")
                #expect(ThaiGraphemes.spaceSplit(text, omittingEmpty: omitting).map(String.init)
                        == text.split(separator: " ", omittingEmptySubsequences: omitting).map(String.init), "\(text.unicodeScalars.map { $0.value })")
            }
            let p = prefixes.randomElement(using: &rng)!
            let prefixed = (Bool.random(using: &rng) ? String(String.UnicodeScalarView(p)) : "") + text
            if ThaiScalarSearch.isPlain(prefixed.unicodeScalars), let has = ThaiGraphemes.hasPrefix(plain: prefixed[...].unicodeScalars, p) {
                #expect(has == prefixed.hasPrefix(String(String.UnicodeScalarView(p))), "\(prefixed.unicodeScalars.map { $0.value })")
            }
            if let has = ThaiGraphemes.hasPrefix(prefixed[...], p) {
                #expect(has == prefixed.hasPrefix(String(String.UnicodeScalarView(p))), "\(prefixed.unicodeScalars.map { $0.value })")
            }
        }
    }
}

/// ScalarString's UTF-8 decoders against the standard library's scalar views.
@Suite struct ScalarStringDecodeTests {
    @Test func valuesAndScalarsAgreeWithTheView() {
        var rng = SystemRandomNumberGenerator()
        let pool = ThaiGraphemesTests.pool + ["😀", "€", "\u{10FFFF}", "ß", "\u{0}"]
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            #expect(ScalarString.values(text) == text.unicodeScalars.map(\.value))
            #expect(ScalarString.scalars(text) == Array(text.unicodeScalars))
        }
    }
}
