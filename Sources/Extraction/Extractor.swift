import SarabanCore

/// Document → Record. (Skeleton; the extraction issue fills it.)
public struct Extractor: Sendable {
    public init() {}
    public func extract(_ document: Document) -> Record {
        var record = Record(source: document.source)
        record.warnings = document.warnings
        return record
    }
}
