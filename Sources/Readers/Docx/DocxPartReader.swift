import Foundation
import SarabanCore

/// Reads the blocks of one WordprocessingML part (document, header, footer, footnotes) into the
/// model: paragraphs with runs joined, lists with Word's rendered labels, tables with merges,
/// tracked changes resolved (insertions kept, deletions dropped), fields reduced to their result,
/// text boxes read once (one branch of `mc:AlternateContent`).
struct DocxPartReader {
    let part: String
    var numbering: DocxNumbering
    let styles: DocxStyles
    var warnings: [Warning] = []
    private var index = 0
    private(set) var page = 1
    /// Word numbers note references in order of appearance: footnotes 1, 2, 3 …, endnotes i, ii, iii …
    private var footnoteCount = 0
    private var endnoteCount = 0

    init(part: String, numbering: DocxNumbering, styles: DocxStyles) {
        self.part = part
        self.numbering = numbering
        self.styles = styles
    }

    // MARK: block level

    /// The blocks inside a container (`w:body`, `w:tc`, `w:txbxContent`, `w:hdr`, `w:footnote` …).
    mutating func blocks(in container: XMLElement) -> [Block] {
        var out: [Block] = []
        for child in container.elements {
            switch child.name {
            case "w:p": out += paragraph(child)
            case "w:tbl": out.append(table(child))
            case "w:sdt": if let content = child.first("w:sdtContent") { out += blocks(in: content) }
            case "w:customXml", "w:ins", "w:moveTo", "w:smartTag", "w:sdtContent": out += blocks(in: child)
            case "mc:AlternateContent": if let branch = Self.branch(child) { out += blocks(in: branch) }
            default: break  // w:del, w:moveFrom, w:sectPr, bookmarks, proofing marks
            }
        }
        return out
    }

    private func provenance() -> Provenance { Provenance(part: part, index: index, page: page) }

    /// Text collected from a paragraph's runs.
    private struct Inline {
        var pieces: [String] = [""]
        /// Open fields: whether each shows its result yet (after `separate`).
        var fields: [Bool] = []
        var extra: [Block] = []
        /// The run's font when it is a symbol font (Wingdings, Symbol): its text is private-use codes.
        var symbolFont: String?
        var showing: Bool { fields.allSatisfy { $0 } }
        mutating func append(_ s: String) { if showing { pieces[pieces.count - 1] += s } }
    }

    mutating func paragraph(_ p: XMLElement) -> [Block] {
        let props = DocxParagraphProperties(p.first("w:pPr"))
        let style = styles.resolved(props.style)
        var out: [Block] = []
        if props.pageBreakBefore { page += 1; out.append(.pageBreak(provenance())) }

        var inline = Inline()
        for child in p.elements where child.name != "w:pPr" { self.inline(child, &inline) }

        let numId = props.numId ?? style.numId
        let level = props.level ?? style.level ?? 0
        var label: String?
        if let numId { label = numbering.nextLabel(numId: numId, level: level) }
        let layout = Layout(alignment: DocxParagraphProperties.alignment(props.alignment ?? style.alignment),
                            indent: props.firstLine ?? style.firstLine, style: props.style)

        // Empty paragraphs (spacing, anchors of text boxes) are left out; a list item always shows.
        var first = true
        for (i, piece) in inline.pieces.enumerated() {
            if i > 0 { page += 1; out.append(.pageBreak(provenance())) }
            let blank = piece.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" }
            if let label, first {
                out.append(.listItem(BlockFactory.listItem(label: label, level: level, piece, provenance: provenance(), layout: layout)))
                first = false
            } else if !blank {
                out.append(.paragraph(BlockFactory.paragraph(piece, provenance: provenance(), layout: layout)))
                first = false
            }
        }
        index += 1
        return out + inline.extra
    }

    /// A table: rows of cells; `w:gridSpan` → column span, `w:vMerge` without restart → continuation.
    mutating func table(_ tbl: XMLElement) -> Block {
        let prov = provenance()
        var rows: [TableRow] = []
        for tr in Self.flatten(tbl, "w:tr") {
            var cells: [TableCell] = []
            for tc in Self.flatten(tr, "w:tc") {
                let tcPr = tc.first("w:tcPr")
                let span = tcPr?.first("w:gridSpan")?["w:val"].flatMap(Int.init) ?? 1
                let vMerge = tcPr?.first("w:vMerge")
                let continuation = vMerge != nil && vMerge?["w:val"] != "restart"
                cells.append(TableCell(blocks: blocks(in: tc), columnSpan: max(1, span), isMergedContinuation: continuation))
            }
            rows.append(TableRow(cells: cells))
        }
        return .table(Table(rows: rows, provenance: prov))
    }

