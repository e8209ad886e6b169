import Foundation
import Testing
import SarabanCore
import Readers
@testable import Extraction

/// The extraction corpus (fixtures/corpus): every document in clean text, legacy encodings,
/// DOCX and real tesseract output, scored against its expected record. Prints field accuracy,
/// member precision/recall/F1 and the silent-error rate per input type, and fails below the bars.
/// The held-out set (fixtures/holdout) is scored the same way as a second report ("held-out"),
/// with low bars; it is skipped when that folder is missing. The development set (fixtures/dev)
/// is a third report ("dev"), also with low bars: unlike the held-out set it may be read and tuned
/// on (its misses go to SARABAN_DEV_MISSES); it is skipped when fixtures/dev is missing.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.fixtures.appendingPathComponent("corpus/manifest.json").path)))
struct CorpusScoringTests {
    static let corpus = TestPaths.fixtures.appendingPathComponent("corpus")

    /// The held-out set (fixtures/holdout): made by the same generator from other documents
    /// (fixtures/tools/holdout_specs.py). For reporting only: no extraction rule may be written
    /// or tuned by looking at it or at its misses (fixtures/README.md).
    static let holdout = TestPaths.fixtures.appendingPathComponent("holdout")

    /// The development set (fixtures/dev): sixteen more documents from the same generator
    /// (fixtures/tools/dev_specs.py) with content neither the corpus nor the held-out set has.
    /// Unlike the held-out set it is for tuning: its documents and misses may be read to find
    /// general failure modes (fixtures/README.md).
    static let dev = TestPaths.fixtures.appendingPathComponent("dev")

