import PropertyBased
import Testing
import SarabanCore
@testable import Readers

/// Skewed scans: words on sloped lines are sheared level before lines are rebuilt, and every
/// word still lands on its own line.
@Suite struct OcrSkewTests {
    /// Three lines of 30 letter boxes (20 wide, 28 high, 30 apart), each sloping by `slope`.
    static func page(slope: Double, engineLines: Bool = true) -> [OcrWord] {
        var words: [OcrWord] = []
        for line in 0..<3 {
            for k in 0..<30 {
                let x = 100 + k * 40
                let y = 200 + line * 42 + Int((slope * Double(x - 100)).rounded())
                words.append(OcrWord(text: "ก\(line)", bbox: BoundingBox(x0: x, y0: y, x1: x + 20, y1: y + 28),
                                     confidence: 90, engineLine: engineLines ? line : nil))
            }
        }
        return words
    }

    @Test(arguments: [0.0, 0.006, -0.013, 0.02])
    func slopeIsMeasured(slope: Double) throws {
        let measured = try #require(OcrSkew.slope(Self.page(slope: slope)))
        #expect(abs(measured - slope) < 0.002)
    }

    @Test(arguments: [0.006, -0.013, 0.02])
    func skewedLinesAreRebuiltWhole(slope: Double) {
        let lines = OcrLineBuilder.lines(OcrSkew.deskewed(Self.page(slope: slope)))
        #expect(lines.count == 3)
        for (i, l) in lines.enumerated() {
            #expect(l.words.count == 30)
            #expect(l.words.allSatisfy { $0.text == "ก\(i)" })
            // Provenance keeps the engine's box.
            #expect(l.words.allSatisfy { $0.originalBox.y0 >= 200 + i * 42 - 30 })
        }
    }

    @Test func withoutEngineLinesNothingIsMoved() {
        let words = Self.page(slope: 0.013, engineLines: false)
        #expect(OcrSkew.slope(words) == nil)
        #expect(OcrSkew.deskewed(words).map(\.bbox) == words.map(\.bbox))
    }

    @Test func anyBoxesGiveAFiniteOrNoSlope() async {
        await propertyCheck(input: Gen.int(in: -50...2000).array(of: 0...300)) { numbers in
            let words = stride(from: 0, to: numbers.count - 4, by: 5).map { i in
                OcrWord(text: "ข", bbox: BoundingBox(x0: numbers[i], y0: numbers[i + 1], x1: numbers[i] + abs(numbers[i + 2]) % 80,
                                                    y1: numbers[i + 1] + abs(numbers[i + 3]) % 80),
                        confidence: nil, engineLine: abs(numbers[i + 4]) % 4)
            }
            if let s = OcrSkew.slope(words) { #expect(s.isFinite) }
            #expect(OcrSkew.deskewed(words).count == words.count)
        }
    }
}
