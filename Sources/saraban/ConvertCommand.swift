import ArgumentParser
import Export
import Foundation
import Pipeline

extension OutputFormat: ExpressibleByArgument {}

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert every supported file under PATHs into records, in parallel, in sorted input order.",
        discussion: """
            Every input yields exactly one output: its record, or an error record
            ({"schema": "saraban/error/1", "path", "reason"}). Output is written atomically, or for
            jsonl appended a whole record at a time; after an interruption, run the same command
            with --resume to skip the inputs already done (by path and content hash).

            Formats: jsonl (default), json, csv (OUT, OUT.members.csv), sqlite, ics, html.

            Examples:
              saraban convert fixtures/districts --out out/records.jsonl
              saraban convert in/ --out report.html --format html --jobs 2
              saraban convert in/ --out out/records.jsonl --resume

            Exit status: 0 all inputs converted; 1 some inputs yielded error records; 2 the output
            could not be written; 64 bad arguments (no inputs, --jobs 0).
            """)

    @Argument(help: "Files or folders to convert (folders are walked).")
    var paths: [String]

    @Option(name: .shortAndLong, help: "The output file.")
    var out: String

    @Option(help: "Output format; by default from OUT's extension, else jsonl.")
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: "Parallel workers (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Continue an interrupted run: skip inputs already in the output.")
    var resume = false

    @Flag(name: .shortAndLong, help: "No progress display or summary.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    static func inferFormat(_ out: String) -> OutputFormat {
        switch (out as NSString).pathExtension.lowercased() {
        case "json": return .json
        case "csv": return .csv
        case "sqlite", "sqlite3", "db": return .sqlite
        case "ics": return .ics
        case "html", "htm": return .html
        default: return .jsonl
        }
    }

    func run() throws {
        // The output (an .html report, say) may sit inside a folder being converted: never read it back.
        let outputs = Set([out, out + ".journal.jsonl"].map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        let inputs = InputCollector.collect(paths).filter { !outputs.contains(URL(fileURLWithPath: $0).standardizedFileURL.path) }
        guard !inputs.isEmpty else {
            throw ValidationError("no supported input files under \(paths.joined(separator: ", ")) (extensions: "
                                  + InputCollector.supportedExtensions.sorted().joined(separator: ", ") + ")")
        }
        let dir = (out as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        let converter = BulkConverter(options: .init(inputs: inputs, output: out, format: format ?? Self.inferFormat(out),
                                                     jobs: jobs, resume: resume))
        let display = ProgressDisplay(quiet: quiet)
        let summary: ConversionSummary
        do {
            summary = try converter.run(progress: display.update)
        } catch {
            printError("saraban convert: \(error)")
            throw ExitCode(2)
        }
        if !quiet { printError("saraban convert: " + summary.text + " → \(out)") }
        if summary.errors > 0 { throw ExitCode(1) }
    }
}
