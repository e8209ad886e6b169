import SarabanCore

/// Tesseract's hOCR (XHTML): `ocr_page` (bbox, ppageno), `ocrx_word` (bbox, x_wconf). Lines and
/// paragraphs are rebuilt from the word boxes (see `OcrLineBuilder`, `OcrLayout`).
public struct HocrReader: DocumentReader {
    public static let format = SourceFormat.hocr
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .standard) { self.limits = limits }

    public func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        // A tape, not a tree: an hOCR page is thousands of small elements, and building and
        // freeing an XMLElement for each was most of reading the file.
        let tape = try XMLTape.parse(input.bytes, file: input.path, part: nil, limits: limits)
        var pages: [OcrPage] = []
        for (n, page) in Self.withClass(tape, "ocr_page").enumerated() {
            let title = Self.title(tape.attribute(page, "title"))
            let number = title["ppageno"].flatMap { Int($0.first ?? "") }.flatMap { $0 >= 0 && $0 < 1_000_000 ? $0 + 1 : nil } ?? n + 1
            var words: [OcrWord] = []
            // In document order, as the words stand in the file, remembering the engine line each
            // is in: the innermost line element around it (its index's end and number).
            var lines: [(end: Int, number: Int)] = []
            var lineCount = 0
            var i = page + 1
            let end = tape.subtreeEnd(page)
            while i < end {
                while let last = lines.last, i >= last.end { lines.removeLast() }
                guard tape.isElement(i) else { i += 1; continue }
                let classes = tape.attribute(i, "class") ?? ""
                if Self.hasClass(classes, "ocrx_word") {
                    defer { i = tape.subtreeEnd(i) }
                    let props = Self.wordProperties(tape.attribute(i, "title"))
                    guard let box = props.box else { continue }
                    let text = Self.trimmed(tape.textContent(i))
                    guard !text.isEmpty else { continue }
                    words.append(OcrWord(text: text, bbox: box, confidence: props.confidence, engineLine: lines.last?.number))
                    continue
                }
                if !classes.isEmpty, Self.lineClasses.contains(where: { Self.hasClass(classes, $0) }) {
                    lines.append((tape.subtreeEnd(i), lineCount))
                    lineCount += 1
                }
                i += 1
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
    static let lineClasses = ["ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"]

    /// The elements of class `cls` in document order, none inside another.
    static func withClass(_ tape: XMLTape, _ cls: String) -> [XMLTape.Element] {
        var out: [XMLTape.Element] = []
        var i = tape.root
        let end = tape.subtreeEnd(tape.root)
        while i < end {
            if tape.isElement(i), let c = tape.attribute(i, "class"), hasClass(c, cls) {
                out.append(i)
                i = tape.subtreeEnd(i)
            } else {
                i += 1
            }
        }
        return out
    }

    /// `c.split(separator: " ").contains(Substring(cls))`, on bytes when both are ASCII without CR
    /// (then Characters are bytes).
    static func hasClass(_ c: String, _ cls: String) -> Bool {
        var c = c, cls = cls
        let found = c.withUTF8 { u in
            cls.withUTF8 { k -> Bool? in
                for b in u where b >= 0x80 || b == 0x0D { return nil }
                for b in k where b >= 0x80 || b == 0x0D { return nil }
                var s = -1
                for i in 0...u.count {
                    if i == u.count || u[i] == 0x20 {
                        if s >= 0 {
                            if i - s == k.count, (0..<k.count).allSatisfy({ u[s + $0] == k[$0] }) { return true }
                            s = -1
                        }
                    } else if s < 0 {
                        s = i
                    }
                }
                return false
            }
        }
        return found ?? c.split(separator: " ").contains(Substring(cls))
    }

    /// A word's box and confidence: `title(t)["bbox"].flatMap(box)` and
    /// `title(t)["x_wconf"]?.first.flatMap(Double.init)`, read in one pass over an ASCII title
    /// without building the dictionary or a String per field (a title per word: most of reading
    /// an hOCR file after the XML).
    static func wordProperties(_ title: String?) -> (box: BoundingBox?, confidence: Double?) {
        var t = title ?? ""
        let fast = t.withUTF8 { buf -> (box: BoundingBox?, confidence: Double?)? in
            // The parts (split at ";") whose first field is bbox / x_wconf: the last of each, as
            // the byte range of the fields after the key.
            var keyStart = -1, keyEnd = -1
            var bbox: Range<Int>?, confidence: Range<Int>?
            var start = -1
            func isKey(_ word: StaticString) -> Bool {
                guard keyEnd - keyStart == word.utf8CodeUnitCount else { return false }
                for j in 0..<word.utf8CodeUnitCount where buf[keyStart + j] != word.utf8Start[j] { return false }
                return true
            }
            for i in 0...buf.count {
                let b: UInt8 = i < buf.count ? buf[i] : UInt8(ascii: ";")
                if b >= 0x80 { return nil }
                if b == UInt8(ascii: ";") || b == UInt8(ascii: " ") {
                    if start >= 0 {
                        if keyStart < 0 { keyStart = start; keyEnd = i }
                        start = -1
                    }
                    if b == UInt8(ascii: ";") {
                        if keyStart >= 0 {
                            if isKey("bbox") { bbox = keyEnd..<i } else if isKey("x_wconf") { confidence = keyEnd..<i }
                        }
                        keyStart = -1
                    }
                } else if start < 0 {
                    start = i
                }
            }
            // The fields of a range, in order (split at spaces, empty ones left out).
            func forEachField(_ r: Range<Int>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
                var s = -1
                for i in r.lowerBound...r.upperBound {
                    if i == r.upperBound || buf[i] == UInt8(ascii: " ") {
                        if s >= 0 { if !body(UnsafeBufferPointer(rebasing: buf[s..<i])) { return }; s = -1 }
                    } else if s < 0 {
                        s = i
                    }
                }
            }
            var box: BoundingBox?
            if let r = bbox {
                // compactMap(Int.init), filter(abs < 10_000_000), exactly four.
                var n = (0, 0, 0, 0), count = 0
                forEachField(r) { field in
                    guard let v = Self.int(field), abs(v) < 10_000_000 else { return true }
                    switch count { case 0: n.0 = v; case 1: n.1 = v; case 2: n.2 = v; case 3: n.3 = v; default: break }
                    count += 1
                    return count <= 4
                }
                if count == 4, n.2 >= n.0, n.3 >= n.1 { box = BoundingBox(x0: n.0, y0: n.1, x1: n.2, y1: n.3) }
            }
            var wconf: Double?
            if let r = confidence {
                forEachField(r) { field in
                    // Tesseract writes whole numbers: 1–15 decimal digits are exactly that Int as a
                    // Double (what Double(String) gives); anything else goes through Double(String).
                    if !field.isEmpty, field.count <= 15, field.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                        wconf = Double(field.reduce(0) { $0 * 10 + Int($1 - 0x30) })
                    } else {
                        wconf = Double(String(decoding: field, as: UTF8.self))
                    }
                    return false
                }
            }
            return (box, wconf)
        }
        if let fast { return fast }
        let props = Self.title(title)
        return (props["bbox"].flatMap(Self.box), props["x_wconf"].flatMap { $0.first.flatMap(Double.init) })
    }

    /// `Int(String(decoding: bytes, as: UTF8.self))` for ASCII bytes: an optional sign and one or
    /// more decimal digits, nil on anything else or on overflow.
    static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            i = 1
        }
        guard i < bytes.count else { return nil }
        var value = 0
        while i < bytes.count {
            let d = Int(bytes[i]) - 48
            guard d >= 0 && d <= 9 else { return nil }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (v, o2) = negative ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
            guard !o1 && !o2 else { return nil }
            value = v
            i += 1
        }
        return value
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

    /// A word's text trimmed of white space (see Trimming).
    static func trimmed(_ text: String) -> String { Trimming.whitespaceAndNewlines(text) }

    static func box(_ values: [String]) -> BoundingBox? {
        // Bounded, so that widths and gaps never overflow on a hostile file.
        let n = values.compactMap { Int($0) }.filter { abs($0) < 10_000_000 }
        guard n.count == 4, n[2] >= n[0], n[3] >= n[1] else { return nil }
        return BoundingBox(x0: n[0], y0: n[1], x1: n[2], y1: n[3])
    }
}

import Foundation
