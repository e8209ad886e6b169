import Foundation
import SarabanCore
import ThaiText

/// One line of the document as the extractor sees it: the reader's blocks flattened into lines
/// (a paragraph's "\n"-separated lines, a list item with its label, a table row with its cells),
/// each keeping where it came from so every value can be traced back.
struct SourceLine: Sendable {
    /// Repaired text, trimmed, white space folded (tabs kept as column gaps in `cells`).
    var text: String
    /// Index of the block in `Document.blocks`.
    var block: Int
    /// Line index inside its block (0 for the first).
    var lineInBlock: Int
    var provenance: Provenance
    var layout: Layout?
    /// The label of a list item (`๑.`) as rendered by the reader; nil for other lines.
    var listLabel: String?
    /// Cells of a table row, or of a line split at tabs; nil when the line has no columns.
    var cells: [String]?
    /// The line split at its wide gaps (`Paragraph.gapOffsets`: runs of blanks in a text input,
    /// far-apart word boxes on an OCR'd page), folded; nil when the line has fewer than two such pieces.
    var gapCells: [String]? = nil
    /// The column each of `gapCells` but the first opens at (`Paragraph.gapColumns`).
    var gapColumns: [Int] = []
    /// OCR words on this line with their confidences (hOCR/ALTO), for judging doubtful digits.
    var words: [Word]
    /// True when a blank line, block boundary or page break separates this line from the previous,
    /// or when the line is indented further than the one before it (a Thai paragraph's first line).
    var startsBlock: Bool
    /// Leading indentation of the line in a text input (spaces).
    var indent: Int? = nil
    /// The line comes right after a rule (`-----`, dropped as page furniture): the end of an
    /// order's or announcement's head in a text input.
    var followsRule = false
    /// A page break (and the page's furniture: number, catchword) stands between this line and the
    /// one before.
    var afterPageBreak = false
    /// The line opens with a tab (a Word paragraph or typed line aligned under a column).
    var ledByTab = false

    /// 1-based line number in a text input, when known.
    var lineNumber: Int? { provenance.line.map { $0 + lineInBlock } }

    func source() -> FieldSource {
        FieldSource(part: provenance.part, block: block, line: lineNumber, page: provenance.page,
                    confidence: meanConfidence)
    }

    var meanConfidence: Double? {
        let c = words.compactMap(\.confidence)
        return c.isEmpty ? provenance.confidence : c.reduce(0, +) / Double(c.count)
    }
}

enum LineBuilder {
    /// Flattens the body blocks into lines, dropping page headers and page numbers
    /// (`- ๒ -`, `๒`, `หน้า ๒`) that OCR and text exports mix into the text.
    static func lines(of document: Document) -> [SourceLine] {
        var out: [SourceLine] = []
        var breaks: [Int] = []
        for (b, block) in document.blocks.enumerated() {
            switch block {
            case .paragraph(let p):
                append(text: p.text, block: b, provenance: p.provenance, layout: p.layout, label: nil, words: p.words,
                       indents: p.lineIndents, gaps: p.gapOffsets.map { ($0, p.gapColumns ?? []) }, into: &out)
            case .listItem(let l):
                append(text: l.text, block: b, provenance: l.provenance, layout: l.layout, label: l.label, words: l.words,
                       indents: nil, into: &out)
            case .table(let t):
                for (r, row) in t.rows.enumerated() {
                    let cells = row.cells.filter { !$0.isMergedContinuation }.map { fold($0.plainText) }
                    let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
                    guard !text.isEmpty else { continue }
                    var prov = t.provenance
                    if let first = row.cells.first?.blocks.first { prov = first.provenance }
                    out.append(SourceLine(text: text, block: b, lineInBlock: r, provenance: prov, layout: nil, listLabel: nil,
                                          cells: cells, words: [], startsBlock: r == 0))
                }
            case .pageBreak:
                breaks.append(b)
                continue
            }
        }
        // A catchword typed in full or over two lines (`/๑๘. นางสาว` / `สุภาพร...`): the slash and the
        // next entry's number open it; a short line ending in dots right under it is its end.
        var furniture = out.map { isPageFurniture($0.text) || isNumberedCatchword($0.text) }
        for k in out.indices.dropFirst() where furniture[k - 1] && !furniture[k] && isNumberedCatchword(out[k - 1].text) {
            let t = out[k].text
            if t.utf8.count <= 120, t.hasSuffix("...") || t.hasSuffix("…") { furniture[k] = true }
        }
        var kept = out.indices.filter { !furniture[$0] }.map { out[$0] }
        guard !breaks.isEmpty else { return kept }
        for k in kept.indices.dropFirst() {
            let (a, b) = (kept[k - 1].block, kept[k].block)
            kept[k].afterPageBreak = breaks.contains { $0 > a && $0 < b }
        }
        // A running header: the first line of a page repeating a line of the first page's head, or
        // its start (`ที่ กท ๕๐๓๘/๑๒๐๔` above page 2, the head's line going on with its date), is
        // furniture too; the line after it starts the page.
        var k = 1
        while k < kept.count {
            let t = kept[k].text
            if kept[k].afterPageBreak, t.unicodeScalars.count <= 60,
               kept[..<min(k, 12)].contains(where: { $0.text == t || $0.text.utf8.starts(with: (t + " ").utf8) }) {
                kept.remove(at: k)
                if k < kept.count { kept[k].afterPageBreak = true }
                continue
            }
            k += 1
        }
        return kept
    }

