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
        let n = normalizeKeepingTabs(String(raw))
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

    /// A tab separates table-like columns in DOCX, ODT and text input, so it must survive white-space
    /// folding: a run of blanks holding a tab becomes one "\t", and the text between tabs is
    /// normalised on its own (the foundation's `keepTabs` option does the same once merged).
    static func normalizeKeepingTabs(_ raw: String) -> NormalizedText {
        guard raw.unicodeScalars.contains("\t") else { return ThaiNormalizer.normalize(raw, options: options) }
        var text = ""
        var repairs: [TextRepair] = []
        var map: [Int] = []
        var originalBase = 0
        var repairedBase = 0
        let scalars = Array(raw.unicodeScalars)
        var start = 0
        while start <= scalars.count {
            var end = start
            while end < scalars.count && scalars[end] != "\t" { end += 1 }
            // The segment without the blanks that touch a tab.
            var segStart = start, segEnd = end
            if start > 0 { while segStart < segEnd && scalars[segStart] == " " { segStart += 1 } }
            if end < scalars.count { while segEnd > segStart && scalars[segEnd - 1] == " " { segEnd -= 1 } }
            let segment = ScalarString.make(scalars[segStart..<segEnd])
            let n = ThaiNormalizer.normalize(segment, options: options)
            originalBase = segStart
            text += n.text
            for r in n.repairs {
                var shifted = r
                shifted.offset += repairedBase
                shifted.originalOffset += originalBase
                repairs.append(shifted)
            }
            map += n.offsetMap.dropLast().map { $0 + originalBase }
            repairedBase += n.text.unicodeScalars.count
            if end >= scalars.count {
                map.append((n.offsetMap.last ?? 0) + originalBase)
                break
            }
            // One tab for the whole blank run that holds it.
            var next = end
            while next < scalars.count && (scalars[next] == "\t" || scalars[next] == " ") { next += 1 }
            // A run of blanks at the very end is dropped by the caller's trimming.
            text += "\t"
            map.append(end)
            repairedBase += 1
            start = next
            if start == scalars.count {
                map.append(scalars.count)
                break
            }
        }
        return NormalizedText(text: text, repairs: repairs, offsetMap: map)
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
