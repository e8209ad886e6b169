import Foundation
import Testing
import Export
import SarabanCore
import Validation
@testable import Pipeline

@Suite(.serialized) struct CheckCommandTests {
    static func member(_ seq: Int, _ position: String, _ role: MemberRole = .member) -> Member {
        Member(seq: seq, name: "นายคน ที่\(seq)", position: position, role: role)
    }

    /// An order of `district` with `count` committee members covering the nine categories unless left out.
    static func order(_ district: String, count: Int, date: String, leaveOut: String? = nil, meetings: [Meeting]? = nil) -> Record {
        var r = Record(source: SourceInfo(path: "orders/\(district).txt", format: .text, sha256: String(repeating: "b", count: 64), byteCount: 1),
                       kind: .order)
        r.agency = "สำนักงานเขต\(district)"
        r.orderNo = "1/2565"
        r.date = date
        r.subject = "แต่งตั้งคณะกรรมการสภาคนเมืองประจำเขต\(district)"
        r.signatory = Signatory(name: "นายผู้ สั่ง", position: "ผู้อำนวยการเขต\(district)")
        let positions = ["ผู้อำนวยการเขต\(district)", "ผู้แทนภาคประชาชน", "ผู้อำนวยการโรงเรียนวัด", "ผู้แทนบริษัท ก จำกัด",
                         "ประธานหมู่บ้านจัดสรร", "ผู้จัดการนิติบุคคลอาคารชุด", "ประธานชุมชน", "ปราชญ์ชาวบ้าน", "ผู้แทนมูลนิธิ"]
            .filter { leaveOut == nil || !$0.contains(leaveOut!) }
        r.members = [member(1, "ผู้ทรงคุณวุฒิ", .advisor)]
        for i in 0..<count {
            let role: MemberRole = i == 0 ? .chair : i == count - 1 ? .secretary : .member
            r.members.append(member(i + 1, i < positions.count ? positions[i] : "ผู้แทนชุมชนที่ \(i)", role))
        }
        r.meetings = meetings ?? [Meeting(start: "2023-01-10T09:30:00+07:00", text: "ประชุมครั้งแรก"),
                                  Meeting(text: "เดือนละครั้ง", recurrence: "FREQ=MONTHLY")]
        return r
    }