    private static func append(text: String, block: Int, provenance: Provenance, layout: Layout?, label: String?,
                               words: [Word], indents: [Int]?, gaps: (offsets: [Int], columns: [Int])? = nil,
                               into out: inout [SourceLine]) {
        var offset = 0
        var previousIndent: Int? = nil
        var previousStarted = true
        var afterRule = false
        for (i, raw) in splitUTF8(text[...], at: 0x0A, omittingEmpty: false).enumerated() {
            let rawCount = raw.unicodeScalars.count
            defer { offset += rawCount + 1 }
            let line = fold(raw)
            // Cells only where a tab separates at least two (a line without a tab has none).
            let cellsRaw = ThaiScalarSearch.containsByte(0x09, in: raw)
                ? splitUTF8(raw, at: 0x09, omittingEmpty: true).map { fold($0) }.filter { !$0.isEmpty } : []
            guard !line.isEmpty else { continue }
            let indent = indents.flatMap { i < $0.count ? $0[i] : nil }
            // A line indented further than the one before opens a paragraph; so does a line at the
            // same indent as a paragraph's first line (continuation lines of a wrapped paragraph sit
            // further left than its first line).
            var indentedFurther = false
            if let a = indent, let b = previousIndent {
                indentedFurther = a > b + 1 || (a == b && a >= 4 && previousStarted)
            } else if indent != nil, afterRule {
                indentedFurther = true
            }
            // A rule under the title (`-----`, centred by spaces) ends what came before; the line after
            // it opens a paragraph whatever its indent, and sets the indent the next lines compare with.
            let followsRule = afterRule
            afterRule = indent != nil && line.unicodeScalars.count >= 3
                && !line.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            previousIndent = afterRule ? nil : indent
            previousStarted = i == 0 || indentedFurther
            let lineWords = words.filter { w in
                guard let o = w.offset else { return false }
                return o >= offset && o < offset + rawCount
            }
            var sourceLine = SourceLine(text: line, block: block, lineInBlock: i, provenance: provenance,
                                        layout: i == 0 ? layout : nil, listLabel: i == 0 ? label : nil,
                                        cells: cellsRaw.count > 1 ? cellsRaw : nil, words: lineWords,
                                        startsBlock: i == 0 || indentedFurther, indent: indent)
            sourceLine.followsRule = followsRule
            sourceLine.ledByTab = raw.utf8.first == 0x09
            if let gaps {
                let here = gaps.offsets.indices.filter { gaps.offsets[$0] > offset && gaps.offsets[$0] < offset + rawCount }
                if let cells = gapCells(raw, at: here.map { gaps.offsets[$0] - offset }) {
                    sourceLine.gapCells = cells.texts
                    sourceLine.gapColumns = cells.cuts.map { here[$0] < gaps.columns.count ? gaps.columns[here[$0]] : 0 }
                }
            }
            out.append(sourceLine)
        }
    }

