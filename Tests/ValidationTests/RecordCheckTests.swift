import Foundation
import Testing
import SarabanCore
@testable import Validation

/// Each check on a valid order (no issue) and on that order broken in one way (its code, on its field).
@Suite struct RecordCheckTests {
    static let context = ValidationContext(today: CivilDate(year: 2024, month: 6, day: 1)!)

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var change: @Sendable (inout Record) -> Void
        var code: String
        var field: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "day that does not exist", change: { $0.date = "2022-02-30" }, code: "date_invalid", field: "date"),
        Case(name: "not ISO", change: { $0.deadlines = [Deadline(date: "29/12/2022", text: "x")] }, code: "date_invalid", field: "deadlines[0].date"),
        Case(name: "meeting day that does not exist", change: { $0.meetings[0].start = "2023-04-31T09:00:00+07:00" },
             code: "date_invalid", field: "meetings[0].start"),
        Case(name: "OCR year ๒๕๐๕ (1962)", change: { $0.date = "1962-12-20"; $0.orderNo = "123/2505" }, code: "date_implausible", field: "meetings[0].start"),
        Case(name: "future document", change: { $0.date = "2030-01-01"; $0.orderNo = "1/2573"; $0.meetings = [] }, code: "date_implausible", field: "date"),
        Case(name: "before 1932", change: { $0.date = "1900-01-01"; $0.orderNo = "1/2443"; $0.meetings = [] }, code: "date_implausible", field: "date"),
        Case(name: "weekday printed wrong", change: { $0.meetings[0].text = "ประชุมวันพุธที่ ๑๐ มกราคม ๒๕๖๖" },
             code: "weekday_mismatch", field: "meetings[0].start"),
        Case(name: "weekday of the document date wrong", change: { $0.dateText = "วันจันทร์ที่ ๒๐ ธันวาคม ๒๕๖๕" }, code: "weekday_mismatch", field: "date"),
        Case(name: "order year differs", change: { $0.orderNo = "123/2566" }, code: "order_year_mismatch", field: "order_no"),
        Case(name: "no order number", change: { $0.orderNo = nil }, code: "missing_part", field: "order_no"),
        Case(name: "no signatory", change: { $0.signatory = nil }, code: "missing_part", field: "signatory"),
        Case(name: "blank subject", change: { $0.subject = "  " }, code: "missing_part", field: "subject"),
        Case(name: "gap in numbering", change: { $0.members.remove(at: 4) }, code: "member_seq_gap", field: "members[4].seq"),
        Case(name: "repeat in numbering", change: { $0.members[4].seq = 3 }, code: "member_seq_repeat", field: "members[4].seq"),
        Case(name: "no chair", change: { $0.members[1].role = .member }, code: "chair_missing", field: "members"),
        Case(name: "two chairs", change: { $0.members[3].role = .chair }, code: "chair_multiple", field: "members[3].role"),
        Case(name: "no secretary", change: { for i in $0.members.indices where $0.members[i].role == .secretary { $0.members[i].role = .member } },
             code: "secretary_missing", field: "members"),
        Case(name: "person twice", change: { $0.members[5].name = "นายสมชาย  ใจดี" }, code: "member_duplicate", field: "members[5].name"),
        Case(name: "deadline before the document", change: { $0.deadlines = [Deadline(date: "2022-12-01", text: "ภายในวันที่ ๑ ธันวาคม ๒๕๖๕")] },
             code: "deadline_before_date", field: "deadlines[0].date"),
    ]

    @Test func validOrderHasNoIssues() {
        let issues = Validator(context: Self.context).validate(Records.order())
        #expect(issues.isEmpty, "\(issues)")
    }

    @Test(arguments: cases)
    func brokenOrderIsReported(_ c: Case) {
        var r = Records.order()
        c.change(&r)
        let issues = Validator(context: Self.context).validate(r)
        #expect(issues.contains { $0.code == c.code && $0.field == c.field }, "\(issues)")
        #expect(Validator.allCodes.contains(c.code))
    }

    @Test func numberingMayRestartUnderANewGroup() {
        var r = Records.order()
        r.members = [
            Member(seq: 1, name: "ก ข", role: .chair, group: "ผู้บริหารเขต"), Member(seq: 2, name: "ค ง", role: .member, group: "ผู้บริหารเขต"),
            Member(seq: 1, name: "จ ฉ", role: .member, group: "ผู้แทนชุมชน"), Member(seq: 2, name: "ช ซ", role: .secretary, group: "ผู้แทนชุมชน"),
        ]
        #expect(MemberNumberingCheck().check(r, context: Self.context).isEmpty)
        r.members[2].group = "ผู้บริหารเขต"
        #expect(MemberNumberingCheck().check(r, context: Self.context).map(\.code) == ["member_seq_repeat"])
    }

    /// Sub-committees (groups named คณะ…) have a chair each; sections of one committee share one.
    @Test(arguments: [
        (["คณะอนุกรรมการด้านการระบายน้ำ", "คณะอนุกรรมการด้านการช่วยเหลือผู้ประสบภัย"], [String]()),
        (["คณะอนุกรรมการด้านการระบายน้ำ", "คณะอนุกรรมการด้านการระบายน้ำ"], ["chair_multiple"]),
        (["ผู้บริหารเขต", "ผู้แทนชุมชน"], ["chair_multiple"]),
    ])
    func chairsCountedPerCommittee(groups: [String], codes: [String]) {
        var r = Records.order()
        r.members = [
            Member(seq: 1, name: "ก ข", role: .chair, group: groups[0]), Member(seq: 2, name: "ค ง", role: .secretary, group: groups[0]),
            Member(seq: 1, name: "จ ฉ", role: .chair, group: groups[1]), Member(seq: 2, name: "ช ซ", role: .secretary, group: groups[1]),
        ]
        #expect(ChairCheck().check(r, context: Self.context).map(\.code) == codes)
    }

    @Test func memberChecksOnlyApplyToOrders() {
        var r = Records.order()
        r.kind = .minutes
        r.members[1].role = .member
        #expect(ChairCheck().check(r, context: Self.context).isEmpty)
    }

    /// Every code is documented in docs/validation.md, so users can look codes up.
    @Test func everyCodeIsDocumented() throws {
        let doc = try String(contentsOf: Records.packageRoot.appendingPathComponent("docs/validation.md"), encoding: .utf8)
        for code in Validator.allCodes { #expect(doc.contains("`\(code)`"), "\(code) missing from docs/validation.md") }
        #expect(Set(Validator.allCodes).count == Validator.allCodes.count)
    }
}

