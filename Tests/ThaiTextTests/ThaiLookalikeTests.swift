import PropertyBased
import Testing
@testable import ThaiText

/// The look-alike distance: each pair's cost as its table says, and the one-table prefix match
/// equal to matching every prefix length on its own (what it replaced for speed).
@Suite struct ThaiLookalikeTests {
    @Test(arguments: ThaiLookalike.pairs.map { (String($0.0), String($0.1), $0.2) })
    func pairCostsBothWays(a: String, b: String, cost: Double) {
        #expect(ThaiLookalike.distance(a, b) == cost)
        #expect(ThaiLookalike.distance(b, a) == cost)
    }

    @Test(arguments: [("ก", "ข", 1.0), ("ก", "A", 1.0), ("A", "B", 1.0), ("ก่", "ก", 0.3), ("ก.", "ก", 0.2), ("ด่วน", "ด่วน", 0.0)])
    func otherCosts(a: String, b: String, cost: Double) {
        #expect(abs(ThaiLookalike.distance(a, b) - cost) < 1e-12)
    }

    static let alphabet: [Unicode.Scalar] = ["ด", "ค", "ว", "น", "ม", "ก", "า", "่", "้", "ี", "ื", "๑", "๐", " ", ".", "A", "1"]
    static let text = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...12)
        .map { String(String.UnicodeScalarView($0.map { alphabet[$0] })) }

    /// Matching each prefix length with its own table, as bestPrefixMatch once did.
    static func bruteForce(label: String, in text: String) -> (distance: Double, length: Int) {
        let l = Array(label.unicodeScalars.map(\.value))
        let t = Array(text.unicodeScalars.prefix(l.count + 3).map(\.value))
        var best = (distance: Double.infinity, length: 0)
        let lo = max(1, l.count - 3), hi = min(t.count, l.count + 3)
        guard lo <= hi else { return best }
        for n in lo...hi {
            let d = ThaiLookalike.distance(l, Array(t[0..<n])) / Double(max(l.count, n))
            if d < best.distance { best = (d, n) }
        }
        return best
    }

    @Test func prefixMatchEqualsMatchingEachPrefix() async {
        await propertyCheck(count: 500, input: Self.text, Self.text) { label, text in
            let fast = ThaiLookalike.bestPrefixMatch(label: label, in: Substring(text))
            let slow = Self.bruteForce(label: label, in: text)
            #expect(fast.length == slow.length, "\(label) in \(text)")
            #expect(fast.distance == slow.distance || (fast.distance.isInfinite && slow.distance.isInfinite), "\(label) in \(text)")
        }
    }

    @Test func damagedLabelFoundAtLineStart() {
        let m = ThaiLookalike.bestPrefixMatch(label: "ด่วนมาก", in: "ค่วนมาก เรื่อง")
        #expect(m.length == 7)
        #expect(m.distance < 0.1)
    }
}
