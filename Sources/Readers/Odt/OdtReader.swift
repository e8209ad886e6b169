import SarabanCore

/// OpenDocument text (.odt): content.xml for the body, styles.xml for list styles and page
/// headers/footers, meta.xml for properties. Tracked changes (`text:tracked-changes`) are skipped,
/// so deleted text never shows.
public struct OdtReader: DocumentReader {
    public static let format = SourceFormat.odt
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .standard) { self.limits = limits }

    public func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        var zip = try SafeZip(bytes: input.bytes, file: input.path, limits: limits)
        func xml(_ part: String) throws(SarabanError) -> XMLElement? {
            guard let bytes = try zip.read(part) else { return nil }
            return try SafeXML.parse(bytes, file: input.path, part: part, limits: limits)
        }
        guard let content = try xml("content.xml") else {
            throw SarabanError(.malformed, file: input.path, part: "content.xml", reason: "the content part is missing")
        }
        guard let text = content.first("office:body")?.first("office:text") else {
            throw SarabanError(.malformed, file: input.path, part: "content.xml", reason: "no office:text: not a text document")
        }
        let stylesRoot = try xml("styles.xml")
        var lists = OdtListStyles()
        if let stylesRoot { lists.add(stylesRoot) }
        lists.add(content)

        var document = Document(source: SourceInfo(path: input.path, format: .odt, sha256: input.sha256, byteCount: input.bytes.count))
        var symbolStyles: [String: String] = [:]
        for root in [stylesRoot, content].compactMap({ $0 }) {
            for style in root.descendants("style:style") {
                guard let name = style["style:name"], let font = style.first("style:text-properties")?["style:font-name"],
                      DocxSymbols.isSymbolFont(font) else { continue }
                symbolStyles[name] = font
            }
        }
        var body = OdtPartReader(part: "content.xml", lists: lists, symbolStyles: symbolStyles)
        document.blocks = body.blocks(in: text)
        document.footnotes = body.footnotes
        if let master = stylesRoot?.first("office:master-styles") {
            var reader = OdtPartReader(part: "styles.xml", lists: lists, symbolStyles: symbolStyles)
            for page in master.all("style:master-page") {
                for h in page.elements where h.name == "style:header" { document.headers += reader.blocks(in: h) }
                for f in page.elements where f.name == "style:footer" { document.footers += reader.blocks(in: f) }
            }
        }
        if let meta = try xml("meta.xml")?.first("office:meta") { document.properties = Self.properties(meta) }
        return document
    }

    static let propertyNames: [String: String] = [
        "dc:title": "title", "meta:initial-creator": "creator", "dc:creator": "last_modified_by",
        "meta:creation-date": "created", "dc:date": "modified", "dc:subject": "subject",
        "dc:description": "description", "meta:keyword": "keywords",
    ]

    static func properties(_ meta: XMLElement) -> [String: String] {
        var out: [String: String] = [:]
        for e in meta.elements {
            guard let key = propertyNames[e.name] else { continue }
            let value = Repairing.text(e.textContent)
            if !value.isEmpty { out[key] = value }
        }
        return out
    }
}

/// The blocks of one ODF text container.
struct OdtPartReader {
    let part: String
    let lists: OdtListStyles
    /// Text styles set in a symbol font (Wingdings, Symbol): their text is private-use codes.
    let symbolStyles: [String: String]
    var footnotes: [Block] = []
    private var index = 0
    private var page = 1
    /// Counters of the lists read so far, by list style, for `text:continue-numbering`.
    private var lastCounters: [String: OdtListStyles.Counters] = [:]

    init(part: String, lists: OdtListStyles, symbolStyles: [String: String] = [:]) {
        self.part = part
        self.lists = lists
        self.symbolStyles = symbolStyles
    }

    private func provenance() -> Provenance { Provenance(part: part, index: index, page: page) }

    mutating func blocks(in container: XMLElement) -> [Block] {
        var out: [Block] = []
        for child in container.elements {
            switch child.name {
            case "text:p", "text:h": out += paragraph(child, label: nil, level: 0)
            case "text:list":
                let style = child["text:style-name"]
                var counters = (child["text:continue-numbering"] == "true" || child["text:continue-list"] != nil)
                    ? lastCounters[style ?? ""] ?? .init() : .init()
                out += list(child, style: style, level: 0, counters: &counters)
                lastCounters[style ?? ""] = counters
            case "table:table": out.append(table(child))
            case "text:section", "text:index-body", "text:table-of-content", "text:alphabetical-index", "text:illustration-index":
                out += blocks(in: child)
            case "text:soft-page-break": break
            default: break  // text:tracked-changes, text:sequence-decls, office:forms, declarations
            }
        }
        return out
    }

    private mutating func list(_ list: XMLElement, style: String?, level: Int, counters: inout OdtListStyles.Counters) -> [Block] {
        var out: [Block] = []
        let style = list["text:style-name"] ?? style
        for item in list.elements where item.name == "text:list-item" || item.name == "text:list-header" {
            var labelled = item.name == "text:list-item"
            for child in item.elements {
                switch child.name {
                case "text:p", "text:h":
                    var label: String?
                    if labelled {
                        label = lists.label(style: style, level: level, counters: &counters,
                                            startValue: item["text:start-value"].flatMap(Int.init))
                        labelled = false
                    }
                    out += paragraph(child, label: label, level: level)
                case "text:list": out += self.list(child, style: style, level: level + 1, counters: &counters)
                case "table:table": out.append(table(child))
                default: break
                }
            }
        }
        return out
    }

