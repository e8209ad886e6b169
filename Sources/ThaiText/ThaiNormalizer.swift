import Foundation

/// The one Thai text normaliser every reader uses. (Placeholder until the foundation issue lands:
/// NFC only, identity offset map. The foundation work replaces the body, not the API.)
public enum ThaiNormalizer {
    public struct Options: Sendable {
        /// Fold runs of white space to one space (newlines kept when `keepNewlines`).
        public var foldWhitespace: Bool
        /// Keep "\n" as line separators (folding each run of blank space inside a line only).
        public var keepNewlines: Bool
        public init(foldWhitespace: Bool = true, keepNewlines: Bool = true) {
            self.foldWhitespace = foldWhitespace
            self.keepNewlines = keepNewlines
        }
    }

    public static func normalize(_ text: String, options: Options = Options()) -> NormalizedText {
        let nfc = text.precomposedStringWithCanonicalMapping
        let count = nfc.unicodeScalars.count
        return NormalizedText(text: nfc, repairs: [], offsetMap: Array(0...count))
    }
}

/// Repaired text with the map back to the original and the list of repairs made.
public struct NormalizedText: Sendable, Equatable {
    public let text: String
    public let repairs: [TextRepair]
    /// `offsetMap[i]` is the scalar offset in the original of repaired scalar `i`;
    /// it has `text.unicodeScalars.count + 1` entries (the last maps the end).
    public let offsetMap: [Int]

    public init(text: String, repairs: [TextRepair], offsetMap: [Int]) {
        self.text = text
        self.repairs = repairs
        self.offsetMap = offsetMap
    }

    /// The original scalar offset of a repaired scalar offset.
    public func originalOffset(of repairedOffset: Int) -> Int {
        offsetMap[min(max(repairedOffset, 0), offsetMap.count - 1)]
    }
}

/// One repair made by the normaliser.
public struct TextRepair: Sendable, Equatable {
    /// `sara_am`, `pua_glyph`, `zero_width`, `nbsp`, `soft_hyphen`, `doubled_mark`, `mark_order`, `whitespace`, `nfc`
    public var code: String
    public var original: String
    public var replacement: String
    /// Scalar offset in the repaired text.
    public var offset: Int
    /// Scalar offset in the original text.
    public var originalOffset: Int
    public init(code: String, original: String, replacement: String, offset: Int, originalOffset: Int) {
        self.code = code
        self.original = original
        self.replacement = replacement
        self.offset = offset
        self.originalOffset = originalOffset
    }
}
