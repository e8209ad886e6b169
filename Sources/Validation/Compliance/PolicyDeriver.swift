import Foundation
import SarabanCore
import ThaiText

/// Reads what a circular asks for — deadline, minimum members, meeting frequency, the categories of
/// members, a first meeting, what must be sent — from the circular's record and its text.
/// Structured values the extractor found (deadlines, requirements) come first; the text is read
/// for what the record does not carry (the category list is only ever in the text).
public enum PolicyDeriver {
    /// Frequencies as a circular words them, with the RRULE each means; written once here.
    public static let frequencyWords: [(words: String, rrule: String)] = [
        ("วันละ", "FREQ=DAILY"), ("ทุกวัน", "FREQ=DAILY"), ("สัปดาห์ละ", "FREQ=WEEKLY"), ("ทุกสัปดาห์", "FREQ=WEEKLY"),
        ("เดือนละ", "FREQ=MONTHLY"), ("ทุกเดือน", "FREQ=MONTHLY"), ("ปีละ", "FREQ=YEARLY"), ("ทุกปี", "FREQ=YEARLY"),
    ]
    /// Words that open the list of member categories (`อย่างน้อยต้องประกอบด้วย …`,
    /// `อย่างน้อยต้องมาจากกลุ่มต่าง ๆ ดังนี้ (๑) …`), and that mark a first meeting.
    static let categoryListOpeners = ["ประกอบด้วย", "ประกอบไปด้วย", "มาจาก", "ดังนี้", "ได้แก่"]
    static let firstMeetingWords = ["วาระแรก", "ครั้งแรก", "ครั้งที่ ๑", "ครั้งที่ 1"]

