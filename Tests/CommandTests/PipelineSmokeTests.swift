import Testing
@testable import Pipeline

@Suite struct PipelineSmokeTests {
    @Test func constructs() {
        _ = Pipeline()
        #expect(Bool(true))
    }
}
