import Foundation
import SarabanCore
import Validation

/// Records built in code for the tests: an order of a district committee and a circular, with
/// knobs to break one thing at a time.
enum Records {
    static func source(_ path: String) -> SourceInfo {
        SourceInfo(path: path, format: .text, encoding: "utf-8", sha256: String(repeating: "a", count: 64), byteCount: 100)
    }

    /// The committee members of a compliant order: 1 advisor, chair, vice chair, members covering
    /// every category of the seed circular, a secretary and an assistant secretary.
    static func committee(extraMembers: Int = 22) -> [Member] {
        var m: [Member] = [
            Member(seq: 1, name: "นายที่ปรึกษา หนึ่ง", position: "ผู้ทรงคุณวุฒิอาวุโส", role: .advisor, group: "ที่ปรึกษา"),
            Member(seq: 1, name: "นายสมชาย ใจดี", position: "ผู้อำนวยการเขตบางรัก", role: .chair, group: "ผู้บริหารเขต"),
            Member(seq: 2, name: "นางสาวสมหญิง รักดี", position: "ผู้แทนภาคประชาชน", role: .viceChair, group: "ผู้แทนภาคประชาชน"),
            Member(seq: 3, name: "นายครู ใหญ่", position: "ผู้อำนวยการโรงเรียนวัดม่วงแค", role: .member),
            Member(seq: 4, name: "นางค้า ขาย", position: "ผู้จัดการบริษัท สยามค้าส่ง จำกัด", role: .member),
            Member(seq: 5, name: "นายบ้าน รั้ว", position: "ประธานหมู่บ้านจัดสรรสุขใจ", role: .member),
            Member(seq: 6, name: "นางคอน โด", position: "ผู้จัดการนิติบุคคลอาคารชุดริเวอร์", role: .member),
            Member(seq: 7, name: "นายชุม ชน", position: "ประธานชุมชนวัดสวนพลู", role: .member),
            Member(seq: 8, name: "ดร.วิชา การ", position: "นักวิชาการอิสระ", role: .member),
            Member(seq: 9, name: "นางสาวประชา สังคม", position: "ผู้ประสานงานกลุ่มประชาสังคมบางรัก", role: .member),
        ]
        for i in 0..<extraMembers {
            m.append(Member(seq: 10 + i, name: "นายกรรมการ คนที่\(i)", position: "ผู้แทนชุมชนที่ \(i)", role: .member))
        }
        m.append(Member(seq: 10 + extraMembers, name: nil, position: "หัวหน้าฝ่ายปกครอง", role: .secretary))
        m.append(Member(seq: 11 + extraMembers, name: "นางผู้ช่วย เลขา", position: "เจ้าพนักงานปกครอง", role: .assistantSecretary))
        return m
    }

    static func order(path: String = "orders/bangrak.txt", date: String? = "2022-12-20", members: [Member] = committee(),
                      meetings: [Meeting] = [
                        Meeting(start: "2023-01-10T09:30:00+07:00", place: "ห้องประชุมสำนักงานเขตบางรัก", text: "ประชุมครั้งแรก วันอังคารที่ ๑๐ มกราคม ๒๕๖๖"),
                        Meeting(text: "ประชุมอย่างน้อยเดือนละ ๑ ครั้ง", recurrence: "FREQ=MONTHLY"),
                      ]) -> Record {
        var r = Record(source: source(path), kind: .order)
        r.agency = "สำนักงานเขตบางรัก"
        r.orderNo = "123/2565"
        r.date = date
        r.dateText = date == nil ? nil : "๒๐ ธันวาคม ๒๕๖๕"
        r.subject = "แต่งตั้งคณะกรรมการสภาคนเมืองประจำเขตบางรัก"
        r.signatory = Signatory(name: "นายสมชาย ใจดี", title: "นาย", position: "ผู้อำนวยการเขตบางรัก")
        r.members = members
        r.meetings = meetings
        return r
    }

    static func circular() -> Record {
        var r = Record(source: source("circular.txt"), kind: .memo)
        r.agency = "กรุงเทพมหานคร (สำนักปลัดกรุงเทพมหานคร)"
        r.referenceNo = "กท ๐๔๐๖/ว ๗๗๗"
        r.date = "2022-12-06"
        r.subject = "การจัดตั้งเครือข่ายประชาคมเขตตามนโยบายของผู้ว่าราชการกรุงเทพมหานคร"
        r.addressee = "ผู้อำนวยการเขต"
        r.deadlines = [Deadline(date: "2022-12-29", text: "ให้เสร็จสิ้นภายในวันที่ ๒๙ ธันวาคม ๒๕๖๕", action: "จัดตั้งสภาคนเมืองประจำเขต")]
        r.requirements = [
            Requirement(kind: "min_members", value: .number(30), unit: "people", text: "อย่างน้อย ๓๐ คน"),
            Requirement(kind: "meeting_frequency", value: .string("FREQ=MONTHLY"), text: "อย่างน้อยเดือนละ ๑ ครั้ง"),
        ]
        return r
    }

    /// The package root, found from this file (tests read ../shared from it).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var seedPath: String {
        packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_4bfcf933634aae01.txt").path
    }

    static var seedText: String? {
        FileManager.default.contents(atPath: seedPath).map { String(decoding: $0, as: UTF8.self) }
    }
}
