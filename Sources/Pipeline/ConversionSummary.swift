import Foundation

/// What a bulk run did, for the summary line and the exit status.
public struct ConversionSummary: Sendable, Equatable {
    /// Inputs in the run (including those skipped by `--resume`).
    public var inputs = 0
    /// Inputs processed in this run.
    public var processed = 0
    /// Inputs skipped because the output already had them (`--resume`).
    public var skipped = 0
    public var byKind: [String: Int] = [:]
    public var warnings = 0
    public var issues = 0
    /// Inputs that yielded an error record (in this run, plus those already in a resumed output).
    public var errors = 0
    public var seconds: Double = 0

    public var documentsPerSecond: Double { seconds > 0 ? Double(processed) / seconds : 0 }

    public var text: String {
        let kinds = byKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        var s = "\(inputs) documents"
        if skipped > 0 { s += " (\(skipped) already done, \(processed) processed)" }
        s += kinds.isEmpty ? "" : ": \(kinds)"
        s += "; \(warnings) warnings, \(issues) issues, \(errors) errors"
        s += String(format: "; %.2f s, %.1f documents/s", seconds, documentsPerSecond)
        return s
    }
}

/// Progress of a run as it goes, for the progress display.
public struct ConversionProgress: Sendable {
    public var done: Int
    public var total: Int
    public var errors: Int
    public var elapsed: Double
    public var finished: Bool
}
