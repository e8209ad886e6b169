import Testing
import SarabanCore
@testable import Validation

@Suite struct ValidatorSmokeTests {
    @Test func emptyRecordHasNoIssuesYet() {
        let r = Record(source: SourceInfo(path: "x", format: .text, sha256: "", byteCount: 0))
        #expect(Validator().validate(r).isEmpty)
    }
}
