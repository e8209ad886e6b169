import Testing
import SarabanCore
@testable import Extraction

@Suite struct ExtractorSmokeTests {
    @Test func emptyDocumentIsOther() {
        let doc = Document(source: SourceInfo(path: "x", format: .text, sha256: "", byteCount: 0))
        #expect(Extractor().extract(doc).kind == .other)
    }
}
