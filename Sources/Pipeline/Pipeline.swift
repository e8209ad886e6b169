import SarabanCore
import Readers
import Extraction
import Validation

/// One file through the whole pipeline: read → extract → validate. (Skeleton.)
public struct Pipeline: Sendable {
    public init() {}
}
