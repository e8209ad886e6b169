import Testing
@testable import Validation

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
