/// The one document model every reader produces and every extractor consumes (pandoc's idea:
/// many readers, one model). A reader never decides what a line *means*; it only says what
/// the bytes say, with provenance, after Thai text repair.
public struct Document: Sendable, Codable, Equatable {
    public var source: SourceInfo
    /// The body in reading order.
    public var blocks: [Block]
    /// Headers, footers, footnotes are kept apart from the body (a page header is not a paragraph).
    public var headers: [Block]
    public var footers: [Block]
    public var footnotes: [Block]
    /// Document properties (docProps/core.xml, ODT meta): title, author, created, modified …
    public var properties: [String: String]
    /// Everything the reader repaired or doubted (encoding fallbacks, text repairs, skipped parts).
    public var warnings: [Warning]

    public init(source: SourceInfo, blocks: [Block] = [], headers: [Block] = [], footers: [Block] = [],
                footnotes: [Block] = [], properties: [String: String] = [:], warnings: [Warning] = []) {
        self.source = source
        self.blocks = blocks
        self.headers = headers
        self.footers = footers
        self.footnotes = footnotes
        self.properties = properties
        self.warnings = warnings
    }
}

/// Where the input came from: the record contract's `source` object.
public struct SourceInfo: Sendable, Codable, Equatable {
    public var path: String
    public var format: SourceFormat
    /// The encoding of text input (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `tis-620`, `windows-874`); nil for containers.
    public var encoding: String?
    /// Lowercase hex SHA-256 of the input bytes.
    public var sha256: String
    public var byteCount: Int

    public init(path: String, format: SourceFormat, encoding: String? = nil, sha256: String, byteCount: Int) {
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.byteCount = byteCount
    }

    enum CodingKeys: String, CodingKey {
        case path, format, encoding, sha256
        case byteCount = "bytes"
    }
}

public enum SourceFormat: String, Sendable, Codable, CaseIterable {
    case text, docx, odt, xml, hocr, alto
}
