import Foundation
import SarabanCore
import ThaiText

/// A reader turns the bytes of one input format into the document model.
public protocol DocumentReader: Sendable {
    static var format: SourceFormat { get }
    func read(_ input: ReaderInput) throws(SarabanError) -> Document
}

/// The bytes of one input with its path (for messages and provenance) and their SHA-256.
public struct ReaderInput: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public var sha256: String
    public init(path: String, bytes: [UInt8], sha256: String) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
    }
}

/// Picks the reader for an input from its content (magic bytes, root element), not only its name.
/// (Placeholder: UTF-8 text only, one paragraph per blank-line block. The readers issue fills it.)
public enum ReaderRegistry {
    public static func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        let decoded: DecodedText
        do { decoded = try ThaiTextDecoder.decode(input.bytes) } catch {
            throw SarabanError(.encoding, file: input.path, reason: error.description)
        }
        let source = SourceInfo(path: input.path, format: .text, encoding: decoded.encoding,
                                sha256: input.sha256, byteCount: input.bytes.count)
        var blocks: [Block] = []
        var current: [String] = []
        var firstLine = 1
        let lines = decoded.text.split(separator: "\n", omittingEmptySubsequences: false)
        func flush(_ next: Int) {
            if !current.isEmpty {
                let text = ThaiNormalizer.normalize(current.joined(separator: "\n")).text
                let indents = current.map { l in l.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) } }
                blocks.append(.paragraph(Paragraph(text: text, provenance: Provenance(index: blocks.count, line: firstLine), lineIndents: indents)))
            }
            current = []
            firstLine = next
        }
        for (i, line) in lines.enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty { flush(i + 2) } else { current.append(String(line)) }
        }
        flush(lines.count + 1)
        return Document(source: source, blocks: blocks)
    }
}