/// A part counts as present when something but white space is left after trimming.
@Suite struct RequiredPartPresenceTests {
    @Test(arguments: [nil, "", " ", "\t", " \u{3000}\u{00A0}", "\n", " ก ", "a", "\u{200B}", "ผู้อำนวยการเขต"] as [String?])
    func presenceIsWhatTrimmingLeaves(_ value: String?) {
        let trimmed = !(value ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        #expect(RequiredPartsCheck.has(value) == trimmed)
    }
}

/// An order that amends another lists only whom it changes: no chair, secretary or numbering
/// from 1 is asked of it; an order that appoints a committee is still asked them.
@Suite struct AmendingOrderCheckTests {
    @Test(arguments: [("แก้ไขเพิ่มเติมคำสั่งแต่งตั้งคณะกรรมการตรวจรับพัสดุ", true), ("แต่งตั้งคณะกรรมการตรวจรับพัสดุ", false),
                      ("แต่งตั้งคณะกรรมการสภาคนเมืองประจำเขตจอมทอง (เพิ่มเติม)", true)])
    func amending(subject: String, amends: Bool) {
        var r = Records.order()
        r.subject = subject
        r.members = [Member(seq: 2, name: "นายวิทยา บุญประคอง", position: "นายช่างโยธาอาวุโส", role: .member)]
        let context = ValidationContext(today: CivilDate(year: 2024, month: 6, day: 1)!)
        let codes = (ChairCheck().check(r, context: context) + SecretaryCheck().check(r, context: context)
                     + MemberNumberingCheck().check(r, context: context)).map(\.code)
        #expect(codes == (amends ? [] : ["chair_missing", "secretary_missing", "member_seq_gap"]))
    }
}

/// An order appointing one person to a duty is no committee: no chair or secretary is asked of it.
/// One member with a committee role is a committee missing its others, and is still asked.
@Suite struct OnePersonOrderTests {
    @Test(arguments: [(nil, [String]()), (MemberRole.chair, ["secretary_missing"]), (MemberRole.member, ["chair_missing", "secretary_missing"])])
    func onePerson(role: MemberRole?, expected: [String]) {
        var r = Records.order()
        r.members = [Member(seq: nil, name: "นายภานุวัฒน์ สิทธิโชค", position: "นักวิชาการพัสดุชำนาญการ ฝ่ายการคลัง", role: role)]
        let context = ValidationContext(today: CivilDate(year: 2024, month: 6, day: 1)!)
        let codes = (ChairCheck().check(r, context: context) + SecretaryCheck().check(r, context: context)).map(\.code)
        #expect(codes == expected)
    }
}
