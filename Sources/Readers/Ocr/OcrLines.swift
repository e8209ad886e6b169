import SarabanCore
import ThaiText

/// A line rebuilt from word geometry.
struct OcrLine {
    var words: [OcrWord]
    var bbox: BoundingBox
    /// Median height of the line's letter boxes (marks left out): the unit for gaps and indents.
    var charHeight: Double

    var top: Double { Double(bbox.y0) }
    var bottom: Double { Double(bbox.y1) }
    var centerY: Double { (top + bottom) / 2 }
}

/// Rebuilds lines from word boxes. Tesseract reads tab-aligned columns one at a time, so its own
/// lines are pieces of a row: each piece (when the format gives them) is kept whole, and pieces and
/// loose words whose vertical extents overlap by more than half the smaller height form one line,
/// left to right.
enum OcrLineBuilder {
    /// Gap (in character heights) above which two boxes are separate words.
    static let spaceGap = 0.5
    /// The same between a number and a Thai letter (either order): Thai writing puts a space there
    /// (`ลงวันที่ ๒๔`, `กท ๕๐๔๕`, `จำนวน ๑ ฉบับ`) however close tesseract's boxes stand. And after a
    /// number's dot or a closing parenthesis before a Thai letter (`๒. หนังสือ`, `(ฉบับที่ ๒) พ.ศ.`),
    /// but not after an abbreviation's dot (`พ.ศ.`, `น.ส.`), where the ordinary gap decides.
    /// Measured on the corpus's and districts' hOCR against tesseract's own text output (which knows
    /// its spaces): digit/Thai boundaries 78 → 11 disagreements of 473 at a gap above 0 instead of
    /// 0.5; a number's dot before Thai, spaced at gaps ≥ 0.31 and unspaced at ≤ 0.15 (121 cases);
    /// an abbreviation's dot is spaced and unspaced at 0.2–0.4 alike; Thai/Thai (19,796) is best at 0.5.
    static let numberToThaiGap = 0.0
    static let closingToThaiGap = 0.2
    static let digitToPunctuationGap = 0.6
    static let letterToDotGap = 1.0
    static let digitToDigitGap = 0.6

    /// The gap above which a space stands between two words, by the characters that meet there.
    static func spaceGap(after left: String, before right: String) -> Double {
        guard let a = left.unicodeScalars.last, let b = right.unicodeScalars.first else { return spaceGap }
        // A number's dot or closing punctuation right after it (`๑.`, `๒๕๖๖)`): tesseract's text
        // output never spaces them below 0.6 letter heights (171 cases, 4 disagreements at 0.5).
        if isDigit(a), b == "." || b == "," || b == ")" { return digitToPunctuationGap }
        // Two digits of one number (`๑๘` boxed as ๑ and ๕): 4 disagreements in 664 at 0.6, 11 at 0.5.
        if isDigit(a), isDigit(b) { return digitToDigitGap }
        // An abbreviation's dot after its letter (`พญ.`, `พ.ศ.`): tesseract's text output spaced one
        // of 363 (corpus, ocr300 and dev hOCR), while unspaced gaps reached 0.63 letter heights.
        if b == ".", isThai(a) { return letterToDotGap }
        // After an Arabic digit every Thai letter is a word of its own (`6302/1287 วันที่`): the
        // letters excepted from isThai stand for Thai digits only inside Thai-digit numbers.
        if a.isASCII, isDigit(a), (0x0E01...0x0E4E).contains(b.value) { return numberToThaiGap }
        guard isThai(b) || isDigit(b) else { return spaceGap }
        let bThai = isThai(b)
        if (isDigit(a) && bThai) || (isThai(a) && !bThai) { return numberToThaiGap }
        if bThai, a == ")" || a == "," || (a == "." && left.unicodeScalars.dropLast().last.map(isDigit) == true) { return closingToThaiGap }
        return spaceGap
    }