    /// `raw` cut at the given scalar offsets, each piece folded: the pieces that hold text, and for
    /// each but the first the index of the cut that opens it; nil unless two or more hold text.
    static func gapCells(_ raw: Substring, at cuts: [Int]) -> (texts: [String], cuts: [Int])? {
        guard !cuts.isEmpty else { return nil }
        var texts: [String] = []
        var opened: [Int] = []
        var start = raw.unicodeScalars.startIndex
        var position = 0
        for k in 0...cuts.count {
            let end = k < cuts.count ? raw.unicodeScalars.index(start, offsetBy: cuts[k] - position) : raw.unicodeScalars.endIndex
            let piece = fold(raw[start..<end])
            if !piece.isEmpty {
                if !texts.isEmpty { opened.append(k - 1) }
                texts.append(piece)
            }
            start = end
            if k < cuts.count { position = cuts[k] }
        }
        return texts.count >= 2 ? (texts, opened) : nil
    }

    /// `text` split at an ASCII control byte (LF or tab), like `split(separator: Character)`: a
    /// control character is a grapheme of its own, except LF after CR ("\r\n" is one Character and
    /// is not split). Works on UTF-8 bytes instead of breaking the whole text into graphemes.
    static func splitUTF8(_ text: Substring, at byte: UInt8, omittingEmpty: Bool) -> [Substring] {
        let u = text.utf8
        // On the contiguous bytes (the UTF8View's index(after:) is not inlined here); pieces are
        // sliced at byte offsets, which fall on scalar boundaries (the separator is ASCII).
        let fast = u.withContiguousStorageIfAvailable { buf -> [Substring] in
            var out: [Substring] = []
            let base = u.startIndex
            var start = 0
            var previous: UInt8 = 0
            for k in 0..<buf.count {
                let b = buf[k]
                if b == byte && !(byte == 0x0A && previous == 0x0D) {
                    if !omittingEmpty || start < k { out.append(text[u.index(base, offsetBy: start)..<u.index(base, offsetBy: k)]) }
                    start = k + 1
                }
                previous = b
            }
            if !omittingEmpty || start < buf.count { out.append(text[u.index(base, offsetBy: start)..<u.endIndex]) }
            return out
        }
        if let fast { return fast }
        var out: [Substring] = []
        var start = u.startIndex
        var previous: UInt8 = 0
        var i = u.startIndex
        while i < u.endIndex {
            let b = u[i]
            if b == byte && !(byte == 0x0A && previous == 0x0D) {
                if !omittingEmpty || start < i { out.append(text[start..<i]) }
                start = u.index(after: i)
            }
            previous = b
            i = u.index(after: i)
        }
        if !omittingEmpty || start < u.endIndex { out.append(text[start..<u.endIndex]) }
        return out
    }

    /// Folds every run of white space (tabs included) to one space and trims.
    static func fold(_ s: String) -> String { fold(s[...]) }

    /// Folds every run of white space (space, tab, LF, CR, no-break space, form feed) to one space
    /// and trims, on UTF-8 bytes (U+00A0 is the pair C2 A0; every other one is ASCII).
    static func fold(_ s: Substring) -> String {
        if let folded = s.utf8.withContiguousStorageIfAvailable({ fold(bytes: $0) }) { return folded }
        return fold(bytes: Array(s.utf8))
    }

    private static func fold<C: Collection<UInt8>>(bytes: C) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var nbspLead = false
        for b in bytes {
            if nbspLead {
                nbspLead = false
                if b == 0xA0 { pendingSpace = !out.isEmpty; continue }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(0xC2)
            }
            switch b {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pendingSpace = !out.isEmpty
            case 0xC2:
                nbspLead = true
            default:
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(b)
            }
        }
        if nbspLead {
            if pendingSpace { out.append(0x20) }
            out.append(0xC2)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Three or more rule characters (`-`, `_`, `=`, `–`, `—`, `.`) and spaces, nothing else.
    static func isRule(_ line: String) -> Bool {
        var marks = 0
        for c in line.unicodeScalars {
            switch c {
            case "-", "_", "=", "–", "—", ".", "·": marks += 1
            case " ", "\t": continue
            default: return false
            }
        }
        return marks >= 3
    }

    /// A line that is only a page number or a running page header, or a page's catchword: the next
    /// page's first words printed at the foot after a slash (`/ภายในวันที่...`), as Thai offices type it.
    /// A catchword naming the next page's first list entry (`/๑๘. นางสาวสุภาพร เรืองชัย`, with or
    /// without the dots): a slash, then an entry's number and dot. Nothing else opens with a slash.
    static func isNumberedCatchword(_ line: String) -> Bool {
        guard line.utf8.first == 0x2F, line.utf8.count <= 160 else { return false }
        let rest = Substring(String(line.unicodeScalars.dropFirst())).trimmedSpaces()
        guard let (label, _) = EntryLabel.read(rest) else { return false }
        return !label.parenthesised && label.printed.unicodeScalars.contains(".")
    }

    static func isPageFurniture(_ line: String) -> Bool {
        if line.utf8.first == 0x2F, line.utf8.count <= 120, line.hasSuffix("...") || line.hasSuffix("…") { return true }
        // A rule of any length (`------…` under a heading, `- - -`, `____`): never text. (Rules of more
        // than 40 dashes had been glued to the subject above them.)
        if isRule(line) { return true }
        // Page numbers and their dashes are short; most lines are not, and trimming by Character is slow.
        if line.utf8.count > 40 { return false }
        // A short line with no letter and no digit at all (`'`, `=`, `-- .`): a speck or a rule
        // the scanner printed, never text.
        if !line.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) { return true }
        // What follows takes only page numbers, dashes and หน้า: a letter of anything else settles it
        // without trimming and counting by Character.
        if hasLetterOutsidePageNumbers(line) { return false }
        return isPageNumber(line)
    }

