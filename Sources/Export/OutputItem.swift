import Foundation
import SarabanCore

/// What one input yields: its record, or an error record saying why it could not be read.
/// Every input yields exactly one of these; writers take them in input order.
public enum OutputItem: Sendable, Equatable {
    case record(Record)
    case error(ErrorRecord)

    public var path: String {
        switch self {
        case .record(let r): return r.source.path
        case .error(let e): return e.path
        }
    }

    public var sha256: String? {
        switch self {
        case .record(let r): return r.source.sha256
        case .error(let e): return e.sha256
        }
    }

    public var record: Record? { if case .record(let r) = self { return r } else { return nil } }

    /// One JSON line of a `convert` output: a record, or an error record (`"schema": "saraban/error/1"`).
    public static func decode(_ line: Data) throws -> OutputItem {
        struct Probe: Decodable { var schema: String? }
        let schema = try JSONDecoder().decode(Probe.self, from: line).schema
        if schema == ErrorRecord.schema { return .error(try JSONDecoder().decode(ErrorRecord.self, from: line)) }
        return .record(try JSONDecoder().decode(Record.self, from: line))
    }

    /// Compact JSON, exactly what `JSONRecordWriter.encode` (Codable) writes, produced by the fast writer.
    public func json() -> [UInt8] {
        var w = FastJSONWriter()
        switch self {
        case .record(let r): w.write(r)
        case .error(let e): w.write(e)
        }
        return w.bytes
    }
}
