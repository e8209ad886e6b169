import ArgumentParser
import Export
import Foundation
import Pipeline
import SarabanCore
import Validation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check district orders against what a circular asks for.",
        discussion: """
            The policy (deadline, minimum members, meeting frequency, categories of members, first
            meeting) is read from the circular itself, or from a YAML/JSON file (--policy). Orders
            are checked; other inputs (meeting invitations) are evidence for their district.
            Advisors (ที่ปรึกษา) do not count as members.

            Examples:
              saraban check --circular circular.txt fixtures/districts
              saraban check --circular circular.txt fixtures/districts --format json
              saraban check --circular circular.txt fixtures/districts --format html --out report.html
              saraban check --circular circular.txt --print-policy > policy.yaml
              saraban check --policy policy.yaml fixtures/districts

            Exit status: 0 the report was made; 1 some input could not be read; 64 bad arguments.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv, sqlite, html, ics }

    @Option(help: "The circular whose requirements the orders must meet.")
    var circular: String?

    @Option(help: "A policy file (YAML or JSON) instead of, or overriding, the circular's.")
    var policy: String?

    @Flag(help: "Print the policy (YAML) and stop.")
    var printPolicy = false

    @Option(help: "table (default), json, jsonl, csv, sqlite, html, ics.")
    var format: Format = .table

    @Option(name: .shortAndLong, help: "Write the report here (required for csv, sqlite, html, ics).")
    var out: String?

    @Option(name: .shortAndLong, help: "Parallel workers.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Orders and invitations: files or folders, or records (.jsonl/.json) from `saraban convert`.")
    var orders: [String] = []

    func validate() throws {
        if circular == nil && policy == nil { throw ValidationError("give --circular FILE or --policy FILE") }
        if !printPolicy && orders.isEmpty { throw ValidationError("give the orders to check (files or folders)") }
        if [.csv, .sqlite, .html, .ics].contains(format) && out == nil { throw ValidationError("--format \(format.rawValue) needs --out FILE") }
    }

    func run() throws {
        let pipeline = Pipeline()
        let policy = try loadPolicy(pipeline)
        if printPolicy {
            print(try PolicyFile.yaml(policy), terminator: "")
            return
        }
        let circularPath = circular.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        // Documents are read and extracted; .jsonl/.json files are records `convert` already made.
        let items = try ValidateCommand.items(orders, jobs: jobs)
            .filter { URL(fileURLWithPath: $0.path).standardizedFileURL.path != circularPath }
        let results = Self.results(items, policy: policy)

        if let out {
            let writerFormat: OutputFormat = switch format {
            case .table, .json: .json
            case .jsonl: .jsonl
            case .csv: .csv
            case .sqlite: .sqlite
            case .html: .html
            case .ics: .ics
            }
            let writer = try writerFormat.makeWriter(path: out)
            if let html = writer as? HTMLReportWriter { html.title = "สภาคนเมืองประจำเขต — Compliance report" }
            for item in items { try writer.write(item) }
            try writer.write(compliance: results, policy: policy)
            try writer.finish()
            printError("saraban check: \(results.filter { $0.error == nil }.count) orders, \(results.filter { $0.compliant == true }.count) compliant, "
                       + "\(results.filter { $0.error != nil }.count) unreadable → \(out)")
        }
        switch format {
        case .table where out == nil: print(ComplianceTable.render(results, policy: policy))
        case .json where out == nil:
            print(String(decoding: try JSONRecordWriter.encode(results, pretty: true), as: UTF8.self))
        case .jsonl where out == nil:
            for r in results { print(String(decoding: try JSONRecordWriter.encode(r), as: UTF8.self)) }
        default: break
        }
        if items.contains(where: { $0.record == nil }) { throw ExitCode(1) }
    }

    /// Orders checked with the other inputs as evidence; an unreadable input is a result with its error.
    static func results(_ items: [OutputItem], policy: CompliancePolicy) -> [ComplianceResult] {
        let records = items.compactMap(\.record)
        var results = ComplianceChecker(policy: policy).check(records)
        for case .error(let e) in items {
            results.append(ComplianceResult(file: e.path, agency: nil, district: BangkokDistricts.district(in: e.path),
                                            checks: [], error: e.part.map { "\($0): \(e.reason)" } ?? e.reason))
        }
        return results
    }

    private func loadPolicy(_ pipeline: Pipeline) throws -> CompliancePolicy {
        var derived: CompliancePolicy?
        if let circular {
            switch Pipeline.load(circular) {
            case .failure(let e): throw ValidationError("\(circular): \(e.reason)")
            case .input(let input):
                do {
                    let (document, record) = try pipeline.processDocument(input)
                    derived = PolicyDeriver.derive(circular: record, text: Pipeline.plainText(document))
                } catch {
                    throw ValidationError("\(error)")
                }
            }
        }
        if let policy {
            do { return try PolicyFile.load(policy) } catch { throw ValidationError("\(error)") }
        }
        return derived!
    }
}
