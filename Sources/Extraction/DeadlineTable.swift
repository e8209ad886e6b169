import SarabanCore
import ThaiText

/// A table of deadlines whose marker stands only in a column's header (`หน่วยงาน | กิจกรรม |
/// ภายในวันที่`, then one row per unit with a bare date): each row whose cell under that header
/// holds a date is a deadline, its action the row's activity. Memos and circulars assign tasks so;
/// the sentence reader finds no marker in the rows, and every such deadline had been lost.
/// Rows are Word table rows (`SourceLine.cells`) or a typed table's columns (`gapCells`).
enum DeadlineTable {
    /// Header cells that make a column of due dates.
    static let dueHeaders = ["ภายในวันที่", "ภายใน", "กำหนดส่ง", "กำหนดแล้วเสร็จ", "กำหนดเสร็จ", "กำหนดวันแล้วเสร็จ",
                             "วันที่ต้องส่ง", "วันกำหนดส่ง", "ระยะเวลาแล้วเสร็จ", "กำหนดเวลา", "กำหนดการส่ง"]
    /// Header cells of the column naming who does it (not the action).
    static let whoHeaders = ["หน่วยงาน", "หน่วยงานรับผิดชอบ", "ผู้รับผิดชอบ", "ฝ่าย", "ส่วนราชการ", "ลำดับ", "ที่"]

    static let dueHeaderBytes: [[UInt8]] = dueHeaders.map { Array($0.utf8) }
    static let whoHeaderBytes: [[UInt8]] = whoHeaders.map { Array($0.utf8) }

    static func read(_ ctx: inout ExtractionContext, lines indices: [Int]) {
        var k = 0
        while k < indices.count {
            let header = ctx.lines[indices[k]]
            // Compared as UTF-8 bytes (the text is normalised; String == normalises Thai per call), and
            // only lines with cells at all: this asks every body line.
            guard let cells = cells(of: header), cells.count >= 2,
                  let due = cells.firstIndex(where: { c in dueHeaderBytes.contains { c.utf8.elementsEqual($0) } }),
                  !ctx.dates(in: header.text).contains(where: \.hasDate) else { k += 1; continue }
            let who = Set(cells.indices.filter { i in i != due && whoHeaderBytes.contains { cells[i].utf8.elementsEqual($0) } })
            if ctx.ocr, due == cells.count - 1 {
                k = readOCRRows(&ctx, lines: indices, after: k, header: cells, whoFirst: who.contains(0))
                continue
            }
            var j = k + 1
            while j < indices.count, let row = Self.cells(of: ctx.lines[indices[j]]), row.count == cells.count {
                let found = ctx.dates(in: row[due]).filter(\.hasDate)
                guard let d = found.first else { break }
                // A cell with its own marker (`ภายในวันที่ ๑๔ มิถุนายน …`) is read by the sentence reader.
                if !ClauseExtractor.findMarkers(ScalarString.scalars(row[due])).isEmpty { j += 1; continue }
                let action = row.indices.filter { $0 != due && !who.contains($0) }.map { row[$0] }.joined(separator: " ")
                append(&ctx, d, afterDocument: nil, text: ctx.lines[indices[j]].text, action: action, column: cells[due], line: indices[j],
                       invalid: ("invalid_date", "the deadline's date does not exist"))
                j += 1
            }
            k = max(j, k + 1)
        }
    }

    /// A line's cells: a Word table row's, else a typed line's columns.
    static func cells(of line: SourceLine) -> [String]? {
        line.cells ?? line.gapCells
    }

    /// An OCR'd table whose due dates stand in its last column: tesseract prints a row's cells apart
    /// by wide gaps or read ruling (`|`), and wraps a row, the year and the activity's end on the line
    /// under it (`ฝ่ายปกครอง   สำรวจข้อมูล… | ๑๕ มิถุนายน` / `๒๕๖๖`). A row is a line whose last cell
    /// holds a day and a month; a wrap line's last cell of digits is its year. Returns where reading stopped.
    static func readOCRRows(_ ctx: inout ExtractionContext, lines indices: [Int], after header: Int, header cells: [String], whoFirst: Bool) -> Int {
        var j = header + 1
        while j < indices.count {
            let row = ocrCells(ctx.lines[indices[j]])
            // (A day and a month without a year is a date here too: its year may be on the wrap line.)
            guard row.count >= 2, let last = row.last, let inCell = ctx.dates(in: last).first(where: \.hasDate) else { break }
            var dateText = last
            var activity = Array(row.dropLast().dropFirst(whoFirst && row.count >= 3 ? 1 : 0))
            var lineText = ctx.lines[indices[j]].text
            // The row's wrap: its last cell the year, the others the activity's end.
            if j + 1 < indices.count, inCell.printedYear == nil {
                let wrap = ocrCells(ctx.lines[indices[j + 1]])
                if let y = wrap.last, !y.isEmpty, y.unicodeScalars.allSatisfy({ ThaiDigits.value($0) != nil }) {
                    dateText += " " + y
                    if let end = wrap.dropLast().first, let a = activity.last { activity[activity.count - 1] = joinWrapped(a, end) }
                    lineText += " " + ctx.lines[indices[j + 1]].text
                    j += 1
                }
            }
            guard let d = ctx.dates(in: dateText).first(where: \.hasDate) else { break }
            // A year past reading (`๒๕๒๑๒`): as in a sentence, the first such day after the document's date.
            let afterDocument = d.isValid ? nil : ClauseExtractor.firstDayAfter(ctx.record.date, month: d.printedMonth, day: d.printedDay)
            append(&ctx, d, afterDocument: afterDocument, text: lineText, action: activity.joined(separator: " "), column: cells.last ?? "",
                   line: indices[j], invalid: ("unreadable_date", "the due date could not be read"))
            j += 1
        }
        return max(j, header + 1)
    }

    /// One row's deadline with its warnings: the table's, the date reader's repair, and the date's
    /// problem (`invalid`: its code and message) or the year taken after the document's date.
    static func append(_ ctx: inout ExtractionContext, _ d: FoundDate, afterDocument: String?, text: String, action: String,
                       column: String, line: Int, invalid: (code: String, message: String)) {
        let index = ctx.record.deadlines.count
        let field = "deadlines[\(index)].date"
        ctx.record.deadlines.append(Deadline(date: d.isValid ? d.isoDate : afterDocument, text: text, action: action.isEmpty ? nil : action))
        ctx.trace("deadlines[\(index)]", line: line)
        ctx.warn("table_deadline", "a row of a table whose column ‘\(column)’ gives the due dates", text: text, field: field)
        if let r = d.repair { ctx.warn(r.hasThaiPrefix("OCR") ? "ocr_date_repaired" : "implausible_date", r, text: d.text, field: field) }
        if let a = afterDocument {
            ctx.warn("ocr_date_repaired", "the year's digits cannot be read; the first \(a.dropFirst(5)) after the document's date is taken, as a deadline follows its letter", text: d.text, field: field)
        } else if !d.isValid {
            ctx.warn(invalid.code, "\(invalid.message): \(d.problem ?? "invalid")", text: d.text, field: field)
        }
    }

    /// An OCR'd line's cells: apart by wide gaps (`SourceLine.gapCells`) or by ruling read as `|`.
    static func ocrCells(_ line: SourceLine) -> [String] {
        (line.gapCells ?? [line.text]).flatMap { $0.split(separator: "|") }
            .map { String($0).trimmingCharactersIn(" ") }.filter { !$0.isEmpty }
    }
}
