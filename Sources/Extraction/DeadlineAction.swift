/// What is due by a deadline: the clause before its marker (`… ภายในวันที่ …`) and, inside it,
/// the action itself, as a records officer would copy it into a calendar (`ส่งรายชื่อพร้อมแบบตอบรับ`),
/// without the request (ขอให้, โปรด), the one asked (ให้สำนักงานเขต…) or earlier coordinated steps.
///
/// Thai writes no spaces between words, so the clause is cut at words that open one:
/// - a request or connective that always opens a clause (`ทั้งนี้`, `จึง`, `ขอให้`, `โดยให้`, `พร้อมทั้ง`,
///   `โดยต้อง`, `ขอความกรุณา`, `โปรด` …);
/// - `และ`, `หรือ`, `โดย` after a space and before an action verb (`… ๒๐ คน และส่งรายชื่อ`); glued,
///   they join two verbs of one task (`วางแผนและดำเนินการ`) or nouns (`ฝ่ายพัฒนาชุมชนและสวัสดิการสังคม`);
/// - a bare `ให้` only when an action verb follows before the marker: `ให้ทุกฝ่ายส่ง…` asks someone to
///   act, while `ส่งสำเนาคำสั่งให้สำนักงานปกครองและทะเบียน` says to whom.
/// The last such opening wins. After it, directive words (`ให้`, `ต้อง`) and the one asked are passed
/// over up to the first action verb not standing inside a noun (`ผู้ตรวจสอบอาคารตรวจสอบป้าย`:
/// the second ตรวจสอบ). Where no verb is found the text after the opening is kept: a longer action
/// is better than a wrong cut.
enum DeadlineAction {
    /// Where the clause begins (its opening word) and where the action begins, in `u[floor..<end]`.
    static func locate(_ u: [Unicode.Scalar], floor: Int, end: Int) -> (clause: Int, action: Int) {
        var clause = floor
        var afterOpening = floor
        var p = floor
        while p < end {
            if let len = opening(u, at: p, end: end) {
                // The clause text starts after a connective that only links it to what came before.
                clause = connectives.contains { starts(u, at: p, end: end, with: $0) } ? skipSpaces(u, from: p + len, end: end) : p
                afterOpening = p + len
                p += len
                continue
            }
            p += 1
        }
        var action = skipDirectives(u, from: afterOpening, end: end)
        if !verb(u, at: action, end: end), let v = firstVerb(u, from: action, end: end) { action = v }
        // A duty numbered in a list (`๑. วางแผนและดำเนินการ…`): the number is not part of what is due.
        if clause == 0, action == 0, let (_, rest) = EntryLabel.read(Substring(String(String.UnicodeScalarView(u[0..<end])))) {
            action = end - rest.unicodeScalars.count
        }
        return (clause, min(action, end))
    }

    /// The length of the clause opening at `p`, if one stands there.
    static func opening(_ u: [Unicode.Scalar], at p: Int, end: Int) -> Int? {
        for w in strongOpeners where starts(u, at: p, end: end, with: w) { return w.count }
        // A conjunction glued to the word before joins two verbs of one task (`วางแผนและดำเนินการ`);
        // Thai puts a space where a clause ends.
        for w in conjunctions where (p == 0 || u[p - 1] == " ") && starts(u, at: p, end: end, with: w) {
            var q = skipSpaces(u, from: p + w.count, end: end)
            // `และจะประกาศรายชื่อ…`, `และต้องส่ง…`: a directive word may stand before the verb.
            for d in directives + [will] where starts(u, at: q, end: end, with: d) { q += d.count; break }
            if verb(u, at: q, end: end) { return w.count }
        }
        if starts(u, at: p, end: end, with: hai), firstVerb(u, from: p + hai.count, end: end) != nil { return hai.count }
        return nil
    }

    /// Spaces and the words that only mark a directive (`ให้`, `ต้อง`, `จะต้อง`).
    static func skipDirectives(_ u: [Unicode.Scalar], from start: Int, end: Int) -> Int {
        var i = skipSpaces(u, from: start, end: end)
        var moved = true
        while moved {
            moved = false
            for w in directives + [will] where starts(u, at: i, end: end, with: w) {
                i = skipSpaces(u, from: i + w.count, end: end); moved = true; break
            }
        }
        return i
    }

    /// The first action verb in `u[start..<end]` that does not stand inside a noun.
    static func firstVerb(_ u: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
        var q = start
        while q < end {
            if verb(u, at: q, end: end) { return q }
            q += 1
        }
        return nil
    }

