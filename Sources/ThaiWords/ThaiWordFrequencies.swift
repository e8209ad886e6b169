import Foundation

/// How often each Thai word is written: the Thai National Corpus word counts that PyThaiNLP
/// publishes (`pythainlp/corpus/tnc_freq.txt`, CC0, ~106,000 words from ~33.5 million running
/// words). Saraban uses it to choose between two real words that OCR makes of one another
/// (`ตัง` for ตั้ง: tesseract loses a tone mark stacked over a vowel): the dictionary alone cannot,
/// both are words.
///
/// Only the words the segmenting dictionary knows are kept (a word it cannot find is never a
/// candidate). Keys are UTF-8 bytes: String hashing normalises Thai on every call.
public final class ThaiWordFrequencies: @unchecked Sendable {
    private let counts: [[UInt8]: Int32]
    /// log of the corpus size: a word's log probability is log(count) − this.
    let logTotal: Double

    /// The list of this machine, or nil when none is installed: the choices that need it are then
    /// not made. Looked for at `SARABAN_THAI_FREQ`, then where `pip install pythainlp` puts it.
    public static let shared: ThaiWordFrequencies? = {
        guard let dictionary = ThaiDictionary.shared else { return nil }
        for path in candidatePaths() {
            if let f = ThaiWordFrequencies(path: path, keeping: dictionary) { return f }
        }
        return nil
    }()

    /// `SARABAN_THAI_FREQ`, else PyThaiNLP's corpus folder in the site-packages of the system's,
    /// the user's and pyenv's Python 3 installations.
    static func candidatePaths() -> [String] {
        let env = ProcessInfo.processInfo.environment
        if let p = env["SARABAN_THAI_FREQ"] { return [p] }
        let home = env["HOME"] ?? "/root"
        var libs = ["/usr/local/lib", "/usr/lib", home + "/.local/lib"]
        let pyenv = (env["PYENV_ROOT"] ?? home + "/.pyenv") + "/versions"
        for v in ((try? FileManager.default.contentsOfDirectory(atPath: pyenv)) ?? []).sorted() { libs.append("\(pyenv)/\(v)/lib") }
        var out: [String] = []
        for lib in libs {
            for py in ((try? FileManager.default.contentsOfDirectory(atPath: lib)) ?? []).sorted() where py.hasPrefix("python3") {
                for packages in ["site-packages", "dist-packages"] {
                    out.append("\(lib)/\(py)/\(packages)/pythainlp/corpus/tnc_freq.txt")
                }
            }
        }
        return out.filter { FileManager.default.isReadableFile(atPath: $0) }
    }

    /// Reads `word<TAB>count` lines; words `keeping` does not contain are dropped. Nil when the
    /// file cannot be read or holds no usable line.
    public init?(path: String, keeping dictionary: ThaiDictionary) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var counts: [[UInt8]: Int32] = [:]
        var total: Double = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var tab = start
                while tab < end, bytes[tab] != 0x09 { tab += 1 }
                if tab > start, tab < end {
                    var n: Int64 = 0
                    var k = tab + 1
                    while k < end, bytes[k] >= 0x30, bytes[k] <= 0x39 { n = n * 10 + Int64(bytes[k] - 0x30); k += 1 }
                    if n > 0 {
                        total += Double(n)
                        let word = Array(bytes[start..<tab])
                        if let s = String(validating: word, as: UTF8.self), dictionary.contains(s) {
                            counts[word] = Int32(clamping: n)
                        }
                    }
                }
                start = end + 1
            }
        }
        guard total > 0, !counts.isEmpty else { return nil }
        self.counts = counts
        self.logTotal = log(total)
    }

    /// How many times the corpus has the word; 0 when never.
    public func count<C: Collection>(of word: C) -> Int where C.Element == Unicode.Scalar {
        var key: [UInt8] = []
        key.reserveCapacity(word.count * 3)
        for u in word { UTF8.encode(u) { key.append($0) } }
        return Int(counts[key] ?? 0)
    }

    /// The natural log of the word's share of running text; a dictionary word the corpus never
    /// has counts as half an occurrence.
    public func logProbability<C: Collection>(of word: C) -> Double where C.Element == Unicode.Scalar {
        log(max(Double(count(of: word)), 0.5)) - logTotal
    }
}
