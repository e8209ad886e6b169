import Foundation

/// How often each Thai word is written: the Thai National Corpus word counts that PyThaiNLP
/// publishes (`pythainlp/corpus/tnc_freq.txt`, CC0, ~106,000 words from ~33.5 million running
/// words). Saraban uses it to choose between two real words that OCR makes of one another
/// (`ตัง` for ตั้ง: tesseract loses a tone mark stacked over a vowel): the dictionary alone cannot,
/// both are words.
///
/// Segmentation proposes only the words libthai's list knows; their counts come from here.
public final class ThaiWordFrequencies: @unchecked Sendable {
    /// Counts keyed by the 64-bit FNV-1a hash of the word's UTF-8 bytes, in an open-addressing
    /// table indexed by that hash itself: loading builds no String, array or Swift Dictionary entry
    /// per word (90 ms a process with all three; 42.7M instructions with a `[UInt64: Int32]`, of
    /// which 19.7M its inserts), and a look-up hashes the scalars as it encodes them. Two of the
    /// ~106,000 words sharing a 64-bit hash is a 1-in-10^9 chance.
    private let keys: [UInt64]
    private let values: [Int32]
    private let mask: Int
    /// log of the corpus size: a word's log probability is log(count) − this.
    let logTotal: Double

    /// The list of this machine, or nil when none is installed (or libthai's word list, which
    /// segments the text, is not): the choices that need it are then not made. Looked for at
    /// `SARABAN_THAI_FREQ`, then where `pip install pythainlp` puts it.
    public static let shared: ThaiWordFrequencies? = {
        guard ThaiDictionary.shared != nil else { return nil }
        for path in candidatePaths() {
            if let f = ThaiWordFrequencies(path: path) { return f }
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

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// Reads `word<TAB>count` lines. Nil when the file cannot be read or holds no usable line.
    public init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        // At most half full: twice as many slots as lines (counted with memchr: a byte-by-byte
        // reduce was a quarter of loading).
        let lines = data.withUnsafeBytes { raw -> Int in
            guard let p = raw.baseAddress else { return 1 }
            var n = 1, k = 0
            while k < raw.count, let q = memchr(p + k, 0x0A, raw.count - k) { n += 1; k = p.distance(to: UnsafeRawPointer(q)) + 1 }
            return n
        }
        var size = 1024
        while size < 2 * lines { size <<= 1 }
        var keys = [UInt64](repeating: 0, count: size), values = [Int32](repeating: 0, count: size)
        let mask = size - 1
        var stored = 0
        var total: Double = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let p = raw.baseAddress else { return }
            var k = 0
            while k < bytes.count {
                var h = Self.fnvOffset
                let start = k
                // Eight bytes at a time while none of them is below 0x0B (so neither a tab nor a
                // line feed): the hash is the same as byte by byte, in the bytes' order.
                while k + 8 <= bytes.count {
                    let x = UInt64(littleEndian: (p + k).loadUnaligned(as: UInt64.self))
                    if (x &- 0x0B0B_0B0B_0B0B_0B0B) & ~x & 0x8080_8080_8080_8080 != 0 { break }
                    var y = x
                    for _ in 0..<8 { h = (h ^ (y & 0xFF)) &* Self.fnvPrime; y >>= 8 }
                    k += 8
                }
                while k < bytes.count, bytes[k] != 0x09, bytes[k] != 0x0A { h = (h ^ UInt64(bytes[k])) &* Self.fnvPrime; k += 1 }
                let hasWord = k > start
                var n: Int64 = 0
                if k < bytes.count, bytes[k] == 0x09 {
                    k += 1
                    while k < bytes.count, bytes[k] >= 0x30, bytes[k] <= 0x39 { n = n * 10 + Int64(bytes[k] - 0x30); k += 1 }
                }
                while k < bytes.count, bytes[k] != 0x0A { k += 1 }
                k += 1
                if hasWord, n > 0 {
                    total += Double(n)
                    let key = h == 0 ? 1 : h      // 0 marks an empty slot
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & mask }
                    if keys[slot] == 0 { stored += 1 }
                    keys[slot] = key
                    values[slot] = Int32(clamping: n)
                }
            }
        }
        guard total > 0, stored > 0 else { return nil }
        self.keys = keys
        self.values = values
        self.mask = mask
        self.logTotal = log(total)
    }

    /// How many times the corpus has the word; 0 when never.
    public func count<C: Collection>(of word: C) -> Int where C.Element == Unicode.Scalar {
        var h = Self.fnvOffset
        for u in word { UTF8.encode(u) { h = (h ^ UInt64($0)) &* Self.fnvPrime } }
        let key = h == 0 ? 1 : h
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return 0
    }

    /// The natural log of the word's share of running text; a dictionary word the corpus never
    /// has counts as half an occurrence.
    public func logProbability<C: Collection>(of word: C) -> Double where C.Element == Unicode.Scalar {
        log(max(Double(count(of: word)), 0.5)) - logTotal
    }
}
