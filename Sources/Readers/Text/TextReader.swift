import Foundation
import SarabanCore
import ThaiText

/// Plain text in any encoding Thai offices use (the foundation's decoder detects it): blank lines
/// separate paragraphs (their lines kept joined by "\n"), form feeds are page breaks.
public struct TextReader: DocumentReader {
    public static let format = SourceFormat.text
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .standard) { self.limits = limits }

    /// Columns a tab counts for in `layout.indent`.
    static let tabWidth = 4

    public func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        guard input.bytes.count <= limits.maxTextBytes else {
            throw SarabanError(.tooLarge, file: input.path, reason: "text of \(input.bytes.count) bytes exceeds the limit of \(limits.maxTextBytes)")
        }
        var warnings: [Warning] = []
        let decoded: DecodedText
        do {
            decoded = try ThaiTextDecoder.decode(input.bytes)
        } catch {
            // Strict decoding failed: decode leniently and say so, never silently.
            do {
                decoded = try ThaiTextDecoder.decode(input.bytes, lenient: true)
            } catch {
                throw SarabanError(.encoding, file: input.path, reason: error.description)
            }
            warnings.append(Warning(code: "encoding_fallback", message: "\(input.path): \(error.description); decoded leniently as \(decoded.encoding)"))
        }
        warnings += decoded.warnings.map { Warning(code: "encoding_replacement", message: "\(input.path): \($0)") }
        var document = Document(source: SourceInfo(path: input.path, format: .text, encoding: decoded.encoding,
                                                   sha256: input.sha256, byteCount: input.bytes.count),
                                warnings: warnings)
        document.blocks = Self.blocks(decoded.text)
        return document
    }

    /// The line's leading spaces and tabs (as Characters) counted as columns, and the rest.
    /// Counted on UTF-8 bytes when what follows the blanks cannot join the last one into a
    /// grapheme (ASCII, or a Thai letter that is no combining or spacing mark); else by Characters.
    static func leadingBlanks(_ line: Substring) -> (indent: Int, rest: Substring) {
        let u = line.utf8
        var i = u.startIndex
        var indent = 0
        while i < u.endIndex, u[i] == 0x20 || u[i] == 0x09 {
            indent += u[i] == 0x09 ? tabWidth : 1
            i = u.index(after: i)
        }
        if i == u.startIndex { return (0, line) }
        let joins: Bool
        if i == u.endIndex || u[i] < 0x80 {
            joins = false
        } else if let next = line.unicodeScalars[i...].first, next.value >= 0x0E00 && next.value <= 0x0E7F {
            joins = next.value == 0x0E31 || next.value == 0x0E33 || (0x0E34...0x0E3A).contains(next.value) || (0x0E47...0x0E4E).contains(next.value)
        } else {
            joins = true
        }
        if !joins { return (indent, line[i...]) }
        let indentByCharacters = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? tabWidth : 1) }
        return (indentByCharacters, line.drop { $0 == " " || $0 == "\t" })
    }

    static func blocks(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var current: [Substring] = []
        var firstLine = 1
        var page = 1
        func flush() {
            guard !current.isEmpty else { return }
            // Each line's indentation is kept: offices indent a paragraph's first line and centre
            // titles and signatures with spaces, and extractors re-flow lines by it.
            let split = current.map(leadingBlanks)
            let indents = split.map(\.indent)
            let raw = split.map(\.rest).joined(separator: "\n")
            let r = Repairing.repair(raw)
            var p = Paragraph(text: r.text, provenance: Provenance(index: blocks.count, line: firstLine, page: page),
                              layout: Layout(indent: indents[0]), repairs: r.repairs)
            p.lineIndents = indents
            let gaps = gapOffsets(raw, indents: indents)
            if !gaps.isEmpty {
                p.gapOffsets = gaps.map { r.mapOffset($0.offset) }
                p.gapColumns = gaps.map(\.column)
            }
            blocks.append(.paragraph(p))
            current = []
        }
        // Lines end at \n, \r\n or \r; a form feed anywhere in a line is a page break at that point.
        // Line feeds and form feeds always stand alone as characters (grapheme clusters break
        // around controls), so the text is split on their UTF-8 bytes: splitting on Characters
        // ran grapheme breaking over every line twice and was most of this reader's time.
        let normalized = ThaiScalarSearch.containsByte(0x0D, in: text)
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            : text
        for (i, (line, hasFormFeed)) in lines(normalized).enumerated() {
            let lineNumber = i + 1
            let parts = hasFormFeed
                ? line.split(separator: "\u{0C}", omittingEmptySubsequences: false)
                : [line]
            for (j, part) in parts.enumerated() {
                if j > 0 {
                    flush()
                    blocks.append(.pageBreak(Provenance(index: blocks.count, line: lineNumber, page: page)))
                    page += 1
                }
                if isBlank(part) {
                    flush()
                } else {
                    if current.isEmpty { firstLine = lineNumber }
                    current.append(part)
                }
            }
        }
        flush()
        return blocks
    }

    /// Blanks in a row that make a column gap inside a line (tesseract and `pdftotext -layout` print
    /// a table's columns apart by runs of spaces; one or two are a word space).
    static let gapBlanks = 3

    /// Scalar offsets in `raw` of the first scalar after each run of `gapBlanks` or more spaces or
    /// no-break spaces between two non-blank scalars of one line, with the display column it stands
    /// at (the line's indent, then one column a scalar but for Thai marks). Lines without such a run
    /// (almost all) cost one byte scan.
    static func gapOffsets(_ raw: String, indents: [Int]) -> [(offset: Int, column: Int)] {
        let bytes = raw.utf8
        // Fast refusal: no three spaces in a row anywhere.
        let hasRun = bytes.withContiguousStorageIfAvailable { b -> Bool in
            var run = 0
            for x in b { if x == 0x20 { run += 1; if run >= gapBlanks { return true } } else { run = 0 } }
            return false
        } ?? true
        guard hasRun else { return [] }
        var out: [(offset: Int, column: Int)] = []
        var offset = 0, run = 0, line = 0
        var column = indents.first ?? 0
        var seenText = false
        for s in raw.unicodeScalars {
            if s == " " || s == "\u{00A0}" {
                run += 1
                column += 1
            } else if s == "\n" {
                run = 0; seenText = false
                line += 1
                column = line < indents.count ? indents[line] : 0
            } else {
                if run >= gapBlanks && seenText { out.append((offset, column)) }
                run = 0; seenText = true
                if !ThaiScalarSearch.isNonSpacingMark(s) { column += 1 }
            }
            offset += 1
        }
        return out
    }

    /// `line.allSatisfy(\.isWhitespace)`, decided on the bytes after the leading spaces and tabs
    /// when what follows them opens a Character of its own (ASCII, or a Thai letter that is no
    /// mark): most lines are indented text, and Character iteration over the indent was slow.
    static func isBlank(_ line: Substring) -> Bool {
        let u = line.utf8
        var i = u.startIndex
        while i < u.endIndex, u[i] == 0x20 || u[i] == 0x09 { i = u.index(after: i) }
        if i == u.endIndex { return true }
        let b = u[i]
        if b < 0x80 {
            if b != 0x20 && !(0x09...0x0D).contains(b) { return false }
        } else if let s = line.unicodeScalars[i...].first,
                  ThaiGraphemes.joins(i > u.startIndex ? Unicode.Scalar(u[u.index(before: i)]) : "\n", s) == false {
            // A Thai scalar opening a Character of its own: no Thai scalar is white space.
            return false
        }
        return line.allSatisfy { $0.isWhitespace }
    }

    /// The text's lines (split at every LF, empty ones kept) and whether each holds a form feed,
    /// found in one pass over the contiguous UTF-8 (the generic UTF8View split and contains cost
    /// ~30 instructions a byte).
    static func lines(_ text: String) -> [(line: Substring, hasFormFeed: Bool)] {
        var t = text
        t.makeContiguousUTF8()
        let u = t.utf8
        return t.withUTF8 { b -> [(line: Substring, hasFormFeed: Bool)] in
            var out: [(line: Substring, hasFormFeed: Bool)] = []
            func add(_ a: Int, _ z: Int, _ ff: Bool) {
                // Byte offsets next to an LF are scalar boundaries.
                out.append((Substring(u[u.index(u.startIndex, offsetBy: a)..<u.index(u.startIndex, offsetBy: z)]), ff))
            }
            var start = 0, formFeed = false
            for k in 0..<b.count {
                switch b[k] {
                case 0x0A: add(start, k, formFeed); start = k + 1; formFeed = false
                case 0x0C: formFeed = true
                default: break
                }
            }
            add(start, b.count, formFeed)
            return out
        }
    }
}