    /// Input types and the files of each (relative to a set's folder: corpus, holdout or dev).
    static func inputs(in root: URL = corpus) throws -> [(type: String, id: String, path: URL)] {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("manifest.json"))) as! [String: Any]
        var out: [(String, String, URL)] = []
        for doc in manifest["documents"] as! [[String: Any]] {
            let id = doc["id"] as! String
            out.append(("clean", id, root.appendingPathComponent("text/\(id).txt")))
            out.append(("docx", id, root.appendingPathComponent("docx/\(id).docx")))
            for ext in ["tis620.txt", "cp874.txt"] {
                let p = root.appendingPathComponent("legacy/\(id).\(ext)")
                if FileManager.default.fileExists(atPath: p.path) { out.append(("legacy", id, p)) }
            }
            for (type, ext) in [("ocr_text", "txt"), ("hocr", "hocr"), ("alto", "alto.xml")] {
                let p = root.appendingPathComponent("ocr/\(id).\(ext)")
                if FileManager.default.fileExists(atPath: p.path) { out.append((type, id, p)) }
            }
            // The second, independent render (fixtures/tools/render_ocr300.sh: 300 dpi, light profile).
            for (type, ext) in [("ocr300_text", "txt"), ("ocr300_hocr", "hocr")] {
                let p = root.appendingPathComponent("ocr300/\(id).\(ext)")
                if FileManager.default.fileExists(atPath: p.path) { out.append((type, id, p)) }
            }
        }
        return out.filter { FileManager.default.fileExists(atPath: $0.2.path) }
    }

    /// Every input of a set scored against its expected records, per input type.
    static func score(_ root: URL) throws -> [String: CorpusScore] {
        var scores: [String: CorpusScore] = [:]
        for (type, id, path) in try inputs(in: root) {
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("expected/\(id).json"))) as! [String: Any]
            let record = try extractRecord(at: path)
            scores[type, default: CorpusScore()].add(expected: expected, got: record, id: id)
        }
        return scores
    }

    static func table(_ scores: [String: CorpusScore]) -> String {
        // The type column is 12 wide so that ocr300_text and ocr300_hocr fit.
        var report = "type         docs  fields  accuracy  member P    R     F1   wrong-silent  actions  roles  positions\n"
        for type in ["clean", "legacy", "docx", "ocr_text", "hocr", "alto", "ocr300_text", "ocr300_hocr"] {
            guard let s = scores[type] else { continue }
            report += "\(type.padding(toLength: 12, withPad: " ", startingAt: 0)) \(String(format: "%4d  %6d    %5.1f%%   %5.2f %5.2f %5.2f    %5.1f%%", s.documents, s.fields, s.accuracy * 100, s.precision, s.recall, s.f1, s.silentRate * 100))  \(s.actionsRight)/\(s.actionsExpected)  \(s.memberRoleRight)/\(s.memberTP)  \(s.memberPositionRight)/\(s.memberTP)\n"
        }
        return report
    }

    static func expectBars(_ scores: [String: CorpusScore], _ bars: [String: (accuracy: Double, f1: Double, silent: Double)], set: String) {
        for (type, s) in scores {
            guard let bar = bars[type] else { continue }
            #expect(s.accuracy >= bar.accuracy, "\(set) \(type): field accuracy \(s.accuracy) below \(bar.accuracy)")
            #expect(s.f1 >= bar.f1, "\(set) \(type): member F1 \(s.f1) below \(bar.f1)")
            #expect(s.silentRate <= bar.silent, "\(set) \(type): \(s.silentRate) of values wrong without a warning, above \(bar.silent)")
        }
    }

    /// Bars set from what was measured (see the closing note and docs/extraction.md): the clean
    /// inputs must stay near perfect; OCR is measured against the issue's held-out targets.
    static let bars: [String: (accuracy: Double, f1: Double, silent: Double)] = [
        "clean": (0.97, 0.97, 0.01), "legacy": (0.97, 0.97, 0.01), "docx": (0.97, 0.97, 0.01),
        // Real tesseract output of degraded renders, text / hOCR / ALTO (2026-11-27): first measured
        // 53.5% / 45.4% / 45.4% field accuracy, member F1 0.77 / 0.68 / 0.68, 5.5% / 7.7% / 7.7% wrong
        // without a warning; after the OCR date, member-list, skew, label and honesty work 65.8% /
        // 61.4% / 61.4%, F1 0.83 / 0.87 / 0.87, 1.1% / 1.5% / 1.5%; after the table, dictionary, digit
        // and contact work of the third session 75.0% / 73.5% / 73.5%, F1 0.98 / 0.97 / 0.97, 0.0%;
        // after the fourth (word counts, hOCR spacing, heads, members) 75.7% / 75.0% / 75.0%, F1
        // 0.99 / 0.98 / 0.98, 0.0%. The silent bar is the issue's 5%.
        "ocr_text": (0.74, 0.97, 0.05), "hocr": (0.73, 0.96, 0.05), "alto": (0.73, 0.96, 0.05),
        // The second render (ocr300/: 300 dpi, light scanner profile, txt and hOCR): first scored
        // 71.5% / 67.4%, F1 0.95 / 0.93; the fourth session tuned on it (its misses showed rules
        // fitted to the first render's noise) to 73.0% / 71.1%, F1 0.98 / 0.97, 0.7% silent.
        "ocr300_text": (0.71, 0.96, 0.05), "ocr300_hocr": (0.69, 0.95, 0.05),
    ]

    @Test func scoresEveryInputType() throws {
        let scores = try Self.score(Self.corpus)
        print(Self.table(scores))
        if let path = ProcessInfo.processInfo.environment["SARABAN_SCORE_MISSES"] {
            let misses = scores.sorted { $0.key < $1.key }.flatMap { k, v in v.misses.map { "[\(k)] " + $0 } }
            try misses.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        Self.expectBars(scores, Self.bars, set: "corpus")
        // The reported columns, held just under the sixth session's figures so that a regression
        // fails: deadline actions on clean text 13/13, matched members' roles on OCR'd pages
        // 118/128 (text) and 126/127 (hOCR/ALTO), 100/126 and 97/125 on the second render.
        let columnBars: [String: (actions: Double, roles: Double)] = [
            "clean": (0.9, 0.97), "docx": (0.9, 0.97), "ocr_text": (0.8, 0.88), "hocr": (0.8, 0.95), "alto": (0.8, 0.95),
            "ocr300_text": (0.8, 0.75), "ocr300_hocr": (0.8, 0.73),
        ]
        for (type, bar) in columnBars {
            guard let s = scores[type] else { continue }
            let actions = s.actionsExpected == 0 ? 1 : Double(s.actionsRight) / Double(s.actionsExpected)
            let roles = s.memberTP == 0 ? 1 : Double(s.memberRoleRight) / Double(s.memberTP)
            #expect(actions >= bar.actions, "corpus \(type): deadline actions \(actions) below \(bar.actions)")
            #expect(roles >= bar.roles, "corpus \(type): members' roles \(roles) below \(bar.roles)")
        }
    }

    /// Bars for the held-out set, set LOW before it was ever scored and not from its results:
    /// they catch a collapse (a reader or a whole field family breaking on unseen documents),
    /// not a regression of a point or two, and must not be raised to follow tuning.
    static let holdoutBars: [String: (accuracy: Double, f1: Double, silent: Double)] = [
        "clean": (0.90, 0.85, 0.05), "legacy": (0.90, 0.85, 0.05), "docx": (0.90, 0.85, 0.05),
        "ocr_text": (0.40, 0.40, 0.20), "hocr": (0.40, 0.40, 0.20), "alto": (0.40, 0.40, 0.20),
        // The second render (ocr300/): catch-a-collapse bars like the OCR ones above, not tuned.
        "ocr300_text": (0.40, 0.40, 0.20), "ocr300_hocr": (0.40, 0.40, 0.20),
    ]

    /// The held-out report: the same table under the heading "held-out". Its misses are written only
    /// when SARABAN_HOLDOUT_MISSES names a file (lines `[holdout:<type>] …`), never into the
    /// SARABAN_SCORE_MISSES file that the corpus work reads, so they do not end up in tuning by accident.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.fixtures.appendingPathComponent("holdout/manifest.json").path)))
    func scoresHeldOutSet() throws {
        try Self.report(Self.holdout, heading: "held-out (fixtures/holdout: for reporting only, never for tuning)",
                        tag: "holdout", missesVariable: "SARABAN_HOLDOUT_MISSES", bars: Self.holdoutBars, set: "held-out")
    }

    /// Scores a second set, prints its table under `heading`, writes its misses (lines `[tag:<type>] …`)
    /// where the environment variable names a file, and holds it to its bars.
    static func report(_ root: URL, heading: String, tag: String, missesVariable: String,
                       bars: [String: (accuracy: Double, f1: Double, silent: Double)], set: String) throws {
        let scores = try score(root)
        print(heading + "\n" + table(scores))
        if let path = ProcessInfo.processInfo.environment[missesVariable] {
            let misses = scores.sorted { $0.key < $1.key }.flatMap { k, v in v.misses.map { "[\(tag):\(k)] " + $0 } }
            try misses.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        expectBars(scores, bars, set: set)
    }

    /// Bars for the development set, a tuning set like the corpus: first scored (2026-11-27) clean
    /// 99.4%, OCR text 63.9%, hOCR/ALTO 58.4% (F1 0.93 / 0.91, 3.6% silent); after the fourth
    /// session's work on its misses 100% / 71.5% / 71.5% (F1 0.97 / 0.96, 0.6%). Set just under that.
    static let devBars: [String: (accuracy: Double, f1: Double, silent: Double)] = [
        "clean": (0.97, 0.97, 0.01), "legacy": (0.97, 0.97, 0.01), "docx": (0.97, 0.97, 0.01),
        // Sixth session: 72.7% on all three, member F1 0.98 / 0.97 / 0.97, 0.0% silent.
        "ocr_text": (0.70, 0.96, 0.05), "hocr": (0.70, 0.95, 0.05), "alto": (0.70, 0.95, 0.05),
    ]

    /// The development report: the same table under the heading "dev". Its misses are written when
    /// SARABAN_DEV_MISSES names a file (lines `[dev:<type>] …`); reading them to tune is allowed.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.fixtures.appendingPathComponent("dev/manifest.json").path)))
    func scoresDevSet() throws {
        try Self.report(Self.dev, heading: "dev (fixtures/dev: for tuning)", tag: "dev", missesVariable: "SARABAN_DEV_MISSES",
                        bars: Self.devBars, set: "dev")
    }
}
