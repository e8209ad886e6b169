import SarabanCore
import ThaiText

/// Every block's text goes through the one Thai normaliser; its repairs become the model's `Repair`s.
enum Repairing {
    static let options = ThaiNormalizer.Options(foldWhitespace: true, keepNewlines: true)

    struct Result {
        var text: String
        var repairs: [Repair]
        /// Maps a scalar offset in the raw text to its offset in the repaired text.
        var mapOffset: (Int) -> Int
    }

    static func repair(_ untrimmed: String) -> Result {
        // Blanks at the ends of a block carry no meaning once the indent is in `layout`.
        var raw = Substring(untrimmed)
        var lead = 0
        while let first = raw.unicodeScalars.first, first == " " || first == "\u{00A0}" { raw.unicodeScalars.removeFirst(); lead += 1 }
        while let last = raw.unicodeScalars.last, last == " " || last == "\u{00A0}" || last == "\n" { raw.unicodeScalars.removeLast() }
        let n = ThaiNormalizer.normalize(String(raw), options: options)
        let repairs = n.repairs.map { Repair(code: $0.code, original: $0.original, replacement: $0.replacement, offset: $0.offset) }
        let map = n.offsetMap
        return Result(text: n.text, repairs: repairs, mapOffset: { untrimmedOffset in
            let original = untrimmedOffset - lead
            // First repaired offset whose original offset is at or after `original`.
            var lo = 0, hi = map.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if map[mid] < original { lo = mid + 1 } else { hi = mid }
            }
            return lo
        })
    }

    /// Text only (for labels and properties).
    static func text(_ raw: String) -> String { repair(raw).text }
}

/// Builds repaired paragraphs and list items from raw reader text.
enum BlockFactory {
    static func paragraph(_ raw: String, provenance: Provenance, layout: Layout? = nil) -> Paragraph {
        let r = Repairing.repair(raw)
        return Paragraph(text: r.text, provenance: provenance, layout: layout, repairs: r.repairs)
    }

    static func listItem(label: String, level: Int, _ raw: String, provenance: Provenance, layout: Layout? = nil) -> ListItem {
        let r = Repairing.repair(raw)
        return ListItem(label: Repairing.text(label), level: level, text: r.text, provenance: provenance,
                        layout: layout, repairs: r.repairs)
    }
}
