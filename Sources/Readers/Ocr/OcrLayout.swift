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
    /// A line clear of both edges whose left and right margins differ by at most this fraction of
    /// the larger one (plus one character height) is centred.
    static let centerTolerance = 0.2

    static func blocks(_ pages: [OcrPage], part: String?) -> [Block] {
        var blocks: [Block] = []
        for page in pages {
            let lines = OcrLineBuilder.lines(OcrSkew.deskewed(page.words))
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
        let pitches = zip(lines, lines.dropFirst()).map { $1.centerY - $0.centerY }.filter { $0 > 0 }
        let pitch = OcrLineBuilder.median(pitches)

        let columns = alignedColumns(lines, unit: unit)
        let cells = lines.map { split($0, at: columns, unit: unit) }
        let tableRuns = findTables(cells)

        var blocks: [Block] = []
        var paragraph: [Int] = []  // line indices
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(makeParagraph(paragraph.map { lines[$0] }, lineNumber: paragraph[0] + 1, unit: unit,
                                                   left: left, center: isCentered(lines[paragraph[0]]), page: page, part: part,
                                                   index: firstIndex + blocks.count)))
            paragraph = []
        }
        // Centred: clear of both edges, with about the same space on either side.
        func isCentered(_ line: OcrLine) -> Bool {
            let leftGap = Double(line.bbox.x0) - left, rightGap = right - Double(line.bbox.x1)
            return leftGap > indentThreshold * unit && rightGap > indentThreshold * unit
                && abs(leftGap - rightGap) <= centerTolerance * max(leftGap, rightGap) + unit
        }
        var i = 0
        while i < lines.count {
            if let run = tableRuns.first(where: { $0.lowerBound == i }) {
                flushParagraph()
                // Within a table, a word that starts at a column after an ordinary space starts a cell too
                // (a long name or position leaves less than a tab's gap before the next column).
                let rows = run.map { (lines[$0], split(lines[$0], at: columns, unit: unit, minGap: OcrLineBuilder.spaceGap), $0 + 1) }
                blocks.append(table(rows, columns: columns, unit: unit, page: page, part: part, index: firstIndex + blocks.count))
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

    /// x positions where words start after a gap on at least `minSupport` lines of the page: tab
    /// stops. Paragraph text starts words at scattered positions; a tab-aligned list starts them at
    /// the same few.
    static let minSupport = 3
    /// A gap (in character heights) wider than a space between words: a tab's.
    static let tabGap = 1.0
    /// A gap inside a paragraph's line wide enough to be a column's (`Paragraph.gapOffsets`), in
    /// letter heights. Measured on the corpus's and dev set's hOCR (gaps over 0.5 line heights
    /// between word boxes): word spaces and the space after a list number reach 1.0–1.25
    /// (55 gaps), few fall at 1.25–1.75 (27), and a member table's columns stand 2 and more apart.
    static let columnGap = 1.5

    static func alignedColumns(_ lines: [OcrLine], unit: Double) -> [Double] {
        var starts: [(x: Double, line: Int)] = []
        for (n, line) in lines.enumerated() {
            for x in wordStarts(line, unit: unit) { starts.append((x, n)) }
        }
        starts.sort { $0.x < $1.x }
        var columns: [Double] = []
        var cluster: [(x: Double, line: Int)] = []
        func close() {
            if Set(cluster.map(\.line)).count >= minSupport { columns.append(OcrLineBuilder.median(cluster.map(\.x))) }
            cluster = []
        }
        for s in starts {
            if let first = cluster.first, s.x - first.x > columnTolerance * unit { close() }
            cluster.append(s)
        }
        close()
        return columns
    }

    /// Left edges of the words that follow a real gap (not the line's first word).
    static func wordStarts(_ line: OcrLine, unit: Double) -> [Double] {
        var out: [Double] = []
        var right = Int.min
        for (i, w) in line.words.enumerated() {
            if i > 0, !w.joinsLeft, Double(w.bbox.x0 - right) > tabGap * unit { out.append(Double(w.bbox.x0)) }
            right = max(right, w.bbox.x1)
        }
        return out
    }

    /// The line cut where a word starts, after a gap, at one of the aligned columns.
    /// `minGap` (in character heights): a tab's gap to find tables, a space's once a line is known to be a row.
    static func split(_ line: OcrLine, at columns: [Double], unit: Double, minGap: Double = tabGap) -> [(column: Int, words: [OcrWord])] {
        var out: [(column: Int, words: [OcrWord])] = []
        var right = Int.min
        for (i, w) in line.words.enumerated() {
            let gap = i == 0 ? 0 : Double(w.bbox.x0 - right)
            let column = columns.firstIndex { abs($0 - Double(w.bbox.x0)) <= columnTolerance * unit }
            if i == 0 {
                out.append((column ?? -1, [w]))
            } else if let column, !w.joinsLeft, gap > minGap * unit {
                out.append((column, [w]))
            } else {
                out[out.count - 1].words.append(w)
            }
            right = max(right, w.bbox.x1)
        }
        return out
    }

    /// Runs of at least two consecutive lines cut into three or more cells (two aligned starts).
    static func findTables(_ cells: [[(column: Int, words: [OcrWord])]]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for (i, c) in cells.enumerated() {
            let tabular = c.dropFirst().count >= 2
            if tabular {
                if start == nil { start = i }
            } else {
                if let s = start, i - s >= 2 { runs.append(s..<i) }
                start = nil
            }
        }
        if let s = start, cells.count - s >= 2 { runs.append(s..<cells.count) }
        return runs
    }

    /// Rows are (line, its cells, its 1-based line number on the page).
    private static func table(_ rows: [(OcrLine, [(column: Int, words: [OcrWord])], Int)], columns: [Double], unit: Double,
                              page: OcrPage, part: String?, index: Int) -> Block {
        // The columns this table uses, in order; a row's first cell goes with the leftmost.
        let used = Set(rows.flatMap { $0.1.dropFirst().map(\.column) }).sorted()
        var tableRows: [TableRow] = []
        for (line, segs, lineNumber) in rows {
            var cells = Array(repeating: [OcrWord](), count: used.count + 1)
            for (k, seg) in segs.enumerated() {
                let slot = k == 0 ? 0 : (used.firstIndex(of: seg.column) ?? 0) + 1
                cells[slot] += seg.words
            }
            tableRows.append(TableRow(cells: cells.map { words in
                guard !words.isEmpty else { return TableCell(blocks: []) }
                let cellLine = OcrLine(words: words, bbox: OcrLineBuilder.union(words.map(\.bbox)), charHeight: line.charHeight)
                var p = makeParagraph([cellLine], lineNumber: nil, unit: unit, left: Double(words[0].bbox.x0), center: false,
                                      page: page, part: part, index: index)
                p.provenance.line = lineNumber
                return TableCell(blocks: [.paragraph(p)])
            }))
        }
        let bbox = OcrLineBuilder.union(rows.flatMap { $0.0.words.map(\.originalBox) })
        let confidences = rows.flatMap(\.0.words).compactMap(\.confidence)
        return .table(Table(rows: tableRows, provenance: Provenance(part: part, index: index, page: page.number, bbox: bbox,
                                                                    confidence: mean(confidences))))
    }

    private static func makeParagraph(_ lines: [OcrLine], lineNumber: Int?, unit: Double, left: Double, center: Bool,
                                      page: OcrPage, part: String?, index: Int) -> Paragraph {
        var raw = ""
        var rawCount = 0
        var placed: [(OcrWord, Int)] = []
        var gaps: [Int] = [], gapColumns: [Int] = []
        for (i, line) in lines.enumerated() {
            if i > 0 { raw += "\n"; rawCount += 1 }
            let joined = OcrLineBuilder.join(line.words, unit: unit)
            for (k, (w, o)) in zip(line.words, joined.offsets).enumerated() {
                placed.append((w, rawCount + o))
                if k > 0, !w.joinsLeft, unit > 0, Double(w.bbox.x0 - line.words[k - 1].bbox.x1) >= columnGap * unit {
                    gaps.append(rawCount + o)
                    // A Thai letter is about half as wide as the line's letter height.
                    gapColumns.append(Int(((Double(w.bbox.x0) - left) / (0.5 * unit)).rounded()))
                }
            }
            raw += joined.text
            rawCount += joined.text.unicodeScalars.count
        }
        let repaired = Repairing.repair(raw)
        let words = placed.map { w, o in
            Word(text: Repairing.text(w.text), bbox: w.originalBox, confidence: w.confidence, offset: repaired.mapOffset(o))
        }
        let bbox = OcrLineBuilder.union(lines.flatMap { $0.words.map(\.originalBox) })
        let indent = Int((Double(lines[0].bbox.x0) - left).rounded())
        return Paragraph(text: repaired.text,
                         provenance: Provenance(part: part, index: index, line: lineNumber, page: page.number, bbox: bbox,
                                                confidence: mean(placed.compactMap(\.0.confidence))),
                         layout: Layout(alignment: center ? .center : nil, indent: max(0, indent)),
                         words: words, repairs: repaired.repairs,
                         gapOffsets: gaps.isEmpty ? nil : gaps.map(repaired.mapOffset), gapColumns: gaps.isEmpty ? nil : gapColumns)
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : ((values.reduce(0, +) / Double(values.count)) * 10).rounded() / 10
    }
}
