import Foundation
import SarabanCore
import Readers
@testable import Extraction

/// Paths relative to the package root, found from this file (tests run from any directory).
enum TestPaths {
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let seedsDirectory = shared.appendingPathComponent("seeds")
    static let fixtures = packageRoot.appendingPathComponent("fixtures")

    /// The seed circular(s) in ../shared/seeds.
    static func seeds() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seedsDirectory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { seedsDirectory.appendingPathComponent($0) }
    }
}

/// Reads a file through the reader registry and extracts its record.
func extractRecord(at url: URL) throws -> Record {
    let bytes = [UInt8](try Data(contentsOf: url))
    let document = try ReaderRegistry.read(ReaderInput(path: url.path, bytes: bytes, sha256: ""))
    return Extractor().extract(document)
}

/// Extracts a record from text given inline (for table-driven cases).
func extractRecord(text: String) throws -> Record {
    let document = try ReaderRegistry.read(ReaderInput(path: "inline.txt", bytes: Array(text.utf8), sha256: ""))
    return Extractor().extract(document)
}
