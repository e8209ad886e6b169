/// An input that cannot be read. The message always names the file, the part and the reason,
/// so that a records officer knows which file to look at and why.
public struct SarabanError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        case unreadable, unsupportedFormat = "unsupported_format", encoding, malformed, unsafe, tooLarge = "too_large", empty
    }
    public var kind: Kind
    public var file: String
    public var part: String?
    public var reason: String

    public init(_ kind: Kind, file: String, part: String? = nil, reason: String) {
        self.kind = kind
        self.file = file
        self.part = part
        self.reason = reason
    }

    public var description: String {
        if let part { return "\(file): \(part): \(reason)" }
        return "\(file): \(reason)"
    }
}
