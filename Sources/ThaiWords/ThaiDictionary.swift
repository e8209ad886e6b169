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
        wordLengthsAndStop(in: text, from: start).0
    }

    /// The trie walks from every start of a text: the word lengths found from each start, and
    /// where each walk stopped (the index of the scalar it failed on, or the text's length when
    /// it ran to the end). A text one edit away shares every walk that stopped before the edit and
    /// every walk that starts after it, so its segmentation needs only the walks through the edit
    /// (OCR repair segments hundreds of one-mark variants of one phrase).
    public struct Walks: Sendable {
        let text: [Unicode.Scalar]
        let lengths: [[Int]]
        let stops: [Int]

        /// The walks of a text that differs from this one at `edit` alone: `variant` has one
        /// scalar more (one inserted at `edit`), the same count (one replaced) or one fewer (two
        /// replaced by one at `edit`).
        func lengths(of variant: [Unicode.Scalar], edit: Int, from j: Int, dictionary: ThaiDictionary) -> [Int] {
            let shift = variant.count - text.count
            guard abs(shift) <= 1 else { return dictionary.wordLengths(in: variant, from: j) }
            if j < edit, stops[j] < edit { return lengths[j] }
            if j > edit, j - shift < text.count { return lengths[j - shift] }
            return dictionary.wordLengths(in: variant, from: j)
        }
    }

    public func walks(_ text: [Unicode.Scalar]) -> Walks {
        var lengths: [[Int]] = []
        var stops: [Int] = []
        lengths.reserveCapacity(text.count)
        stops.reserveCapacity(text.count)
        for start in text.indices {
            let (l, stop) = wordLengthsAndStop(in: text, from: start)
            lengths.append(l)
            stops.append(stop)
        }
        return Walks(text: text, lengths: lengths, stops: stops)
    }

    /// `wordLengths(in:from:)` and the index where the walk stopped.
    func wordLengthsAndStop(in text: [Unicode.Scalar], from start: Int) -> ([Int], Int) {
        guard let s = trie_root(trie) else { return ([], start) }
        defer { trie_state_free(s) }
        var out: [Int] = []
        var i = start
        while i < text.count, trie_state_walk(s, text[i].value) == DA_TRUE {
            i += 1
            if trie_state_is_walkable(s, 0) == DA_TRUE { out.append(i - start) }
        }
        return (out, i)
    }

    /// The fewest dictionary words that make up `text` exactly; nil when no sequence of words does.
    /// A character that is not a Thai letter or mark (digit, dot, Latin letter) counts as a word
    /// of its own, so `พ.ศ.` and numbers do not make a text unreadable.
    public func fewestWords(_ text: [Unicode.Scalar]) -> Int? {
        let n = text.count
        guard n > 0 else { return 0 }
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 1) { best -> Int? in
            best.initialize(repeating: Int.max)
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
    }

    public func fewestWords(_ text: String) -> Int? { fewestWords(Array(text.unicodeScalars)) }

    /// The words of a reading with the fewest words, as scalar ranges; nil when there is none.
    public func words(_ text: [Unicode.Scalar]) -> [Range<Int>]? {
        bestReading(text, score: { _ in -1 }, otherScore: -1)?.words
    }

    /// `words(variant)` for a text one edit away from the one `walks` were made of (see `Walks`).
    public func words(_ variant: [Unicode.Scalar], editing walks: Walks, at edit: Int) -> [Range<Int>]? {
        bestReading(variant, score: { _ in -1 }, otherScore: -1,
                    lengths: { walks.lengths(of: variant, edit: edit, from: $0, dictionary: self) })?.words
    }

    /// The likeliest reading of `text` as a sequence of words, by how often each word is written
    /// (a unigram model: the reading whose words' probabilities multiply to the most): its natural
    /// log probability and its words as scalar ranges; nil when no sequence of words makes the text.
    /// A character that is not a Thai letter or mark is a word of its own with probability 1.
    public func likeliestWords(_ text: [Unicode.Scalar], frequencies: ThaiWordFrequencies) -> (logProbability: Double, words: [Range<Int>])? {
        bestReading(text, score: { frequencies.logProbability(of: text[$0]) }, otherScore: 0).map { ($0.score, $0.words) }
    }

    /// `likeliestWords(variant, frequencies:)` for a text one edit away from the one `walks` were made of.
    public func likeliestWords(_ variant: [Unicode.Scalar], editing walks: Walks, at edit: Int,
                               frequencies: ThaiWordFrequencies) -> (logProbability: Double, words: [Range<Int>])? {
        bestReading(variant, score: { frequencies.logProbability(of: variant[$0]) }, otherScore: 0,
                    lengths: { walks.lengths(of: variant, edit: edit, from: $0, dictionary: self) }).map { ($0.score, $0.words) }
    }

    /// The reading of `text` as dictionary words whose scores add up to the most (`score` of a
    /// word's range; `otherScore` for a character that is not a Thai letter or mark, a word of its
    /// own), with its words as scalar ranges; of equal readings, the first found. Nil when none.
    func bestReading(_ text: [Unicode.Scalar], score: (Range<Int>) -> Double, otherScore: Double,
                     lengths: ((Int) -> [Int])? = nil) -> (score: Double, words: [Range<Int>])? {
        let n = text.count
        guard n > 0 else { return (0, []) }
        // The two tables on the stack (this runs for every one-mark variant of every OCR token:
        // two arrays allocated and freed per call were a fifth of its cost).
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: n + 1) { best in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 1) { from -> (score: Double, words: [Range<Int>])? in
                best.initialize(repeating: -.infinity)
                from.initialize(repeating: -1)
                best[0] = 0
                for i in 0..<n where best[i] > -.infinity {
                    if !Self.isThaiLetterOrMark(text[i]) {
                        if best[i] + otherScore > best[i + 1] { best[i + 1] = best[i] + otherScore; from[i + 1] = i }
                        continue
                    }
                    for len in lengths?(i) ?? wordLengths(in: text, from: i) {
                        let p = best[i] + score(i..<(i + len))
                        if p > best[i + len] { best[i + len] = p; from[i + len] = i }
                    }
                }
                guard best[n] > -.infinity else { return nil }
                var out: [Range<Int>] = []
                var j = n
                while j > 0 { out.append(from[j]..<j); j = from[j] }
                out.reverse()
                return (best[n], out)
            }
        }
    }

    /// Thai consonants, vowels and marks (not Thai digits or ฯ ๆ, which stand alone).
    static func isThaiLetterOrMark(_ u: Unicode.Scalar) -> Swift.Bool {
        (0x0E01...0x0E4E).contains(u.value) && u.value != 0x0E2F && u.value != 0x0E46
    }
}
