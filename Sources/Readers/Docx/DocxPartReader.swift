import Foundation
import SarabanCore

/// Reads the blocks of one WordprocessingML part (document, header, footer, footnotes) into the
/// model: paragraphs with runs joined, lists with Word's rendered labels, tables with merges,
/// tracked changes resolved (insertions kept, deletions dropped), fields reduced to their result,
/// text boxes read once (one branch of `mc:AlternateContent`).
struct DocxPartReader {
    let part: String
    /// The part, read by `XMLTape.parse`; elements are indices into it.
    let xml: XMLTape
    var numbering: DocxNumbering
    let styles: DocxStyles
    var warnings: [Warning] = []
    private var index = 0
    private(set) var page = 1
    /// Word numbers note references in order of appearance: footnotes 1, 2, 3 …, endnotes i, ii, iii …
    private var footnoteCount = 0
    private var endnoteCount = 0

    init(part: String, xml: XMLTape, numbering: DocxNumbering, styles: DocxStyles) {
        self.part = part
        self.xml = xml
        self.numbering = numbering
        self.styles = styles
    }

    // MARK: block level

    /// The blocks inside a container (`w:body`, `w:tc`, `w:txbxContent`, `w:hdr`, `w:footnote` …).
    mutating func blocks(in container: XMLTape.Element) -> [Block] {
        var out: [Block] = []
        for child in xml.elements(container) {
            switch xml.name(child) {
            case "w:p": out += paragraph(child)
            case "w:tbl": out.append(table(child))
            case "w:sdt": if let content = xml.first(child, "w:sdtContent") { out += blocks(in: content) }
            case "w:customXml", "w:ins", "w:moveTo", "w:smartTag", "w:sdtContent": out += blocks(in: child)
            case "mc:AlternateContent": if let branch = branch(child) { out += blocks(in: branch) }
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

    mutating func paragraph(_ p: XMLTape.Element) -> [Block] {
        let props = DocxParagraphProperties(xml, xml.first(p, "w:pPr"))
        let style = styles.resolved(props.style)
        var out: [Block] = []
        if props.pageBreakBefore { page += 1; out.append(.pageBreak(provenance())) }

        var inline = Inline()
        for child in xml.elements(p) where xml.name(child) != "w:pPr" { self.inline(child, &inline) }

        let numId = props.numId ?? style.numId
        let level = props.level ?? style.level ?? 0
        var label: String?
        if let numId { label = numbering.nextLabel(numId: numId, level: level) }
        let layout = Layout(alignment: DocxParagraphProperties.alignment(props.alignment ?? style.alignment),
                            indent: props.firstLine ?? style.firstLine, style: props.style, left: props.left ?? style.left)

        // Empty paragraphs (spacing, anchors of text boxes) are left out; a list item always shows.
        var first = true
        for (i, piece) in inline.pieces.enumerated() {
            if i > 0 { page += 1; out.append(.pageBreak(provenance())) }
            // By scalar: a Character comparison is a string comparison, and space, tab and line feed
            // never join another scalar in one grapheme, so the answer is the same.
            let blank = piece.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\n" }
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
    mutating func table(_ tbl: XMLTape.Element) -> Block {
        let prov = provenance()
        var rows: [TableRow] = []
        for tr in flatten(tbl, "w:tr") {
            var cells: [TableCell] = []
            for tc in flatten(tr, "w:tc") {
                let tcPr = xml.first(tc, "w:tcPr")
                let span = tcPr.flatMap { xml.first($0, "w:gridSpan") }.flatMap { xml.attribute($0, "w:val") }.flatMap(Int.init) ?? 1
                let vMerge = tcPr.flatMap { xml.first($0, "w:vMerge") }
                let continuation = vMerge != nil && vMerge.flatMap { xml.attribute($0, "w:val") } != "restart"
                cells.append(TableCell(blocks: blocks(in: tc), columnSpan: max(1, span), isMergedContinuation: continuation))
            }
            rows.append(TableRow(cells: cells))
        }
        return .table(Table(rows: rows, provenance: prov))
    }

    /// Children named `name`, looking through content controls, custom XML and insertions.
    private func flatten(_ e: XMLTape.Element, _ name: String) -> [XMLTape.Element] {
        var out: [XMLTape.Element] = []
        for child in xml.elements(e) {
            let childName = xml.name(child)
            if childName == name { out.append(child) }
            else if childName == "w:sdt" { if let c = xml.first(child, "w:sdtContent") { out += flatten(c, name) } }
            else if ["w:customXml", "w:ins", "w:moveTo", "w:sdtContent"].contains(childName) { out += flatten(child, name) }
        }
        return out
    }

    /// `mc:AlternateContent`: the first `mc:Choice`, else `mc:Fallback`; never both.
    func branch(_ e: XMLTape.Element) -> XMLTape.Element? {
        xml.first(e, "mc:Choice") ?? xml.first(e, "mc:Fallback")
    }

    // MARK: run level

    private mutating func inline(_ e: XMLTape.Element, _ state: inout Inline) {
        switch xml.name(e) {
        case "w:r":
            let fonts = xml.first(e, "w:rPr").flatMap { xml.first($0, "w:rFonts") }
            let font = fonts.flatMap { xml.attribute($0, "w:ascii") ?? xml.attribute($0, "w:hAnsi") ?? xml.attribute($0, "w:cs") }
            state.symbolFont = font.flatMap { DocxSymbols.isSymbolFont($0) ? $0 : nil }
            for child in xml.elements(e) { run(child, &state) }
            state.symbolFont = nil
        case "w:hyperlink", "w:smartTag", "w:ins", "w:moveTo", "w:customXml", "w:fldSimple", "w:dir", "w:bdo", "w:sdtContent":
            for child in xml.elements(e) { inline(child, &state) }
        case "w:sdt": if let c = xml.first(e, "w:sdtContent") { inline(c, &state) }
        case "mc:AlternateContent": if let b = branch(e) { for child in xml.elements(b) { inline(child, &state) } }
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

    private mutating func run(_ e: XMLTape.Element, _ state: inout Inline) {
        switch xml.name(e) {
        case "w:t":
            // Without xml:space="preserve", Word ignores blanks at the ends of a text run.
            var text = xml.textContent(e)
            if xml.attribute(e, "xml:space") != "preserve" { text = Trimming.whitespaceAndNewlines(text) }
            if let font = state.symbolFont { text = symbolText(text, font: font) }
            state.append(text)
        case "w:tab", "w:ptab": state.append("\t")
        case "w:br":
            if xml.attribute(e, "w:type") == "page" { if state.showing { state.pieces.append("") } } else { state.append("\n") }
        case "w:cr": state.append("\n")
        case "w:noBreakHyphen": state.append("\u{2011}")
        case "w:softHyphen": state.append("\u{00AD}")
        case "w:sym":
            let char = xml.attribute(e, "w:char"), font = xml.attribute(e, "w:font")
            let code = char.flatMap { UInt32($0, radix: 16) } ?? 0
            if let s = DocxSymbols.map(font: font, code: code) {
                state.append(s)
            } else {
                state.append("\u{FFFD}")
                warnings.append(Warning(code: "unknown_symbol", message: "\(part): w:sym \(font ?? "?") \(char ?? "?") has no Unicode mapping; shown as U+FFFD", text: char))
            }
        case "w:fldChar":
            switch xml.attribute(e, "w:fldCharType") {
            case "begin": state.fields.append(false)
            case "separate": if !state.fields.isEmpty { state.fields[state.fields.count - 1] = true }
            case "end": _ = state.fields.popLast()
            default: break
            }
        case "w:drawing", "w:pict", "w:object":
            for box in xml.descendants(e, "w:txbxContent") { state.extra += blocks(in: box) }
        case "mc:AlternateContent":
            if let b = branch(e) { for child in xml.elements(b) { run(child, &state) } }
        case "w:footnoteReference":
            // The reference mark as Word shows it (a custom mark is the run's own text instead).
            if !xml.has(e, "w:customMarkFollows") { footnoteCount += 1; state.append(String(footnoteCount)) }
        case "w:endnoteReference":
            if !xml.has(e, "w:customMarkFollows") { endnoteCount += 1; state.append(ListLabelFormat.lowerRoman.render(endnoteCount)) }
        case "w:ins", "w:smartTag", "w:sdtContent", "w:hyperlink":
            for child in xml.elements(e) { run(child, &state) }
        default: break  // w:delText, w:instrText, w:rPr, w:lastRenderedPageBreak, note references
        }
    }
}
