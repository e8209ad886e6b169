import SarabanCore

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
