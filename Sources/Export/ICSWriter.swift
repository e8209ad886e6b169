import Foundation
import SarabanCore
import Validation

/// iCalendar (RFC 5545): each deadline an all-day event, each meeting an event at its time in
/// `Asia/Bangkok` (with a VTIMEZONE), a recurrence as an RRULE. UIDs are stable (`sha256-index`)
/// so that re-importing a run updates events instead of duplicating them. Lines are folded at 75
/// octets and end with CRLF.
public final class ICSWriter: OutputWriter {
    public static let timeZone = "Asia/Bangkok"
    private let file: AtomicFile
    private let stamp: String

    /// `stamp` is the DTSTAMP of every event (when the calendar was made).
    public init(path: String, stamp: Date = Date()) throws {
        file = try AtomicFile(path: path)
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        self.stamp = f.string(from: stamp)
        try emit([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Saraban//saraban convert//TH", "CALSCALE:GREGORIAN",
            "BEGIN:VTIMEZONE", "TZID:\(Self.timeZone)", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "END:STANDARD", "END:VTIMEZONE",
        ])
    }

    public func write(_ item: OutputItem) throws {
        guard case .record(let r) = item else { return }
        var index = 0
        let who = r.agency ?? r.source.path
        for d in r.deadlines {
            defer { index += 1 }
            guard let date = d.date.flatMap(CivilDate.init(iso:)) else { continue }
            try emit(event(r, index, [
                "DTSTART;VALUE=DATE:\(Self.basic(date))", "DTEND;VALUE=DATE:\(Self.basic(date.adding(days: 1)))",
                "SUMMARY:" + Self.escape("กำหนดส่ง: " + Self.short(d.action ?? d.text) + " (\(who))"),
                "DESCRIPTION:" + Self.escape(d.text),
            ]))
        }
        for m in r.meetings {
            defer { index += 1 }
            // A recurrence without a first date starts on the document's date.
            guard let start = m.start ?? (m.recurrence != nil ? r.date : nil), let dtstart = Self.dateProperty("DTSTART", start) else { continue }
            var lines = [dtstart]
            if let end = m.end, let dtend = Self.dateProperty("DTEND", end) { lines.append(dtend) }
            if let rule = m.recurrence { lines.append("RRULE:" + rule) }
            lines.append("SUMMARY:" + Self.escape("ประชุม: " + Self.short(r.subject ?? m.text) + " (\(who))"))
            if let place = m.place { lines.append("LOCATION:" + Self.escape(place)) }
            lines.append("DESCRIPTION:" + Self.escape(m.text))
            try emit(event(r, index, lines))
        }
    }

    private func event(_ r: Record, _ index: Int, _ body: [String]) -> [String] {
        ["BEGIN:VEVENT", "UID:\(r.source.sha256)-\(index)@saraban", "DTSTAMP:\(stamp)"] + body + ["END:VEVENT"]
    }

    public func finish() throws {
        try emit(["END:VCALENDAR"])
        try file.commit()
    }

    private func emit(_ lines: [String]) throws {
        for l in lines { try file.write(Self.fold(l)) }
    }

    // MARK: RFC 5545 text

    /// `2023-01-10T09:30:00+07:00` → `DTSTART;TZID=Asia/Bangkok:20230110T093000`; a date alone → `VALUE=DATE`.
    static func dateProperty(_ name: String, _ iso: String) -> String? {
        guard let date = CivilDate(iso: iso) else { return nil }
        let u = Array(iso.utf8)
        guard u.count >= 16 else { return "\(name);VALUE=DATE:\(basic(date))" }
        let t = String(decoding: u[11..<13], as: UTF8.self) + String(decoding: u[14..<16], as: UTF8.self)
            + (u.count >= 19 && u[16] == 0x3A ? String(decoding: u[17..<19], as: UTF8.self) : "00")
        guard t.allSatisfy(\.isASCII), Int(t) != nil else { return nil }
        return "\(name);TZID=\(timeZone):\(basic(date))T\(t)"
    }

    static func basic(_ d: CivilDate) -> String { d.iso.replacingOccurrences(of: "-", with: "") }

    static func short(_ s: String) -> String { s.count > 120 ? String(s.prefix(119)) + "…" : s }

    /// TEXT escaping: backslash, semicolon, comma, newline.
    public static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            case "\r": break
            default: out.append(ch)
            }
        }
        return out
    }

    /// A content line folded to at most 75 octets a line (continuations start with a space), never
    /// splitting a UTF-8 sequence, each line ending in CRLF.
    public static func fold(_ line: String) -> [UInt8] {
        let u = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count + u.count / 70 * 3 + 2)
        var i = 0
        var limit = 75
        while i < u.count {
            var end = min(i + limit, u.count)
            while end < u.count && end > i && (u[end] & 0xC0) == 0x80 { end -= 1 }
            out.append(contentsOf: u[i..<end])
            i = end
            if i < u.count { out.append(contentsOf: [0x0D, 0x0A, 0x20]); limit = 74 }
        }
        out.append(contentsOf: [0x0D, 0x0A])
        return out
    }
}
