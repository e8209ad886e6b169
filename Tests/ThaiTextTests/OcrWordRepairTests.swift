import Testing
import ThaiText
@testable import ThaiWords

/// OCR word repairs against libthai's dictionary (skipped where libthai-data is not installed).
@Suite(.enabled(if: ThaiDictionary.shared != nil, "libthai-data's word list is not installed"))
struct OcrWordRepairTests {
    let repair = OcrWordRepair(dictionary: ThaiDictionary.shared!)

    @Test(arguments: [
        ("สำนักงา นเขตประเวศ", false, "สำนักงานเขตประเวศ"),
        ("ค ณบดีคณะรัฐศาสตร์ มหาวิทยาลัยธนบุรีราชธานี", false, "คณบดีคณะรัฐศาสตร์ มหาวิทยาลัยธนบุรีราชธานี"),
        ("ผู้อำนวยการโรง พยาบาลราษฎร์บูรณะ", false, "ผู้อำนวยการโรงพยาบาลราษฎร์บูรณะ"),
        ("นักพัฒนาสัง คมชำนาญการพิเศษ", false, "นักพัฒนาสังคมชำนาญการพิเศษ"),
        ("นายชาญณ รงค์", true, "นายชาญณรงค์"),
        // Real spaces stay: between phrases, between given and family names, around numbers.
        ("แต่งตั้งคณะกรรมการจัดทำแผนพัฒนาเขตหลักสี่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", false, "แต่งตั้งคณะกรรมการจัดทำแผนพัฒนาเขตหลักสี่ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"),
        ("นายสิทธิชัย ภักดีวงศ์", true, "นายสิทธิชัย ภักดีวงศ์"),
        ("ณ ห้องประชุม", false, "ณ ห้องประชุม"),
        ("ผู้อำนวยการเขต ทุกเขต", false, "ผู้อำนวยการเขต ทุกเขต"),
    ])
    func spaces(text: String, namesOnly: Bool, expected: String) {
        #expect(repair.joiningSplitWords(text, namesOnly: namesOnly).0 == expected)
    }

    @Test(arguments: [
        ("สิงแวดล้อม", true, "สิ่งแวดล้อม" as String?),
        ("ฝ่ายสิงแวดล้อมและสุขาภิบาล", true, "ฝ่ายสิ่งแวดล้อมและสุขาภิบาล"),
        ("ชีนบาน", false, "ชื่นบาน"),
        ("จ้านวน", true, "จำนวน"),
        ("มันคง", true, "มั่นคง"),
        ("มันคง", false, nil),          // words as printed: only with preferFewer
        ("ตังมัน", true, nil),           // ตัง and มัน are words; ตั้งมั่น is not one: left alone
        ("ความมั้นคงแข็งแรง", true, "ความมั่นคงแข็งแรง"),   // ้ for ่ (a blurred page)
        // ... also inside a long unspaced phrase (a whole subject).
        ("ขอความร่วมมือตรวจสอบความมั้นคงแข็งแรงของป้ายโฆษณาขนาดใหญ่", true, "ขอความร่วมมือตรวจสอบความมั่นคงแข็งแรงของป้ายโฆษณาขนาดใหญ่"),
        ("สิ่งแวดล้อม", true, nil),
        // ำ whose ํ was lost under a kept tone mark (`น้า` for น้ำ), where the rest is no word.
        ("ผู้จัดการตลาดน้าคลองบางพรมร่วมใจ", true, "ผู้จัดการตลาดน้ำคลองบางพรมร่วมใจ"),
        ("หน้าที่", true, nil),
    ] as [(String, Bool, String?)])
    func marks(token: String, preferFewer: Bool, expected: String?) {
        #expect(repair.restoringMarks(token, preferFewer: preferFewer) == expected)
    }

    /// Segmenting a one-edit variant with the printed text's walks gives what segmenting it
    /// afresh gives, for every variant the repairs try (insertions, swaps, ํ+า contractions, at
    /// the start, the middle and the end).
    @Test(arguments: ["สิงแวดล้อม", "ฝ่ายสิงแวดล้อมและสุขาภิบาล", "ชีนบาน", "จ้านวน", "มันคง", "ตังมัน", "การตังวางแผน", "ตลาดน้าคลอง",
                      "ขอความร่วมมือตรวจสอบความมั้นคงแข็งแรงของป้ายโฆษณาขนาดใหญ่", "ทำค้าของบ", "นาย", "กก", "หบนังสือสำนักการโยธา"])
    func variantsSegmentAsAfresh(_ token: String) {
        let d = ThaiDictionary.shared!
        let u = Array(token.unicodeScalars)
        let walks = d.walks(u)
        let frequencies = ThaiWordFrequencies.shared
        var checked = 0
        for (v, edit) in repair.variants(of: u, overConsonants: true) {
            #expect(d.words(v, editing: walks, at: edit) == d.words(v), "\(ScalarString.make(v)) at \(edit)")
            if let frequencies {
                let a = d.likeliestWords(v, editing: walks, at: edit, frequencies: frequencies)
                let b = d.likeliestWords(v, frequencies: frequencies)
                #expect(a?.words == b?.words && a?.logProbability == b?.logProbability, "\(ScalarString.make(v)) at \(edit)")
            }
            checked += 1
        }
        #expect(checked > 0 || u.count < 3)
    }

    /// A speck read as a letter, taken out where the rest reads as words; words as printed stay.
    @Test(arguments: [
        ("หบนังสือสำนักการโยธา", "หนังสือสำนักการโยธา" as String?),
        ("สำบนักงานป้องกันและบรรเทาสาธารณภัย", "สำนักงานป้องกันและบรรเทาสาธารณภัย"),
        ("ประเสริจฐ", "ประเสริฐ"),
        ("หนังสือสำนักการโยธา", nil),     // words already
        ("สมศรีณ", nil) ,                  // too short a gain: no word of four letters around the removal
    ] as [(String, String?)])
    func strayLetters(token: String, expected: String?) {
        #expect(repair.removingStrayLetter(token) == expected)
    }

    @Test(arguments: [
        ("ณรงค์ศักดิ", "ณรงค์ศักดิ์" as String?), ("เรืองฤทธิ", "เรืองฤทธิ์"), ("ศักดิสิทธิ", "ศักดิ์สิทธิ์"),
        ("วรวุฒิ", nil), ("ฉิมพลิ", nil), ("ณรงค์ศักดิ์", nil),
        ("เกียรติ", nil),    // libthai also lists เกียรติ์; the standard spelling has no ์
    ] as [(String, String?)])
    func thanthakhat(token: String, expected: String?) {
        #expect(repair.restoringFinalThanthakhat(token) == expected)
    }
}
