import SarabanCore

/// Tells the format of an input from its first bytes:
/// - `PK\x03\x04` with a `word/document.xml` or `[Content_Types].xml` entry → docx;
///   with a `mimetype` entry saying `application/vnd.oasis.opendocument.text` → odt;
///   any other ZIP is still tried as docx (so the error names what is missing);
/// - XML whose root element is `html` with an `ocr_page` → hocr, `alto` → alto, else xml;
/// - anything else → text.
public enum FormatDetector {
    public static func detect(_ bytes: [UInt8]) -> SourceFormat {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return zipFormat(bytes) }
        if let root = xmlRootName(bytes) {
            switch root.lowercased() {
            case "html": return containsASCII(bytes, "ocr_page") ? .hocr : .xml
            case "alto": return .alto
            default: return .xml
            }
        }
        return .text
    }

    static let odtMime = Array("mimetypeapplication/vnd.oasis.opendocument.text".utf8)

    /// The ODF package puts an uncompressed `mimetype` entry first; its name and content follow the
    /// 30-byte local header directly. DOCX names its parts in local headers too.
    static func zipFormat(_ bytes: [UInt8]) -> SourceFormat {
        if bytes.count > 30 + odtMime.count {
            let nameLength = Int(bytes[26]) | Int(bytes[27]) << 8
            let extraLength = Int(bytes[28]) | Int(bytes[29]) << 8
            if nameLength == 8, bytes[30...].starts(with: odtMime.prefix(8)) {
                let content = 30 + nameLength + extraLength
                if content < bytes.count, bytes[content...].starts(with: odtMime.dropFirst(8)) { return .odt }
            }
        }
        if containsASCII(bytes, "word/document.xml") || containsASCII(bytes, "[Content_Types].xml") { return .docx }
        if containsASCII(bytes, "content.xml") && containsASCII(bytes, "opendocument.text") { return .odt }
        return .docx
    }

    /// The root element's local name, if the bytes look like XML (after a BOM, declaration,
    /// comments, processing instructions and a DOCTYPE).
    static func xmlRootName(_ bytes: [UInt8]) -> String? {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let limit = min(bytes.count, 1 << 16)
        func skipSpace() { while i < limit, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 } }
        func skip(past terminator: [UInt8]) -> Bool {
            while i < limit {
                if bytes[i...].starts(with: terminator) { i += terminator.count; return true }
                i += 1
            }
            return false
        }
        while true {
            skipSpace()
            guard i < limit, bytes[i] == UInt8(ascii: "<"), i + 1 < limit else { return nil }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "?") {
                guard skip(past: Array("?>".utf8)) else { return nil }
            } else if bytes[i...].starts(with: Array("<!--".utf8)) {
                guard skip(past: Array("-->".utf8)) else { return nil }
            } else if next == UInt8(ascii: "!") {
                // DOCTYPE, possibly with an internal subset in brackets.
                var depth = 0
                while i < limit {
                    if bytes[i] == UInt8(ascii: "[") { depth += 1 }
                    if bytes[i] == UInt8(ascii: "]") { depth -= 1 }
                    if bytes[i] == UInt8(ascii: ">") && depth <= 0 { i += 1; break }
                    i += 1
                }
            } else {
                i += 1
                var name: [UInt8] = []
                while i < limit, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[i]) {
                    name.append(bytes[i]); i += 1
                }
                guard !name.isEmpty, let s = String(validating: name, as: UTF8.self) else { return nil }
                return s.split(separator: ":").last.map(String.init)
            }
        }
    }

    static func containsASCII(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first, bytes.count >= n.count else { return false }
        var i = 0
        let end = bytes.count - n.count
        while i <= end {
            if bytes[i] == first && bytes[i..<(i + n.count)].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }
}
