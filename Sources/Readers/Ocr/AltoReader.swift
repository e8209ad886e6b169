import SarabanCore

/// ALTO XML (any version): `Page`, `String` with CONTENT, HPOS/VPOS/WIDTH/HEIGHT and WC (0–1,
/// kept as 0–100), `HYP` (a hyphen joined to the word before). Lines are rebuilt from geometry.
public struct AltoReader: DocumentReader {
    public static let format = SourceFormat.alto
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .standard) { self.limits = limits }

    public func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        // Only elements and their attributes are read: the space elements between words (`SP`, one
        // per word) and the text nodes are checked by libxml2 but not kept; the elements go into a
        // tape, not a tree of objects (see XMLTape).
        let tape = try XMLTape.parse(input.bytes, file: input.path, part: nil, limits: limits,
                                     skipping: ["SP"], keepingText: false)
        var pages: [OcrPage] = []
        for (n, page) in tape.descendants(tape.root, "Page").enumerated() {
            var words: [OcrWord] = []
            // In document order; the engine line of a word is its innermost TextLine (its end, number).
            var lines: [(end: Int, number: Int)] = []
            var lineCount = 0
            var i = page + 1
            let end = tape.subtreeEnd(page)
            while i < end {
                while let last = lines.last, i >= last.end { lines.removeLast() }
                guard tape.isElement(i) else { i += 1; continue }
                switch tape.name(i) {
                case "String":
                    defer { i = tape.subtreeEnd(i) }
                    guard let text = tape.attribute(i, "CONTENT"), !text.isEmpty, let box = Self.box(tape, i) else { continue }
                    words.append(OcrWord(text: text, bbox: box,
                                         confidence: tape.attributeDouble(i, "WC").map { ($0 * 1000).rounded() / 10 },
                                         engineLine: lines.last?.number))
                case "HYP":
                    if let hyphen = tape.attribute(i, "CONTENT"), !words.isEmpty { words[words.count - 1].text += hyphen }
                    i = tape.subtreeEnd(i)
                case "TextLine":
                    lines.append((tape.subtreeEnd(i), lineCount))
                    lineCount += 1
                    i += 1
                default:
                    i += 1
                }
            }
            let size: BoundingBox? = {
                guard let w = tape.attribute(page, "WIDTH").flatMap(Double.init),
                      let h = tape.attribute(page, "HEIGHT").flatMap(Double.init) else { return nil }
                return BoundingBox(x0: 0, y0: 0, x1: Int(w), y1: Int(h))
            }()
            pages.append(OcrPage(number: n + 1, bbox: size, words: words))
        }
        var document = Document(source: SourceInfo(path: input.path, format: .alto, sha256: input.sha256, byteCount: input.bytes.count))
        document.blocks = OcrLayout.blocks(pages, part: nil)
        return document
    }

    static func box(_ tape: XMLTape, _ e: XMLTape.Element) -> BoundingBox? {
        guard let x = tape.attributeDouble(e, "HPOS"), let y = tape.attributeDouble(e, "VPOS"),
              let w = tape.attributeDouble(e, "WIDTH"), let h = tape.attributeDouble(e, "HEIGHT"),
              x.isFinite, y.isFinite, w.isFinite, h.isFinite, w >= 0, h >= 0,
              abs(x) < 1e7, abs(y) < 1e7, w < 1e7, h < 1e7 else { return nil }
        return BoundingBox(x0: Int(x), y0: Int(y), x1: Int(x + w), y1: Int(y + h))
    }
}
