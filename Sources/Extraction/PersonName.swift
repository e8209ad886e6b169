import SarabanCore
import ThaiText

/// A person's name split as the record contract wants it.
struct PersonName: Equatable, Sendable {
    var full: String
    var title: String?
    var given: String?
    var family: String?

    /// Parses a name that opens `text` (title + given + family), returning what follows (a position).
    /// `นางสาวสมศรี ใจดี ผู้แทนชุมชน` → (นางสาวสมศรี ใจดี, rest: ผู้แทนชุมชน).
    static func parse(opening text: Substring) -> (name: PersonName, rest: Substring)? {
        let t = text.trimmedSpaces()
        guard let (titles, afterTitle) = PersonTitles.split(t) else { return nil }
        var tokens = ThaiGraphemes.splitOnSpaces(afterTitle) ?? afterTitle.split(separator: " ", omittingEmptySubsequences: true)
        guard !tokens.isEmpty else { return nil }
        let given = String(tokens.removeFirst())
        var family: String?
        if let f = tokens.first {
            // Family names with a particle: ณ อยุธยา, ณ ป้อมเพชร.
            if f == "ณ", tokens.count >= 2 {
                family = "ณ " + tokens[1]
                tokens.removeFirst(2)
            } else if !looksLikePosition(f) {
                family = String(f)
                tokens.removeFirst()
            }
        }
        // Whether a space parts the titles from the name, as printed (the titles as read may have
        // dropped spaces inside them: `ผศ. ดร.` is ผศ.ดร.).
        // (On UTF-8 counts, which a native string answers without walking it: the rest is the
        // line's suffix, so the byte before it is the last one the titles took.)
        let consumed = t.utf8.count - afterTitle.utf8.count
        let spaced = consumed > 0 && t.utf8[t.utf8.index(t.utf8.startIndex, offsetBy: consumed - 1)] == 0x20
        var full = titles + (spaced ? " " : "") + given
        if let family { full += " " + family }
        let rest = Substring(tokens.joined(separator: " "))
        return (PersonName(full: full, title: titles, given: given, family: family), rest)
    }

    /// Parses a whole name (a signature line), nil when it has no title.
    static func parse(_ text: String) -> PersonName? {
        guard let (name, rest) = parse(opening: Substring(text)) else { return nil }
        if rest.isEmpty { return name }
        // Extra tokens: a family name written with spaces (rare); keep them in the family name.
        var n = name
        n.family = [name.family, String(rest)].compactMap { $0 }.joined(separator: " ")
        n.full = name.full + " " + rest
        return n
    }

    /// Words that open a position rather than a family name.
    static let positionOpeners = ["ผู้", "รองผู้", "หัวหน้า", "ประธาน", "รองประธาน", "ผอ.", "ปลัด", "รองปลัด", "นายก", "รองนายก",
                                  "ผู้แทน", "ผู้ช่วย", "อาจารย์", "ครู", "เจ้าหน้าที่", "เจ้าพนักงาน", "นัก", "ข้าราชการ",
                                  "กรรมการ", "เลขานุการ", "ที่ปรึกษา", "สมาชิก", "ตัวแทน", "ผกก.", "สารวัตร", "ปราชญ์",
                                  "ผู้อำนวยการ", "ศึกษานิเทศก์", "พนักงาน", "อธิการบดี", "คณบดี", "ผู้จัดการ", "ประธานชุมชน",
                                  // A monk has no family name: his position follows his name (`พระครู… เจ้าอาวาสวัด…`).
                                  "เจ้าอาวาส", "รองเจ้าอาวาส", "เจ้าคณะ", "กำนัน", "นิติกร", "วิศวกร", "พยาบาล", "นายช่าง"]

    static let positionOpenerScalars = positionOpeners.map { Array($0.unicodeScalars) }

    static func looksLikePosition(_ token: Substring) -> Bool {
        let plain = ThaiScalarSearch.isPlain(token.unicodeScalars)
        let first = token.unicodeScalars.first
        for (opener, scalars) in zip(positionOpeners, positionOpenerScalars) {
            // hasPrefix(plain:) answers false at once when the first scalars differ.
            if plain, scalars.first != first { continue }
            let has = plain ? ThaiGraphemes.hasPrefix(plain: token.unicodeScalars, scalars) : nil
            if has ?? token.hasThaiPrefix(opener) { return true }
        }
        return false
    }
}
