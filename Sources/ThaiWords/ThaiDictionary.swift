import CDatrie
import Foundation

/// The Thai words libthai knows (about 25,000: Debian's libthai-data, the list its word breaker
/// uses), looked up through libdatrie. Saraban uses it to tell a word from OCR damage: a space
/// tesseract put inside a word, a tone mark or thanthakhat it lost.
///
/// Read-only after loading, so one instance serves every thread (libdatrie's lookups read the
/// trie and write only the walk state each call owns).
public final class ThaiDictionary: @unchecked Sendable {
    private let trie: OpaquePointer

    /// Where Debian's libthai-data puts the word list; `SARABAN_THAI_DICT` names another.
    public static let defaultPath = "/usr/share/libthai/thbrk.tri"

    /// The dictionary of this machine, or nil when libthai-data is not installed: the repairs
    /// that need it are then not made (and nothing else changes).
    public static let shared: ThaiDictionary? = {
        let path = ProcessInfo.processInfo.environment["SARABAN_THAI_DICT"] ?? defaultPath
        return ThaiDictionary(path: path)
    }()

    public init?(path: String) {
        guard FileManager.default.isReadableFile(atPath: path), let t = trie_new_from_file(path) else { return nil }
        trie = t
    }

    deinit { trie_free(trie) }

    /// Whether the scalars are one word of the dictionary.
    public func contains<C: Collection>(_ word: C) -> Swift.Bool where C.Element == Unicode.Scalar {
        guard !word.isEmpty, let s = trie_root(trie) else { return false }
        defer { trie_state_free(s) }
        for u in word where trie_state_walk(s, u.value) != DA_TRUE { return false }
        return trie_state_is_walkable(s, 0) == DA_TRUE
    }

    public func contains(_ word: String) -> Swift.Bool { contains(word.unicodeScalars) }

    /// The lengths of the dictionary words that begin at `start` of `text`, shortest first.
    public func wordLengths(in text: [Unicode.Scalar], from start: Int) -> [Int] {
        guard let s = trie_root(trie) else { return [] }
        defer { trie_state_free(s) }
        var out: [Int] = []
        var i = start
        while i < text.count, trie_state_walk(s, text[i].value) == DA_TRUE {
            i += 1
            if trie_state_is_walkable(s, 0) == DA_TRUE { out.append(i - start) }
        }
        return out
    }

    /// The fewest dictionary words that make up `text` exactly; nil when no sequence of words does.
    /// A character that is not a Thai letter or mark (digit, dot, Latin letter) counts as a word
    /// of its own, so `พ.ศ.` and numbers do not make a text unreadable.
    public func fewestWords(_ text: [Unicode.Scalar]) -> Int? {
        let n = text.count
        guard n > 0 else { return 0 }
        var best = [Int](repeating: Int.max, count: n + 1)
        best[0] = 0
        for i in 0..<n where best[i] != Int.max {
            if !Self.isThaiLetterOrMark(text[i]) {
                best[i + 1] = min(best[i + 1], best[i] + 1)
                continue
            }
            for len in wordLengths(in: text, from: i) {
                best[i + len] = min(best[i + len], best[i] + 1)
            }
        }
        return best[n] == Int.max ? nil : best[n]
    }

    public func fewestWords(_ text: String) -> Int? { fewestWords(Array(text.unicodeScalars)) }

    /// The words of a reading with the fewest words, as scalar ranges; nil when there is none.
    public func words(_ text: [Unicode.Scalar]) -> [Range<Int>]? {
        bestReading(text, score: { _ in -1 }, otherScore: -1)?.words
    }

    /// The likeliest reading of `text` as a sequence of words, by how often each word is written
    /// (a unigram model: the reading whose words' probabilities multiply to the most): its natural
    /// log probability and its words as scalar ranges; nil when no sequence of words makes the text.
    /// A character that is not a Thai letter or mark is a word of its own with probability 1.
    public func likeliestWords(_ text: [Unicode.Scalar], frequencies: ThaiWordFrequencies) -> (logProbability: Double, words: [Range<Int>])? {
        bestReading(text, score: { frequencies.logProbability(of: text[$0]) }, otherScore: 0).map { ($0.score, $0.words) }
    }

    /// The reading of `text` as dictionary words whose scores add up to the most (`score` of a
    /// word's range; `otherScore` for a character that is not a Thai letter or mark, a word of its
    /// own), with its words as scalar ranges; of equal readings, the first found. Nil when none.
    func bestReading(_ text: [Unicode.Scalar], score: (Range<Int>) -> Double, otherScore: Double) -> (score: Double, words: [Range<Int>])? {
        let n = text.count
        guard n > 0 else { return (0, []) }
        var best = [Double](repeating: -.infinity, count: n + 1)
        var from = [Int](repeating: -1, count: n + 1)
        best[0] = 0
        for i in 0..<n where best[i] > -.infinity {
            if !Self.isThaiLetterOrMark(text[i]) {
                if best[i] + otherScore > best[i + 1] { best[i + 1] = best[i] + otherScore; from[i + 1] = i }
                continue
            }
            for len in wordLengths(in: text, from: i) {
                let p = best[i] + score(i..<(i + len))
                if p > best[i + len] { best[i + len] = p; from[i + len] = i }
            }
        }
        guard best[n] > -.infinity else { return nil }
        var out: [Range<Int>] = []
        var j = n
        while j > 0 { out.append(from[j]..<j); j = from[j] }
        return (best[n], out.reversed())
    }

    /// Thai consonants, vowels and marks (not Thai digits or ฯ ๆ, which stand alone).
    static func isThaiLetterOrMark(_ u: Unicode.Scalar) -> Swift.Bool {
        (0x0E01...0x0E4E).contains(u.value) && u.value != 0x0E2F && u.value != 0x0E46
    }
}
