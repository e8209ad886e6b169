import PropertyBased
import Testing
@testable import ThaiText

@Suite struct ThaiNumberWordsTests {
    @Test(arguments: [
        ("ศูนย์", 0), ("หนึ่ง", 1), ("สิบ", 10), ("สิบเอ็ด", 11), ("สิบหนึ่ง", 11), ("ยี่สิบ", 20), ("ยี่สิบเอ็ด", 21),
        ("สามสิบ", 30), ("ร้อย", 100), ("หนึ่งร้อย", 100), ("ร้อยเอ็ด", 101), ("ร้อยยี่สิบเอ็ด", 121),
        ("หนึ่งร้อยยี่สิบเอ็ด", 121), ("สองพันห้าร้อยหกสิบห้า", 2565), ("หมื่น", 10_000), ("ห้าแสน", 500_000),
        ("ล้าน", 1_000_000), ("สองล้านห้าแสน", 2_500_000), ("หนึ่งล้านเอ็ด", 1_000_001),
        ("ล้านล้าน", 1_000_000_000_000), ("สามล้านล้านสองล้าน", 3_000_002_000_000), ("ลบห้า", -5),
    ])
    func parsesNumberWords(text: String, value: Int) {
        #expect(ThaiNumberWords.parse(text) == value)
    }

    @Test(arguments: ["เอ็ด", "ยี่", "ยี่ร้อย", "สองสิบ", "หนึ่งสิบ", "สิบสิบ", "ร้อยพัน", "สามสี่", "ศูนย์ร้อย", "", "สามสิบคน", "คน"])
    func rejectsWhatIsNotOneNumber(text: String) {
        #expect(ThaiNumberWords.parse(text) == nil)
    }

    @Test(arguments: [
        ("สามสิบคน", 30, 6), ("ร้อยยี่สิบเอ็ดราย", 121, 14), ("ยี่สิบ ", 20, 6), ("สิบเอ็ดโมง", 11, 7), ("สองยี่", 2, 3),
    ])
    func readsTheLongestNumberAtTheStart(text: String, value: Int, length: Int) {
        let r = ThaiNumberWords.readPrefix(Substring(text))
        #expect(r?.value == value)
        #expect(r?.length == length)
    }

    @Test func readsANumberInsideASentence() {
        let sentence = "ไม่น้อยกว่าสามสิบคน"
        let scalars = Array(sentence.unicodeScalars)
        let start = Array("ไม่น้อยกว่า".unicodeScalars).count
        #expect(ThaiNumberWords.readPrefix(scalars, at: start)?.value == 30)
        #expect(ThaiNumberWords.readPrefix(scalars, at: 0) == nil)
    }

    @Test(arguments: [(21, "ยี่สิบเอ็ด"), (121, "หนึ่งร้อยยี่สิบเอ็ด"), (11, "สิบเอ็ด"), (1, "หนึ่ง"), (2_500_000, "สองล้านห้าแสน"), (1_000_000_000_000, "หนึ่งล้านล้าน")])
    func spellsTheStandardForm(value: Int, text: String) {
        #expect(ThaiNumberWords.spell(value) == text)
    }

    @Test func spellThenParseRoundTrips() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...999_999_999_999_999)) { n in
            #expect(ThaiNumberWords.parse(ThaiNumberWords.spell(n)) == n)
        }
        await propertyCheck(count: 500, input: Gen.int(in: 0...2_000)) { n in
            #expect(ThaiNumberWords.parse(ThaiNumberWords.spell(n)) == n)
            #expect(ThaiNumberWords.parse(ThaiNumberWords.spell(-n)) == -n)
        }
    }
}
