import PropertyBased
import Testing
@testable import ThaiText

/// The OCR digit distance: tesseract's damaged years (domain.md, the corpus renders) are near the
/// year they stand for and far from unrelated ones.
@Suite struct OcrDigitDistanceTests {
    static func ds(_ s: String) -> [Int] { s.unicodeScalars.compactMap(ThaiDigits.value) }

    @Test(arguments: [
        ("๒๕๖๖", "๒๕๖๖", 0.0),
        ("๒๕๐๕", "๒๕๖๕", 0.3),      // ๖ read as ๐ (the seed)
        ("๒๕๒๒", "๒๕๖๖", 0.6),      // ๖ read as ๒, twice
        ("๒๕๒๐๒๐", "๒๕๖๖", 0.6),    // each ๖ read as ๒๐
        ("๒๕๒๒๐", "๒๕๖๖", 0.6),     // ๖→๒ and ๖→๒๐
        ("๒๕๒๐๓", "๒๕๖๗", 0.6),     // ๖→๒๐ and ๗→๓
        ("๒๕๐", "๒๕๖๗", 1.1),       // ๖→๐ and ๗ lost
        ("๒๕๒", "๒๕๖๗", 0.4),       // ๖๗ read as one ๒
        ("๒๕๒", "๒๕๖๘", 1.1),       // ๖→๒ and ๘ lost: no merge for ๖๘
        ("๒๕๖๖๑", "๒๕๖๖", 0.8),     // one spurious digit
        ("๑๒๓๔", "๕๖๗๘", 2.6),      // ๑→๕ and ๔→๘ unrelated (1 each), ๒/๖ and ๓/๗ look-alikes
        ("๑๑๑๑", "๘๘๘๘", 4.0),
    ])
    func costs(printed: String, intended: String, expected: Double) {
        #expect(abs(OcrDigitDistance.cost(printed: Self.ds(printed), intended: Self.ds(intended)) - expected) < 1e-9)
    }

    @Test func identityIsFreeAndEveryEditCosts() async {
        await propertyCheck(input: Gen.int(in: 0...9).array(of: 1...7)) { digits in
            #expect(OcrDigitDistance.cost(printed: digits, intended: digits) == 0)
            var other = digits
            other[0] = (other[0] + 1) % 10
            #expect(OcrDigitDistance.cost(printed: other, intended: digits) > 0)
            #expect(OcrDigitDistance.cost(printed: digits + [1], intended: digits) == OcrDigitDistance.spuriousDigitCost)
        }
    }

    @Test(arguments: [0, 7, 10, 2566, 1_000_000])
    func digitsOfNumbers(n: Int) {
        #expect(OcrDigitDistance.digits(n).reduce(0) { $0 * 10 + $1 } == n)
    }
}
