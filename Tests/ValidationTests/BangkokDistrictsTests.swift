import Testing
@testable import Validation

@Suite struct BangkokDistrictsTests {
    @Test func fiftyDistinctDistricts() {
        #expect(BangkokDistricts.names.count == 50)
        #expect(Set(BangkokDistricts.names).count == 50)
    }

    /// Every district is found from its office's name, its director's position, and with OCR spaces.
    @Test(arguments: BangkokDistricts.names)
    func findsEachDistrict(name: String) {
        #expect(BangkokDistricts.district(in: "สำนักงานเขต" + name) == name)
        #expect(BangkokDistricts.district(in: "ผู้อำนวยการเขต" + name) == name)
        #expect(BangkokDistricts.district(in: "สำนักงานเขต " + name) == name)
    }

    @Test(arguments: [("สำนักงานเขตทวีวัฒนา", "ทวีวัฒนา"), ("สำนักงานเขตวัฒนา", "วัฒนา"), ("กรุงเทพมหานคร", nil as String?),
                      ("สำนักปลัดกรุงเทพมหานคร", nil)])
    func longestNameWins(text: String, district: String?) {
        #expect(BangkokDistricts.district(in: text) == district)
    }
}
