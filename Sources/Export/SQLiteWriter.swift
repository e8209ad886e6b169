import Foundation
import GRDB
import SarabanCore
import Validation

/// SQLite through GRDB: `documents` and its children `members`, `meetings`, `deadlines`, `issues`
/// (foreign keys to `documents.id`, indexed), plus `compliance` and `compliance_checks` from `check`.
/// Built in a temporary file inside one transaction, renamed into place at `finish()`.
public final class SQLiteWriter: OutputWriter {
    public static let schema = """
        PRAGMA foreign_keys = ON;
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY, path TEXT NOT NULL, sha256 TEXT, format TEXT, encoding TEXT,
            status TEXT NOT NULL CHECK (status IN ('ok', 'error')), error TEXT,
            kind TEXT, district TEXT, agency TEXT, reference_no TEXT, order_no TEXT, date TEXT, date_text TEXT,
            subject TEXT, addressee TEXT, signatory TEXT, signatory_position TEXT, urgency TEXT, secrecy TEXT,
            json TEXT NOT NULL);
        CREATE INDEX documents_kind ON documents(kind);
        CREATE INDEX documents_district ON documents(district);
        CREATE INDEX documents_sha256 ON documents(sha256);
        CREATE TABLE members (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER, name TEXT, title TEXT, given_name TEXT, family_name TEXT, position TEXT, role TEXT, "group" TEXT);
        CREATE INDEX members_document ON members(document_id);
        CREATE INDEX members_role ON members(role);
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start TEXT, "end" TEXT, place TEXT, text TEXT NOT NULL, recurrence TEXT);
        CREATE INDEX meetings_document ON meetings(document_id);
        CREATE TABLE deadlines (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            date TEXT, text TEXT NOT NULL, action TEXT);
        CREATE INDEX deadlines_document ON deadlines(document_id);
        CREATE INDEX deadlines_date ON deadlines(date);
        CREATE TABLE issues (
            id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            severity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, field TEXT);
        CREATE INDEX issues_document ON issues(document_id);
        CREATE INDEX issues_code ON issues(code);
        CREATE TABLE compliance (
            id INTEGER PRIMARY KEY, document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            file TEXT NOT NULL, district TEXT, agency TEXT, date TEXT, compliant INTEGER, error TEXT);
        CREATE INDEX compliance_document ON compliance(document_id);
        CREATE INDEX compliance_district ON compliance(district);
        CREATE TABLE compliance_checks (
            id INTEGER PRIMARY KEY, compliance_id INTEGER NOT NULL REFERENCES compliance(id) ON DELETE CASCADE,
            code TEXT NOT NULL, passed INTEGER, detail TEXT NOT NULL);
        CREATE INDEX compliance_checks_compliance ON compliance_checks(compliance_id);
        """

    public let path: String
    private let temporaryPath: String
    private let db: DatabaseQueue
    /// Items waiting to be inserted: written in transactions of `batchSize` (GRDB allows no
    /// transaction left open between accesses, and one per record would be slow).
    private var batch: [OutputItem] = []
    private let batchSize = 500

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        try? FileManager.default.removeItem(atPath: temporaryPath)
        do {
            db = try DatabaseQueue(path: temporaryPath)
            try db.inDatabase { db in
                try db.execute(sql: Self.schema)
            }
        } catch {
            throw ExportError("\(path): cannot create the SQLite database: \(error)")
        }
    }

    public func write(_ item: OutputItem) throws {
        batch.append(item)
        if batch.count >= batchSize { try flush() }
    }

    private func flush() throws {
        guard !batch.isEmpty else { return }
        let items = batch
        batch.removeAll(keepingCapacity: true)
        try db.inTransaction { db in
            for item in items { try Self.insert(item, db) }
            return .commit
        }
    }

    private static func insert(_ item: OutputItem, _ db: Database) throws {
        let json = String(decoding: item.json(), as: UTF8.self)
        do {
            switch item {
            case .error(let e):
                try db.execute(sql: "INSERT INTO documents (path, sha256, status, error, json) VALUES (?, ?, 'error', ?, ?)",
                               arguments: [e.path, e.sha256, e.part.map { "\($0): \(e.reason)" } ?? e.reason, json])
            case .record(let r):
                try db.cachedStatement(sql: """
                    INSERT INTO documents (path, sha256, format, encoding, status, kind, district, agency, reference_no, order_no,
                    date, date_text, subject, addressee, signatory, signatory_position, urgency, secrecy, json)
                    VALUES (?, ?, ?, ?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """).execute(arguments: [
                        r.source.path, r.source.sha256, r.source.format.rawValue, r.source.encoding, r.kind.rawValue,
                        ComplianceChecker.district(of: r), r.agency, r.referenceNo, r.orderNo, r.date, r.dateText, r.subject,
                        r.addressee, r.signatory?.name, r.signatory?.position, r.urgency?.rawValue, r.secrecy?.rawValue, json,
                    ])
                let id = db.lastInsertedRowID
                for m in r.members {
                    try db.cachedStatement(sql: """
                        INSERT INTO members (document_id, seq, name, title, given_name, family_name, position, role, "group")
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """).execute(arguments: [id, m.seq, m.name, m.title, m.givenName, m.familyName, m.position, m.role?.rawValue, m.group])
                }
                for m in r.meetings {
                    try db.cachedStatement(sql: #"INSERT INTO meetings (document_id, start, "end", place, text, recurrence) VALUES (?, ?, ?, ?, ?, ?)"#)
                        .execute(arguments: [id, m.start, m.end, m.place, m.text, m.recurrence])
                }
                for d in r.deadlines {
                    try db.cachedStatement(sql: "INSERT INTO deadlines (document_id, date, text, action) VALUES (?, ?, ?, ?)")
                        .execute(arguments: [id, d.date, d.text, d.action])
                }
                for i in r.issues {
                    try db.cachedStatement(sql: "INSERT INTO issues (document_id, severity, code, message, field) VALUES (?, ?, ?, ?, ?)")
                        .execute(arguments: [id, i.severity.rawValue, i.code, i.message, i.field])
                }
            }
        }
    }

    public func write(compliance: [ComplianceResult], policy: CompliancePolicy?) throws {
        try flush()
        try db.inTransaction { db in
            for r in compliance {
                let docID = try Int64.fetchOne(db, sql: "SELECT id FROM documents WHERE path = ? ORDER BY id LIMIT 1", arguments: [r.file])
                try db.execute(sql: "INSERT INTO compliance (document_id, file, district, agency, date, compliant, error) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [docID, r.file, r.district, r.agency, r.date, r.compliant, r.error])
                let cid = db.lastInsertedRowID
                for c in r.checks {
                    try db.execute(sql: "INSERT INTO compliance_checks (compliance_id, code, passed, detail) VALUES (?, ?, ?, ?)",
                                   arguments: [cid, c.code, c.passed, c.detail])
                }
            }
            return .commit
        }
    }

    public func finish() throws {
        try flush()
        try db.close()
        try AtomicFile.rename(temporaryPath, to: path)
    }
}
