import Foundation
import Testing
import SarabanCore
import Readers
@testable import Extraction

/// The extraction corpus (fixtures/corpus): every document in clean text, legacy encodings,
/// DOCX and real tesseract output, scored against its expected record. Prints field accuracy,
/// member precision/recall/F1 and the silent-error rate per input type, and fails below the bars.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: TestPaths.fixtures.appendingPathComponent("corpus/manifest.json").path)))
struct CorpusScoringTests {
    static let corpus = TestPaths.fixtures.appendingPathComponent("corpus")

    /// Input types and the files of each (relative to the corpus).
    static func inputs() throws -> [(type: String, id: String, path: URL)] {
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent("manifest.json"))) as! [String: Any]
        var out: [(String, String, URL)] = []
        for doc in manifest["documents"] as! [[String: Any]] {
            let id = doc["id"] as! String
            out.append(("clean", id, corpus.appendingPathComponent("text/\(id).txt")))
            out.append(("docx", id, corpus.appendingPathComponent("docx/\(id).docx")))
            for ext in ["tis620.txt", "cp874.txt"] {
                let p = corpus.appendingPathComponent("legacy/\(id).\(ext)")
                if FileManager.default.fileExists(atPath: p.path) { out.append(("legacy", id, p)) }
            }
            for (type, ext) in [("ocr_text", "txt"), ("hocr", "hocr"), ("alto", "alto.xml")] {
                let p = corpus.appendingPathComponent("ocr/\(id).\(ext)")
                if FileManager.default.fileExists(atPath: p.path) { out.append((type, id, p)) }
            }
        }
        return out.filter { FileManager.default.fileExists(atPath: $0.2.path) }
    }

    /// Bars set from what was measured (see the closing note and docs/extraction.md): the clean
    /// inputs must stay near perfect; OCR is measured against the issue's held-out targets.
    static let bars: [String: (accuracy: Double, f1: Double, silent: Double)] = [
        "clean": (0.97, 0.97, 0.01), "legacy": (0.97, 0.97, 0.01), "docx": (0.97, 0.97, 0.01),
        // Real tesseract output of degraded renders, text / hOCR / ALTO (2026-11-27): first measured
        // 53.5% / 45.4% / 45.4% field accuracy, member F1 0.77 / 0.68 / 0.68, 5.5% / 7.7% / 7.7% wrong
        // without a warning; after the OCR date, member-list, skew, label and honesty work 65.8% /
        // 61.4% / 61.4%, F1 0.83 / 0.87 / 0.87, 1.1% / 1.5% / 1.5%. The silent bar is the issue's 5%.
        "ocr_text": (0.64, 0.80, 0.05), "hocr": (0.59, 0.84, 0.05), "alto": (0.59, 0.84, 0.05),
    ]

    @Test func scoresEveryInputType() throws {
        var scores: [String: CorpusScore] = [:]
        for (type, id, path) in try Self.inputs() {
            let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent("expected/\(id).json"))) as! [String: Any]
            let record = try extractRecord(at: path)
            scores[type, default: CorpusScore()].add(expected: expected, got: record, id: id)
        }
        var report = "type       docs  fields  accuracy  member P    R     F1   wrong-silent\n"
        for type in ["clean", "legacy", "docx", "ocr_text", "hocr", "alto"] {
            guard let s = scores[type] else { continue }
            report += "\(type.padding(toLength: 10, withPad: " ", startingAt: 0)) \(String(format: "%4d  %6d    %5.1f%%   %5.2f %5.2f %5.2f    %5.1f%%", s.documents, s.fields, s.accuracy * 100, s.precision, s.recall, s.f1, s.silentRate * 100))\n"
        }
        print(report)
        if let path = ProcessInfo.processInfo.environment["SARABAN_SCORE_MISSES"] {
            let misses = scores.sorted { $0.key < $1.key }.flatMap { k, v in v.misses.map { "[\(k)] " + $0 } }
            try misses.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        for (type, s) in scores {
            guard let bar = Self.bars[type] else { continue }
            #expect(s.accuracy >= bar.accuracy, "\(type): field accuracy \(s.accuracy) below \(bar.accuracy)")
            #expect(s.f1 >= bar.f1, "\(type): member F1 \(s.f1) below \(bar.f1)")
            #expect(s.silentRate <= bar.silent, "\(type): \(s.silentRate) of values wrong without a warning, above \(bar.silent)")
        }
    }
}
