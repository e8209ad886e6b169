/// The fuzz build compiles the readers with swiftc alone, without swift-crypto: this stands in for
/// `Sources/Readers/ContentHash.swift` there (an FNV-1a digest; what is fuzzed is the parsing, and the
/// hash only labels the document). Never part of the package.
public enum ContentHash {
    public static func sha256(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0100_0000_01b3 }
        return String(h, radix: 16)
    }
}

extension ReaderInput {
    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, bytes: bytes, sha256: ContentHash.sha256(bytes))
    }
}
