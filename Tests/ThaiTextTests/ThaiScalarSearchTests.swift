import Foundation
import Testing
@testable import ThaiText

/// ThaiScalarSearch against Foundation's default search, which it replaces on plain text.
@Suite struct ThaiScalarSearchTests {
    static func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    static func foundation(_ hay: String, _ needle: String, backwards: Bool) -> Int? {
        guard let r = hay.range(of: needle, options: backwards ? .backwards : []) else { return nil }
        return hay.unicodeScalars.distance(from: hay.unicodeScalars.startIndex, to: r.lowerBound)
    }

    @Test(arguments: [
        ("กั", "ก", nil, nil),                 // a match may not end before a non-spacing mark
        ("กำ", "ก", 0, 0),                     // sara am is spacing: it may
        ("น้ำ", "น้", 0, 0),
        ("ให้", "ให", nil, nil),
        ("ที่ประชุมที่ประชุม", "ประชุม", 3, 12),
        ("ให้ ให ให้", "ให", 4, 4),
        ("ab", "", nil, nil),
        ("ไม่เกินไม่", "ไม่", 0, 7),
        ("กุ่", "กุ", nil, nil),
        ("ก–ข–", "–", 1, 3),
        ("–\u{0E31}", "–", nil, nil),
    ] as [(String, String, Int?, Int?)])
    func table(_ hay: String, _ needle: String, _ first: Int?, _ last: Int?) {
        #expect(ThaiScalarSearch.first(Self.scalars(needle), in: Self.scalars(hay)) == first)
        #expect(ThaiScalarSearch.last(Self.scalars(needle), in: Self.scalars(hay)) == last)
        #expect(Self.foundation(hay, needle, backwards: false) == first)
        #expect(Self.foundation(hay, needle, backwards: true) == last)
    }

    @Test func plainText() {
        #expect(ThaiScalarSearch.isPlain(Self.scalars("ที่ประชุม 12 ผู้ น้ำ")))
        #expect(!ThaiScalarSearch.isPlain(Self.scalars("ผ\u{0E49}\u{0E39}")))   // tone mark before sara uu
        #expect(!ThaiScalarSearch.isPlain(Self.scalars("café")))
    }

    /// Random strings of Thai letters, marks, spaces and ASCII: every plain one agrees with Foundation.
    /// Found once by the random test below: sara u before sara i, which Foundation matches in
    /// either order. Such text is not plain (the String calls fall back to Foundation).
    @Test(arguments: [("–เเขุิ", "ขิุ"), ("กุิ", "กิุ"), ("ก่ิ", "กิ่")])
    func marksOutOfClassOrderAreLeftToFoundation(hay: String, needle: String) {
        #expect(!ThaiScalarSearch.isPlain(Self.scalars(hay)))
        #expect(ThaiScalarSearch.range(of: needle, in: hay).map { hay.distance(from: hay.startIndex, to: $0.lowerBound) }
                == hay.range(of: needle).map { hay.distance(from: hay.startIndex, to: $0.lowerBound) })
    }

    @Test func agreesWithFoundationOnRandomPlainText() {
        let pool: [String] = ["ก", "ข", "ท", "น", "ใ", "ห", "เ", "า", "ำ", "\u{0E31}", "\u{0E34}", "\u{0E35}", "\u{0E38}",
                              "\u{0E39}", "\u{0E48}", "\u{0E49}", "\u{0E47}", "\u{0E4C}", " ", "1", "a", "๒", "–", "“"]
        var rng = SystemRandomNumberGenerator()
        var checked = 0
        for _ in 0..<3000 {
            let hay = (0..<Int.random(in: 0...14, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            let needle = (0..<Int.random(in: 1...3, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            let h = Self.scalars(hay), n = Self.scalars(needle)
            guard ThaiScalarSearch.isPlain(h), ThaiScalarSearch.isPlain(n),
                  !ThaiScalarSearch.isNonSpacingMark(n[0]), n[0] != "ำ" else { continue }
            checked += 1
            #expect(ThaiScalarSearch.first(n, in: h) == Self.foundation(hay, needle, backwards: false), "\(h) \(n)")
            #expect(ThaiScalarSearch.last(n, in: h) == Self.foundation(hay, needle, backwards: true), "\(h) \(n)")
        }
        #expect(checked > 500)
    }

    /// The String-level calls give Foundation's answers, on plain text and (by falling back) on other text.
    @Test func stringCallsAgreeWithFoundation() {
        let pool: [String] = ["ก", "ท", "น", "ใ", "ห", "า", "ำ", "\u{0E31}", "\u{0E38}", "\u{0E48}", "\u{0E49}", " ", "a", "–",
                              "é", "e\u{301}", "\u{0E48}\u{0E38}"]
        var rng = SystemRandomNumberGenerator()
        func offsets(_ text: String, _ r: Range<String.Index>?) -> Range<Int>? {
            guard let r else { return nil }
            let v = text.unicodeScalars
            return v.distance(from: v.startIndex, to: r.lowerBound)..<v.distance(from: v.startIndex, to: r.upperBound)
        }
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...14, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            let needle = ["ก", "น", "ทำ", "ใน", "a", "กา", "นั", "e"].randomElement(using: &rng)!
            #expect(offsets(text, ThaiScalarSearch.range(of: needle, in: text)) == offsets(text, text.range(of: needle)), "\(text) \(needle)")
            #expect(ThaiScalarSearch.contains(needle, in: text) == text.contains(needle))
            var loop: [Range<Int>] = []
            var search = text.startIndex
            while let r = text.range(of: needle, range: search..<text.endIndex) {
                search = r.upperBound
                loop.append(offsets(text, r)!)
            }
            #expect(ThaiScalarSearch.matches(of: needle, in: text) == loop, "\(text) \(needle)")
        }
    }
}
