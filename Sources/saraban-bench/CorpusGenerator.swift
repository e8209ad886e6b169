import Foundation

/// The kinds of input a benchmark corpus mixes, each drawn from its own fixture folders.
enum InputClass: String, CaseIterable, Sendable {
    case textUTF8 = "text utf-8"
    case textLegacy = "text tis-620/cp874"
    case ocrText = "ocr text"
    case hocr = "hocr"
    case docx = "docx"
    /// The head of a memo or letter (its first 12 lines: office, number, date, subject,
    /// addressee, first lines of the body): for the peak-RSS runs of 20,000 and more documents.
    case smallText = "small text"

    /// Where the fixtures of this class live (relative to `fixtures/`), and which files count.
    /// The corpus's expected answers and the districts' deliberate error files are never inputs.
    var sources: [(folder: String, accepts: (String) -> Bool)] {
        switch self {
        case .textUTF8:
            return [("corpus/text", { $0.hasSuffix(".txt") }),
                    ("districts", { $0.hasSuffix(".txt") && !$0.hasPrefix("e0") })]
        case .textLegacy: return [("corpus/legacy", { $0.hasSuffix(".txt") })]
        case .ocrText: return [("corpus/ocr", { $0.hasSuffix(".txt") })]
        case .hocr: return [("corpus/ocr", { $0.hasSuffix(".hocr") }), ("districts", { $0.hasSuffix(".hocr") })]
        case .docx: return [("corpus/docx", { $0.hasSuffix(".docx") }),
                            ("districts", { $0.hasSuffix(".docx") && !$0.hasPrefix("e0") })]
        case .smallText: return [("corpus/text", { ($0.hasPrefix("memo_") || $0.hasPrefix("letter_")) && $0.hasSuffix(".txt") })]
        }
    }

    /// A fixture's bytes as this class uses them.
    func prepare(_ bytes: [UInt8]) -> [UInt8] {
        guard self == .smallText else { return bytes }
        var lines = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            lines += 1
            if lines == 12 { return Array(bytes[...i]) }
        }
        return bytes
    }

    /// The mix of a default corpus, in twentieths: what an office archive of a few years holds
    /// (mostly typed text and Word files, some scans, a few legacy-encoded files).
    static let mix: [(InputClass, Int)] = [(.textUTF8, 7), (.textLegacy, 2), (.ocrText, 2), (.hocr, 2), (.docx, 7)]
}

/// One generated input: its file, class and size.
struct CorpusFile: Sendable {
    var path: String
    var inputClass: InputClass
    var bytes: Int
}

/// Builds a corpus of N documents from the fixtures by copying them under new names, in a fixed
/// deterministic order (document i takes class `mix[i % 20]` and that class's fixture
/// `(i / 20) % count`), so that two runs of the benchmark convert the same corpus.
struct CorpusGenerator {
    let fixtures: String
    private(set) var pool: [InputClass: [(name: String, bytes: [UInt8])]] = [:]

    init(fixtures: String) throws {
        self.fixtures = fixtures
        let fm = FileManager.default
        for c in InputClass.allCases {
            var files: [(String, [UInt8])] = []
            for (folder, accepts) in c.sources {
                let dir = fixtures + "/" + folder
                guard let names = try? fm.contentsOfDirectory(atPath: dir) else { continue }
                for name in names.sorted() where accepts(name) {
                    guard let data = fm.contents(atPath: dir + "/" + name), !data.isEmpty else { continue }
                    files.append((name, c.prepare([UInt8](data))))
                }
            }
            pool[c] = files
        }
        let missing = InputClass.allCases.filter { pool[$0]!.isEmpty }
        if !missing.isEmpty {
            throw BenchError("\(fixtures): no fixtures for \(missing.map(\.rawValue).joined(separator: ", ")) "
                             + "(expected fixtures/corpus/{text,legacy,ocr,docx} and fixtures/districts; use --fixtures DIR)")
        }
    }

    /// Writes `count` documents into `folder` (created), drawing classes from `mix`.
    func generate(count: Int, into folder: String, mix: [(InputClass, Int)] = InputClass.mix) throws -> [CorpusFile] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let pattern = mix.flatMap { Array(repeating: $0.0, count: $0.1) }
        var out: [CorpusFile] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            let c = pattern[i % pattern.count]
            let files = pool[c]!
            let (name, bytes) = files[(i / pattern.count) % files.count]
            let path = folder + "/" + String(format: "%06d_", i) + name
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                throw BenchError("\(path): cannot write the generated document")
            }
            out.append(CorpusFile(path: path, inputClass: c, bytes: bytes.count))
        }
        return out
    }

    /// The fixtures folder: `--fixtures`, else the repository's `fixtures/` (found from this
    /// source file, so the benchmark runs from any working directory).
    static func defaultFixtures(filePath: String = #filePath) -> String {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures").path
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}
