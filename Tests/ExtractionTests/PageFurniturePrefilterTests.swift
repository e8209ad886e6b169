import Testing
@testable import Extraction

/// `isPageFurniture` refuses a short line with a letter outside page numbers before trimming by
/// Character: `isPageNumber` (the Character-level test) must be false for every such line.
@Suite struct PageFurniturePrefilterTests {
    static let pool: [String] = ["-", "–", "—", " ", "(", ")", "/", "1", "9", "๑", "๙", "หน้า", "ห", "น", "\u{0E49}", "า",
                                 "ก", "ข", "a", "Z", ".", "\u{0E31}", "\u{0E48}", "ฯ", "ๆ", "฿", "é", "\u{0E4F}"]

    @Test func aLetterOutsidePageNumbersIsNoPageNumber() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 1...8, using: &rng)).map { _ in Self.pool.randomElement(using: &rng)! }.joined()
            if LineBuilder.hasLetterOutsidePageNumbers(line) {
                #expect(!LineBuilder.isPageNumber(line), "\(line.unicodeScalars.map { $0.value })")
            }
        }
    }

    @Test(arguments: ["- ๒ -", "หน้า ๓", "(12)", "-๒/๕-", "---", "- ก -", "หน้า ก", "a1", "๑๒๓"])
    func pageNumbers(_ line: String) {
        if LineBuilder.hasLetterOutsidePageNumbers(line) { #expect(!LineBuilder.isPageNumber(line)) }
    }
}
