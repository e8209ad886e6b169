import Foundation
import Pipeline

/// Progress of a long run on stderr: on a terminal a bar with count, rate and time left, redrawn
/// in place; otherwise (a log, a pipe) a plain line now and then.
final class ProgressDisplay {
    let isTerminal = isatty(STDERR_FILENO) == 1
    let quiet: Bool
    private var lastDraw = -1.0
    private let plainInterval = 5.0

    init(quiet: Bool) { self.quiet = quiet }

    func update(_ p: ConversionProgress) {
        guard !quiet, p.total > 0 else { return }
        if isTerminal {
            guard p.finished || p.elapsed - lastDraw >= 0.1 else { return }
            lastDraw = p.elapsed
            let width = 30
            let filled = width * p.done / p.total
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            var line = "\r\(bar) \(p.done)/\(p.total)  \(Self.rate(p))"
            if !p.finished { line += "  \(Self.left(p)) left" }
            if p.errors > 0 { line += "  \(p.errors) errors" }
            FileHandle.standardError.write(Data((line + "\u{1B}[K" + (p.finished ? "\n" : "")).utf8))
        } else {
            guard !p.finished, p.elapsed - lastDraw >= plainInterval else { return }
            lastDraw = p.elapsed
            let pct = 100 * p.done / p.total
            FileHandle.standardError.write(Data("saraban: \(p.done)/\(p.total) (\(pct)%), \(Self.rate(p)), about \(Self.left(p)) left\n".utf8))
        }
    }

    static func rate(_ p: ConversionProgress) -> String {
        String(format: "%.1f docs/s", p.elapsed > 0 ? Double(p.done) / p.elapsed : 0)
    }

    static func left(_ p: ConversionProgress) -> String {
        guard p.done > 0, p.elapsed > 0 else { return "?" }
        let s = Int((Double(p.total - p.done) * p.elapsed / Double(p.done)).rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}

/// Standard error, for messages that are not the command's output.
func printError(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}
