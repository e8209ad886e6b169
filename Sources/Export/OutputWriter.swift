import SarabanCore
import Validation

/// A writer takes the items of a run in input order and produces its output at `finish()`,
/// atomically (a temporary file renamed into place).
public protocol OutputWriter: AnyObject {
    func write(_ item: OutputItem) throws
    /// Compliance verdicts to include (the `check` command); writers without a place for them ignore them.
    func write(compliance: [ComplianceResult], policy: CompliancePolicy?) throws
    func finish() throws
}

extension OutputWriter {
    public func write(compliance: [ComplianceResult], policy: CompliancePolicy?) throws {}
}

/// The output formats of `convert` and `check`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case jsonl, json, csv, sqlite, ics, html

    /// The writer for this format writing to `path`. (`jsonl` output of `convert` is appended a
    /// record at a time by the pipeline itself; this writer is for the other commands.)
    public func makeWriter(path: String) throws -> any OutputWriter {
        switch self {
        case .jsonl: return try JSONLinesWriter(path: path)
        case .json: return try JSONArrayWriter(path: path)
        case .csv: return try CSVWriter(path: path)
        case .sqlite: return try SQLiteWriter(path: path)
        case .ics: return try ICSWriter(path: path)
        case .html: return try HTMLReportWriter(path: path)
        }
    }
}
