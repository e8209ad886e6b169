import SarabanCore

/// ALTO XML (any version): `Page`, `String` with CONTENT, HPOS/VPOS/WIDTH/HEIGHT and WC (0–1,
/// kept as 0–100), `HYP` (a hyphen joined to the word before). Lines are rebuilt from geometry.
public struct AltoReader: DocumentReader {
    public static let format = SourceFormat.alto
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .standard) { self.limits = limits }

    public func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        // Only elements and their attributes are read: the space elements between words (`SP`, one
        // per word) and the text nodes are checked by libxml2 but not built into the tree
        // (3 corpus ALTO files: SafeXML.parse was 47.6M of the reader's 84.7M instructions).
        let root = try SafeXML.parse(input.bytes, file: input.path, part: nil, limits: limits,
                                     skipping: ["SP"], keepingText: false)
        var pages: [OcrPage] = []
        for (n, page) in root.descendants("Page").enumerated() {
            var words: [OcrWord] = []
            var stack: [(XMLElement, Int?)] = [(page, nil)]
            var lineCount = 0
            while let (e, line) = stack.popLast() {
                switch e.name {
                case "String":
                    guard let text = e["CONTENT"], !text.isEmpty, let box = Self.box(e) else { continue }
                    words.append(OcrWord(text: text, bbox: box, confidence: e["WC"].flatMap(Double.init).map { ($0 * 1000).rounded() / 10 },
                                         engineLine: line))
                case "HYP":
                    if let hyphen = e["CONTENT"], !words.isEmpty { words[words.count - 1].text += hyphen }
                case "TextLine":
                    stack += e.elements.reversed().map { ($0, lineCount) }
                    lineCount += 1
                default:
                    stack += e.elements.reversed().map { ($0, line) }
                }
            }
            let size: BoundingBox? = {
                guard let w = page["WIDTH"].flatMap(Double.init), let h = page["HEIGHT"].flatMap(Double.init) else { return nil }
                return BoundingBox(x0: 0, y0: 0, x1: Int(w), y1: Int(h))
            }()
            pages.append(OcrPage(number: n + 1, bbox: size, words: words))
        }
        var document = Document(source: SourceInfo(path: input.path, format: .alto, sha256: input.sha256, byteCount: input.bytes.count))
        document.blocks = OcrLayout.blocks(pages, part: nil)
        return document
    }

    static func box(_ e: XMLElement) -> BoundingBox? {
        guard let x = e["HPOS"].flatMap(Double.init), let y = e["VPOS"].flatMap(Double.init),
              let w = e["WIDTH"].flatMap(Double.init), let h = e["HEIGHT"].flatMap(Double.init),
              x.isFinite, y.isFinite, w.isFinite, h.isFinite, w >= 0, h >= 0,
              abs(x) < 1e7, abs(y) < 1e7, w < 1e7, h < 1e7 else { return nil }
        return BoundingBox(x0: Int(x), y0: Int(y), x1: Int(x + w), y1: Int(y + h))
    }
}
