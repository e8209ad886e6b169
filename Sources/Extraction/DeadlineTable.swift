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
            var j = k + 1
            while j < indices.count, let row = Self.cells(of: ctx.lines[indices[j]]), row.count == cells.count {
                let found = ctx.dates(in: row[due]).filter(\.hasDate)
                guard let d = found.first else { break }
                // A cell with its own marker (`ภายในวันที่ ๑๔ มิถุนายน …`) is read by the sentence reader.
                if !ClauseExtractor.findMarkers(ScalarString.scalars(row[due])).isEmpty { j += 1; continue }
                let action = row.indices.filter { $0 != due && !who.contains($0) }.map { row[$0] }.joined(separator: " ")
                let index = ctx.record.deadlines.count
                ctx.record.deadlines.append(Deadline(date: d.isValid ? d.isoDate : nil, text: ctx.lines[indices[j]].text,
                                                     action: action.isEmpty ? nil : action))
                ctx.trace("deadlines[\(index)]", line: indices[j])
                ctx.warn("table_deadline", "a row of a table whose column ‘\(cells[due])’ gives the due dates", text: ctx.lines[indices[j]].text,
                         field: "deadlines[\(index)].date")
                if let r = d.repair { ctx.warn(r.hasThaiPrefix("OCR") ? "ocr_date_repaired" : "implausible_date", r, text: d.text, field: "deadlines[\(index)].date") }
                if !d.isValid { ctx.warn("invalid_date", "the deadline's date does not exist: \(d.problem ?? "invalid")", text: d.text, field: "deadlines[\(index)].date") }
                j += 1
            }
            k = max(j, k + 1)
        }
    }

    /// A line's cells: a Word table row's, else a typed line's columns.
    static func cells(of line: SourceLine) -> [String]? {
        line.cells ?? line.gapCells
    }
}
