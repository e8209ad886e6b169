import Foundation
import Testing
@testable import ThaiWords

/// Loading the word counts eight bytes at a time gives what the byte-by-byte reading gave: each
/// word's count (the last line of a word wins) and the corpus total, on random files.
@Suite struct ThaiWordFrequenciesLoadTests {
    static let letters: [String] = ["ก", "ข", "น", "ม", "เ", "า", "ำ", "\u{0E34}", "\u{0E48}", "\u{0E4C}", "a", "Z", "1", " ", "."]

    @Test func randomFilesReadAsByteByByte() throws {
        var rng = SystemRandomNumberGenerator()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("freq-\(UInt64.random(in: 0...UInt64.max, using: &rng))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for round in 0..<40 {
            var text = ""
            var expected: [String: Int] = [:]
            var total = 0
            for _ in 0..<Int.random(in: 1...300, using: &rng) {
                let word = (0..<Int.random(in: 0...9, using: &rng)).map { _ in Self.letters.randomElement(using: &rng)! }.joined()
                let count = Int.random(in: 0...100_000, using: &rng)
                var counted = true
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: text += word + "\n"; counted = false                  // no count: not read
                case 1: text += word + "\t\(count)\r\n"
                case 2: text += word + "\t\(count)x\n"
                default: text += word + "\t\(count)\n"
                }
                if counted, !word.isEmpty, count > 0 { expected[word] = count; total += count }
            }
            if Bool.random(using: &rng) { text.removeLast() }                 // no final line feed
            let path = dir.appendingPathComponent("f\(round).txt").path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            guard let f = ThaiWordFrequencies(path: path) else {
                #expect(total == 0)
                continue
            }
            for (word, count) in expected { #expect(f.count(of: word.unicodeScalars) == count, "\(word)") }
            #expect(abs(f.logTotal - log(Double(total))) < 1e-12)
        }
    }
}
