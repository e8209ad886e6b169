import Foundation

/// Detects and decodes the encodings Thai offices use. (Placeholder until the foundation issue
/// lands: UTF-8 with or without BOM only. The foundation work replaces the body, not the API.)
public enum ThaiTextDecoder {
    /// Decodes `bytes`. Strict mode throws at the first undecodable byte; lenient mode replaces
    /// it and reports a warning, never silently.
    public static func decode(_ bytes: [UInt8], lenient: Bool = false) throws(DecodingError) -> DecodedText {
        var start = 0
        var name = "utf-8"
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3; name = "utf-8-bom" }
        guard let s = String(validating: bytes[start...], as: UTF8.self) else {
            throw DecodingError(encoding: name, byteOffset: start, reason: "not valid UTF-8")
        }
        return DecodedText(text: s, encoding: name, warnings: [])
    }
}

public struct DecodedText: Sendable, Equatable {
    public var text: String
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `tis-620`, `windows-874`
    public var encoding: String
    /// Lenient decoding's replacements, each naming the byte offset.
    public var warnings: [String]
    public init(text: String, encoding: String, warnings: [String]) {
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
    }
}

public struct DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var encoding: String
    public var byteOffset: Int
    public var reason: String
    public init(encoding: String, byteOffset: Int, reason: String) {
        self.encoding = encoding
        self.byteOffset = byteOffset
        self.reason = reason
    }
    public var description: String { "byte \(byteOffset): \(reason) (\(encoding))" }
}