    /// Whether the line has an ASCII letter or a Thai letter, vowel or mark, and no ห: no such line
    /// is a page number (`isPageNumber` is false for it). A line with ห is left to `isPageNumber`:
    /// after a leading หน้า it drops one Character more, whatever it is.
    static func hasLetterOutsidePageNumbers(_ line: String) -> Bool {
        var letter = false
        for u in line.unicodeScalars {
            let v = u.value
            if v == 0x0E2B { return false }
            if v < 0x80 ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A : v >= 0x0E01 && v <= 0x0E4F { letter = true }
        }
        return letter
    }

    /// The page number forms of `isPageFurniture`: `- ๒ -`, `(3)`, `หน้า ๒`, `-๒/๕-`, a line of dashes.
    static func isPageNumber(_ line: String) -> Bool {
        var t = line.trimmingCharactersIn(" -–—()")
        if t.hasThaiPrefix("หน้า") { t = String(t.dropFirst(4)).trimmingCharactersIn(" ") }
        if t.isEmpty { return line.count > 0 && line.allSatisfy { "-–— ".contains($0) } }
        if t.count <= 3, t.unicodeScalars.allSatisfy({ ThaiTextShim.isDigit($0) }) { return true }
        if let slash = t.firstIndex(of: "/"), t.count <= 7 {
            let a = t[..<slash], b = t[t.index(after: slash)...]
            if !a.isEmpty && !b.isEmpty && (a + b).unicodeScalars.allSatisfy({ ThaiTextShim.isDigit($0) }) && line.hasThaiPrefix("-") { return true }
        }
        return false
    }
}

extension String {
    /// Without the Characters of `set` at either end.
    func trimmingCharactersIn(_ set: String) -> String {
        if let fast = trimmingScalarsIn(set) { return fast }
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs (as Characters; on scalars for ASCII and
    /// Thai text: `dropLast` on a Substring counted the whole text every time).
    func trimmedSpaces() -> Substring { ThaiGraphemes.trimmingBlanks(self) }
}

extension String {
    /// `trimmingCharactersIn` on scalars, nil when that might differ: every member of `set` is an
    /// ASCII scalar but CR and LF, and the scalars next to what is trimmed are ASCII or Thai, where
    /// `ThaiGraphemes.joins` knows the Character boundaries.
    func trimmingScalarsIn(_ set: String) -> String? {
        let members = Array(set.unicodeScalars)
        guard members.allSatisfy({ $0.value < 0x80 && $0 != "\n" && $0 != "\r" }) else { return nil }
        let u = unicodeScalars
        var i = u.startIndex, j = u.endIndex
        while i < j, members.contains(u[i]) {
            let next = u.index(after: i)
            if next < u.endIndex {
                // A member followed by a scalar that joins it is no Character of the set.
                guard let joined = ThaiGraphemes.joins(u[i], u[next]) else { return nil }
                if joined { break }
            }
            i = next
        }
        while j > i {
            let last = u.index(before: j)
            guard members.contains(u[last]) else { break }
            if last > u.startIndex { guard ThaiGraphemes.joins(u[u.index(before: last)], u[last]) != nil else { return nil } }
            j = last
        }
        if i == u.startIndex && j == u.endIndex { return self }
        return String(u[i..<j])
    }
}
