import PropertyBased
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
        #expect(ThaiDigits.parse("99999999999999999999") == nil) // overflow
    }

    @Test(arguments: [
        ("๐ ๗๗๗", 777, true), ("๗๗๗", 777, false), ("๐๒ ๒๒๒๔ ๒๕๕๕", 222_242_555, true), ("1 2", 12, true),
    ])
    func readsThroughSingleInnerSpaces(text: String, value: Int, spaced: Bool) {
        #expect(ThaiDigits.parseAllowingInnerSpaces(text) == value)
        let run = ThaiDigits.readNumber(in: Array(text.unicodeScalars), at: 0, allowInnerSpaces: true)
        #expect(run?.hadInnerSpaces == spaced)
        #expect(run?.length == text.unicodeScalars.count)
    }

    @Test func innerSpacesNeedPermission() {
        let scalars = Array("๐ ๗๗๗".unicodeScalars)
        #expect(ThaiDigits.readNumber(in: scalars, at: 0)?.value == 0)
        #expect(ThaiDigits.readNumber(in: scalars, at: 0)?.length == 1)
        #expect(ThaiDigits.parseAllowingInnerSpaces("๑  ๒") == nil) // two spaces end the number
        #expect(ThaiDigits.parseAllowingInnerSpaces("๑ ") == nil)
    }

    @Test(arguments: [("๒๕๖๕", DigitStyle.thai), ("2565", .arabic), ("๒๕๖5", .mixed)])
    func reportsDigitStyle(text: String, style: DigitStyle) {
        #expect(ThaiDigits.style(of: text) == style)
        #expect(ThaiDigits.readNumber(in: Array(text.unicodeScalars), at: 0)?.style == style)
    }

    @Test func thaiArabicRoundTrip() async {
        await propertyCheck(input: Gen.int(in: 0...Int.max)) { n in
            let arabic = String(n)
            let thai = ThaiDigits.toThai(arabic)
            #expect(thai.unicodeScalars.allSatisfy { $0.value >= 0x0E50 && $0.value <= 0x0E59 })
            #expect(ThaiDigits.toArabic(thai) == arabic)
            #expect(ThaiDigits.parse(thai) == n)
            #expect(ThaiDigits.format(n, digits: .thai) == thai)
        }
    }

    @Test func mixedDigitsParseToTheSameValue() async {
        await propertyCheck(input: Gen.int(in: 0...999_999_999), Gen<UInt64>.value(in: 0...UInt64.max)) { n, mask in
            // Write each digit Thai or Arabic by one bit of the mask.
            let mixed = String(String.UnicodeScalarView(String(n).unicodeScalars.enumerated().map { k, s in
                mask >> UInt64(k % 64) & 1 == 1 ? Unicode.Scalar(s.value - 0x30 + 0x0E50)! : s
            }))
            #expect(ThaiDigits.parse(mixed) == n)
        }
    }
}
