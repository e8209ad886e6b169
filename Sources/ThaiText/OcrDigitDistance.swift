/// How far a run of digits as OCR printed it is from a number it may stand for, in the currency of
/// OCR's digit errors (domain.md): a look-alike swap (๖→๒ or ๐, ๗→๓, ๔→๕, ๘→๕) is cheap, one glyph
/// read as two (๖ as ๒๐) is cheap, a digit lost or gained costs more, an unrelated digit most.
/// Dates use it to read a damaged year (`๒๕๒๒๐` is ๒๕๖๖ at 0.6) and to find the year that explains
/// all of a document's damaged years at once.
public enum OcrDigitDistance {
    /// A printed digit with no counterpart (a speck or a stroke read as a digit).
    public static let spuriousDigitCost = 0.8
    /// A digit of the number that OCR lost.
    public static let lostDigitCost = 0.8
    /// Two unrelated digits.
    public static let unrelatedCost = 1.0

    /// Substitution costs between digit values 0…9, from ThaiLookalike's digit pairs.
    static let substitution: [[Double]] = {
        var t = [[Double]](repeating: [Double](repeating: unrelatedCost, count: 10), count: 10)
        for i in 0..<10 { t[i][i] = 0 }
        for (a, b, c) in ThaiLookalike.pairs {
            guard let x = a.unicodeScalars.first.flatMap(ThaiDigits.value),
                  let y = b.unicodeScalars.first.flatMap(ThaiDigits.value) else { continue }
            t[x][y] = min(t[x][y], c)
            t[y][x] = min(t[y][x], c)
        }
        return t
    }()

    /// Glyphs read as two digits, as digit values: (glyph, first, second).
    static let splits: [(glyph: Int, first: Int, second: Int)] = ThaiLookalike.splitGlyphs.compactMap { s in
        let read = s.readAs.unicodeScalars.compactMap(ThaiDigits.value)
        guard let g = s.glyph.unicodeScalars.first.flatMap(ThaiDigits.value), read.count == 2 else { return nil }
        return (g, read[0], read[1])
    }

    /// Two digits read as one glyph, as digit values: (first, second, read).
    static let merges: [(first: Int, second: Int, read: Int)] = ThaiLookalike.mergedGlyphs.compactMap { m in
        let g = m.glyphs.unicodeScalars.compactMap(ThaiDigits.value)
        guard g.count == 2, let r = m.readAs.unicodeScalars.first.flatMap(ThaiDigits.value) else { return nil }
        return (g[0], g[1], r)
    }

    /// The cheapest way to read `printed` (digit values as OCR gave them) as `intended`.
    public static func cost(printed p: [Int], intended q: [Int]) -> Double {
        let n = p.count, m = q.count
        if n == 0 { return Double(m) * lostDigitCost }
        // One flat table on the stack (this runs for every candidate year against every printed
        // one: an array of arrays per call was most of its cost), the same sums in the same order.
        let w = m + 1
        let sub = flatSubstitution, splits = self.splits, merges = self.merges
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: (n + 1) * w) { d -> Double in
            for i in 0...n { d[i * w] = Double(i) * spuriousDigitCost }
            for j in 0...m { d[j] = Double(j) * lostDigitCost }
            for i in 1...n {
                for j in 1...max(1, m) where j <= m {
                    var best = d[(i - 1) * w + j - 1] + sub[p[i - 1] * 10 + q[j - 1]]
                    best = min(best, d[(i - 1) * w + j] + spuriousDigitCost)
                    best = min(best, d[i * w + j - 1] + lostDigitCost)
                    if i >= 2 {
                        for s in splits where s.glyph == q[j - 1] && s.first == p[i - 2] && s.second == p[i - 1] {
                            best = min(best, d[(i - 2) * w + j - 1] + splitCost)
                        }
                    }
                    if j >= 2 {
                        for mg in merges where mg.read == p[i - 1] && mg.first == q[j - 2] && mg.second == q[j - 1] {
                            best = min(best, d[(i - 1) * w + j - 2] + mergeCost)
                        }
                    }
                    d[i * w + j] = best
                }
            }
            return d[n * w + m]
        }
    }

    /// `substitution` as one array, indexed `printed * 10 + intended`.
    static let flatSubstitution: [Double] = substitution.flatMap { $0 }

    /// One glyph read as two: as cheap as a look-alike swap.
    public static let splitCost = 0.3
    /// Two glyphs read as one: a swap and a loss together, but a pattern of the engine's, so
    /// cheaper than the two apart (0.3 + 0.8).
    public static let mergeCost = 0.4

    /// The decimal digits of a non-negative number.
    public static func digits(_ n: Int) -> [Int] {
        var out: [Int] = []
        var v = n
        repeat { out.append(v % 10); v /= 10 } while v > 0
        return out.reversed()
    }
}