    private static func isDigit(_ u: Unicode.Scalar) -> Bool { ThaiDigits.isDigit(u) }
    /// Thai letters, vowels and marks (not Thai digits, not the baht sign), except the letters
    /// tesseract prints for digits inside numbers (ฒ ๗, ด ๑, ต ๓, ว ๐: `๑๕ฒฒ/๒๕๖๖` is one number):
    /// at those the ordinary gap decides. (Runs for every pair of words: compared by value.)
    private static func isThai(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0E12, 0x0E14, 0x0E15, 0x0E27, 0x0E3F: return false   // ฒ ด ต ว, ฿
        default: return (0x0E01...0x0E4E).contains(u.value)
        }
    }

    /// Gap (in character heights) above which two boxes are in separate columns.
    static let columnGap = 2.2

    static func lines(_ words: [OcrWord]) -> [OcrLine] {
        let words = words.filter { !$0.text.isEmpty && $0.bbox.width >= 0 && $0.bbox.height > 0 }
        let typical = median(words.filter { !$0.isMarkOnly }.map { Double($0.bbox.height) })
        // Bands are seeded by letters of ordinary height; marks, specks and tall boxes (a letter
        // boxed with the marks above and below it) are placed afterwards, so that neither a speck
        // nor a tall box can chain two lines together.
        let ordinary = words.filter { w in
            let h = Double(w.bbox.height)
            return !w.isMarkOnly && h >= 0.6 * typical && h <= 1.5 * typical
        }
        let others = words.filter { w in
            let h = Double(w.bbox.height)
            return w.isMarkOnly || h < 0.6 * typical || h > 1.5 * typical
        }

        var bands: [[OcrWord]] = []
        var extents: [(top: Double, bottom: Double)] = []
        // The engine's own lines go first, each as one piece: tesseract may cut a row into columns
        // but keeps a line's letters, marks and tall boxes together, which geometry alone cannot
        // (a letter boxed with its marks overlaps the row above; an emblem's specks sit beside a title).
        var pieces: [Int: [OcrWord]] = [:]
        for w in words { if let l = w.engineLine { pieces[l, default: []].append(w) } }
        // Pieces at the same height are taken in the engine's line order (a dictionary's own order
        // changes from run to run).
        let pieceList = pieces.map { line, ws -> (words: [OcrWord], top: Double, bottom: Double, line: Int) in
            let letters = ws.filter { w in !w.isMarkOnly && Double(w.bbox.height) >= 0.6 * typical && Double(w.bbox.height) <= 1.5 * typical }
            let basis = letters.isEmpty ? ws : letters
            return (ws, median(basis.map { Double($0.bbox.y0) }), median(basis.map { Double($0.bbox.y1) }), line)
        }.sorted { ($0.top + $0.bottom, $0.line) < ($1.top + $1.bottom, $1.line) }
        for piece in pieceList {
            var best = -1
            var bestRatio = 0.5
            for (i, e) in extents.enumerated() {
                let overlap = min(piece.bottom, e.bottom) - max(piece.top, e.top)
                let ratio = overlap / max(1, min(piece.bottom - piece.top, e.bottom - e.top))
                if ratio > bestRatio { bestRatio = ratio; best = i }
            }
            if best < 0 {
                bands.append(piece.words)
                extents.append((piece.top, piece.bottom))
            } else {
                bands[best] += piece.words
            }
        }
        func place(_ w: OcrWord, seeding: Bool) {
            let t = Double(w.bbox.y0), b = Double(w.bbox.y1)
            var best = -1
            var bestRatio = 0.5
            for (i, e) in extents.enumerated() {
                let overlap = min(b, e.bottom) - max(t, e.top)
                let ratio = overlap / max(1, min(b - t, e.bottom - e.top))
                if ratio > bestRatio || (ratio == bestRatio && best >= 0 && !seeding) { bestRatio = ratio; best = i }
            }
            if best < 0 {
                bands.append([w])
                extents.append((t, b))
            } else {
                bands[best].append(w)
                if seeding {
                    extents[best] = (median(bands[best].map { Double($0.bbox.y0) }), median(bands[best].map { Double($0.bbox.y1) }))
                }
            }
        }
        for w in ordinary.sorted(by: { $0.centerY < $1.centerY }) where w.engineLine == nil { place(w, seeding: true) }
        let seeded = bands.count
        // Marks join the band they overlap most, preferring one with a letter close by in x.
        for m in others.sorted(by: { $0.centerY < $1.centerY }) where m.engineLine == nil {
            var best = -1
            var bestScore = -Double.infinity
            for i in 0..<seeded {
                let e = extents[i]
                let overlap = min(Double(m.bbox.y1), e.bottom) - max(Double(m.bbox.y0), e.top)
                guard overlap > 0.5 * min(Double(m.bbox.height), e.bottom - e.top) else { continue }
                let dx = bands[i].map { w in Double(max(0, max(w.bbox.x0 - m.bbox.x1, m.bbox.x0 - w.bbox.x1))) }.min() ?? .infinity
                let score = overlap - dx
                if score > bestScore { bestScore = score; best = i }
            }
            // A tone mark or upper vowel boxed alone can sit wholly above its letters (a lower vowel
            // below them): it belongs to the nearest band within a letter's height, not to a line
            // of its own. (Letters are not moved so: tried, it cost the parity with tesseract's text.)
            if best < 0, m.isMarkOnly {
                var nearest = Double.infinity
                let reach = typical
                let sideways = 0.5 * typical
                for i in 0..<seeded {
                    let e = extents[i]
                    let gap = max(e.top - Double(m.bbox.y1), Double(m.bbox.y0) - e.bottom, 0)
                    let dx = bands[i].map { w in Double(max(0, max(w.bbox.x0 - m.bbox.x1, m.bbox.x0 - w.bbox.x1))) }.min() ?? .infinity
                    guard gap <= reach, dx <= sideways else { continue }
                    if gap + dx < nearest { nearest = gap + dx; best = i }
                }
            }
            if best >= 0 { bands[best].append(m) } else { place(m, seeding: true) }
        }
        var lines = bands.map { band -> OcrLine in
            let sorted = band.sorted { ($0.bbox.x0, $0.bbox.x1) < ($1.bbox.x0, $1.bbox.x1) }
            let heights = sorted.filter { !$0.isMarkOnly }.map { Double($0.bbox.height) }
            return OcrLine(words: sorted, bbox: union(sorted.map(\.bbox)),
                           charHeight: max(1, heights.isEmpty ? Double(sorted[0].bbox.height) : median(heights)))
        }
        lines.sort { $0.centerY < $1.centerY }
        return lines
    }

    /// The line split at its big gaps (columns), each segment's words in order.
    static func segments(_ line: OcrLine, unit: Double) -> [[OcrWord]] {
        var out: [[OcrWord]] = []
        var right = Int.min
        for w in line.words {
            if out.isEmpty || (!w.joinsLeft && Double(w.bbox.x0 - right) > columnGap * unit) {
                out.append([w])
            } else {
                out[out.count - 1].append(w)
            }
            right = max(right, w.bbox.x1)
        }
        return out
    }

    /// Joins words into text: a space only at a real gap; marks and following vowels join the
    /// letter before them, leading vowels the letter after. Returns the text and each word's offset.
    static func join(_ words: [OcrWord], unit: Double) -> (text: String, offsets: [Int]) {
        var text = ""
        var count = 0
        var offsets: [Int] = []
        var previous: OcrWord?
        for w in words {
            if let p = previous, !w.joinsLeft, !p.joinsRight, Double(w.bbox.x0 - p.bbox.x1) > spaceGap(after: p.text, before: w.text) * unit {
                text += " "
                count += 1
            }
            offsets.append(count)
            text += w.text
            count += w.text.unicodeScalars.count
            previous = w
        }
        return (text, offsets)
    }

    static func union(_ boxes: [BoundingBox]) -> BoundingBox {
        guard let first = boxes.first else { return BoundingBox(x0: 0, y0: 0, x1: 0, y1: 0) }
        return boxes.dropFirst().reduce(first) {
            BoundingBox(x0: min($0.x0, $1.x0), y0: min($0.y0, $1.y0), x1: max($0.x1, $1.x1), y1: max($0.y1, $1.y1))
        }
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
