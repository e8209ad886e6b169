import Foundation
import Validation

/// JSON Lines: one record (or error record) per line, written atomically at `finish()`. Given
/// compliance verdicts (`check`), the file holds the verdicts instead, one a line: a JSON Lines
/// file holds one kind of object.
public final class JSONLinesWriter: OutputWriter {
    private let file: AtomicFile
    private let records: AtomicFile
    private var compliance: [ComplianceResult]?
    public init(path: String) throws {
        file = try AtomicFile(path: path)
        records = try AtomicFile(path: path + ".records")
    }
    public func write(_ item: OutputItem) throws {
        try records.write(item.json())
        try records.write([0x0A])
    }
    public func write(compliance: [ComplianceResult], policy: CompliancePolicy?) throws { self.compliance = compliance }
    public func finish() throws {
        try records.commit()
        defer { try? FileManager.default.removeItem(atPath: records.path) }
        if let compliance {
            for r in compliance {
                try file.write(try JSONRecordWriter.encode(r))
                try file.write([0x0A])
            }
        } else {
            try StreamCopy.append(contentsOf: records.path, to: file)
        }
        try file.commit()
    }
}

/// One JSON document: `{"records": [...], "compliance": [...]}` when verdicts are given, else an
/// array of records, one record a line so that large outputs stay readable and diffable.
public final class JSONArrayWriter: OutputWriter {
    private let file: AtomicFile
    private var count = 0
    private var compliance: [ComplianceResult]?
    private var policy: CompliancePolicy?
    private let recordsFile: AtomicFile

    public init(path: String) throws {
        file = try AtomicFile(path: path)
        recordsFile = try AtomicFile(path: path + ".records")
    }

    public func write(_ item: OutputItem) throws {
        try recordsFile.write(count == 0 ? "\n" : ",\n")
        try recordsFile.write(item.json())
        count += 1
    }

    public func write(compliance: [ComplianceResult], policy: CompliancePolicy?) throws {
        self.compliance = compliance
        self.policy = policy
    }

    public func finish() throws {
        try recordsFile.commit()
        defer { try? FileManager.default.removeItem(atPath: recordsFile.path) }
        if let compliance {
            try file.write("{\"policy\":")
            try file.write(policy.map { try JSONRecordWriter.encode($0) } ?? Data("null".utf8))
            try file.write(",\"compliance\":[")
            for (i, r) in compliance.enumerated() {
                try file.write(i == 0 ? "\n" : ",\n")
                try file.write(try JSONRecordWriter.encode(r))
            }
            try file.write("\n],\"records\":[")
        } else {
            try file.write("[")
        }
        try StreamCopy.append(contentsOf: recordsFile.path, to: file)
        try file.write(count == 0 ? "]" : "\n]")
        try file.write(compliance == nil ? "\n" : "}\n")
        try file.commit()
    }
}

/// Copies a file into an AtomicFile in chunks (memory stays flat however large the file).
enum StreamCopy {
    static func append(contentsOf path: String, to file: AtomicFile) throws {
        guard let h = FileHandle(forReadingAtPath: path) else { throw ExportError("\(path): cannot read back") }
        defer { try? h.close() }
        while let chunk = try h.read(upToCount: 1 << 16), !chunk.isEmpty { try file.write(chunk) }
    }
}
