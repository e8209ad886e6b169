import SarabanCore
import ThaiDates

/// Re-flows body lines into paragraphs. Thai has no full stop, so a line break inside a
/// paragraph (OCR lines, hard-wrapped text, DOCX soft breaks) is told from a paragraph break by
/// the block boundary the reader saw, indentation, line length and how the next line begins.
enum BodyReflow {
    /// `ocrWrapWidth`: on an OCR'd page, the length of a full line. OCR puts blank lines inside
    /// paragraphs (tesseract's line spacing, hOCR's paragraph boxes) and drops the indents that
    /// open them, so there a block boundary after a full line does not end the paragraph.
    /// Words that want an object after them (deadline markers, ณ, ก่อน, ตั้งแต่, เวลา, ถึง), as scalars.
    static let runOnWords: [[Unicode.Scalar]] = (ClauseExtractor.deadlineMarkers + [" ณ", "ก่อน", "ตั้งแต่", "เวลา", "ถึง"]).map { Array($0.unicodeScalars) }

    /// `วัน`, which a line may end on before its `ที่`.
    static let dayWord: [Unicode.Scalar] = Array("วัน".unicodeScalars)
    /// `วัน` and a weekday's name, which a line may end on before its `ที่`.
    static let weekdayWords: [[Unicode.Scalar]] = ThaiWeekdays.table.flatMap(\.names)
        .map { Array((ThaiWeekdays.dayWord + $0).unicodeScalars) }

    /// A day's label, also without the tone mark OCR drops.
    static let dayLabels: [[Unicode.Scalar]] = ["ที่", "ที"].map { Array($0.unicodeScalars) }

    /// Full month names, for a date OCR broke before its month.
    static let monthNames: [String] = ThaiMonths.table.map(\.full)

    /// A line opening with a month name after a line ending in its day (`…ในวันอังคารที่ ๗` /
    /// `พฤศจิกายน ๒๕๖๖ เวลา …`, the day possibly read as a letter): the rest of one date.
    static func continuesADate(_ text: String, after previous: String) -> Bool {
        guard monthNames.contains(where: { text.utf8.starts(with: $0.utf8) }) else { return false }
        let isDayScalar: (Unicode.Scalar) -> Bool = { ThaiTextShim.isDigit($0) || LooseDateReader.digitLookalikeLetters[$0] != nil }
        let last = Array((previous.split(separator: " ").last.map(String.init) ?? "").unicodeScalars)
        if !last.isEmpty, last.count <= 2, last.allSatisfy(isDayScalar) { return true }
        // The day glued to its label (`วันอังคารที่ฆ`, as hOCR joins the boxes).
        for k in 1...2 where last.count > k && last.suffix(k).allSatisfy(isDayScalar) {
            let head = last.dropLast(k)
            if dayLabels.contains(where: { head.count >= $0.count && head.suffix($0.count).elementsEqual($0) }) { return true }
        }
        return false
    }

    /// A typed line flush left right after a page break (the page number and catchword dropped),
    /// where the paragraph it would join opened indented: the paragraph goes on over the page (a
    /// deadline on page 2 had lost its action on page 1). Not a numbered item, a label or a part of
    /// minutes.
    static func continuesAcrossPageBreak(_ l: SourceLine, paragraphStart: SourceLine) -> Bool {
        guard l.afterPageBreak, l.indent == 0, let opened = paragraphStart.indent, opened > 0 else { return false }
        return EntryLabel.read(Substring(l.text)) == nil && !HeadExtractor.isAnyLabel(l.text) && !opensMinutesPart(l.text)
    }

    /// `ระเบียบวาระที่ ๑ เรื่องที่ประธานแจ้ง…` (its marks may be lost: `ระเบียบวาระที`).
    static func isAgendaHeading(_ text: String) -> Bool { text.utf8.starts(with: "ระเบียบวาระ".utf8) }

    /// An agenda heading, a resolution (`มติที่ประชุม`, `มติ ที่ประชุม`) or the meeting's opening or
    /// closing (`เริ่มประชุมเวลา`, `เลิกประชุมเวลา`, `ปิดประชุมเวลา`) at the start of a line: never the
    /// run-on of the paragraph before (a next meeting's place had taken `เลิกประชุมเวลา ๑๕.๔๕ น.`).
    static func opensMinutesPart(_ text: String) -> Bool {
        // Compared as UTF-8 bytes (the text is normalised): String.hasPrefix normalises Thai per call,
        // and this runs for every body line.
        isAgendaHeading(text) || minutesPartOpeners.contains { text.utf8.starts(with: $0.utf8) }
    }

    /// The closing sentences of memos, letters and announcements.
    static let closings = ["จึงเรียนมา", "จึงประกาศมา", "จึงแจ้งมา"]

    static let minutesPartOpeners = ["มติที่ประชุม", "มติที่ ประชุม", "มติ ที่ประชุม", "เริ่มประชุม", "เลิกประชุม", "ปิดประชุม"]

