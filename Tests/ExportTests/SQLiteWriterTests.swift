import Foundation
import Testing
import GRDB
import SarabanCore
import Validation
@testable import Export

@Suite struct SQLiteWriterTests {
    func database(_ items: [OutputItem], compliance: [ComplianceResult] = []) throws -> DatabaseQueue {
        let path = Samples.temporaryDirectory().appendingPathComponent("out.sqlite").path
        let w = try SQLiteWriter(path: path)
        for i in items { try w.write(i) }
        try w.write(compliance: compliance, policy: nil)
        try w.finish()
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
        var config = Configuration()
        config.readonly = true
        return try DatabaseQueue(path: path, configuration: config)
    }

    @Test func tablesHoldTheRecords() throws {
        let db = try database(Samples.items)
        try db.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") == 3)
            #expect(try String.fetchOne(db, sql: "SELECT status FROM documents WHERE path = ?", arguments: ["in/corrupt.docx"]) == "error")
            let full = Samples.full()
            let row = try #require(try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE kind = 'order'"))
            #expect(row["subject"] as String? == full.subject)
            #expect(row["district"] as String? == "บางรัก")
            let decoded = try JSONDecoder().decode(Record.self, from: Data((row["json"] as String).utf8))
            #expect(decoded == full)
            let names = try String?.fetchAll(db, sql: "SELECT name FROM members WHERE document_id = ? ORDER BY seq", arguments: [row["id"] as Int64])
            #expect(names == full.members.map(\.name))
            #expect(try String.fetchOne(db, sql: "SELECT role FROM members WHERE role = 'chair'") == "chair")
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM meetings") == 2)
            #expect(try String.fetchOne(db, sql: "SELECT recurrence FROM meetings WHERE recurrence IS NOT NULL") == "FREQ=MONTHLY")
            #expect(try String.fetchOne(db, sql: "SELECT date FROM deadlines") == "2022-12-29")
            #expect(try String.fetchOne(db, sql: "SELECT code FROM issues") == "member_seq_gap")
        }
    }

    @Test func foreignKeysAndIndexes() throws {
        let db = try database(Samples.items)
        try db.read { db in
            for child in ["members", "meetings", "deadlines", "issues"] {
                let fks = try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(child))")
                #expect(fks.contains { $0["table"] as String == "documents" && $0["from"] as String == "document_id" }, "\(child)")
                let indexes = try Row.fetchAll(db, sql: "PRAGMA index_list(\(child))").map { $0["name"] as String }
                #expect(indexes.contains("\(child)_document"), "\(child): \(indexes)")
            }
            #expect(try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").isEmpty)
            let orphans = try Int.fetchOne(db, sql: "SELECT count(*) FROM members WHERE document_id NOT IN (SELECT id FROM documents)")
            #expect(orphans == 0)
        }
    }

    @Test func complianceTables() throws {
        let result = ComplianceResult(file: Samples.full().source.path, agency: "สำนักงานเขตบางรัก", district: "บางรัก", date: "2022-12-20",
                                      checks: [ComplianceCheck(.signedByDeadline, passed: true, detail: "ok"),
                                               ComplianceCheck(.minMembers, passed: nil, detail: "unknown")])
        let db = try database(Samples.items, compliance: [result])
        try db.read { db in
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT c.district, d.kind, c.compliant FROM compliance c JOIN documents d ON d.id = c.document_id
                """))
            #expect(row[0] as String == "บางรัก")
            #expect(row[1] as String == "order")
            #expect(row[2] as Int? == 0, "not every check passed")
            #expect(try Int?.fetchAll(db, sql: "SELECT passed FROM compliance_checks ORDER BY id") == [1, nil])
        }
    }
}
