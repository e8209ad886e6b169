import Foundation

/// Paragraph styles (word/styles.xml) as far as they matter for reading: numbering, alignment
/// and indents that a paragraph inherits from its style (following `w:basedOn`).
struct DocxStyles {
    struct Style {
        var basedOn: String?
        var numId: String?
        var level: Int?
        var alignment: String?
        var firstLine: Int?
        var left: Int?
    }
    /// Parts of styles.xml the reader never looks at (run and table formatting, Word's latent style
    /// list): left out of the tree, which makes a big styles part several times cheaper to read.
    static let unused: Set<String> = ["w:latentStyles", "w:rPr", "w:rPrDefault", "w:tblPr", "w:tblStylePr", "w:trPr", "w:tcPr"]

    private var styles: [String: Style] = [:]
    /// The style of paragraphs that name none (`w:default="1"`).
    private(set) var defaultStyle: String?

    init() {}

    init(_ xml: XMLTape) {
        for s in xml.all(xml.root, "w:style") where xml.attribute(s, "w:type") == "paragraph" {
            guard let id = xml.attribute(s, "w:styleId") else { continue }
            var style = Style()
            style.basedOn = xml.first(s, "w:basedOn").flatMap { xml.attribute($0, "w:val") }
            if let pPr = xml.first(s, "w:pPr") {
                let props = DocxParagraphProperties(xml, pPr)
                style.numId = props.numId
                style.level = props.level
                style.alignment = props.alignment
                style.firstLine = props.firstLine
                style.left = props.left
            }
            styles[id] = style
            let isDefault = xml.attribute(s, "w:default")
            if isDefault == "1" || isDefault == "true" { defaultStyle = id }
        }
    }

    /// The style with everything it inherits filled in.
    func resolved(_ id: String?) -> Style {
        var result = Style()
        var next = id ?? defaultStyle
        var seen = 0
        while let current = next, let style = styles[current], seen < 32 {
            if result.numId == nil { result.numId = style.numId; if result.level == nil { result.level = style.level } }
            if result.level == nil { result.level = style.level }
            if result.alignment == nil { result.alignment = style.alignment }
            if result.firstLine == nil { result.firstLine = style.firstLine }
            if result.left == nil { result.left = style.left }
            next = style.basedOn
            seen += 1
        }
        return result
    }
}

extension DocxStyles {
    static let cache = DocxPartCache<DocxStyles>()
}

/// What a `w:pPr` says about numbering, alignment and indent.
struct DocxParagraphProperties {
    var style: String?
    var numId: String?
    var level: Int?
    var alignment: String?
    var firstLine: Int?
    /// `w:left` (or `w:start`): the paragraph's left indent in twips.
    var left: Int?
    var pageBreakBefore = false

    init(_ xml: XMLTape, _ pPr: XMLTape.Element?) {
        guard let pPr else { return }
        /// `w:val` of the first child named `name` of `e`.
        func value(_ e: XMLTape.Element, _ name: String) -> String? { xml.first(e, name).flatMap { xml.attribute($0, "w:val") } }
        style = value(pPr, "w:pStyle")
        if let numPr = xml.first(pPr, "w:numPr") {
            numId = value(numPr, "w:numId")
            level = value(numPr, "w:ilvl").flatMap(Int.init).map { $0.clamped(to: DocxNumbering.levels) }
        }
        alignment = value(pPr, "w:jc")
        if let ind = xml.first(pPr, "w:ind") {
            if let f = (xml.attribute(ind, "w:firstLine") ?? xml.attribute(ind, "w:firstLineChars")).flatMap(Int.init) { firstLine = f }
            if let h = xml.attribute(ind, "w:hanging").flatMap(Int.init) { firstLine = -h }
            if let l = (xml.attribute(ind, "w:left") ?? xml.attribute(ind, "w:start")).flatMap(Int.init) { left = l }
        }
        if let b = xml.first(pPr, "w:pageBreakBefore") { pageBreakBefore = xml.attribute(b, "w:val").map { $0 != "0" && $0 != "false" } ?? true }
    }

    static func alignment(_ jc: String?) -> Layout.Alignment? {
        switch jc {
        case "left", "start": return .left
        case "center": return .center
        case "right", "end": return .right
        case "both", "distribute", "lowKashida", "mediumKashida", "highKashida", "thaiDistribute": return .justify
        default: return nil
        }
    }
}

import SarabanCore