    /// Scalars beyond which a typed line was not wrapped (about 120 columns of Thai: typed text
    /// wraps at 100 or less).
    static let unwrappedLine = 150

    static func paragraphs(_ lines: [SourceLine], indices: [Int], ocrWrapWidth: Int? = nil) -> [(text: String, first: Int)] {
        var out: [(String, Int)] = []
        var current = ""
        var first = -1
        var prevIndex = -1
        // Typical full line length per block, to tell a short last line of a paragraph.
        var maxLen: [Int: Int] = [:]
        // Each line's length in scalars, counted once (it was counted again for every run-on word).
        var scalarCount = [Int](repeating: 0, count: lines.count)
        for i in indices {
            let n = lines[i].text.unicodeScalars.count
            scalarCount[i] = n
            maxLen[lines[i].block] = max(maxLen[lines[i].block] ?? 0, n)
        }
        for i in indices {
            let l = lines[i]
            let startsNew: Bool = {
                if current.isEmpty { return true }
                if l.listLabel != nil || l.cells != nil { return true }
                if continuesAcrossPageBreak(l, paragraphStart: lines[first]) { return false }
                // A number never opens a paragraph except as a list label (caught above): on an OCR'd page a
                // line that starts with one is the rest of the line before (a date's year, a time).
                let opensWithNumber = (l.text.unicodeScalars.first.map(ThaiTextShim.isDigit) ?? false)
                    || (ocrWrapWidth != nil && continuesADate(l.text, after: lines[prevIndex].text))
                let prevFull = ocrWrapWidth.map { w in
                    (w > 40 && scalarCount[prevIndex] * 100 >= w * 85) || opensWithNumber
                } ?? false
                if l.startsBlock && !prevFull { return true }
                if prevIndex >= 0, lines[prevIndex].block != l.block, !prevFull { return true }
                if EntryLabel.read(Substring(l.text)) != nil { return true }
                // Minutes: an agenda heading and a resolution open their own paragraphs, and the
                // heading's paragraph is the heading (what the chair reported follows it).
                if opensMinutesPart(l.text) || isAgendaHeading(lines[prevIndex].text) { return true }
                // A letter's or memo's closing sentence (`จึงเรียนมาเพื่อโปรดพิจารณา`) is a paragraph of its own
                // (on an OCR'd page, whose indents are lost, it had run on into a meeting's place).
                if closings.contains(where: { l.text.utf8.starts(with: $0.utf8) }) { return true }
                // A line that ends on a word wanting its object (ไม่เกิน, ภายใน, ก่อน, ณ) runs on, even into
                // a line that opens like a label (`วันที่ ๒๐ ก.พ. …`).
                let prevEnd = lines[prevIndex].text.unicodeScalars
                let prevCount = scalarCount[prevIndex]
                if runOnWords.contains(where: { w in prevCount >= w.count && prevEnd.suffix(w.count).elementsEqual(w) }) { return false }
                // `…ภายในวัน` / `ที่ ๓๐ พฤศจิกายน …`: Thai wraps inside a word, and tesseract breaks วันที่ so
                // often; the line is the date's label, not a reference number's `ที่`.
                // So does a weekday's name (`…ภายในวันศุกร์` / `ที ๑๓ มิถุนายน …`).
                if prevEnd.last != " ", prevEnd.suffix(Self.dayWord.count).elementsEqual(Self.dayWord)
                    || Self.weekdayWords.contains(where: { w in prevCount >= w.count && prevEnd.suffix(w.count).elementsEqual(w) }),
                   dayLabels.contains(where: { l.text.unicodeScalars.starts(with: $0) }) { return false }
                if HeadExtractor.isAnyLabel(l.text) { return true }
                let prevText = lines[prevIndex].text
                if MemberRoles.atEnd(of: Substring(prevText)) != nil || OrderExtractor.introducesList(prevText) { return true }
                let prevLen = scalarCount[prevIndex]
                if let m = maxLen[l.block], m > 40, prevLen * 10 < m * 6 { return true }
                // A typed line longer than any wrap is a whole paragraph (Word's "save as text" writes
                // one line a paragraph, all at the same indent): the next line opens another.
                if ocrWrapWidth == nil, prevLen > unwrappedLine { return true }
                return false
            }()
            let text = l.listLabel.map { $0 + " " + l.text } ?? l.text
            if startsNew {
                if !current.isEmpty { out.append((current, first)) }
                current = text
                first = i
            } else if ocrWrapWidth != nil, prevIndex >= 0, continuesADate(text, after: lines[prevIndex].text) {
                current += " " + text   // the day and its month are words apart
            } else {
                current = joinWrapped(current, text)
            }
            prevIndex = i
        }
        if !current.isEmpty { out.append((current, first)) }
        return out
    }
}
