import Testing
@testable import Readers

@Suite struct ContentHashTests {
    /// FIPS 180-4 test vectors, plus a length that crosses a block boundary: the hex form of swift-crypto's digest.
    static let vectors: [(String, String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ]

    @Test(arguments: vectors)
    func knownDigests(_ message: String, _ digest: String) {
        #expect(ContentHash.sha256(Array(message.utf8)) == digest)
    }

    @Test func inputCarriesItsDigest() {
        #expect(ReaderInput(path: "a", bytes: Array("abc".utf8)).sha256.hasPrefix("ba7816bf"))
    }
}
