import Foundation
import Testing
import SarabanCore
@testable import Extraction

/// The real circular that started the project (../shared/seeds): its full expected record.
@Suite struct SeedRecordTests {
    let record: Record

    init() throws {
        let seed = try #require(TestPaths.seeds().first, "the seed circular is in ../shared/seeds")
        record = try extractRecord(at: seed)
    }

    @Test func kindAndStamps() {
        #expect(record.kind == .memo)
        #expect(record.urgency == .veryUrgent)
        #expect(record.secrecy == nil)
        // ความมาก is OCR's ด่วนมาก: repaired, and the repair is reported with the printed text.
        #expect(record.warnings.contains { $0.field == "urgency" && $0.text == "ความมาก" })
    }

    @Test func agencyAndContact() {
        #expect(record.agency == "กรุงเทพมหานคร (สำนักปลัดกรุงเทพมหานคร)")
        #expect(record.contact.phone == ["022242555"])
        #expect(record.contact.fax == ["022242551"])
        #expect(record.contact.email.isEmpty)
    }

    @Test func reference() throws {
        let ref = try #require(record.reference)
        #expect(ref.prefix == "กท")
        #expect(ref.office == "0406")
        #expect(ref.number == "777")
        #expect(ref.circular)
        #expect(record.referenceNo == "กท ๐๔๐๖/ว ๗๗๗")
        // The printed ๐ is kept in the warning: it is most likely ว.
        #expect(record.warnings.contains { $0.field == "reference_no" && $0.text == "กท ๐๔๐๖/๐ ๗๗๗" })
    }

    @Test func dateSubjectAddressee() {
        #expect(record.date == "2022-12-06")
        #expect(record.dateText == "๖ ธันวาคม ๒๕๖๕")
        #expect(record.subject == "การจัดตั้งเครือข่ายประชาคมเขตตามนโยบายของผู้ว่าราชการกรุงเทพมหานคร")
        #expect(record.addressee == "ผู้อำนวยการเขต")
        #expect(record.references.isEmpty)
        #expect(record.enclosures.isEmpty)
    }

    @Test func body() {
        #expect(record.body.count == 3)
        #expect(record.body.first?.hasPrefix("ตามที่ผู้ว่าราชการกรุงเทพมหานคร") == true)
        #expect(record.body.last == "จึงเรียนมาเพื่อพิจารณาดำเนินการ")
    }

    @Test func deadline() throws {
        #expect(record.deadlines.count == 1)
        let d = try #require(record.deadlines.first)
        #expect(d.date == "2022-12-29")
        let action = try #require(d.action)
        #expect(action.contains("จัดตั้ง") && action.contains("สภาคนเมืองประจำเขต") && action.contains("แต่งตั้ง"))
    }

    @Test func requirements() {
        #expect(record.requirements.contains { $0.kind == "min_members" && $0.value == .number(30) && $0.unit == "people" })
        #expect(record.requirements.contains { $0.kind == "meeting_frequency" && $0.value == .string("FREQ=MONTHLY") })
        #expect(record.meetings.contains { $0.recurrence == "FREQ=MONTHLY" })
    }

    @Test func signatory() throws {
        let s = try #require(record.signatory)
        #expect(s.name == "นายชจิต ชัชวานิชย์")
        #expect(s.title == "นาย")
        #expect(s.givenName == "ชจิต")
        #expect(s.familyName == "ชัชวานิชย์")
        #expect(s.position == "ปลัดกรุงเทพมหานคร")
    }

    @Test func noMembersInACircular() {
        #expect(record.members.isEmpty)
        #expect(record.orderNo == nil)
    }
}
