import Testing
@testable import ThaiText

/// The normaliser's shortcut for text that needs no repair gives what the four stages give.
@Suite struct ThaiNormalizerFastPathTests {
    @Test func markRanksMatchTheTable() {
        for v in UInt32(0x0E00)...UInt32(0x0E7F) where ThaiCharacterTables.isThaiMark(v) {
            #expect(ThaiNormalizer.markRank(v) == (ThaiCharacterTables.markRank[v] ?? 9), "\(String(v, radix: 16))")
        }
    }

    @Test(arguments: ["", "ก", "นาย สมชาย", "ที่ประชุม\nวันที่ ๑", " ก", "ก ", "ก  ข", "ก\tข", "ก \n", "\u{0E31}ก", "กุ่", "กุ่", "ก่่",
                      "เเ", "กํา", "a\r\nb", "\u{A0}", "ก\u{200B}", "é", "ก\u{0E48}\u{0E38}", " \u{0E31}", "\n\u{0E48}\u{0E38}"])
    func table(_ text: String) {
        #expect(ThaiNormalizer.normalize(text) == ThaiNormalizer.normalizeByStages(text))
    }

    @Test func randomTextAgreesWithTheStages() {
        let pool: [String] = ["ก", "ข", "น", "ม", "ร", "อ", "เ", "แ", "า", "ำ", "ะ", "\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E37}",
                              "\u{0E38}", "\u{0E39}", "\u{0E3A}", "\u{0E47}", "\u{0E48}", "\u{0E49}", "\u{0E4A}", "\u{0E4B}", "\u{0E4C}",
                              "\u{0E4D}", "\u{0E4E}", "๑", " ", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "a", "1", ".", "\u{A0}",
                              "\u{200B}", "é", "–"]
        var rng = SystemRandomNumberGenerator()
        var fast = 0, blanksOnly = 0
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            let options = ThaiNormalizer.Options(foldWhitespace: Bool.random(using: &rng) || true, keepNewlines: Bool.random(using: &rng),
                                                 keepTabs: Bool.random(using: &rng))
            if ThaiNormalizer.unchangedCount(text, options: options) != nil { fast += 1 }
            else if ThaiNormalizer.unchangedCount(text, options: options, exceptBlanks: true) != nil { blanksOnly += 1 }
            #expect(ThaiNormalizer.normalize(text, options: options) == ThaiNormalizer.normalizeByStages(text, options: options),
                    "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(fast > 100)
        #expect(blanksOnly > 20)   // the stage-4-only path is exercised too (~45 of 5,000)
    }
}
