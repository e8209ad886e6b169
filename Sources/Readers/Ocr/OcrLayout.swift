import SarabanCore

/// Turns rebuilt OCR lines into blocks: runs of lines with columns at consistent x positions
/// become tables (one row per line), the rest are grouped into paragraphs by vertical spacing
/// and indentation, with centred lines marked as such.
enum OcrLayout {
    /// Two column starts within this many character heights are the same column.
    static let columnTolerance = 2.0
    /// A line starting this many character heights right of the text's left edge is indented.
    static let indentThreshold = 1.5
    /// A gap between lines larger than this many times the usual one starts a paragraph.
    static let paragraphGap = 1.5
    /// A line whose centre is this close (fraction of the text width) to the text's centre, and
    /// that does not reach the left edge, is centred.
    static let centerTolerance = 0.04

    static func blocks(_ pages: [OcrPage], part: String?) -> [Block] {
        var blocks: [Block] = []
        for page in pages {
            let lines = OcrLineBuilder.lines(page.words)
            guard !lines.isEmpty else { continue }
            if !blocks.isEmpty { blocks.append(.pageBreak(Provenance(part: part, index: blocks.count, page: page.number))) }
            blocks += pageBlocks(lines, page: page, part: part, firstIndex: blocks.count)
        }
        return blocks
    }

    private static func pageBlocks(_ lines: [OcrLine], page: OcrPage, part: String?, firstIndex: Int) -> [Block] {
        let unit = OcrLineBuilder.median(lines.map(\.charHeight))
        let left = lines.map { Double($0.bbox.x0) }.min() ?? 0
        let right = lines.map { Double($0.bbox.x1) }.max() ?? 0
        let textCenter = (left + right) / 2
        let pitches = zip(lines, lines.dropFirst()).map { $1.centerY - $0.centerY }.filter { $0 > 0 }
        let pitch = OcrLineBuilder.median(pitches)

        let segments = lines.map { OcrLineBuilder.segments($0, unit: unit) }
        let tableRuns = findTables(segments, unit: unit)

        var blocks: [Block] = []
        var paragraph: [Int] = []  // line indices
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(makeParagraph(paragraph.map { lines[$0] }, lineNumber: paragraph[0] + 1, unit: unit,
                                                   left: left, center: isCentered(lines[paragraph[0]]), page: page, part: part,
                                                   index: firstIndex + blocks.count)))
            paragraph = []
        }
        func isCentered(_ line: OcrLine) -> Bool {
            let c = Double(line.bbox.x0 + line.bbox.x1) / 2
            return abs(c - textCenter) < centerTolerance * max(1, right - left)
                && Double(line.bbox.x0) - left > indentThreshold * unit
        }
        var i = 0
        while i < lines.count {
            if let run = tableRuns.first(where: { $0.lowerBound == i }) {
                flushParagraph()
                blocks.append(table(run.map { (lines[$0], segments[$0]) }, unit: unit, page: page, part: part,
                                    index: firstIndex + blocks.count))
                i = run.upperBound
                continue
            }
            let line = lines[i]
            if let last = paragraph.last {
                let previous = lines[last]
                let gap = line.centerY - previous.centerY
                let indented = Double(line.bbox.x0) - left > indentThreshold * unit
                if gap > paragraphGap * max(pitch, 1) || indented || isCentered(line) || isCentered(previous) {
                    flushParagraph()
                }
            }
            paragraph.append(i)
            i += 1
        }
        flushParagraph()
        return blocks
    }

    /// Runs of at least two consecutive lines that have a column gap, whose column starts line up.
    static func findTables(_ segments: [[[OcrWord]]], unit: Double) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        var columns: [Double] = []
        func close(_ end: Int) {
            if let s = start, end - s >= 2 { runs.append(s..<end) }
            start = nil
            columns = []
        }
        for (i, segs) in segments.enumerated() {
            let starts = segs.dropFirst().map { Double($0[0].bbox.x0) }
            guard !starts.isEmpty else { close(i); continue }
            if start != nil, starts.contains(where: { s in columns.contains { abs($0 - s) <= columnTolerance * unit } }) {
                columns += starts
            } else {
                close(i)
                start = i
                columns = starts
            }
        }
        close(segments.count)
        return runs
    }

    private static func table(_ rows: [(OcrLine, [[OcrWord]])], unit: Double, page: OcrPage, part: String?, index: Int) -> Block {
        // Column starts: cluster every segment's left edge across the run.
        var starts: [Double] = []
        for x in rows.flatMap({ $0.1.map { Double($0[0].bbox.x0) } }).sorted() {
            if let last = starts.last, x - last <= columnTolerance * unit { continue }
            starts.append(x)
        }
        var tableRows: [TableRow] = []
        for (n, (line, segs)) in rows.enumerated() {
            var cells = Array(repeating: [OcrWord](), count: starts.count)
            for seg in segs {
                let x = Double(seg[0].bbox.x0)
                let column = starts.lastIndex { $0 <= x + columnTolerance * unit } ?? 0
                cells[column] += seg
            }
            tableRows.append(TableRow(cells: cells.map { words in
                guard !words.isEmpty else { return TableCell(blocks: []) }
                let cellLine = OcrLine(words: words, bbox: OcrLineBuilder.union(words.map(\.bbox)), charHeight: line.charHeight)
                let p = makeParagraph([cellLine], lineNumber: nil, unit: unit, left: Double(words[0].bbox.x0), center: false,
                                      page: page, part: part, index: index)
                var q = p
                q.provenance.line = n + 1
                return TableCell(blocks: [.paragraph(q)])
            }))
        }
        let bbox = OcrLineBuilder.union(rows.map(\.0.bbox))
        let confidences = rows.flatMap(\.0.words).compactMap(\.confidence)
        return .table(Table(rows: tableRows, provenance: Provenance(part: part, index: index, page: page.number, bbox: bbox,
                                                                    confidence: mean(confidences))))
    }

    private static func makeParagraph(_ lines: [OcrLine], lineNumber: Int?, unit: Double, left: Double, center: Bool,
                                      page: OcrPage, part: String?, index: Int) -> Paragraph {
        var raw = ""
        var rawCount = 0
        var placed: [(OcrWord, Int)] = []
        for (i, line) in lines.enumerated() {
            if i > 0 { raw += "\n"; rawCount += 1 }
            let joined = OcrLineBuilder.join(line.words, unit: unit)
            for (w, o) in zip(line.words, joined.offsets) { placed.append((w, rawCount + o)) }
            raw += joined.text
            rawCount += joined.text.unicodeScalars.count
        }
        let repaired = Repairing.repair(raw)
        let words = placed.map { w, o in
            Word(text: Repairing.text(w.text), bbox: w.bbox, confidence: w.confidence, offset: repaired.mapOffset(o))
        }
        let bbox = OcrLineBuilder.union(lines.map(\.bbox))
        let indent = Int((Double(lines[0].bbox.x0) - left).rounded())
        return Paragraph(text: repaired.text,
                         provenance: Provenance(part: part, index: index, line: lineNumber, page: page.number, bbox: bbox,
                                                confidence: mean(placed.compactMap(\.0.confidence))),
                         layout: Layout(alignment: center ? .center : nil, indent: max(0, indent)),
                         words: words, repairs: repaired.repairs)
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : ((values.reduce(0, +) / Double(values.count)) * 10).rounded() / 10
    }
}
