/// The limits every reader enforces on untrusted input. A file past a limit is refused with
/// `SarabanError(.unsafe or .tooLarge)`, never half-read.
public struct ReaderLimits: Sendable, Equatable {
    /// Deepest element nesting accepted in an XML part (real documents stay far below 100).
    /// Below libxml2's own limit of 256, so that our message, not libxml2's, names the reason.
    public var maxXMLDepth = 250
    /// Largest XML part or flat XML file, in bytes, handed to libxml2.
    public var maxXMLBytes = 200 * 1024 * 1024
    /// Most XML nodes in one part (a guard against node floods that stay under the size limit).
    public var maxXMLNodes = 20_000_000
    /// Most entries in a ZIP container (DOCX, ODT).
    public var maxZipEntries = 10_000
    /// Most bytes inflated from a ZIP container in all, counted while inflating.
    public var maxZipTotalBytes = 200 * 1024 * 1024
    /// Highest uncompressed:compressed ratio accepted for a part above `ratioCheckMinBytes`.
    public var maxZipRatio = 100
    public var ratioCheckMinBytes = 1024 * 1024
    /// Largest text file accepted.
    public var maxTextBytes = 200 * 1024 * 1024

    public init() {}
    public static let standard = ReaderLimits()
}
