/// One block of a document, in reading order.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    /// A list item with its label as a reader of the document sees it (`๑.`, `(ก)`, `•`).
    case listItem(ListItem)
    case table(Table)
    case pageBreak(Provenance)

    public var provenance: Provenance {
        switch self {
        case .paragraph(let p): return p.provenance
        case .listItem(let l): return l.provenance
        case .table(let t): return t.provenance
        case .pageBreak(let p): return p
        }
    }

    /// Plain text of the block as a person reads it (a list item with its label, table cells joined by tabs, rows by newlines).
    public var plainText: String {
        switch self {
        case .paragraph(let p): return p.text
        case .listItem(let l): return l.label.isEmpty ? l.text : l.label + " " + l.text
        case .table(let t):
            return t.rows.map { row in
                row.cells.map { cell in cell.blocks.map(\.plainText).joined(separator: " ") }.joined(separator: "\t")
            }.joined(separator: "\n")
        case .pageBreak: return ""
        }
    }
}

/// A paragraph. `text` is repaired Thai text; a line break inside the paragraph (a soft break in
/// DOCX, a new OCR or text line) is kept as "\n" so that extractors can re-flow it.
public struct Paragraph: Sendable, Codable, Equatable {
    public var text: String
    public var provenance: Provenance
    /// Layout hints that help re-flow and part detection; nil when the input has none.
    public var layout: Layout?
    /// OCR words with boxes and confidences (hOCR, ALTO); empty otherwise.
    public var words: [Word]
    /// Text repairs made on this block (code and original text), from the Thai normaliser.
    public var repairs: [Repair]
    /// Leading indentation of each line of `text` (spaces, a tab counting 4) where the input has
    /// lines (text files): Thai offices mark a new paragraph by indenting its first line, and
    /// centre titles and signatures with spaces, so extractors need it line by line.
    public var lineIndents: [Int]?
    /// Scalar offsets in `text` where a column opens after a wide gap inside a line: a run of three
    /// or more blanks in a text input, a gap of at least a character's height between OCR word
    /// boxes. White-space folding keeps one space there, so without these offsets a table row's
    /// cells run together (`ประเสริฐ               และมานุษยวิทยา`: the name column's wrap, then
    /// the position column's). Nil when no line has such a gap.
    public var gapOffsets: [Int]?
    /// For each of `gapOffsets`, the column the cell opens at, in character widths from the page's
    /// left edge: display columns (marks take none) in a text input, the word box's left edge over
    /// half a letter height on an OCR'd page. Lines' cells are compared by it (a wrapped row's cell
    /// under its first line's position cell).
    public var gapColumns: [Int]?

    public init(text: String, provenance: Provenance, layout: Layout? = nil, words: [Word] = [], repairs: [Repair] = [],
                lineIndents: [Int]? = nil, gapOffsets: [Int]? = nil, gapColumns: [Int]? = nil) {
        self.text = text
        self.provenance = provenance
        self.layout = layout
        self.words = words
        self.repairs = repairs
        self.lineIndents = lineIndents
        self.gapOffsets = gapOffsets
        self.gapColumns = gapColumns
    }

    enum CodingKeys: String, CodingKey { case text, provenance, layout, words, repairs, lineIndents = "line_indents", gapOffsets = "gap_offsets", gapColumns = "gap_columns" }
}

public struct ListItem: Sendable, Codable, Equatable {
    /// The number or bullet as rendered (`๑.`, `1)`, `ก.`, `•`).
    public var label: String
    /// Nesting level, 0 for the outermost.
    public var level: Int
    public var text: String
    public var provenance: Provenance
    public var layout: Layout?
    public var words: [Word]
    public var repairs: [Repair]

    public init(label: String, level: Int = 0, text: String, provenance: Provenance, layout: Layout? = nil,
                words: [Word] = [], repairs: [Repair] = []) {
        self.label = label
        self.level = level
        self.text = text
        self.provenance = provenance
        self.layout = layout
        self.words = words
        self.repairs = repairs
    }
}

public struct Table: Sendable, Equatable, Codable {
    public var rows: [TableRow]
    public var provenance: Provenance
    public init(rows: [TableRow], provenance: Provenance) {
        self.rows = rows
        self.provenance = provenance
    }
}

public struct TableRow: Sendable, Equatable, Codable {
    public var cells: [TableCell]
    public init(cells: [TableCell]) { self.cells = cells }
}

public struct TableCell: Sendable, Equatable, Codable {
    enum CodingKeys: String, CodingKey { case blocks, columnSpan = "column_span", isMergedContinuation = "merged_continuation" }
    public var blocks: [Block]
    /// Columns this cell spans (w:gridSpan); rows it spans are represented by `isMergedContinuation` cells.
    public var columnSpan: Int
    /// True for a cell that continues a vertical merge from the row above (w:vMerge without restart).
    public var isMergedContinuation: Bool
    public init(blocks: [Block], columnSpan: Int = 1, isMergedContinuation: Bool = false) {
        self.blocks = blocks
        self.columnSpan = columnSpan
        self.isMergedContinuation = isMergedContinuation
    }
    public var plainText: String { blocks.map(\.plainText).joined(separator: "\n") }
}
