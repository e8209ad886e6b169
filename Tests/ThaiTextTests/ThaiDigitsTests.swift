import Testing
@testable import ThaiText

@Suite struct ThaiDigitsTests {
    @Test(arguments: [("๒๕๖๕", 2565), ("๒๕๖5", 2565), ("2022", 2022), ("๐๔๐๖", 406)])
    func parsesMixedDigits(text: String, value: Int) {
        #expect(ThaiDigits.parse(text) == value)
    }

    @Test func rejectsNonDigits() {
        #expect(ThaiDigits.parse("๒๕x") == nil)
        #expect(ThaiDigits.parse("") == nil)
    }
}
