import SarabanCore

/// Tesseract's hOCR (XHTML): `ocr_page` (bbox, ppageno), `ocrx_word` (bbox, x_wconf). Lines and
/// paragraphs are rebuilt from the word boxes (see `OcrLineBuilder`, `OcrLayout`).
public struct HocrReader: DocumentReader {
    public static let format = SourceFormat.hocr
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .standard) { self.limits = limits }

    public func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        let root = try SafeXML.parse(input.bytes, file: input.path, part: nil, limits: limits)
        var pages: [OcrPage] = []
        for (n, page) in Self.withClass(root, "ocr_page").enumerated() {
            let title = Self.title(page["title"])
            let number = title["ppageno"].flatMap { Int($0.first ?? "") }.flatMap { $0 >= 0 && $0 < 1_000_000 ? $0 + 1 : nil } ?? n + 1
            var words: [OcrWord] = []
            // Depth first, as the words stand in the file, remembering the engine line each is in.
            var stack: [(XMLElement, Int?)] = [(page, nil)]
            var lineCount = 0
            while let (e, line) = stack.popLast() {
                let classes = (e["class"] ?? "").split(separator: " ")
                if classes.contains("ocrx_word") {
                    let props = Self.title(e["title"])
                    guard let box = props["bbox"].flatMap(Self.box) else { continue }
                    let text = e.textContent.trimmingCharacters(in: .whitespacesAndNewlines)
                    guard !text.isEmpty else { continue }
                    words.append(OcrWord(text: text, bbox: box, confidence: props["x_wconf"].flatMap { $0.first.flatMap(Double.init) },
                                         engineLine: line))
                    continue
                }
                var inner = line
                if classes.contains(where: { Self.lineClasses.contains($0) }) { inner = lineCount; lineCount += 1 }
                stack += e.elements.reversed().map { ($0, inner) }
            }
            pages.append(OcrPage(number: number, bbox: title["bbox"].flatMap(Self.box), words: words))
        }
        var document = Document(source: SourceInfo(path: input.path, format: .hocr, sha256: input.sha256, byteCount: input.bytes.count))
        document.blocks = OcrLayout.blocks(pages, part: nil)
        if pages.isEmpty {
            document.warnings.append(Warning(code: "no_ocr_page", message: "\(input.path): no ocr_page element"))
        }
        return document
    }

    /// Tesseract's line elements.
    static let lineClasses: Set<Substring> = ["ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"]

    static func withClass(_ root: XMLElement, _ cls: String) -> [XMLElement] {
        var out: [XMLElement] = []
        var stack: [XMLElement] = [root]
        while let e = stack.popLast() {
            if let c = e["class"], c.split(separator: " ").contains(Substring(cls)) { out.append(e); continue }
            stack += e.elements.reversed()
        }
        return out
    }

    /// `bbox 1 2 3 4; x_wconf 95` → ["bbox": ["1","2","3","4"], "x_wconf": ["95"]].
    static func title(_ title: String?) -> [String: [String]] {
        var out: [String: [String]] = [:]
        let title = title ?? ""
        // Tesseract writes titles in ASCII: split those on bytes in one pass (splitting on
        // Characters ran grapheme breaking over every word's title, a fifth of reading an hOCR
        // file; the generic byte split still cost ~18k instructions a title).
        if let ascii = asciiTitle(title) { return ascii }
        for part in title.split(separator: ";") {
            let fields = part.split(separator: " ").map(String.init)
            if let key = fields.first { out[key] = Array(fields.dropFirst()) }
        }
        return out
    }

    /// `title` split at ";" then " " (empty parts and fields left out), when it is all ASCII; nil otherwise.
    static func asciiTitle(_ title: String) -> [String: [String]]? {
        var title = title
        return title.withUTF8 { buf -> [String: [String]]? in
            var out: [String: [String]] = [:]
            var fields: [String] = []
            var start = -1
            for i in 0...buf.count {
                let b: UInt8 = i < buf.count ? buf[i] : UInt8(ascii: ";")
                if b >= 0x80 { return nil }
                if b == UInt8(ascii: ";") || b == UInt8(ascii: " ") {
                    if start >= 0 {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<i]), as: UTF8.self))
                        start = -1
                    }
                    if b == UInt8(ascii: ";") {
                        if let key = fields.first { out[key] = Array(fields.dropFirst()) }
                        fields.removeAll(keepingCapacity: true)
                    }
                } else if start < 0 {
                    start = i
                }
            }
            return out
        }
    }

    /// `text.trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when the text
    /// begins and ends with a scalar that is no white space (printable ASCII or Thai): then
    /// there is nothing to trim.
    static func trimmed(_ text: String) -> String {
        func solid(_ u: Unicode.Scalar) -> Bool {
            (u.value > 0x20 && u.value < 0x7F) || (u.value >= 0x0E00 && u.value <= 0x0E7F)
        }
        if let f = text.unicodeScalars.first, let l = text.unicodeScalars.last, solid(f), solid(l) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func box(_ values: [String]) -> BoundingBox? {
        // Bounded, so that widths and gaps never overflow on a hostile file.
        let n = values.compactMap { Int($0) }.filter { abs($0) < 10_000_000 }
        guard n.count == 4, n[2] >= n[0], n[3] >= n[1] else { return nil }
        return BoundingBox(x0: n[0], y0: n[1], x1: n[2], y1: n[3])
    }
}

import Foundation
