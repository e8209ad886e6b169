import Foundation
import Testing
import SarabanCore
@testable import Export

@Suite struct ICSWriterTests {
    static let stamp = Date(timeIntervalSince1970: 1_700_000_000)

    func calendar(_ items: [OutputItem]) throws -> (bytes: [UInt8], path: String) {
        let path = Samples.temporaryDirectory().appendingPathComponent("out.ics").path
        let w = try ICSWriter(path: path, stamp: Self.stamp)
        for i in items { try w.write(i) }
        try w.finish()
        return ([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), path)
    }

    /// A small RFC 5545 reader: physical lines end in CRLF; a line starting with a space continues
    /// the previous one; each content line is NAME[;PARAM=V…]:VALUE.
    struct Property { var name: String; var params: [String: String]; var value: String }
    static func parse(_ bytes: [UInt8]) throws -> [[Property]] {
        struct Bad: Error { var why: String }
        var logical: [[UInt8]] = []
        var i = 0
        while i < bytes.count {
            guard let cr = bytes[i...].firstIndex(of: 0x0D), cr + 1 < bytes.count, bytes[cr + 1] == 0x0A else { throw Bad(why: "line without CRLF") }
            let line = Array(bytes[i..<cr])
            guard line.count <= 75 else { throw Bad(why: "line of \(line.count) octets") }
            guard String(validating: line, as: UTF8.self) != nil else { throw Bad(why: "fold split a UTF-8 sequence") }
            if line.first == 0x20 { guard !logical.isEmpty else { throw Bad(why: "continuation first") }; logical[logical.count - 1] += line.dropFirst() }
            else { logical.append(line) }
            i = cr + 2
        }
        var events: [[Property]] = []
        var current: [Property]?
        for l in logical {
            let s = String(decoding: l, as: UTF8.self)
            guard let colon = s.firstIndex(of: ":") else { throw Bad(why: "no colon: \(s)") }
            var head = s[..<colon].split(separator: ";").map(String.init)
            let name = head.removeFirst()
            var params: [String: String] = [:]
            for p in head { let kv = p.split(separator: "=", maxSplits: 1); params[String(kv[0])] = String(kv[1]) }
            let prop = Property(name: name, params: params, value: String(s[s.index(after: colon)...]))
            if name == "BEGIN" && prop.value == "VEVENT" { current = [] }
            else if name == "END" && prop.value == "VEVENT" { events.append(current!); current = nil }
            else { current?.append(prop) }
        }
        return events
    }

    static func unescape(_ s: String) -> String {
        var out = "", it = s.makeIterator()
        while let c = it.next() {
            if c == "\\", let n = it.next() { out.append(n == "n" ? "\n" : n) } else { out.append(c) }
        }
        return out
    }

    @Test func eventsParseBack() throws {
        let (bytes, _) = try calendar(Samples.items)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(text.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Bangkok\r\n"))
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let events = try Self.parse(bytes)
        #expect(events.count == 3)
        func prop(_ e: [Property], _ n: String) -> Property? { e.first { $0.name == n } }
        let uids = events.compactMap { prop($0, "UID")?.value }
        #expect(uids == (0..<3).map { "\(Samples.sha)-\($0)@saraban" })
        // The deadline: an all-day event.
        #expect(prop(events[0], "DTSTART")?.params["VALUE"] == "DATE")
        #expect(prop(events[0], "DTSTART")?.value == "20221229")
        #expect(prop(events[0], "DTEND")?.value == "20221230")
        #expect(Self.unescape(prop(events[0], "SUMMARY")!.value).contains("ส่งสำเนาคำสั่ง; และกำหนดการประชุม, ด้วย"))
        // The first meeting, at its time in Bangkok.
        #expect(prop(events[1], "DTSTART")?.params["TZID"] == "Asia/Bangkok")
        #expect(prop(events[1], "DTSTART")?.value == "20230110T093000")
        #expect(prop(events[1], "DTEND")?.value == "20230110T120000")
        #expect(Self.unescape(prop(events[1], "LOCATION")!.value) == "ห้องประชุม ชั้น ๒, สำนักงานเขตบางรัก")
        #expect(Self.unescape(prop(events[1], "DESCRIPTION")!.value) == Samples.full().meetings[0].text)
        // The monthly meetings: from the document's date, with an RRULE.
        #expect(prop(events[2], "RRULE")?.value == "FREQ=MONTHLY")
        #expect(prop(events[2], "DTSTART")?.value == "20221220")
        #expect(events.allSatisfy { prop($0, "DTSTAMP")?.value == "20231114T221320Z" })
    }

    @Test(arguments: [10, 74, 75, 76, 200, 1000])
    func foldingKeepsUTF8AndLength(length: Int) throws {
        let line = "DESCRIPTION:" + String(repeating: "กข้ำ", count: length / 4 + 1)
        let folded = ICSWriter.fold(line)
        let lines = String(decoding: folded, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(lines.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
    }

    static var hasIcalendar: Bool { Samples.pythonHas("icalendar") }

    /// A second opinion: Python's icalendar reads the file and finds the same events.
    @Test(.enabled(if: hasIcalendar, "Python's icalendar is not installed (pip install icalendar); skipped"))
    func pythonIcalendarReadsIt() throws {
        let (_, path) = try calendar(Samples.items)
        let script = """
            import sys, icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            evs = [c for c in cal.walk('VEVENT')]
            print(len(evs))
            print(evs[1].decoded('DTSTART').isoformat())
            print(evs[0].decoded('DTSTART').isoformat())
            print(evs[2]['RRULE'].to_ical().decode())
            print(str(evs[1]['LOCATION']))
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines == ["3", "2023-01-10T09:30:00+07:00", "2022-12-29", "FREQ=MONTHLY", "ห้องประชุม ชั้น ๒, สำนักงานเขตบางรัก"])
    }
}
