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

/// Picks the reader for an input from its content (magic bytes, root element), not its name,
/// and runs it. This is the entry point the pipeline calls.
public enum ReaderRegistry {
    public static func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        try reader(for: FormatDetector.detect(input.bytes)).read(input)
    }

    public static func reader(for format: SourceFormat, limits: ReaderLimits = .standard) -> any DocumentReader {
        switch format {
        case .text: return TextReader(limits: limits)
        case .docx: return DocxReader(limits: limits)
        case .odt: return OdtReader(limits: limits)
        case .xml: return GenericXMLReader(limits: limits)
        case .hocr: return HocrReader(limits: limits)
        case .alto: return AltoReader(limits: limits)
        }
    }
}
