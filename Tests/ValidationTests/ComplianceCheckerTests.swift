import Foundation
import Testing
import SarabanCore
@testable import Validation

@Suite struct ComplianceCheckerTests {
    /// The policy as the seed circular states it (categories read from its text).
    static func policy() throws -> CompliancePolicy {
        let text = try #require(Records.seedText, "the seed circular is read from ../shared/seeds")
        return PolicyDeriver.derive(circular: Records.circular(), text: text)
    }

    func verdict(_ r: ComplianceResult, _ code: ComplianceCheck.Code) -> Bool? { r.check(code)?.passed ?? nil }

    @Test func compliantOrderPassesEveryCheck() throws {
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order())
        #expect(r.compliant == true, "\(r.checks)")
        #expect(r.district == "บางรัก")
        #expect(r.checks.map(\.code) == ComplianceCheck.Code.allCases.map(\.rawValue))
    }

    @Test func signedAfterTheDeadlineFails() throws {
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(date: "2023-01-05"))
        #expect(verdict(r, .signedByDeadline) == false)
        #expect(r.check(.signedByDeadline)?.detail.contains("7 days after") == true)
        #expect(r.compliant == false)
    }

    @Test func signedOnTheDeadlinePasses() throws {
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(date: "2022-12-29"))
        #expect(verdict(r, .signedByDeadline) == true)
    }

    @Test func noSigningDateIsUndecided() throws {
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(date: nil))
        #expect(r.check(.signedByDeadline) != nil && r.check(.signedByDeadline)?.passed == nil)
        #expect(r.compliant == false, "compliant only when every check passed")
    }

    /// 30 people with the advisor: 29 members, one short.
    @Test func advisorsDoNotCount() throws {
        let members = Records.committee(extraMembers: 18)
        #expect(members.count == 30)
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(members: members))
        #expect(verdict(r, .minMembers) == false)
        #expect(r.check(.minMembers)?.detail.hasPrefix("29 members") == true)
        let r2 = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(members: Records.committee(extraMembers: 19)))
        #expect(verdict(r2, .minMembers) == true)
    }

    @Test func missingCategoryIsNamed() throws {
        var members = Records.committee()
        members.removeAll { $0.position?.contains("อาคารชุด") == true }
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(members: members))
        #expect(verdict(r, .categories) == false)
        #expect(r.check(.categories)?.detail == "missing: อาคารชุด (condominiums)")
    }

    /// A category is also represented by the group heading a member stands under.
    @Test func groupHeadingRepresentsACategory() throws {
        var members = Records.committee()
        let i = try #require(members.firstIndex { $0.position?.contains("อาคารชุด") == true })
        members[i].position = "ผู้จัดการ"
        members[i].group = "ผู้แทนอาคารชุด"
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(members: members))
        #expect(verdict(r, .categories) == true)
    }

    @Test func firstMeetingFromAnInvitationOfTheSameDistrict() throws {
        let order = Records.order(meetings: [Meeting(text: "ประชุมเดือนละครั้ง", recurrence: "FREQ=MONTHLY")])
        var invitation = Record(source: Records.source("bangrak-invitation.txt"), kind: .letter)
        invitation.agency = "สำนักงานเขตบางรัก"
        invitation.meetings = [Meeting(start: "2023-01-12T13:30:00+07:00", place: "ห้องประชุม", text: "ขอเชิญประชุม")]
        var other = invitation
        other.agency = "สำนักงานเขตสาทร"
        other.source.path = "sathorn-invitation.txt"
        let checker = ComplianceChecker(policy: try Self.policy())
        #expect(verdict(checker.check(order: order, evidence: [other]), .firstMeeting) == false)
        let results = checker.check([order, other, invitation])
        #expect(results.count == 1)
        #expect(verdict(results[0], .firstMeeting) == true)
        #expect(results[0].check(.firstMeeting)?.detail.contains("bangrak-invitation.txt") == true)
    }

    /// An invitation whose meeting time the extractor could not read still shows the meeting was set.
    @Test func invitationWithoutReadableTime() throws {
        let order = Records.order(meetings: [Meeting(text: "ประชุมเดือนละครั้ง", recurrence: "FREQ=MONTHLY")])
        var invitation = Record(source: Records.source("bangrak-invitation.txt"), kind: .letter)
        invitation.agency = "สำนักงานเขตบางรัก"
        invitation.subject = "ขอเชิญประชุมคณะกรรมการสภาคนเมืองประจำเขตบางรัก ครั้งที่ ๑/๒๕๖๖"
        let r = ComplianceChecker(policy: try Self.policy()).check([order, invitation])
        #expect(r.count == 1 && verdict(r[0], .firstMeeting) == true)
        #expect(r[0].check(.firstMeeting)?.detail.contains("could not be read") == true)
    }

    /// An order OCR left unclassified (`other`) but whose subject appoints is still checked.
    @Test func unclassifiedAppointmentIsCheckedAsAnOrder() throws {
        var order = Records.order()
        order.kind = .other
        var memo = Record(source: Records.source("memo.txt"), kind: .other)
        memo.subject = "ขอความร่วมมือ"
        let r = ComplianceChecker(policy: try Self.policy()).check([order, memo])
        #expect(r.map(\.file) == [order.source.path])
    }

    /// A signing date before the circular itself is a misread (๒๕๖๕ read as ๒๕๐๕), not an early signature.
    @Test func signedBeforeTheCircularIsUndecided() throws {
        var p = try Self.policy()
        p.issued = "2022-12-06"
        let r = ComplianceChecker(policy: p).check(order: Records.order(date: "1962-12-20"))
        #expect(r.check(.signedByDeadline) != nil && r.check(.signedByDeadline)?.passed == nil)
        #expect(r.check(.signedByDeadline)?.detail.contains("likely misread") == true)
    }

    /// A garbled group heading (OCR) does not hide the category the position shows.
    @Test func positionCountsDespiteAGarbledGroup() throws {
        var members = Records.committee()
        let i = try #require(members.firstIndex { $0.position?.contains("อาคารชุด") == true })
        members[i].group = "ซ. นางสาวพิมพ์ชนก ผู้แทนภาค"
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(members: members))
        #expect(verdict(r, .categories) == true)
    }

    @Test(arguments: [("FREQ=MONTHLY", true), ("FREQ=WEEKLY", true), ("FREQ=MONTHLY;INTERVAL=2", false), ("FREQ=YEARLY", false)])
    func meetingFrequency(rule: String, passes: Bool) throws {
        let order = Records.order(meetings: [Meeting(start: "2023-01-10", text: "x"), Meeting(text: "y", recurrence: rule)])
        #expect(verdict(ComplianceChecker(policy: try Self.policy()).check(order: order), .meetingFrequency) == passes)
    }

    /// An order that says nothing of frequency: null (it does not say), and so not compliant.
    @Test func noFrequencyIsUndecided() throws {
        let order = Records.order(meetings: [Meeting(start: "2023-01-10", text: "x")])
        let r = ComplianceChecker(policy: try Self.policy()).check(order: order)
        #expect(r.check(.meetingFrequency) != nil && r.check(.meetingFrequency)?.passed == nil)
        #expect(r.compliant == false)
    }

    /// A position reads head-first: a lecturer at a university is an academic, the head of the
    /// community development section a district executive.
    @Test(arguments: [
        ("อาจารย์คณะรัฐศาสตร์ มหาวิทยาลัยราชภัฏพระนครเหนือ", "academics_sages"),
        ("หัวหน้าฝ่ายพัฒนาชุมชนและสวัสดิการสังคม", "executives"),
        ("ผู้อำนวยการวิทยาลัยอาชีวศึกษาเทคโนโลยีกรุงเทพ", "agencies_education"),
        ("ประธานกรรมการนิติบุคคลอาคารชุด ธารา คอนโด", "condominiums"),
        ("ผู้จัดการนิติบุคคลหมู่บ้านจัดสรรพฤกษาวิลล์ ๙", "housing_estates"),
        ("ปราชญ์ชาวบ้านด้านประวัติศาสตร์ชุมชน", "academics_sages"),
        ("ผู้แทนเครือข่ายผู้พิการเขต", "civil_society"),
        ("ประธานชมรมผู้ประกอบการตลาดร่วมใจ", "business"),
        ("ผู้อ\u{0E4D}\u{0E32}นวยการโรงเรียนคลองบัวงาม", "agencies_education"),
        ("ประธานชุมชน ริม คลอง", "communities"),
    ])
    func memberCategory(position: String, id: String) throws {
        let p = try Self.policy()
        let i = try #require(MemberCategories.assign(Member(name: nil, position: position), to: p.categories))
        #expect(p.categories[i].id == id)
    }

    @Test func groupHeadingDecides() throws {
        let p = try Self.policy()
        let m = Member(name: "นายก ข", position: "ผู้จัดการ", group: "(๖) อาคารชุด")
        #expect(MemberCategories.assign(m, to: p.categories).map { p.categories[$0].id } == "condominiums")
    }

    @Test func resultJSONHasTheContractKeys() throws {
        let r = ComplianceChecker(policy: try Self.policy()).check(order: Records.order(date: nil))
        let obj = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(r)) as? [String: Any])
        #expect(Set(obj.keys).isSuperset(of: ["file", "agency", "compliant", "checks"]))
        let checks = try #require(obj["checks"] as? [[String: Any]])
        #expect(checks.allSatisfy { Set($0.keys) == ["code", "passed", "detail"] })
        #expect(checks.first { $0["code"] as? String == "signed_by_deadline" }?["passed"] is NSNull)
    }
}

