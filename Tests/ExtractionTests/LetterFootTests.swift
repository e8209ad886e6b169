import Testing
import SarabanCore
@testable import Extraction

/// A letter's foot under the signature (probe h05): the owning unit, then contact lines.
@Suite struct LetterFootTests {
    /// An e-mail line OCR made unreadable (a Latin address read with the Thai model) is a contact
    /// line with a warning on `contact.email`, not part of the owning unit's name.
    @Test func anUnreadableEmailLine() throws {
        let r = try extractRecord(text: """
        ที่ กท ๕๐๐๔/๑๒๓                                     สำนักงานเขตบางรัก
                                                  ๒๐ มิถุนายน ๒๕๖๖
        เรื่อง  ขอความอนุเคราะห์ย้ายเสาไฟฟ้า
        เรียน  ผู้อำนวยการการไฟฟ้านครหลวงเขตวัดเลียบ
                สำนักงานเขตบางรักจึงขอความอนุเคราะห์พิจารณาย้ายเสาไฟฟ้าดังกล่าว
                จึงเรียนมาเพื่อโปรดพิจารณา
                                      ขอแสดงความนับถือ

                                    (นายกฤษดา อินทรวงศ์)
                                   ผู้อำนวยการเขตบางรัก
        ฝ่ายโยธา
        โทร. ๐ ๒๒๓๖ ๑๓๕๕ โทรสาร ๐ ๒๒๓๖ ๑๓๕๑
        อีเมล อ๐ฟ้าล.เวลทธฐแล(๒@ไเวลทธฮ|«๐|<. 6๐.ป่า
        """)
        #expect(r.extra["owning_unit"] == .string("ฝ่ายโยธา"))
        #expect(r.contact.email.isEmpty)
        #expect(r.warnings.contains { $0.field == "contact.email" })
        #expect(r.contact.phone == ["022361355"])
    }

    /// On an OCR'd page (tesseract's text: no indents, blank lines anywhere), the closing sentence
    /// is a paragraph of its own: a meeting's place does not run on into it (probe h04).
    @Test func theClosingSentenceEndsTheParagraph() throws {
        let r = try extractRecord(text: """
        บันทึกข้อความ
        ส่วนราชการ สํานักงานเขตห้วยขวาง ฝ่ายโยธา โทร. ๐ ๒๒๗๔ ๔๓๒๑
        ที่ กท ๕๐๒๑/๓๓๐ วันที่ ๑๕ มีนาคม ๒๕๖๗
        เรื่อง ขอเชิญประชุม
        เรียน หัวหน้าฝ่ายทุกฝ่าย
        ขอเชิญเข้าร่วมประชุมในวันศุกร์ที่ ๒๒ มีนาคม
        ๒๕๖๗ เวลา ๑๐.๐๐ น. ณ ห้องประชุมฝ่ายโยธา สํานักงานเขตห้วยขวาง

        จึงเรียนมาเพื่อโปรดพิจารณา
        (นายชัยวัฒน์ พรหมมา)
        ผู้อํานวยการเขตห้วยขวาง
        """)
        #expect(r.meetings.first?.place == "ห้องประชุมฝ่ายโยธา สำนักงานเขตห้วยขวาง")
        #expect(r.body.last == "จึงเรียนมาเพื่อโปรดพิจารณา")
    }

    /// A letter's office printed on two lines in the right column (`กองสวัสดิการสังคม` /
    /// `สำนักพัฒนาสังคม`), then its address: both lines are the agency, the address is not (probe i09:
    /// the second line had been lost).
    @Test func anOfficeOnTwoLines() throws {
        let r = try extractRecord(text: """
        ที่ กท ๐๗๐๕/๓๒๑๙                                     กองสวัสดิการสังคม
                                                             สำนักพัฒนาสังคม
                                                             ศาลาว่าการกรุงเทพมหานคร ๒
                                                             ถนนมิตรไมตรี เขตดินแดง กทม. ๑๐๔๐๐

                                                ๕  ธันวาคม  ๒๕๖๗

        เรื่อง  ขอเชิญประชุม
        เรียน  ผู้อำนวยการเขตดินแดง
                ด้วยกองสวัสดิการสังคมจะจัดประชุม จึงเรียนมาเพื่อโปรดทราบ
                                      ขอแสดงความนับถือ

                                    (นางสาววิไล ศรีสุข)
                                   ผู้อำนวยการกองสวัสดิการสังคม
        """)
        #expect(r.agency == "กองสวัสดิการสังคม สำนักพัฒนาสังคม")
        #expect(r.date == "2024-12-05")
    }
}
