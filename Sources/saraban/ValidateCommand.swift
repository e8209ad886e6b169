import ArgumentParser
import Export
import Foundation
import Pipeline
import SarabanCore
import Validation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check records: dates, weekdays, order numbers, required parts, members.",
        discussion: """
            FILE is a document (it is read and extracted first) or records written by
            `saraban convert` (.jsonl or .json), which are checked again. Issue codes are listed in
            docs/validation.md.

            Examples:
              saraban validate order.docx
              saraban validate out/records.jsonl --format json

            Exit status: 0 no error-severity issues; 1 some record has an error issue or an input
            could not be read.
            """)

    enum Format: String, ExpressibleByArgument { case text, json }

    @Argument(help: "Documents, or .jsonl/.json files of records.")
    var files: [String]

    @Option(help: "text (default) or json (one object a line: file, issues).")
    var format: Format = .text

    func run() throws {
        let validator = Validator()
        var failed = false
        for item in try Self.items(files) {
            switch item {
            case .error(let e):
                failed = true
                emit(file: e.path, issues: [], error: e.part.map { "\($0): \(e.reason)" } ?? e.reason)
            case .record(let r):
                let issues = validator.validate(r)
                if issues.contains(where: { $0.severity == .error }) { failed = true }
                emit(file: r.source.path, issues: issues, error: nil)
            }
        }
        if failed { throw ExitCode(1) }
    }

    private func emit(file: String, issues: [ValidationIssue], error: String?) {
        switch format {
        case .json:
            struct Line: Encodable { var file: String; var issues: [ValidationIssue]; var error: String? }
            if let data = try? JSONRecordWriter.encode(Line(file: file, issues: issues, error: error)) {
                print(String(decoding: data, as: UTF8.self))
            }
        case .text:
            if let error { print("\(file): error: unreadable: \(error)"); return }
            if issues.isEmpty { print("\(file): ok"); return }
            for i in issues { print("\(file): \(i.severity.rawValue): \(i.code)\(i.field.map { " [\($0)]" } ?? ""): \(i.message)") }
        }
    }

    /// Records from .jsonl/.json record files; documents through the pipeline.
    static func items(_ files: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> [OutputItem] {
        var out: [OutputItem] = []
        var documents: [String] = []
        for f in files {
            let ext = (f as NSString).pathExtension.lowercased()
            if ext == "jsonl" {
                do { try JSONLinesReader.forEach(path: f) { out.append($0) } } catch {
                    throw ValidationError("\(error)")
                }
            } else if ext == "json" {
                guard let data = FileManager.default.contents(atPath: f),
                      let any = try? JSONSerialization.jsonObject(with: data) else {
                    throw ValidationError("\(f): not readable as JSON")
                }
                let objects = (any as? [Any]) ?? ((any as? [String: Any])?["records"] as? [Any]) ?? [any]
                for (i, o) in objects.enumerated() {
                    guard let d = try? JSONSerialization.data(withJSONObject: o), let item = try? OutputItem.decode(d) else {
                        throw ValidationError("\(f): element \(i) is not a record")
                    }
                    out.append(item)
                }
            } else {
                documents.append(f)
            }
        }
        return out + (documents.isEmpty ? [] : Pipeline().processAll(InputCollector.collect(documents), jobs: jobs))
    }
}
