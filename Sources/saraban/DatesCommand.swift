import ArgumentParser
import Foundation
import ThaiDates
import ThaiText

/// `saraban dates FILE|-`: every date and date-time in a text, one JSON object per line.
struct DatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "List the dates, date-times and date ranges in a Thai text as JSON Lines.",
        discussion: """
        Reads FILE (or standard input for -) in any Thai encoding (UTF-8, UTF-16 with BOM, \
        TIS-620, Windows-874), repairs the text, and prints one JSON object per date found:
          {"iso":"2022-12-06","kind":"date","line":13,"span":[141,155],"text":"๖ ธันวาคม ๒๕๖๕","warnings":[]}
        Ranges add "start" and "end". Spans are Unicode-scalar offsets in the decoded file, \
        lines are 1-based. Invalid dates (๓๑ เมษายน ๒๕๖๖) go to standard error with the reason.

        Example: saraban dates circular.txt
        Exit status: 0 when the input was read (even with invalid dates), 1 when it could not be.
        """
    )

    @Argument(help: "A text file, or - for standard input.")
    var file: String

    @Flag(name: .long, help: "Also print times that have no date.")
    var times = false

    func run() throws {
        let bytes: [UInt8]
        do {
            if file == "-" {
                bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
            } else {
                bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            }
        } catch {
            fail("\(file): cannot read the file (\(error.localizedDescription))")
        }
        let decoded: DecodedText
        do {
            decoded = try ThaiTextDecoder.decode(bytes)
        } catch {
            fail("\(file): cannot decode the text: \(error.description)")
        }
        for line in DateListing.lines(for: decoded.text, source: file, includeTimes: times) {
            switch line {
            case .record(let json): print(json)
            case .invalid(let message): FileHandle.standardError.write(Data((message + "\n").utf8))
            }
        }
    }
}

/// A clear message naming the file on standard error, then exit status 1 (no usage text: the
/// arguments were right, the input was not).
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("saraban dates: " + message + "\n").utf8))
    Foundation.exit(1)
}

/// The listing itself, apart from file handling so tests can call it.
enum DateListing {
    enum Line { case record(String), invalid(String) }

    struct Record: Encodable {
        var text: String
        var kind: String
        var iso: String
        var start: String?
        var end: String?
        var line: Int
        var span: [Int]
        var warnings: [Warning]
        struct Warning: Encodable { var code: String; var message: String }
    }

    /// White-space folds change no character of a date; they are not reported.
    static let layoutRepairs: Set<String> = ["whitespace", "trailing_space", "line_ending", "nbsp"]

    static func lines(for original: String, source: String, includeTimes: Bool) -> [Line] {
        let normalized = ThaiNormalizer.normalize(original)
        let lineStarts = LineIndex(original)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out: [Line] = []
        for m in ThaiDateScanner.scan(normalized.text) {
            guard m.hasDate || includeTimes else { continue }
            let span = normalized.originalRange(of: m.range)
            let line = lineStarts.line(ofScalar: span.lowerBound)
            guard let iso = m.iso, m.problem == nil else {
                out.append(.invalid("\(source):\(line): invalid date ‘\(m.text)’: \(m.problem ?? "not valid")"))
                continue
            }
            let kind: String
            switch m.kind {
            case .date: kind = "date"
            case .time: kind = "time"
            case .dateTime: kind = "date_time"
            case .range: kind = "range"
            }
            var warnings = m.warnings.map { Record.Warning(code: $0.code, message: $0.message) }
            // Characters the normaliser repaired inside the date are part of its story too.
            for r in normalized.repairs where span.contains(r.originalOffset) && !layoutRepairs.contains(r.code) {
                warnings.append(.init(code: "text_" + r.code, message: "‘\(r.original)’ repaired to ‘\(r.replacement)’ at offset \(r.originalOffset)"))
            }
            var record = Record(text: m.text, kind: kind, iso: iso, line: line, span: [span.lowerBound, span.upperBound],
                                warnings: warnings)
            if m.kind == .range {
                record.start = m.start?.iso ?? m.startTime?.iso
                record.end = m.end?.iso ?? m.endTime?.iso
            }
            if let data = try? encoder.encode(record) { out.append(.record(String(decoding: data, as: UTF8.self))) }
        }
        return out
    }
}

/// 1-based line numbers of scalar offsets in the original text ("\r\n" is one break).
struct LineIndex {
    var breaks: [Int] = [] // scalar offsets just after each line break

    init(_ text: String) {
        var previousCR = false
        for (i, s) in text.unicodeScalars.enumerated() {
            switch s.value {
            case 0x0A:
                if previousCR { breaks[breaks.count - 1] = i + 1 } else { breaks.append(i + 1) }
            case 0x0D, 0x85, 0x2028, 0x2029: breaks.append(i + 1)
            default: break
            }
            previousCR = s.value == 0x0D
        }
    }

    func line(ofScalar offset: Int) -> Int {
        var lo = 0, hi = breaks.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if breaks[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo + 1
    }
}
