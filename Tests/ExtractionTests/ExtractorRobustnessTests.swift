import Foundation
import Testing
import SarabanCore
@testable import Extraction

/// The extractor must never crash, whatever the text: documents assembled at random from the
/// pieces real documents are made of (labels, numbers, dates, names, roles, damaged letters and
/// marks) are extracted, and every record is a whole record.
@Suite struct ExtractorRobustnessTests {
    /// A small, seeded generator so that a failure can be replayed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = [
        "บันทึกข้อความ", "คำสั่ง", "ประกาศ", "รายงานการประชุม", "ส่วนราชการ", "ที่", "วันที่", "เรื่อง", "เรียน",
        "อ้างถึง", "สิ่งที่ส่งมาด้วย", "สั่ง ณ วันที่", "ประกาศ ณ วันที่", "ขอแสดงความนับถือ", "ด่วนมาก", "ลับ",
        "ความมาก", "กท ๐๔๐๖/ว ๗๗๗", "๐ ๗๗๗", "/", "๑๒๓/๒๕๖๕", "๒๕๒๐๒๐", "๒๙ ธันวาคม ๒๕๖๕", "๓๑ เมษายน ๒๕๖๖",
        "วันอังคารที่", "เวลา ๐๙.๓๐ – ๑๒.๐๐ น.", "ณ ห้องประชุม", "ภายในวันที่", "ภายใน ๗ วัน นับแต่วันที่ได้รับหนังสือนี้",
        "อย่างน้อย ๓๐ คน", "เดือนละ ๑ ครั้ง", "ทุก ๓ เดือน", "ปีละ ๒ ครั้ง", "(นายขจิต ชัชวานิชย์)", "(", ")", "นาย",
        "ผศ.ดร.", "ว่าที่ ร.ต.", "ประธานกรรมการ", "กรรมการและเลขานุการ", "ที่ปรึกษา", "กรรมการ", "๑.", "(๒)", "๓)",
        "๒.๓", "โทร. ๐ ๒๒๒๔ ๒๕๕๕", "โทรสาร", "a@b.c", "@", "ประกอบด้วย", "มีอำนาจหน้าที่", "ทั้งนี้", "ให้",
        "ํ", "่", "ั", "ฯ", "๐", "9", "\t", "  ", "-", "—", "ผู้อำนวยการเขตบางรัก", "สำนักงานเขต", "พ.ศ.", "ค.ศ.",
        // What tesseract prints (the OCR rules run on these): ruling, specks, bare and garbled
        // numbers, split words, lost and doubled marks, glued labels.
        "|", "«", "เ|", "ไเ|", "๑ ", "๒๒ ", "ฆ่ ", "นพ .", "ที่ฒ", "ที่กท5045/2210", "ขบขบขบบ", "น้้า", "โทร.", "ศักดิ",
        "สำนักงา นเขต", "ค ณบดี", "กรรมการและ", "ผู้", "ช่วยเลขานุการ", "๒๕๒", "๒๕๐๒๐", "๐๕.๓๐", "ปีละ ๕ ครั้ง", "ประจำปี ๒๕๒๓",
        // The sixth session's rules: clause openings, month-only and dayless dates, time ranges,
        // cut roles, garbled signing lines and row numbers, copies, rules under a title.
        "ขอให้", "และจะ", "โดยต้อง", "ขอความกรุณา", "ส่ง", "ผู้ตรวจสอบ", "ภายในเดือนตุลาคม", "ภายในสิ้นเดือน ก.พ. ๖๗",
        "ธันวาคม ๒๕๖๕", "ตั้งแต่เวลา", "ถึงเวลา ๒๔.๐๐ น.", "๒๕.๐๐ น.", "« ", "คณะ", "ทำงาน", "ทํางานและ", "ดังนี",
        "๓,.", "ง ณวนท", "สัง ณ ", "ฉ/", "สำเนาส่ง", "เสนอผู้อำนวยการ", "-----", "นับแต่วันที่ลงนาม", "น้า", "ทุ่งครุู",
        "พระครู", "เจ้าอาวาส", "๑ฒ ", "ไปรษณีย์อิเล็กทรอนิกส์ ป่า@",
    ]

    static func randomDocument(_ rng: inout SplitMix64) -> String {
        var lines: [String] = []
        // Half the documents carry tesseract's signature (sara am as ํ + า), so the OCR rules run.
        if Bool.random(using: &rng) { lines.append("สํานักงาน คําสั่ง จํานวน") }
        for _ in 0..<Int.random(in: 0...30, using: &rng) {
            var line = ""
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                line += pieces.randomElement(using: &rng)!
                if Bool.random(using: &rng) { line += " " }
            }
            lines.append(String(repeating: " ", count: Int.random(in: 0...10, using: &rng)) + line)
            if Int.random(in: 0..<5, using: &rng) == 0 { lines.append("") }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: 0..<4)
    func neverCrashesOnAssembledDocuments(seed: UInt64) throws {
        var rng = SplitMix64(state: seed &* 7919 &+ 1)
        for _ in 0..<120 {
            let text = Self.randomDocument(&rng)
            // SARABAN_FUZZ_LAST=FILE keeps the document being extracted, to replay a crash.
            if let p = ProcessInfo.processInfo.environment["SARABAN_FUZZ_LAST"] { try text.write(toFile: p, atomically: false, encoding: .utf8) }
            let record = try extractRecord(text: text)
            // Whole records: every member and deadline field path that a warning names exists.
            for w in record.warnings {
                if let f = w.field, f.hasPrefix("members["), let n = Int(f.dropFirst(8).prefix { $0.isNumber }) {
                    #expect(n < record.members.count, "warning on \(f) but \(record.members.count) members")
                }
            }
        }
    }
}