    private mutating func table(_ t: XMLElement) -> Block {
        let prov = provenance()
        var rows: [TableRow] = []
        func collectRows(_ e: XMLElement) {
            for child in e.elements {
                switch child.name {
                case "table:table-row": rows.append(row(child))
                case "table:table-header-rows", "table:table-rows", "table:table-row-group": collectRows(child)
                default: break
                }
            }
        }
        collectRows(t)
        return .table(Table(rows: rows, provenance: prov))
    }

    private mutating func row(_ r: XMLElement) -> TableRow {
        var cells: [TableCell] = []
        for c in r.elements {
            let span = c["table:number-columns-spanned"].flatMap(Int.init) ?? 1
            // A repeated empty cell is written once with a count; keep the count bounded.
            let repeated = min(c["table:number-columns-repeated"].flatMap(Int.init) ?? 1, 64)
            switch c.name {
            case "table:table-cell":
                let blocks = self.blocks(in: c)
                for _ in 0..<repeated { cells.append(TableCell(blocks: blocks, columnSpan: max(1, span))) }
            case "table:covered-table-cell":
                // Covered by a span from the left or above: LibreOffice shows nothing there.
                // A cell covered from the row above is a vertical-merge continuation.
                for _ in 0..<repeated { cells.append(TableCell(blocks: [], isMergedContinuation: true)) }
            default: break
            }
        }
        return TableRow(cells: cells)
    }

    private struct Inline {
        var text = ""
        var extra: [Block] = []
    }

    private mutating func paragraph(_ p: XMLElement, label: String?, level: Int) -> [Block] {
        var inline = Inline()
        collect(p, &inline)
        let layout = Layout(style: p["text:style-name"])
        let prov = provenance()
        index += 1
        // Empty paragraphs (spacing, anchors of frames) are left out; a list item always shows.
        if label == nil && inline.text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) { return inline.extra }
        let block: Block = label.map {
            .listItem(BlockFactory.listItem(label: $0, level: level, inline.text, provenance: prov, layout: layout))
        } ?? .paragraph(BlockFactory.paragraph(inline.text, provenance: prov, layout: layout))
        return [block] + inline.extra
    }

    /// ODF white space: runs of spaces, tabs and newlines in text count as one space; spaces that
    /// matter are written as `text:s`, tabs as `text:tab`, breaks as `text:line-break`.
    private mutating func collect(_ e: XMLElement, _ inline: inout Inline, font: String? = nil) {
        let font = e["text:style-name"].flatMap { symbolStyles[$0] } ?? font
        for node in e.children {
            switch node {
            case .text(var t):
                if let font {
                    t = String(t.unicodeScalars.map { s in DocxSymbols.map(font: font, code: s.value) ?? String(s) }.joined())
                }
                var folded = ""
                var lastSpace = inline.text.last == " "
                for ch in t {
                    if ch == " " || ch == "\t" || ch == "\n" || ch == "\r" {
                        if !lastSpace { folded.append(" ") }
                        lastSpace = true
                    } else {
                        folded.append(ch)
                        lastSpace = false
                    }
                }
                inline.text += folded
            case .element(let c):
                switch c.name {
                case "text:s": inline.text += String(repeating: " ", count: min(max(c["text:c"].flatMap(Int.init) ?? 1, 1), 1000))
                case "text:tab": inline.text += "\t"
                case "text:line-break": inline.text += "\n"
                case "text:note":
                    if let body = c.first("text:note-body") { footnotes += blocks(in: body) }
                case "office:annotation", "office:annotation-end", "text:note-citation", "text:bookmark", "text:bookmark-start",
                     "text:bookmark-end", "text:change", "text:change-start", "text:change-end", "text:soft-page-break",
                     "text:reference-mark", "text:toc-mark", "text:alphabetical-index-mark":
                    break
                case "draw:frame", "draw:custom-shape", "draw:text-box", "draw:rect", "draw:g":
                    inline.extra += drawing(c)
                default:
                    // Spans, links, fields (their shown value is their text), ruby, meta.
                    collect(c, &inline, font: font)
                }
            }
        }
    }

    /// Paragraphs inside a frame or shape, read after the paragraph that anchors them.
    private mutating func drawing(_ e: XMLElement) -> [Block] {
        var out: [Block] = []
        for child in e.elements {
            switch child.name {
            case "text:p", "text:h", "text:list", "table:table":
                out += blocks(in: XMLElement.wrapping(child))
            case "draw:text-box", "draw:frame", "draw:g", "draw:custom-shape", "draw:rect":
                out += drawing(child)
            default: break
            }
        }
        return out
    }
}

extension XMLElement {
    /// A synthetic container holding one element, to read it with a block walker.
    static func wrapping(_ child: XMLElement) -> XMLElement {
        let e = XMLElement(name: "#container", attributes: [:])
        e.children = [.element(child)]
        return e
    }
}
