import Foundation
import SarabanCore
import Readers
import Extraction
import Validation
import Export

/// One file through the whole pipeline: read → extract → validate. Never throws for a bad input:
/// an input that cannot be read yields an error record naming the file, the part and the reason.
public struct Pipeline: Sendable {
    public var extractor = Extractor()
    public var validator = Validator()
    public init() {}

    /// Reads, extracts and validates one input. A file that cannot be read gives a `SarabanError`
    /// naming the file, the part and the reason.
    public func process(_ input: ReaderInput) throws(SarabanError) -> Record {
        try processDocument(input).record
    }

    /// The document and its record (the compliance checker reads a circular's text from the document).
    public func processDocument(_ input: ReaderInput) throws(SarabanError) -> (document: Document, record: Record) {
        let document = try ReaderRegistry.read(input)
        var record = extractor.extract(document)
        record.issues += validator.validate(record)
        return (document, record)
    }

    /// The bytes of `path` with their hash, or the error record saying why they cannot be read.
    public static func load(_ path: String) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            return .failure(ErrorRecord(path: path, reason: reason))
        }
        let bytes = [UInt8](data)
        return .input(ReaderInput(path: path, bytes: bytes, sha256: ContentHash.sha256(bytes)))
    }

    /// One input to one output item: its record or its error record.
    public func process(path: String) -> OutputItem {
        switch Self.load(path) {
        case .failure(let e): return .error(e)
        case .input(let input): return process(input)
        }
    }

    public func process(_ input: ReaderInput) -> OutputItem {
        if input.bytes.isEmpty {
            return .error(ErrorRecord(path: input.path, sha256: input.sha256, reason: "the file is empty"))
        }
        do throws(SarabanError) {
            return .record(try process(input))
        } catch {
            return .error(ErrorRecord(path: input.path, sha256: input.sha256, part: error.part, reason: error.reason))
        }
    }

    /// An input's bytes, or why they could not be read.
    public enum Loaded: Sendable {
        case input(ReaderInput)
        case failure(ErrorRecord)
    }

    /// Plain text of a document's blocks, blocks separated by a blank line.
    public static func plainText(_ d: Document) -> String {
        d.blocks.map(\.plainText).joined(separator: "\n\n")
    }
}