@Suite struct PolicyDeriverTests {
    @Test func seedCircularPolicy() throws {
        let p = try ComplianceCheckerTests.policy()
        #expect(p.deadline == "2022-12-29")
        #expect(p.minMembers == 30)
        #expect(p.meetingFrequency == "FREQ=MONTHLY")
        #expect(p.firstMeeting)
        #expect(p.sendTo == "สำนักงานปกครองและทะเบียน")
        #expect(p.mustSend.first?.hasPrefix("สำเนาคำสั่งแต่งตั้ง") == true)
        #expect(p.categories.map(\.name) == [
            "ผู้บริหารเขต", "ผู้แทนภาคประชาชน", "หัวหน้าหน่วยงานหรือส่วนราชการอื่นหรือผู้บริหารสถาบันการศึกษา",
            "ผู้แทนภาคธุรกิจหรือองค์กรเอกชน", "กลุ่มบ้านในรั้วหรือหมู่บ้านจัดสรร", "อาคารชุด", "ผู้แทนชุมชน",
            "นักวิชาการ หรือปราชญ์ชาวบ้าน", "กลุ่มประชาสังคมที่ขับเคลื่อนประเด็นต่าง ๆ ในพื้นที่เขต",
        ])
    }

    /// Without the extractor's requirements, the text alone gives the numbers.
    @Test func textAloneGivesMinimumAndFrequency() throws {
        let text = try #require(Records.seedText)
        let p = PolicyDeriver.derive(circular: Record(source: Records.source("c.txt"), kind: .memo), text: text)
        #expect(p.minMembers == 30)
        #expect(p.meetingFrequency == "FREQ=MONTHLY")
        #expect(p.deadline == nil)
        #expect(p.categories.count == 9)
        #expect(p.categories.map(\.id) == MemberCategories.table.map(\.id))
    }

    /// The fixture circular's wording: `ต้องมาจากกลุ่มต่าง ๆ ดังนี้ (๑) … (๙) …`, the number before the list.
    @Test func numberedListAfterDangNi() {
        let text = """
            จำนวนไม่น้อยกว่า ๓๐ คน ทั้งนี้ องค์ประกอบของคณะกรรมการฯ ให้พิจารณาตามบริบทของพื้นที่เขต แต่อย่างน้อยต้องมาจากกลุ่มต่าง ๆ ดังนี้ (๑) ผู้บริหารเขต (๒) ผู้แทนภาคประชาชน (๓) หัวหน้าหน่วยงานหรือส่วนราชการอื่นหรือผู้บริหารสถาบันการศึกษา (๔) ผู้แทนภาคธุรกิจหรือองค์กรเอกชน (๕) กลุ่มบ้านในรั้วหรือหมู่บ้านจัดสรร (๖) อาคารชุด (๗) ผู้แทนชุมชน (๘) นักวิชาการ หรือปราชญ์ชาวบ้าน (๙) กลุ่มประชาสังคมที่ขับเคลื่อนประเด็นต่าง ๆ ในพื้นที่
            ให้คณะกรรมการฯ จัดประชุมอย่างน้อยเดือนละ ๑ ครั้ง และส่งสำเนาคำสั่งแต่งตั้งคณะกรรมการ พร้อมกำหนดการประชุมครั้งแรกของคณะกรรมการฯ ให้สำนักงานปกครองและทะเบียนทราบ
            """
        let p = PolicyDeriver.derive(circular: Record(source: Records.source("c.txt"), kind: .memo), text: text)
        #expect(p.categories.map(\.id) == MemberCategories.table.map(\.id))
        #expect(p.categories.last?.name == "กลุ่มประชาสังคมที่ขับเคลื่อนประเด็นต่าง ๆ ในพื้นที่")
        #expect(p.minMembers == 30)
        #expect(p.meetingFrequency == "FREQ=MONTHLY")
        #expect(p.firstMeeting)
        #expect(p.mustSend.count == 2)
        #expect(p.sendTo == "สำนักงานปกครองและทะเบียน")
    }

    /// Other wording: another opener, other separators, line breaks, Arabic digits, an unknown category.
    @Test func toleratesWording() {
        let text = """
            ให้แต่งตั้งคณะกรรมการ ซึ่งประกอบไปด้วย ผู้แทนชุมชน, ผู้บริหารเขต,
            นักวิชาการ และตัวแทนผู้พิการ ไม่น้อยกว่า 25 คน และประชุมทุกเดือน
            """
        let p = PolicyDeriver.derive(circular: Record(source: Records.source("c.txt"), kind: .memo), text: text)
        #expect(p.minMembers == 25)
        #expect(p.meetingFrequency == "FREQ=MONTHLY")
        #expect(p.categories.map(\.name) == ["ผู้แทนชุมชน", "ผู้บริหารเขต", "นักวิชาการ", "ตัวแทนผู้พิการ"])
    }

    @Test(arguments: PolicyDeriver.frequencyWords)
    func frequencyWords(words: String, rrule: String) {
        #expect(PolicyDeriver.meetingFrequency(in: "ให้มีการประชุมอย่างน้อย\(words) ๑ ครั้ง") == rrule)
        #expect(ComplianceChecker.perYear(rrule) != nil)
    }

    /// Each category of the table is found by each of its aliases, and its keywords match a member.
    @Test(arguments: MemberCategories.table.map(\.id))
    func categoryTable(id: String) throws {
        let entry = try #require(MemberCategories.table.first { $0.id == id })
        for alias in entry.aliases {
            let found = PolicyDeriver.categories(in: "ประกอบด้วย \(alias) อย่างน้อย ๓๐ คน")
            #expect(found.count == 1 && found[0].keywords.contains(entry.keywords[0]), "\(alias): \(found)")
        }
        let category = PolicyCategory(name: id, keywords: entry.keywords)
        #expect(MemberCategories.matches(category, position: "ตำแหน่ง \(entry.keywords[0]) ที่หนึ่ง", group: nil))
        #expect(!MemberCategories.matches(category, position: "พนักงานขับรถ", group: nil))
    }

    /// `ส่งเสริม` (to promote) early in a circular is not what must be sent.
    @Test func mustSendSkipsPromote() {
        let text = "กรุงเทพมหานครมีนโยบายส่งเสริมการมีส่วนร่วม ให้ประชาชนทราบ และส่งสำเนาคำสั่ง พร้อมกำหนดการประชุม ให้สำนักงานปกครองและทะเบียนทราบ"
        let send = PolicyDeriver.mustSend(in: text)
        #expect(send.items == ["สำเนาคำสั่ง", "กำหนดการประชุม"])
        #expect(send.to == "สำนักงานปกครองและทะเบียน")
    }

    @Test func policyFileRoundTrip() throws {
        let p = try ComplianceCheckerTests.policy()
        let yaml = try PolicyFile.yaml(p)
        #expect(yaml.contains("min_members: 30"))
        #expect(yaml.contains("ผู้แทนชุมชน"))
        #expect(try PolicyFile.parse(yaml) == p)
        let json = String(decoding: try JSONEncoder().encode(p), as: UTF8.self)
        #expect(try PolicyFile.parse(json) == p)
    }

    @Test func handWrittenPolicy() throws {
        let p = try PolicyFile.parse("""
            deadline: 2022-12-29
            min_members: 10
            categories:
              - name: ผู้แทนชุมชน
                keywords: [ชุมชน]
            """)
        #expect(p.deadline == "2022-12-29")
        #expect(p.minMembers == 10)
        #expect(p.categories == [PolicyCategory(name: "ผู้แทนชุมชน", keywords: ["ชุมชน"])])
        #expect(p.meetingFrequency == nil)
        #expect(throws: PolicyFile.LoadError.self) { try PolicyFile.parse("min_members: many") }
    }
}
