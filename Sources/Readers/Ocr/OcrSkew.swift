import SarabanCore

/// Scanner skew. A page fed in at a slight angle puts each text line on a slope (tesseract reported
/// baselines of ±0.006 to 0.013 on the district scans: 10–20 pixels over a 1,500-pixel line, most
/// of a letter's height), so banding words by their vertical extent mixes neighbouring lines at the
/// far end. The slope is measured on the engine's own lines, whose grouping is reliable over a few
/// words even where its line order is not, and the words are sheared level before lines are rebuilt.
enum OcrSkew {
    /// Below this slope (0.1%, 1.5 pixels over a page's width) nothing is corrected.
    static let negligible = 0.001
    /// Steeper than this (about 3°) is not skew but a rotated page or noise: left alone.
    static let limit = 0.05

    /// The words with their boxes sheared level (each keeps its original box as `sourceBox`).
    static func deskewed(_ words: [OcrWord]) -> [OcrWord] {
        guard let slope = slope(words), abs(slope) >= negligible, abs(slope) <= limit else { return words }
        let left = words.map(\.bbox.x0).min() ?? 0
        return words.map { w in
            var w = w
            let cx = Double(w.bbox.x0 + w.bbox.x1) / 2
            let shift = Int((slope * (cx - Double(left))).rounded())
            guard shift != 0 else { return w }
            w.sourceBox = w.bbox
            w.bbox = BoundingBox(x0: w.bbox.x0, y0: w.bbox.y0 - shift, x1: w.bbox.x1, y1: w.bbox.y1 - shift)
            return w
        }
    }

    /// The page's slope (dy/dx): the median over the engine's lines of each line's Theil–Sen slope
    /// of letter bottoms (the median of the slopes between every two letters, which one stray box
    /// cannot move). Lines with fewer than five letters or narrower than ten letter heights say too
    /// little and are left out; nil when no line qualifies.
    static func slope(_ words: [OcrWord]) -> Double? {
        var byLine: [Int: [OcrWord]] = [:]
        for w in words where !w.isMarkOnly {
            if let l = w.engineLine { byLine[l, default: []].append(w) }
        }
        let heights = words.filter { !$0.isMarkOnly }.map { Double($0.bbox.height) }
        let typical = OcrLineBuilder.median(heights)
        guard typical > 0 else { return nil }
        var slopes: [Double] = []
        for (_, ws) in byLine {
            // Letters of ordinary height only: a tall box (letter with marks) has another bottom.
            let letters = ws.filter { Double($0.bbox.height) >= 0.6 * typical && Double($0.bbox.height) <= 1.5 * typical }
            guard letters.count >= 5 else { continue }
            let xs = letters.map { Double($0.bbox.x0 + $0.bbox.x1) / 2 }
            guard let lo = xs.min(), let hi = xs.max(), hi - lo >= 10 * typical else { continue }
            // At most 40 letters per line (evenly spaced): the pairwise slopes grow with the square.
            let step = max(1, letters.count / 40)
            var pairs: [Double] = []
            let picked = stride(from: 0, to: letters.count, by: step).map { letters[$0] }
            for i in 0..<picked.count {
                for j in (i + 1)..<picked.count {
                    let dx = Double(picked[j].bbox.x0 + picked[j].bbox.x1 - picked[i].bbox.x0 - picked[i].bbox.x1) / 2
                    guard abs(dx) >= typical else { continue }
                    pairs.append(Double(picked[j].bbox.y1 - picked[i].bbox.y1) / dx)
                }
            }
            if !pairs.isEmpty { slopes.append(OcrLineBuilder.median(pairs)) }
        }
        return slopes.isEmpty ? nil : OcrLineBuilder.median(slopes)
    }
}
