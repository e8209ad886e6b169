import SarabanCore

/// The document as plain text, like `pandoc -t plain` but Thai-aware: one block per paragraph
/// with a blank line between, list labels shown, table rows one per line with cells separated by
/// tabs, page breaks as form feeds. Headers, footers and footnotes are left out, as LibreOffice's
/// text export leaves them out.
public enum PlainTextRenderer {
    public static func render(_ document: Document) -> String {
        var out: [String] = []
        for block in document.blocks {
            switch block {
            case .pageBreak: out.append("\u{0C}")
            case .table(let t):
                out.append(t.rows.map { row in
                    row.cells.map { cell in cell.blocks.map(render).joined(separator: " ").replacingOccurrences(of: "\n", with: " ") }
                        .joined(separator: "\t")
                }.joined(separator: "\n"))
            default: out.append(render(block))
            }
        }
        return out.joined(separator: "\n\n") + (out.isEmpty ? "" : "\n")
    }

    static func render(_ block: Block) -> String {
        switch block {
        case .table(let t):
            return t.rows.map { row in row.cells.map { $0.blocks.map(render).joined(separator: " ") }.joined(separator: "\t") }
                .joined(separator: "\n")
        default: return block.plainText
        }
    }
}