    /// An action verb at `q`, not after a word that makes it a noun (`การส่ง`, `ผู้ตรวจสอบ`, `กองตรวจสอบ`);
    /// after `ทุก` the unit is whole (`ให้ทุกฝ่ายส่ง…`).
    static func verb(_ u: [Unicode.Scalar], at q: Int, end: Int) -> Bool {
        guard q < end, actionVerbs.contains(where: { starts(u, at: q, end: end, with: $0) }) else { return false }
        return !nounMakers.contains { m in
            guard q >= m.count, u[(q - m.count)..<q].elementsEqual(m) else { return false }
            let s = q - m.count
            return !(s >= every.count && u[(s - every.count)..<s].elementsEqual(every))
        }
    }

    static let every = Array("ทุก".unicodeScalars)

    static func starts(_ u: [Unicode.Scalar], at p: Int, end: Int, with w: [Unicode.Scalar]) -> Bool {
        p + w.count <= end && u[p] == w[0] && u[p..<(p + w.count)].elementsEqual(w)
    }

    static func skipSpaces(_ u: [Unicode.Scalar], from start: Int, end: Int) -> Int {
        var i = start
        while i < end, u[i] == " " { i += 1 }
        return i
    }

    private static func scalars(_ words: [String]) -> [[Unicode.Scalar]] {
        words.map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    static let hai = Array("ให้".unicodeScalars)

    /// Words that always open a clause, longest first.
    static let strongOpeners = scalars(["ทั้งนี้", "อนึ่ง", "จึง", "ขอให้", "และให้", "โดยให้", "หรือให้", "พร้อมทั้ง", "โดยต้อง",
                                        "ขอความกรุณา", "ขอความร่วมมือ", "ขอได้โปรด", "กรุณา", "โปรด"])

    /// Words that open a clause only when an action verb follows at once (after a space); สามารถ (may)
    /// opens what the reader may do by the date (`… สามารถเสนอความคิดเห็น… ได้จนถึงวันที่ …`).
    static let conjunctions = scalars(["และ", "หรือ", "โดย", "แล้ว", "สามารถ"])

    static let directives = scalars(["ให้", "จะต้อง", "ต้อง"])
    static let will = Array("จะ".unicodeScalars)

    /// Openers that only link the clause to the sentence before (left out of the clause's text).
    static let connectives = scalars(["ทั้งนี้", "อนึ่ง"])

    /// Verbs of what an official letter asks to be done by a date (the action's first word).
    /// Whole words only where a shorter form is another word's start (`จัด` in จัดสรร, `รับ` in สำหรับ).
    static let actionVerbs = scalars([
        "ส่ง", "จัดส่ง", "นำส่ง", "รายงาน", "เสนอ", "ยื่น", "ตอบรับ", "ตอบ", "แจ้ง", "จัดทำ", "ดำเนินการ",
        "ชี้แจง", "พิจารณา", "ย้าย", "แต่งตั้ง", "จัดตั้ง", "คัดเลือก", "สำรวจ", "ตรวจสอบ", "ตรวจรับ", "ปรับปรุง",
        "แก้ไข", "ชำระ", "ลงทะเบียน", "ขึ้นทะเบียน", "จดทะเบียน", "สมัคร", "รับสมัคร", "ยืนยัน", "ประสาน", "ติดต่อ",
        "เข้าร่วม", "จัดประชุม", "จัดงาน", "จัดอบรม", "จัดหา", "จัดเตรียม", "เตรียม", "คืน", "บันทึก", "กรอก",
        "ปฏิบัติ", "รื้อถอน", "ซ่อมแซม", "ติดตั้ง", "อนุมัติ", "สรุป", "รวบรวม", "ประชาสัมพันธ์", "เผยแพร่", "ระบุ",
        "ลงนาม", "เบิก", "ชดใช้", "ต่ออายุ", "ประเมิน", "ทบทวน", "กำหนด", "ติดตาม", "ส่งมอบ", "มอบ", "โอน",
        "เร่งรัด", "ขออนุญาต", "ขออนุมัติ", "ยกเลิก", "ทำลาย", "เก็บ", "แสดง", "ปิด", "เปิด", "วางแผน", "ออกแบบ",
        "ลงพื้นที่", "ตรวจ", "จัดเก็บ", "ปรับ", "ป้องกัน", "แก้ปัญหา", "คัดแยก", "ขยาย", "ประกาศรายชื่อ", "ประกาศผล",
    ])

    /// Words before which an action verb is part of a noun: a nominaliser, an agent, a unit.
    static let nounMakers = scalars(["การ", "ความ", "ผู้", "นัก", "กอง", "ฝ่าย", "สำนัก", "ค่า", "กลุ่ม", "ศูนย์", "ส่วน",
                                     "แบบ", "ผล", "คณะ", "ใบ", "ที่", "ช่าง", "เจ้าหน้าที่", "เจ้าพนักงาน", "หน่วย"])
}