    public static func derive(circular record: Record, text: String) -> CompliancePolicy {
        let flat = ThaiNormalizer.normalize(([text] + record.body).joined(separator: "\n"),
                                            options: .init(foldWhitespace: true, keepNewlines: false)).text
        var policy = CompliancePolicy(source: record.source.path, reference: record.referenceNo, issued: record.date)
        policy.deadline = record.deadlines.first(where: { $0.date != nil })?.date
        policy.minMembers = record.requirements.first(where: { $0.kind == "min_members" }).flatMap {
            if case .number(let n) = $0.value { return n } else { return nil }
        } ?? minMembers(in: flat)
        policy.meetingFrequency = record.requirements.first(where: { $0.kind == "meeting_frequency" }).flatMap {
            if case .string(let s) = $0.value { return s } else { return nil }
        } ?? meetingFrequency(in: flat)
        // Paragraphs are separated by blank lines; a single line break inside one is a soft break.
        let paragraphs = ([text] + record.body).joined(separator: "\n\n")
            .replacingOccurrences(of: #"\n[ \t]*\n\s*"#, with: "\u{2029}", options: .regularExpression)
            .components(separatedBy: "\u{2029}").map {
            ThaiNormalizer.normalize($0, options: .init(foldWhitespace: true, keepNewlines: false)).text
        }
        policy.categories = paragraphs.map(categories(in:)).max { $0.filter { $0.id != nil }.count < $1.filter { $0.id != nil }.count } ?? []
        policy.firstMeeting = firstMeetingWords.contains { flat.contains($0) } && flat.contains("ประชุม")
        let send = mustSend(in: flat)
        policy.mustSend = send.items
        policy.sendTo = send.to
        return policy
    }

    /// `อย่างน้อย ๓๐ คน`, `ไม่น้อยกว่า 30 คน`.
    public static func minMembers(in text: String) -> Int? {
        firstMatch(#"(?:อย่างน้อย|ไม่น้อยกว่า)\s*([0-9๐-๙]+)\s*คน"#, in: text).flatMap { ThaiDigits.parse($0[1]) }
    }

    /// The frequency worded near `ประชุม` (`ให้มีการประชุมคณะกรรมการฯ อย่างน้อยเดือนละ ๑ ครั้ง`).
    public static func meetingFrequency(in text: String) -> String? {
        var search = text.startIndex
        while let r = text.range(of: "ประชุม", range: search..<text.endIndex) {
            let window = text[r.upperBound..<(text.index(r.upperBound, offsetBy: 80, limitedBy: text.endIndex) ?? text.endIndex)]
            if let hit = frequencyWords.first(where: { window.contains($0.words) }) { return hit.rrule }
            search = r.upperBound
        }
        return nil
    }

    /// The categories listed after `ประกอบด้วย` up to `อย่างน้อย N คน`, matched against the category
    /// table; text the table does not know becomes a category of its own (its words as keywords).
    public static func categories(in text: String) -> [PolicyCategory] {
        // Each opener may start the list; the one followed by the most known categories wins.
        var best: [PolicyCategory] = []
        for opener in categoryListOpeners {
            var search = text.startIndex
            while let open = text.range(of: opener, range: search..<text.endIndex) {
                search = open.upperBound
                let found = categories(in: text, after: open.upperBound)
                // Most known categories first, then fewest unknown words (an opener too early
                // drags its own words in as categories).
                func score(_ c: [PolicyCategory]) -> (Int, Int) { (c.filter { $0.id != nil }.count, -c.filter { $0.id == nil }.count) }
                if score(found) > score(best) { best = found }
            }
        }
        return best
    }

    /// The list from `start` up to `อย่างน้อย N คน` (or 600 characters), item numbers (`(๑)`, `๒.`) removed.
    static func categories(in text: String, after start: String.Index) -> [PolicyCategory] {
        var end = text.index(start, offsetBy: 600, limitedBy: text.endIndex) ?? text.endIndex
        if let close = text.range(of: #"(?:อย่างน้อย|ไม่น้อยกว่า)\s*[0-9๐-๙]+\s*คน"#, options: .regularExpression,
                                  range: start..<end) { end = close.lowerBound }
        // A new clause (`ให้…`, `โดย…`, `ทั้งนี้`) ends the list too.
        if let clause = text.range(of: #"\s(?:ให้|โดย|ทั้งนี้)"#, options: .regularExpression, range: start..<end) { end = clause.lowerBound }
        let segment = String(text[start..<end])
            .replacingOccurrences(of: #"\(\s*[0-9๐-๙]{1,2}\s*\)|(?<![0-9๐-๙])[0-9๐-๙]{1,2}[.)]"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        let scalars = Array(segment.unicodeScalars)

        // Every alias occurrence, then the longest non-overlapping ones from left to right.
        var hits: [(start: Int, end: Int, entry: Int)] = []
        for (e, entry) in MemberCategories.table.enumerated() {
            for alias in entry.aliases {
                let a = Array(alias.unicodeScalars)
                var i = 0
                while i + a.count <= scalars.count {
                    if Array(scalars[i..<(i + a.count)]) == a { hits.append((i, i + a.count, e)) }
                    i += 1
                }
            }
        }
        hits.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var chosen: [(start: Int, end: Int, entry: Int)] = []
        for h in hits where chosen.last.map({ h.start >= $0.end }) ?? true { chosen.append(h) }
        // Consecutive hits of one category are one item (`ผู้แทนภาคธุรกิจหรือองค์กรเอกชน`).
        var items: [(start: Int, entry: Int?)] = []
        if let first = chosen.first, !slice(scalars, 0, first.start).isEmpty { items.append((0, nil)) }
        if chosen.isEmpty, !segment.trimmingCharacters(in: .whitespaces).isEmpty { items.append((0, nil)) }
        for h in chosen where items.last?.entry != h.entry { items.append((h.start, h.entry)) }

        var out: [PolicyCategory] = []
        var unknown: [String] = []
        for (k, item) in items.enumerated() {
            let stop = k + 1 < items.count ? items[k + 1].start : scalars.count
            // An item's span runs to the next known category; words after a comma or `และ` in it
            // that name no known category are categories of their own (`และตัวแทนผู้พิการ`).
            let parts = slice(scalars, item.start, stop)
                .components(separatedBy: ",").flatMap { $0.components(separatedBy: " และ") }
                .map(cleanName).filter { !$0.isEmpty && !$0.hasPrefix("อื่น") }
            guard let name = parts.first, !out.contains(where: { $0.name == name }) else { continue }
            for extra in parts.dropFirst() where extra.unicodeScalars.count >= 4 {
                unknown.append(extra)
            }
            if let e = item.entry {
                let entry = MemberCategories.table[e]
                out.append(PolicyCategory(id: entry.id, name: name, keywords: entry.keywords))
            } else {
                // Unknown wording: each space-separated word of it is an item of its own.
                unknown.insert(contentsOf: name.split(separator: " ").map(String.init), at: 0)
            }
            for word in unknown where word.unicodeScalars.count >= 4 && !out.contains(where: { $0.name == word }) {
                out.append(PolicyCategory(name: word, keywords: [word]))
            }
            unknown = []
        }
        return out
    }

    /// What must be sent and to whom: `ส่งสำเนาคำสั่ง… และกำหนดการประชุม… ให้สำนักงานปกครองและทะเบียนทราบ`.
    public static func mustSend(in text: String) -> (items: [String], to: String?) {
        // `ส่งสำเนา…` first; else any `ส่ง…` but `ส่งเสริม` (to promote), which circulars use a lot.
        guard let m = firstMatch(#"ส่ง(สำเนา.+?)\s+ให้\s*(\S+?)\s*ทราบ"#, in: text)
                ?? firstMatch(#"ส่ง(?!เสริม)(.+?)\s+ให้\s*(\S+?)\s*ทราบ"#, in: text) else { return ([], nil) }
        let items = m[1].components(separatedBy: " และ").flatMap { $0.components(separatedBy: " พร้อม") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return (items, m[2])
    }

    private static func slice(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s[a..<b])
        return String(v).trimmingCharacters(in: .whitespaces)
    }

    /// Drops the list's joining words at an item's end (`และอื่น ๆ`, `และ`, commas).
    private static func cleanName(_ s: String) -> String {
        var name = s.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        for tail in ["และอื่น ๆ", "และอื่นๆ", "อื่น ๆ", "และ", "หรือ"] where name.hasSuffix(tail) {
            name = String(name.dropLast(tail.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        }
        return name
    }

    private static func firstMatch(_ pattern: String, in text: String) -> [String]? {
        guard let re = try? NSRegularExpression(pattern: pattern),
              let m = re.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (0..<m.numberOfRanges).map { i in Range(m.range(at: i), in: text).map { String(text[$0]) } ?? "" }
    }
}
