import PropertyBased
import Testing
import SarabanCore
@testable import Extraction

/// The OCR repairs index scalars by hand; on any mix of Thai letters, marks, digits, specks and
/// spaces they must neither crash nor invent text, and a clean district name stays as it is.
@Suite struct OcrRepairPropertyTests {
    static let alphabet: [String] = ["เขต", "ห", "ล", "ั", "ก", "ส", "ี", "่", " ", "๑", "๒", "๕", "๖", "๐", "ฒ", "«", "มกราคม", "ธันวาคม",
                                     "วันจันทร์ที่", "/", ".", "ที่", "บางรัก", "หลักสี", "พ.ศ.", "๒๕๒๐๒๐", "เวลา", "น."]
    static let text = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...24).map { $0.map { alphabet[$0] }.joined() }

    @Test func repairsNeverCrash() async {
        await propertyCheck(input: Self.text) { s in
            let (fixed, repairs) = DistrictNameRepair.repair(s)
            if repairs.isEmpty { #expect(fixed == s) }
            for d in LooseDateReader.readAll(s) {
                #expect(d.range.lowerBound >= 0 && d.range.upperBound <= s.unicodeScalars.count)
            }
            _ = LooseDateReader.digitLookalikesRead(in: s)
            _ = YearEvidence.numberYears(Array(s.unicodeScalars))
            var ctx = ExtractionContext(lines: [], record: Record(source: SourceInfo(path: "p", format: .text, sha256: "", byteCount: 0)))
            ctx.ocr = true
            ctx.evidenceYear = 2023
            for d in ctx.dates(in: s) where d.isValid {
                if let iso = d.isoDate { #expect(iso.count == 10) }
            }
        }
    }

    @Test(arguments: [
        ("ผู้อำนวยการเขตหลักสี", "ผู้อำนวยการเขตหลักสี่"), ("สำนักงานเขตตลิงชัน", "สำนักงานเขตตลิ่งชัน"),
        ("สำนักงานเขตบางรัก", "สำนักงานเขตบางรัก"), ("เขตวัฒนา", "เขตวัฒนา"), ("เขตทวีวัฒนา", "เขตทวีวัฒนา"),
        ("ผู้แทนชุมชนในเขต", "ผู้แทนชุมชนในเขต"), ("เขตพื้นที่", "เขตพื้นที่"),
        ("สำนักงานเขต คลองสามวา", "สำนักงานเขตคลองสามวา"), ("ผู้อำนวยการเขต หลักสี", "ผู้อำนวยการเขตหลักสี่"),
        ("ทุกเขต ทุกแขวง", "ทุกเขต ทุกแขวง"),
        // The next word glued to a district's name gets its space back.
        ("สำนักงานเขตลาดพร้าวฝ่ายสิ่งแวดล้อม", "สำนักงานเขตลาดพร้าว ฝ่ายสิ่งแวดล้อม"), ("แผนพัฒนาเขตหลักสี่ประจำปี", "แผนพัฒนาเขตหลักสี่ ประจำปี"),
        ("สำนักงานเขตบางกอกน้อย", "สำนักงานเขตบางกอกน้อย"), ("เขตบางรัก ฝ่ายปกครอง", "เขตบางรัก ฝ่ายปกครอง"),
        // A look-alike or extra mark on the name's last letter is replaced, not left behind.
        ("สำนักงานเขตทุ่งครู", "สำนักงานเขตทุ่งครุ"), ("สำนักงานเขตทุ่งครุู", "สำนักงานเขตทุ่งครุ"), ("เขตบางนา่ ฝ่ายโยธา", "เขตบางนา ฝ่ายโยธา"),
    ])
    func districtNames(printed: String, expected: String) {
        #expect(DistrictNameRepair.repair(printed).text == expected)
    }
}
