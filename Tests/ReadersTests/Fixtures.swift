import Foundation
import SarabanCore
import ThaiText
@testable import Readers

/// Reads fixtures relative to the package root (found from this file's path).
enum Fixtures {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let readers = root.appendingPathComponent("fixtures/readers")

    static func bytes(_ relative: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: readers.appendingPathComponent(relative)))
    }

    static func text(_ relative: String) throws -> String {
        var s = String(decoding: try bytes(relative), as: UTF8.self)
        if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
        return s
    }

    static func read(_ relative: String) throws -> Document {
        try ReaderRegistry.read(ReaderInput(path: relative, bytes: bytes(relative)))
    }

    /// The same Thai normaliser the readers use, for text that comes from elsewhere (tesseract's txt).
    static func repaired(_ s: String) -> String { ThaiNormalizer.normalize(s).text }

    /// Every run of white space folded to one space, ends trimmed.
    static func folded(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace || $0 == "\u{0C}" }).joined(separator: " ")
    }
}
