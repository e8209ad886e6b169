import Testing
@testable import Extraction

/// The scalar fast path of `trimmingCharactersIn` against the Character loop it stands in for.
@Suite struct TrimmingTests {
    static func byCharacters(_ text: String, _ set: String) -> String {
        var s = Substring(text)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }

    @Test func agreesWithTheCharacterLoop() {
        let pool = [" ", ",", ":", "-", "–", "(", ")", "ก", "\u{0E31}", "\u{0E48}", "ำ", "a", "é", "e\u{301}", "\r\n", "\n", "\u{0600}"]
        let sets = [" ", " ,", " :", " -–—()", " \n", "é"]
        var rng = SystemRandomNumberGenerator()
        var trimmed = 0
        for _ in 0..<5000 {
            let text = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            let set = sets.randomElement(using: &rng)!
            let expected = Self.byCharacters(text, set)
            #expect(text.trimmingCharactersIn(set) == expected, "\(Array(text.unicodeScalars)) \(Array(set.unicodeScalars))")
            if expected != text { trimmed += 1 }
        }
        #expect(trimmed > 500)
    }
}
