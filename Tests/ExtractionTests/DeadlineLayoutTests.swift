import Testing
import SarabanCore
@testable import Extraction

/// Deadlines in layouts the fixtures lack (probe round 7).
@Suite struct DeadlineLayoutTests {
    static func memo(_ body: String) -> String {
        """
                                      บันทึกข้อความ
        ส่วนราชการ  สำนักการศึกษา  โทร. ๐ ๒๔๓๗ ๖๖๓๑
        ที่  กท ๐๘๐๔/ว ๒๑๗๕                     วันที่  ๖ พฤศจิกายน ๒๕๖๖
        เรื่อง  การสำรวจภาวะโภชนาการของนักเรียน
        เรียน  ผู้อำนวยการเขตทุกเขต
        \(body)
                จึงเรียนมาเพื่อโปรดทราบ

                                    (นางสาวสุนทรี วงศ์เกษม)
                                    ผู้อำนวยการสำนักการศึกษา
        """
    }

    /// A line broken between `ภายในวัน` and `ที่ …` (Thai wraps inside words; tesseract breaks there
    /// often): the date's label, not a reference's `ที่` opening a paragraph. The deadline had been lost.
    @Test(arguments: ["ที่", "ที"])
    func aDeadlineBrokenInsideวันที่(label: String) throws {
        let r = try extractRecord(text: Self.memo("""
                ขอให้สำนักงานเขตรวบรวมแบบรายงานสรุปผลการสำรวจของทุกโรงเรียนส่งสำนักการศึกษา ภายในวัน
        \(label) ๓๐ พฤศจิกายน ๒๕๖๖ เวลา ๑๖.๓๐ น.
        """))
        #expect(r.deadlines.map(\.date) == ["2023-11-30"])
        #expect(r.deadlines.first?.action?.hasSuffix("ส่งสำนักการศึกษา") == true)
    }
}
