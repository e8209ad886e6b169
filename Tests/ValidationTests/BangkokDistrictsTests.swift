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

/// Categories read through OCR's look-alike letters, and not read into unrelated positions.
@Suite struct NearCategoryTests {
    @Test(arguments: [
        ("ประธานขุมชนท่าเรือสามัคคี", "ประธานชุมชน", true),          // ช read as ข
        ("ผู้แทนภาคธุรกิจ", "ภาคธุรกิจ", true),
        ("ผู้จัดการนิติบุคคลอาคารขุด", "อาคารชุด", true),
        ("หัวหน้าฝ่ายโยธา", "ประธานชุมชน", false),
        ("ประธานชมรมผู้สูงอายุ", "ประธานชุมชน", false),
        ("ผู้อำนวยการโรงเรียน", "มหาวิทยาลัย", false),
    ])
    func near(position: String, keyword: String, expected: Bool) {
        #expect(MemberCategories.nearlyContains(MemberCategories.squeeze(position), [MemberCategories.squeeze(keyword)]) == expected)
    }
}
