import Foundation
import SarabanCore
import Readers
import Extraction
import Validation

/// One file through the whole pipeline: read → extract → validate.
/// (Skeleton: the validation/export issue grows it into bulk conversion.)
public struct Pipeline: Sendable {
    public var extractor = Extractor()
    public var validator = Validator()
    public init() {}

    /// Reads, extracts and validates one input. A file that cannot be read gives a `SarabanError`
    /// naming the file, the part and the reason.
    public func process(_ input: ReaderInput) throws(SarabanError) -> Record {
        let document = try ReaderRegistry.read(input)
        var record = extractor.extract(document)
        record.issues = validator.validate(record)
        return record
    }
}
