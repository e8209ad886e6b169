/// Thai letters that scanners and OCR confuse, and the weighted edit distance that makes
/// them cheap. Extraction uses it to recognise damaged labels (`ความมาก` → `ด่วนมาก`) by a
/// general rule, never by a list of known misspellings.
public enum ThaiLookalike {
    /// Pairs OCR swaps, with the cost of the swap (1 is an unrelated letter). domain.md lists
    /// ด/ค, ข/ช, บ/ป, ถ/ภ, ว/๐, ๑/ด, ๓/ต and the digit confusions seen on the seed (๘→๕ and ๙→๕ on
    /// the corpus renders: ๒๕๒๘ read as ๒๕๒๕, ๐๙.๓๐ as ๐๕.๓๐, about equally often); the rest
    /// are shapes that differ by one small stroke in common Thai fonts.
    public static let pairs: [(Character, Character, Double)] = [
        ("ด", "ค", 0.3), ("ข", "ช", 0.3), ("บ", "ป", 0.3), ("ถ", "ภ", 0.3), ("ว", "๐", 0.3),
        ("๑", "ด", 0.3), ("๓", "ต", 0.3), ("ด", "ต", 0.3), ("ธ", "จ", 0.4), ("ใ", "ไ", 0.2),
        ("ผ", "ฝ", 0.3), ("พ", "ฟ", 0.3), ("ซ", "ช", 0.3), ("ฎ", "ฏ", 0.3), ("ข", "ฃ", 0.3),
        ("ค", "ฅ", 0.3), ("ญ", "ฌ", 0.4), ("ท", "ห", 0.5), ("น", "ม", 0.5), ("ร", "ธ", 0.5),
        ("อ", "ฮ", 0.4), ("ล", "ส", 0.5), ("ม", "ฆ", 0.5), ("บ", "ษ", 0.5), ("ศ", "ค", 0.5),
        ("ี", "ื", 0.2), ("ิ", "ี", 0.3), ("ึ", "ื", 0.3), ("่", "้", 0.2), ("้", "๊", 0.3),
        ("ุ", "ู", 0.3), ("ั", "็", 0.3),
        ("๔", "๕", 0.3), ("๖", "๒", 0.3), ("๖", "๐", 0.3), ("๗", "๓", 0.3), ("๙", "๓", 0.3),
        ("๘", "๙", 0.4), ("๘", "๕", 0.4), ("๙", "๕", 0.4), ("๑", "๗", 0.5), ("๐", "๙", 0.5),
    ]

    /// One glyph that OCR reads as two: tesseract on a Sarabun-like font reads ๖ as ๒ followed by ๐
    /// (its tail taken for a zero), turning ๒๕๖๖ into ๒๕๒๐๒๐.
    public static let splitGlyphs: [(glyph: Character, readAs: String)] = [("๖", "๒๐")]
    /// Two digits OCR read as one: tesseract's Thai model prints ๖๗ as ๒ (seen five times in
    /// the corpus renders, `๒๕๖๗` → `๒๕๒`), as it reads ๖ as ๒ and loses the ๗ beside it.
    public static let mergedGlyphs: [(glyphs: String, readAs: Character)] = [("๖๗", "๒")]

    /// Cost of losing or gaining a mark (tone mark, upper or lower vowel): OCR drops them often.
    public static let markIndelCost = 0.3
    /// Cost of losing or gaining a dot or space (abbreviations lose their dots).
    public static let punctuationIndelCost = 0.2

    private static let pairCost: [UInt64: Double] = {
        var table: [UInt64: Double] = [:]
        for (a, b, c) in pairs {
            let x = a.unicodeScalars.first!.value, y = b.unicodeScalars.first!.value
            table[key(x, y)] = c
            table[key(y, x)] = c
        }
        return table
    }()

