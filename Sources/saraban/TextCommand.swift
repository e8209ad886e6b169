import ArgumentParser
import Foundation
import Pipeline
import Readers
import SarabanCore

/// `saraban text FILE...`: the repaired plain text (or, with --json, the document model) of any
/// supported input. The format is detected from the content, not the file name.
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the repaired text of DOCX, ODT, XML, hOCR, ALTO or text files.",
        discussion: """
        List labels are shown as Word or LibreOffice render them, table cells are separated by tabs, \
        page breaks are form feeds. The format is detected from the content, not the file name.

        With several files, each file's text follows a `==> path <==` line. A file that cannot be \
        read is reported on stderr (file: part: reason); the others are still printed, and the exit \
        status is 1.

        Examples:
          saraban text order.docx
          saraban text --json scan.hocr > scan.json
        """
    )

    @Flag(name: .long, help: "Print the document model (blocks with provenance) as JSON.")
    var json = false

    @Argument(help: "Files to read.")
    var files: [String]

    func run() throws {
        var failed = false
        for (n, path) in files.enumerated() {
            if files.count > 1 { print((n > 0 ? "\n" : "") + "==> \(path) <==") }
            do {
                let document = try Self.read(path)
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    let data = try encoder.encode(document)
                    print(String(decoding: data, as: UTF8.self))
                } else {
                    print(PlainTextRenderer.render(document), terminator: "")
                }
            } catch let error as SarabanError {
                FileHandle.standardError.write(Data("saraban: \(error.description)\n".utf8))
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    static func read(_ path: String) throws(SarabanError) -> Document {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SarabanError(.unreadable, file: path, reason: "cannot open the file (missing or not readable)")
        }
        let bytes = [UInt8](data)
        return try ReaderRegistry.read(ReaderInput(path: path, bytes: bytes, sha256: ContentHash.sha256(bytes)))
    }
}