    static func writeRecords(_ records: [Record]) throws -> URL {
        let url = Saraban.temporaryDirectory("records").appendingPathComponent("records.jsonl")
        let lines = records.map { String(decoding: OutputItem.record($0).json(), as: UTF8.self) }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func policyFile() throws -> URL {
        let r = try Saraban.run(["check", "--circular", Saraban.seed.path, "--print-policy"])
        #expect(r.status == 0, "\(r.stderr)")
        // The placeholder extractor finds no deadline yet; the policy file is where a person adds it.
        let yaml = r.stdout.contains("deadline:") ? r.stdout : "deadline: '2022-12-29'\n" + r.stdout
        let url = Saraban.temporaryDirectory("policy").appendingPathComponent("policy.yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func printPolicyFromTheSeedCircular() throws {
        let r = try Saraban.run(["check", "--circular", Saraban.seed.path, "--print-policy"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("min_members: 30"))
        #expect(r.stdout.contains("meeting_frequency: FREQ=MONTHLY"))
        #expect(r.stdout.contains("name: อาคารชุด"))
        #expect(r.stdout.contains("send_to: สำนักงานปกครองและทะเบียน"))
    }

    @Test func jsonVerdictsPerOrder() throws {
        let records = try Self.writeRecords([
            Self.order("บางรัก", count: 32, date: "2022-12-20"),
            Self.order("สาทร", count: 20, date: "2023-01-05", leaveOut: "อาคารชุด", meetings: []),
        ])
        let r = try Saraban.run(["check", "--policy", try Self.policyFile().path, records.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(results.count == 2)
        let bangrak = try #require(results.first { $0["agency"] as? String == "สำนักงานเขตบางรัก" })
        #expect(bangrak["compliant"] as? Bool == true)
        let sathorn = try #require(results.first { $0["agency"] as? String == "สำนักงานเขตสาทร" })
        #expect(sathorn["compliant"] as? Bool == false)
        let checks = try #require(sathorn["checks"] as? [[String: Any]])
        func passed(_ code: String) -> Any? { checks.first { $0["code"] as? String == code }?["passed"] }
        #expect(passed("signed_by_deadline") as? Bool == false)
        #expect(passed("min_members") as? Bool == false)
        #expect(passed("categories") as? Bool == false)
        #expect(passed("first_meeting") as? Bool == false)
        #expect(passed("meeting_frequency") is NSNull)
        #expect(Set(checks.compactMap { $0["code"] as? String }) == Set(ComplianceCheck.Code.allCases.map(\.rawValue)))
    }

    @Test func tableAndReports() throws {
        let records = try Self.writeRecords([Self.order("บางรัก", count: 32, date: "2022-12-20"),
                                             Self.order("บางนา", count: 12, date: "2022-12-20")])
        let policy = try Self.policyFile().path
        let table = try Saraban.run(["check", "--policy", policy, records.path])
        #expect(table.status == 0)
        #expect(table.stdout.contains("บางรัก") && table.stdout.contains("✓ yes"))
        #expect(table.stdout.contains("บางนา") && table.stdout.contains("✗ no"))
        #expect(table.stdout.contains("No order from: พระนคร"))
        let dir = Saraban.temporaryDirectory("reports")
        for format in ["html", "csv", "sqlite", "json"] {
            let out = dir.appendingPathComponent("report.\(format)")
            let r = try Saraban.run(["check", "--policy", policy, records.path, "--format", format, "--out", out.path])
            #expect(r.status == 0, "\(format): \(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: out.path))
        }
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<table class=\"compliance\">") && html.contains("<svg"))
        let csv = try String(contentsOf: dir.appendingPathComponent("report.compliance.csv"), encoding: .utf8)
        #expect(csv.contains("signed_by_deadline") && csv.contains("บางนา"))
    }

    @Test func unreadableInputIsReportedNotFatal() throws {
        let dir = Saraban.temporaryDirectory("bad")
        FileManager.default.createFile(atPath: dir.appendingPathComponent("e02_empty.txt").path, contents: Data())
        let r = try Saraban.run(["check", "--policy", try Self.policyFile().path, dir.path, "--format", "json"])
        #expect(r.status == 1)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(results.count == 1 && results[0]["compliant"] as? Bool == false && (results[0]["error"] as? String)?.contains("empty") == true)
    }

    // MARK: the district fixtures (run once fixtures and the extractor are merged)

    static let fixtures = Saraban.packageRoot.appendingPathComponent("fixtures/districts")

    /// True once `fixtures/districts` exists and the extractor reads an order (not the placeholder).
    static var fixturesReady: Bool {
        guard FileManager.default.fileExists(atPath: fixtures.appendingPathComponent("expected.json").path),
              let names = try? FileManager.default.contentsOfDirectory(atPath: fixtures.path),
              let order = names.sorted().first(where: { $0.hasPrefix("d02") }) else { return false }
        return Pipeline().process(path: fixtures.appendingPathComponent(order).path).record?.kind == .order
    }

    @Test(.enabled(if: fixturesReady, "needs fixtures/districts and the extractor"))
    func districtFixturesMatchExpected() throws {
        let expected = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures.appendingPathComponent("expected.json"))) as? [String: Any])
        let r = try Saraban.run(["check", "--circular", Self.fixtures.appendingPathComponent("circular.txt").path, Self.fixtures.path, "--format", "json"])
        #expect(r.status == 1, "two inputs are unreadable on purpose")
        let results = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let byFile = Dictionary(results.compactMap { o in (o["file"] as? String).map { (($0 as NSString).lastPathComponent, o) } }, uniquingKeysWith: { a, _ in a })
        // Every order must get the right verdict; those that came through real tesseract OCR are
        // counted apart so that a regression there is named as such.
        var wrong: [String] = []
        var ocrWrong: [String] = []
        var ocrTotal = 0
        for d in try #require(expected["districts"] as? [[String: Any]]) {
            let file = d["file"] as! String
            let isOCR = d["ocr"] as? Bool ?? false
            if isOCR { ocrTotal += 1 }
            let before = wrong.count
            guard let got = byFile[file] else { wrong.append("\(file): no result"); continue }
            if got["district"] as? String != d["district"] as? String { wrong.append("\(file): district \(got["district"] ?? "nil")") }
            let want = d["checks"] as! [String: Any]
            let checks = got["checks"] as? [[String: Any]] ?? []
            for (code, value) in want {
                let have = checks.first { $0["code"] as? String == code }
                let same = (value is NSNull && have?["passed"] is NSNull) || (value as? Bool != nil && have?["passed"] as? Bool == value as? Bool)
                if !same { wrong.append("\(file): \(code) expected \(value), got \(have?["passed"] ?? "nil") — \(have?["detail"] ?? "")") }
            }
            if got["compliant"] as? Bool != d["compliant"] as? Bool { wrong.append("\(file): compliant") }
            if isOCR, wrong.count > before {
                ocrWrong.append(file)
                wrong.removeSubrange(before...)
            }
        }
        print("district verdicts through OCR: \(ocrTotal - ocrWrong.count) of \(ocrTotal) fully right; wrong: \(ocrWrong.joined(separator: ", "))")
        // Measured 2026-11-27: 2 of 10 OCR'd orders were fully right at first; after the OCR date,
        // member-list and skew work all 10 are, and are held there.
        #expect(ocrWrong.isEmpty, "OCR'd orders: \(ocrWrong.count) of \(ocrTotal) wrong: \(ocrWrong.joined(separator: ", "))")
        for e in expected["errors"] as? [String] ?? [] {
            let reported = byFile[e]?["error"] is String
            #expect(reported, "\(e) must be reported unreadable")
        }
        #expect(wrong.isEmpty, "\(wrong.count) differences:\n\(wrong.joined(separator: "\n"))")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: fixtures.path), "needs fixtures/districts"))
    func convertFixturesLosesNothing() throws {
        let out = Saraban.temporaryDirectory("fx").appendingPathComponent("records.jsonl")
        let r = try Saraban.run(["convert", Self.fixtures.path, "--out", out.path, "-q"])
        let inputs = InputCollector.collect([Self.fixtures.path])
        let items = try Saraban.lines(out).map { try OutputItem.decode(Data($0.utf8)) }
        #expect(items.map(\.path) == inputs)
        #expect(r.status == (items.contains { $0.record == nil } ? 1 : 0))
    }
}
