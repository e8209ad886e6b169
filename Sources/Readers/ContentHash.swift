import Crypto

/// SHA-256 of an input's bytes, lowercase hex: the `source.sha256` of a record and the key by which
/// `convert --resume` knows an input is done. swift-crypto's implementation (BoringSSL underneath on
/// Linux, where Foundation has no CryptoKit).
public enum ContentHash {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    public static func sha256(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(hexDigits[Int(b >> 4)])
            out.append(hexDigits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension ReaderInput {
    /// An input whose hash is computed here (tests and callers that hold only the bytes).
    public init(path: String, bytes: [UInt8]) {
        self.init(path: path, bytes: bytes, sha256: ContentHash.sha256(bytes))
    }
}
