import Testing
import SarabanCore
@testable import Readers

@Suite struct ReaderInputTests {
    @Test func keepsPathAndBytes() {
        let input = ReaderInput(path: "a.txt", bytes: [0x41], sha256: "x")
        #expect(input.bytes.count == 1)
    }
}
