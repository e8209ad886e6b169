import Testing
import PropertyBased
import ThaiText
@testable import Readers

@Suite struct RepairingTests {
    static let cases: [(String, String)] = [
        ("ก  \t  ข\t\tค", "ก\tข\tค"), ("\tก", "\tก"), ("ก\t", "ก\t"), ("ไม่มีแท็บ", "ไม่มีแท็บ"), (" \t ", "\t"),
    ]

    @Test(arguments: cases)
    func blankRunsHoldingATabBecomeOneTab(_ raw: String, _ expected: String) {
        #expect(Repairing.normalizeKeepingTabs(raw).text == expected)
    }

    /// Whatever the blanks, tabs survive as single tabs and the offset map stays whole and ordered.
    @Test func tabsAndOffsetMapsHold() async {
        let pieces = ["ก", "ข", " ", "\t", "ำ", "น"]
        let gen = Gen.int(in: 0...(pieces.count - 1)).map { pieces[$0] }.array(of: 0...30).map { $0.joined() }
        await propertyCheck(input: gen) { raw in
            let n = Repairing.normalizeKeepingTabs(raw)
            let scalars = n.text.unicodeScalars
            #expect(n.offsetMap.count == scalars.count + 1)
            #expect(zip(n.offsetMap, n.offsetMap.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(!n.text.contains(" \t") && !n.text.contains("\t ") && !n.text.contains("\t\t"))
            #expect(raw.unicodeScalars.contains("\t") == scalars.contains("\t"))
            // no letter is invented (the normaliser may merge some, never add)
            func letters(_ s: String.UnicodeScalarView) -> Int { s.filter { $0 != " " && $0 != "\t" }.count }
            #expect(letters(scalars) <= letters(raw.unicodeScalars))
        }
    }
}