    /// Children named `name`, looking through content controls, custom XML and insertions.
    private static func flatten(_ e: XMLElement, _ name: String) -> [XMLElement] {
        var out: [XMLElement] = []
        for child in e.elements {
            if child.name == name { out.append(child) }
            else if child.name == "w:sdt" { if let c = child.first("w:sdtContent") { out += flatten(c, name) } }
            else if ["w:customXml", "w:ins", "w:moveTo", "w:sdtContent"].contains(child.name) { out += flatten(child, name) }
        }
        return out
    }

    /// `mc:AlternateContent`: the first `mc:Choice`, else `mc:Fallback`; never both.
    static func branch(_ e: XMLElement) -> XMLElement? {
        e.first("mc:Choice") ?? e.first("mc:Fallback")
    }

    // MARK: run level

    private mutating func inline(_ e: XMLElement, _ state: inout Inline) {
        switch e.name {
        case "w:r":
            let fonts = e.first("w:rPr")?.first("w:rFonts")
            let font = fonts?["w:ascii"] ?? fonts?["w:hAnsi"] ?? fonts?["w:cs"]
            state.symbolFont = font.flatMap { DocxSymbols.isSymbolFont($0) ? $0 : nil }
            for child in e.elements { run(child, &state) }
            state.symbolFont = nil
        case "w:hyperlink", "w:smartTag", "w:ins", "w:moveTo", "w:customXml", "w:fldSimple", "w:dir", "w:bdo", "w:sdtContent":
            for child in e.elements { inline(child, &state) }
        case "w:sdt": if let c = e.first("w:sdtContent") { inline(c, &state) }
        case "mc:AlternateContent": if let b = Self.branch(e) { for child in b.elements { inline(child, &state) } }
        default: break  // w:del, w:moveFrom, bookmarks, proofing, comments
        }
    }

    /// Text in a symbol font, character by character, as the symbols it draws.
    private mutating func symbolText(_ text: String, font: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            if let mapped = DocxSymbols.map(font: font, code: s.value) {
                out += mapped
            } else if s.value >= 0xE000 && s.value <= 0xF8FF {
                out += "\u{FFFD}"
                warnings.append(Warning(code: "unknown_symbol", message: "\(part): \(font) character U+\(String(s.value, radix: 16, uppercase: true)) has no Unicode mapping; shown as U+FFFD"))
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    private mutating func run(_ e: XMLElement, _ state: inout Inline) {
        switch e.name {
        case "w:t":
            // Without xml:space="preserve", Word ignores blanks at the ends of a text run.
            var text = e.textContent
            if e["xml:space"] != "preserve" { text = Trimming.whitespaceAndNewlines(text) }
            if let font = state.symbolFont { text = symbolText(text, font: font) }
            state.append(text)
        case "w:tab", "w:ptab": state.append("\t")
        case "w:br":
            if e["w:type"] == "page" { if state.showing { state.pieces.append("") } } else { state.append("\n") }
        case "w:cr": state.append("\n")
        case "w:noBreakHyphen": state.append("\u{2011}")
        case "w:softHyphen": state.append("\u{00AD}")
        case "w:sym":
            let code = e["w:char"].flatMap { UInt32($0, radix: 16) } ?? 0
            if let s = DocxSymbols.map(font: e["w:font"], code: code) {
                state.append(s)
            } else {
                state.append("\u{FFFD}")
                warnings.append(Warning(code: "unknown_symbol", message: "\(part): w:sym \(e["w:font"] ?? "?") \(e["w:char"] ?? "?") has no Unicode mapping; shown as U+FFFD", text: e["w:char"]))
            }
        case "w:fldChar":
            switch e["w:fldCharType"] {
            case "begin": state.fields.append(false)
            case "separate": if !state.fields.isEmpty { state.fields[state.fields.count - 1] = true }
            case "end": _ = state.fields.popLast()
            default: break
            }
        case "w:drawing", "w:pict", "w:object":
            for box in e.descendants("w:txbxContent") { state.extra += blocks(in: box) }
        case "mc:AlternateContent":
            if let b = Self.branch(e) { for child in b.elements { run(child, &state) } }
        case "w:footnoteReference":
            // The reference mark as Word shows it (a custom mark is the run's own text instead).
            if e["w:customMarkFollows"] == nil { footnoteCount += 1; state.append(String(footnoteCount)) }
        case "w:endnoteReference":
            if e["w:customMarkFollows"] == nil { endnoteCount += 1; state.append(ListLabelFormat.lowerRoman.render(endnoteCount)) }
        case "w:ins", "w:smartTag", "w:sdtContent", "w:hyperlink":
            for child in e.elements { run(child, &state) }
        default: break  // w:delText, w:instrText, w:rPr, w:lastRenderedPageBreak, note references
        }
    }
}
