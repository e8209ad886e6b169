import Testing
@testable import ThaiText

/// ThaiPrefix against the standard library's `hasPrefix`/`hasSuffix`, which it replaces.
@Suite struct ThaiPrefixTests {
    @Test(arguments: [
        ("กั", "ก", false, false),           // a match may not end inside a grapheme
        ("กำ", "ก", false, false),           // sara am joins the grapheme before it (UAX #29)
        ("ที่ปรึกษา", "ที", false, false),
        ("ที่ปรึกษา", "ที่", true, false),
        ("ผู้อำนวยการ", "ผู้", true, false),
        ("ผู้อำนวยการ", "การ", false, true),
        ("xกั", "\u{0E31}", false, false),   // a suffix may not open inside a grapheme
        ("xกั", "กั", false, true),
        ("ณ ห้อง", "ณ ", true, false),
        ("ณ", "ณ ", false, false),
        ("", "ก", false, false),
        ("a\r\nb", "a\r", false, false),     // CR LF is one grapheme
        ("ผ\u{0E49}\u{0E39}", "ผู้", true, true), // marks out of order: the standard library decides
    ] as [(String, String, Bool, Bool)])
    func table(_ text: String, _ affix: String, _ prefix: Bool, _ suffix: Bool) {
        #expect(ThaiPrefix.hasPrefix(text, affix) == prefix)
        #expect(ThaiPrefix.hasSuffix(text, affix) == suffix)
        #expect(text.hasPrefix(affix) == prefix)
        #expect(text.hasSuffix(affix) == suffix)
        #expect(ThaiPrefix.equal(text, affix) == (text == affix))
    }

    /// Random Thai, ASCII and a few non-plain scalars: always the standard library's answer,
    /// on Strings and on Substrings.
    @Test func agreesWithTheStandardLibrary() {
        let pool: [String] = ["ก", "ข", "ท", "น", "ใ", "ห", "เ", "า", "ำ", "\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E38}",
                              "\u{0E39}", "\u{0E48}", "\u{0E49}", "\u{0E47}", "\u{0E4C}", " ", "1", "a", "๒", "–", "\r", "\n",
                              "é", "e\u{301}", "\u{0E48}\u{0E38}"]
        var rng = SystemRandomNumberGenerator()
        func random(_ range: ClosedRange<Int>) -> String {
            (0..<Int.random(in: range, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
        }
        var matched = 0
        for _ in 0..<5000 {
            let text = random(0...10), affix = random(1...3)
            let sub = ("ก" + text + "ก").dropFirst().dropLast()
            #expect(ThaiPrefix.hasPrefix(text, affix) == text.hasPrefix(affix), "\(Array(text.unicodeScalars)) \(Array(affix.unicodeScalars))")
            #expect(ThaiPrefix.hasSuffix(text, affix) == text.hasSuffix(affix), "\(Array(text.unicodeScalars)) \(Array(affix.unicodeScalars))")
            #expect(ThaiPrefix.hasPrefix(sub, affix) == sub.hasPrefix(affix))
            #expect(ThaiPrefix.hasSuffix(sub, affix) == sub.hasSuffix(affix))
            // Prefixes actually taken from the text, so that true answers are tested too.
            let cut = String(text.unicodeScalars.prefix(Int.random(in: 1...3, using: &rng)))
            #expect(ThaiPrefix.hasPrefix(text, cut) == text.hasPrefix(cut), "\(Array(text.unicodeScalars)) \(Array(cut.unicodeScalars))")
            let tail = String(String.UnicodeScalarView(text.unicodeScalars.suffix(Int.random(in: 1...3, using: &rng))))
            #expect(ThaiPrefix.hasSuffix(text, tail) == text.hasSuffix(tail), "\(Array(text.unicodeScalars)) \(Array(tail.unicodeScalars))")
            if text.hasPrefix(cut) { matched += 1 }
            // Equality, with texts that are equal and texts that differ only in mark order.
            let other = [text, affix, String(text.unicodeScalars.reversed().reversed()), cut].randomElement(using: &rng)!
            #expect(ThaiPrefix.equal(text, other) == (text == other), "\(Array(text.unicodeScalars)) \(Array(other.unicodeScalars))")
            #expect(ThaiPrefix.equal(sub, other) == (sub == other))
        }
        #expect(matched > 500)
    }
}
