import Foundation
import SarabanCore
import Validation
import Export

/// Records for the writer tests: one with every field filled and text that needs escaping in
/// every format (quotes, commas, line breaks, backslashes, slashes, Thai), an order with members
/// and meetings, and an error record.
enum Samples {
    static let sha = "5b6ce783d0f9a8223e8acce99b2c69254c204767b9ce6e0374831156d7d79277"

    static func full() -> Record {
        var r = Record(source: SourceInfo(path: "in/เขตบางรัก, \"ฉบับ\"/order 1.txt", format: .text, encoding: "tis-620", sha256: sha, byteCount: 1234),
                       kind: .order)
        r.urgency = .mostUrgent
        r.secrecy = .secret
        r.agency = "สำนักงานเขตบางรัก"
        r.contact = Contact(phone: ["022242555"], fax: ["022242551"], email: ["a@b.go.th"])
        r.referenceNo = "กท ๐๔๐๖/ว ๗๗๗"
        r.reference = Reference(prefix: "กท", office: "0406", circular: true, number: "777", year: nil)
        r.orderNo = "123/2565"
        r.date = "2022-12-20"
        r.dateText = "๒๐ ธันวาคม ๒๕๖๕"
        r.subject = "แต่งตั้งคณะกรรมการ \"สภาคนเมือง\", เขตบางรัก\nบรรทัดสอง\\ทับ/ขวาง"
        r.addressee = "ผู้อำนวยการเขต"
        r.references = ["หนังสือ ที่ กท ๐๔๐๖/ว ๗๗๗"]
        r.enclosures = ["สำเนาคำสั่ง ๑ ชุด"]
        r.body = ["ย่อหน้า\tหนึ่ง", "control \u{01} char"]
        r.signatory = Signatory(name: "นายสมชาย ใจดี", title: "นาย", givenName: "สมชาย", familyName: "ใจดี", position: "ผู้อำนวยการเขตบางรัก")
        r.deadlines = [Deadline(date: "2022-12-29", text: "ภายในวันที่ ๒๙ ธันวาคม ๒๕๖๕", action: "ส่งสำเนาคำสั่ง; และกำหนดการประชุม, ด้วย")]
        r.requirements = [Requirement(kind: "min_members", value: .number(30), unit: "people", text: "อย่างน้อย ๓๐ คน"),
                          Requirement(kind: "meeting_frequency", value: .string("FREQ=MONTHLY"), text: "เดือนละ ๑ ครั้ง")]
        r.members = [
            Member(seq: 1, name: "นายสมชาย ใจดี", title: "นาย", givenName: "สมชาย", familyName: "ใจดี", position: "ผู้อำนวยการเขตบางรัก", role: .chair, group: "ผู้บริหารเขต"),
            Member(seq: 2, name: nil, position: "ผู้ช่วยผู้อำนวยการเขตบางรัก", role: .viceChair, group: "ผู้บริหารเขต"),
            Member(seq: 3, name: "นางสาว \"มะลิ\", ดอกไม้", position: "ประธานชุมชน\nวัดม่วงแค", role: .member, group: "ผู้แทนชุมชน"),
            Member(seq: 4, name: "นายเลขา นุการ", position: "หัวหน้าฝ่ายปกครอง", role: .secretary),
        ]
        r.meetings = [
            Meeting(start: "2023-01-10T09:30:00+07:00", end: "2023-01-10T12:00:00+07:00", place: "ห้องประชุม ชั้น ๒, สำนักงานเขตบางรัก",
                    text: "ประชุมครั้งแรก วันอังคารที่ ๑๐ มกราคม ๒๕๖๖ เวลา ๐๙.๓๐ – ๑๒.๐๐ น. ณ ห้องประชุม ชั้น ๒ สำนักงานเขตบางรัก ซึ่งเป็นข้อความยาวที่ต้องพับบรรทัดในไฟล์ปฏิทิน"),
            Meeting(start: nil, text: "ประชุมอย่างน้อยเดือนละ ๑ ครั้ง", recurrence: "FREQ=MONTHLY"),
        ]
        r.warnings = [Warning(code: "ocr_digit", message: "year repaired", text: "๒๕๐๕", field: "date")]
        r.issues = [ValidationIssue(severity: .warning, code: "member_seq_gap", message: "gap", field: "members[2].seq")]
        r.provenance = ["date": FieldSource(part: "word/document.xml", block: 3, line: 7, page: 1, confidence: 87.5),
                        "members[10].name": FieldSource(block: 12), "members[2].name": FieldSource(block: 9, confidence: 91),
                        "subject": FieldSource(block: 2, line: 4)]
        r.extra = ["legal_basis": .string("อาศัยอำนาจตามมาตรา ๔๔"), "agenda": .strings(["วาระที่ ๑", "วาระที่ ๒"]), "count": .number(3)]
        return r
    }

    static func minimal(_ path: String = "x.txt") -> Record {
        Record(source: SourceInfo(path: path, format: .text, sha256: sha, byteCount: 0))
    }

    static func error() -> ErrorRecord {
        ErrorRecord(path: "in/corrupt.docx", sha256: sha, part: "word/document.xml", reason: "unexpected end of the zip archive")
    }

    static var items: [OutputItem] { [.record(full()), .error(error()), .record(minimal())] }

    /// Whether `python3` can import `module` (tests with a Python second opinion skip without it).
    static func pythonHas(_ module: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import \(module)"]
        p.standardError = FileHandle.nullDevice
        do { try p.run(); p.waitUntilExit(); return p.terminationStatus == 0 } catch { return false }
    }

    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("saraban-export-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
