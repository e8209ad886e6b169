import ArgumentParser
import Foundation
import SarabanCore
import Pipeline
import Export

/// `saraban parse FILE...`: the record of each file (record-contract.md).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Extract the record of each document: one JSON object for one file, JSON Lines for several.",
        discussion: """
        Reads text in any Thai encoding, DOCX, ODT, XML, hOCR or ALTO, recognises the kind of document \
        (memo, letter, order, announcement, minutes) and prints its record with every repair listed in \
        `warnings`.

        Examples:
          saraban parse ../shared/seeds/000_4bfcf933634aae01.txt --pretty
          saraban parse fixtures/districts/*.txt > records.jsonl

        Exit status: 0 when every file was read; 1 when any could not be (its error record is printed \
        in its place and the reason on stderr).
        """
    )

    @Argument(help: "Files to parse.")
    var files: [String]

    @Flag(help: "Indent the JSON for people.")
    var pretty = false

    func run() throws {
        let pipeline = Pipeline()
        var failed = false
        for path in files {
            let item = pipeline.process(path: path)
            let data: Data
            switch item {
            case .record(let record):
                data = try JSONRecordWriter.encode(record, pretty: pretty)
            case .error(let error):
                failed = true
                FileHandle.standardError.write(Data("saraban: \(error.path)\(error.part.map { ": " + $0 } ?? ""): \(error.reason)\n".utf8))
                data = try JSONRecordWriter.encode(error, pretty: pretty)
            }
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
        if failed { throw ExitCode(1) }
    }
}
