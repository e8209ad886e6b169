/// Where a block (or a value extracted from it) came from in the input.
public struct Provenance: Sendable, Codable, Equatable, Hashable {
    /// The part of a container (`word/document.xml`, `word/header1.xml`, `content.xml`); nil for flat files.
    public var part: String?
    /// Index of the block within its part (paragraph index for DOCX/ODT, block index for text and OCR).
    public var index: Int
    /// 1-based first line in a text input (or OCR line number); nil where the input has no lines.
    public var line: Int?
    /// 1-based page, where known (form feeds, hOCR/ALTO pages, DOCX page breaks).
    public var page: Int?
    /// Bounding box in the page image's pixels (hOCR, ALTO).
    public var bbox: BoundingBox?
    /// Mean word confidence 0…100 (hOCR x_wconf, ALTO WC × 100).
    public var confidence: Double?

    public init(part: String? = nil, index: Int, line: Int? = nil, page: Int? = nil,
                bbox: BoundingBox? = nil, confidence: Double? = nil) {
        self.part = part
        self.index = index
        self.line = line
        self.page = page
        self.bbox = bbox
        self.confidence = confidence
    }
}

public struct BoundingBox: Sendable, Codable, Equatable, Hashable {
    public var x0: Int, y0: Int, x1: Int, y1: Int
    public init(x0: Int, y0: Int, x1: Int, y1: Int) {
        self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
    }
    public var width: Int { x1 - x0 }
    public var height: Int { y1 - y0 }
}

/// An OCR word: its repaired text, box and confidence (0…100).
public struct Word: Sendable, Codable, Equatable {
    public var text: String
    public var bbox: BoundingBox?
    public var confidence: Double?
    /// Scalar offset of the word's first character in its block's `text` (for tracing values to words).
    public var offset: Int?
    public init(text: String, bbox: BoundingBox? = nil, confidence: Double? = nil, offset: Int? = nil) {
        self.text = text
        self.bbox = bbox
        self.confidence = confidence
        self.offset = offset
    }
}

/// Layout hints a reader can give.
public struct Layout: Sendable, Codable, Equatable {
    public enum Alignment: String, Sendable, Codable { case left, center, right, justify }
    public var alignment: Alignment?
    /// First-line indent: leading spaces in text input, twips in DOCX, pixels in OCR.
    public var indent: Int?
    /// Paragraph style name (DOCX/ODT), e.g. "Title", "Heading1".
    public var style: String?
    /// Left indent of the whole paragraph (twips in DOCX); nil where the format has none.
    public var left: Int?
    public init(alignment: Alignment? = nil, indent: Int? = nil, style: String? = nil, left: Int? = nil) {
        self.alignment = alignment
        self.indent = indent
        self.style = style
        self.left = left
    }
}

/// A repair made to the text of a block (mirrors ThaiText's repair, kept Codable in the model).
public struct Repair: Sendable, Codable, Equatable {
    /// Machine code: `sara_am`, `pua_glyph`, `zero_width`, `nbsp`, `soft_hyphen`, `doubled_mark`, `mark_order`, `whitespace`, …
    public var code: String
    public var original: String
    public var replacement: String
    /// Scalar offset in the repaired block text where the repair landed.
    public var offset: Int
    public init(code: String, original: String, replacement: String, offset: Int) {
        self.code = code
        self.original = original
        self.replacement = replacement
        self.offset = offset
    }
}
