import Foundation
import Testing
import SarabanCore
@testable import Export

/// CSV written, then parsed back by an RFC 4180 parser written here (not the writer's code).
@Suite struct CSVWriterTests {
    /// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas,
    /// CRLF and doubled quotes. Fails on a bare LF outside quotes or a quote inside an unquoted field.
    static func parse(_ text: String) throws -> [[String]] {
        struct Bad: Error { var why: String }
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, inQuotes = false
        var it = Array(text.unicodeScalars)[...]
        while let c = it.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if it.first == "\"" { field.unicodeScalars.append("\""); it.removeFirst() } else { inQuotes = false }
                } else { field.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\"":
                guard field.isEmpty, !quoted else { throw Bad(why: "quote inside an unquoted field") }
                inQuotes = true; quoted = true
            case ",": row.append(field); field = ""; quoted = false
            case "\r":
                guard it.popFirst() == "\n" else { throw Bad(why: "CR without LF") }
                row.append(field); rows.append(row); row = []; field = ""; quoted = false
            case "\n": throw Bad(why: "bare LF")
            default:
                guard !quoted else { throw Bad(why: "text after a closing quote") }
                field.unicodeScalars.append(c)
            }
        }
        guard !inQuotes else { throw Bad(why: "unterminated quote") }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    func write(_ items: [OutputItem]) throws -> (documents: String, members: String, dir: URL) {
        let dir = Samples.temporaryDirectory()
        let path = dir.appendingPathComponent("out.csv").path
        let w = try CSVWriter(path: path)
        for i in items { try w.write(i) }
        try w.finish()
        let docs = try Data(contentsOf: URL(fileURLWithPath: path))
        let members = try Data(contentsOf: URL(fileURLWithPath: w.membersPath))
        #expect(Array(docs.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 BOM so that Excel shows Thai")
        #expect(Array(members.prefix(3)) == [0xEF, 0xBB, 0xBF])
        return (String(decoding: docs.dropFirst(3), as: UTF8.self), String(decoding: members.dropFirst(3), as: UTF8.self), dir)
    }

    @Test func documentsTableParsesBack() throws {
        let (docs, _, _) = try write(Samples.items)
        let rows = try Self.parse(docs)
        #expect(rows.count == 4)
        #expect(rows[0] == CSVWriter.documentColumns)
        #expect(rows.allSatisfy { $0.count == CSVWriter.documentColumns.count })
        let col = { (name: String) in CSVWriter.documentColumns.firstIndex(of: name)! }
        let full = Samples.full()
        #expect(rows[1][col("path")] == full.source.path)
        #expect(rows[1][col("subject")] == full.subject)
        #expect(rows[1][col("district")] == "บางรัก")
        #expect(rows[1][col("members")] == "4")
        #expect(rows[2][col("status")] == "error")
        #expect(rows[2][col("error")] == "word/document.xml: unexpected end of the zip archive")
        #expect(rows[3][col("kind")] == "other")
    }

    @Test func membersTableParsesBack() throws {
        let (_, members, _) = try write(Samples.items)
        let rows = try Self.parse(members)
        #expect(rows[0] == CSVWriter.memberColumns)
        let full = Samples.full()
        #expect(rows.count == 1 + full.members.count)
        for (row, m) in zip(rows.dropFirst(), full.members) {
            #expect(row[4] == (m.name ?? ""))
            #expect(row[8] == (m.position ?? ""))
            #expect(row[9] == (m.role?.rawValue ?? ""))
        }
    }

    @Test(arguments: ["plain", "with, comma", "with \"quotes\"", "line\r\nbreak", "lf\nonly", " padded ", "", "ไทย"])
    func fieldRoundTrip(text: String) throws {
        #expect(try Self.parse(CSVWriter.row([text, "x"])) == [[text, "x"]])
    }

    @Test func parserRejectsBrokenCSV() {
        #expect(throws: (any Error).self) { try Self.parse("a\"b\r\n") }
        #expect(throws: (any Error).self) { try Self.parse("\"open\r\n") }
    }
}