    @inline(__always) private static func key(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// True for Thai combining marks: upper and lower vowels, tone marks, thanthakhat, nikhahit.
    @inline(__always)
    public static func isMark(_ v: UInt32) -> Bool {
        v == 0x0E31 || (v >= 0x0E34 && v <= 0x0E3A) || (v >= 0x0E47 && v <= 0x0E4E)
    }

    /// `pairCost` as a flat table over the Thai block (every pair is two Thai letters or
    /// digits): the edit distance's inner loop looks a cost up per cell, and hashing a key there
    /// made the dictionary the hot spot of label matching.
    private static let thaiPairCost: [Double] = {
        var table = [Double](repeating: 1, count: 128 * 128)
        for (k, c) in pairCost {
            let x = UInt32(k >> 32) &- 0x0E00, y = UInt32(k & 0xFFFF_FFFF) &- 0x0E00
            if x < 128 && y < 128 { table[Int(x) * 128 + Int(y)] = c }
        }
        return table
    }()

    /// Whether every pair lies in the Thai block (then a pair with anything else costs 1
    /// without a look-up).
    private static let allPairsThai: Bool = pairCost.keys.allSatisfy { k in
        UInt32(k >> 32) &- 0x0E00 < 128 && UInt32(k & 0xFFFF_FFFF) &- 0x0E00 < 128
    }

    @inline(__always)
    static func substitutionCost(_ a: UInt32, _ b: UInt32) -> Double {
        if a == b { return 0 }
        let x = a &- 0x0E00, y = b &- 0x0E00
        if x < 128 && y < 128 { return thaiPairCost[Int(x) * 128 + Int(y)] }
        if allPairsThai { return 1 }
        return pairCost[key(a, b)] ?? 1
    }

    @inline(__always)
    static func indelCost(_ a: UInt32) -> Double {
        if isMark(a) { return markIndelCost }
        if a == 0x2E || a == 0x20 { return punctuationIndelCost }
        return 1
    }

    /// Weighted Levenshtein distance over Unicode scalars.
    public static func distance(_ a: String, _ b: String) -> Double {
        distance(Array(a.unicodeScalars.lazy.map(\.value)), Array(b.unicodeScalars.lazy.map(\.value)))
    }

    public static func distance(_ a: [UInt32], _ b: [UInt32]) -> Double {
        if a.isEmpty { return b.reduce(0) { $0 + indelCost($1) } }
        if b.isEmpty { return a.reduce(0) { $0 + indelCost($1) } }
        return lastRow(a, b)[b.count]
    }

    /// `distance(a, b)` when it is at most `bound`, else nil: the table stops at the first row
    /// whose cells all exceed the bound. The value returned is the same sum as `distance`'s.
    public static func distance(_ a: [UInt32], _ b: [UInt32], atMost bound: Double) -> Double? {
        if a.isEmpty || b.isEmpty {
            let d = distance(a, b)
            return d <= bound ? d : nil
        }
        guard let row = lastRow(a, b, giveUpAbove: bound, dividedBy: 1) else { return nil }
        return row[b.count] <= bound ? row[b.count] : nil
    }

    /// Distance divided by the longer length: 0 identical, about 1 unrelated.
    public static func normalizedDistance(_ a: String, _ b: String) -> Double {
        let x = ScalarString.values(a), y = ScalarString.values(b)
        let n = max(x.count, y.count)
        return n == 0 ? 0 : distance(x, y) / Double(n)
    }

    /// `normalizedDistance(a, b)` when it is at most `bound`, else nil; stops as soon as a row of
    /// the table shows it cannot be (costs are never negative, so a row's smallest cell never
    /// shrinks in the rows after it, and the distance is at least that cell). The value returned
    /// is the same sum as `normalizedDistance`'s.
    public static func normalizedDistance(_ a: String, _ b: String, atMost bound: Double) -> Double? {
        let x = ScalarString.values(a), y = ScalarString.values(b)
        let n = max(x.count, y.count)
        if n == 0 { return 0 <= bound ? 0 : nil }
        if x.isEmpty || y.isEmpty {
            let d = distance(x, y) / Double(n)
            return d <= bound ? d : nil
        }
        guard let row = lastRow(x, y, giveUpAbove: bound, dividedBy: Double(n)) else { return nil }
        let d = row[y.count] / Double(n)
        return d <= bound ? d : nil
    }

    /// The best match of `label` against a prefix of `text` (prefix lengths around the label's),
    /// as (normalized distance, prefix length in scalars). Used to find damaged labels at a line's start.
    public static func bestPrefixMatch(label: String, in text: Substring) -> (distance: Double, length: Int) {
        let l = Array(label.unicodeScalars.lazy.map(\.value))
        let t = Array(text.unicodeScalars.prefix(l.count + 3).lazy.map(\.value))
        var best = (distance: Double.infinity, length: 0)
        let lo = max(1, l.count - 3), hi = min(t.count, l.count + 3)
        guard lo <= hi else { return best }
        // One table for the longest prefix: its last row holds the distance to every shorter
        // prefix too (the same sums in the same order as one table per prefix length).
        let row = lastRow(l, Array(t[0..<hi]))
        for n in lo...hi {
            let d = row[n] / Double(max(l.count, n))
            if d < best.distance { best = (d, n) }
        }
        return best
    }

    /// The last row of the edit-distance table of `a` against `b`: `row[n]` is
    /// `distance(a, b[0..<n])`.
    static func lastRow(_ a: [UInt32], _ b: [UInt32]) -> [Double] {
        lastRow(a, b, giveUpAbove: nil, dividedBy: 1)!
    }

    /// `lastRow`, or nil once every cell of a row divided by `divisor` exceeds `bound`.
    static func lastRow(_ a: [UInt32], _ b: [UInt32], giveUpAbove bound: Double?, dividedBy divisor: Double) -> [Double]? {
        var prev = [Double](repeating: 0, count: b.count + 1)
        for j in 0..<b.count { prev[j + 1] = prev[j] + indelCost(b[j]) }
        if a.isEmpty { return prev }
        // The same sums in the same order as the plain two-row loop, on raw buffers: the rows
        // swap by pointer, b's indel costs are looked up once (not once per cell).
        let m = b.count + 1
        let rows = UnsafeMutablePointer<Double>.allocate(capacity: 2 * m)
        defer { rows.deallocate() }
        let bIndel = UnsafeMutablePointer<Double>.allocate(capacity: max(1, b.count))
        defer { bIndel.deallocate() }
        var p = rows, c = rows + m
        for j in 0..<m { p[j] = prev[j]; c[j] = prev[j] }
        for j in 0..<b.count { bIndel[j] = indelCost(b[j]) }
        let finished = b.withUnsafeBufferPointer { bb in thaiPairCost.withUnsafeBufferPointer { table -> Bool in
            for ai in a {
                let aIndel = indelCost(ai)
                let x = ai &- 0x0E00
                c[0] = p[0] + aIndel
                for j in 0..<bb.count {
                    let bj = bb[j]
                    // substitutionCost(ai, bj), the Thai table read through its buffer.
                    let y = bj &- 0x0E00
                    let cost = ai == bj ? 0 : (x < 128 && y < 128 ? table[Int(x) * 128 + Int(y)] : substitutionCost(ai, bj))
                    let sub = p[j] + cost
                    let del = p[j + 1] + aIndel
                    let ins = c[j] + bIndel[j]
                    c[j + 1] = min(sub, del, ins)
                }
                swap(&p, &c)
                if let bound {
                    var smallest = p[0]
                    for j in 1..<m where p[j] < smallest { smallest = p[j] }
                    if smallest / divisor > bound { return false }
                }
            }
            return true
        } }
        guard finished else { return nil }
        for j in 0..<m { prev[j] = p[j] }
        return prev
    }
}
