import ThaiText
import SarabanCore

/// Titles that open a Thai name (domain.md: People), written once. Matching tries the longest
/// first and strips them repeatedly, so stacked titles (`ผศ.ดร.`, `พล.ต.อ. ดร.`) are kept whole.
enum PersonTitles {
    /// Military and police ranks (and the acting ว่าที่ ranks): a woman's is the rank followed by
    /// หญิง (`ร้อยตรีหญิง`, `พ.ต.ท.หญิง`, `ว่าที่ ร.ต.หญิง`), read by `split` for every rank.
    static let ranks: (acting: [String], army: [String], police: [String], navy: [String], air: [String]) = {
        let acting = ["ว่าที่ร้อยตรี", "ว่าที่ร้อยโท", "ว่าที่ร้อยเอก", "ว่าที่ ร.ต.", "ว่าที่ร.ต.",
                      "ว่าที่ ร.ท.", "ว่าที่ร.ท.", "ว่าที่ ร.อ.", "ว่าที่ร.อ."]
        let army = ["จอมพล", "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี",
                    "จ่าสิบเอก", "จ่าสิบโท", "จ่าสิบตรี", "สิบเอก", "สิบโท", "สิบตรี",
                    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.", "จ.ส.อ.", "จ.ส.ท.", "จ.ส.ต.",
                    "ส.อ.", "ส.ท.", "ส.ต."]
        let police = ["พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี",
                      "ร้อยตำรวจเอก", "ร้อยตำรวจโท", "ร้อยตำรวจตรี", "ดาบตำรวจ", "จ่าสิบตำรวจ",
                      "สิบตำรวจเอก", "สิบตำรวจโท", "สิบตำรวจตรี",
                      "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.",
                      "ด.ต.", "จ.ส.ต.", "ส.ต.อ.", "ส.ต.ท.", "ส.ต.ต."]
        let navy = ["พลเรือเอก", "พลเรือโท", "พลเรือตรี", "นาวาเอก", "นาวาโท", "นาวาตรี", "เรือเอก", "เรือโท", "เรือตรี",
                    "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.", "น.อ.", "น.ท.", "น.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
                    // Petty officers (พันจ่า…, จ่า…) and their abbreviations.
                    "พันจ่าเอก", "พันจ่าโท", "พันจ่าตรี", "จ่าเอก", "จ่าโท", "จ่าตรี", "พ.จ.อ.", "พ.จ.ท.", "พ.จ.ต.", "จ.อ.", "จ.ท.", "จ.ต."]
        let air = ["พลอากาศเอก", "พลอากาศโท", "พลอากาศตรี", "นาวาอากาศเอก", "นาวาอากาศโท", "นาวาอากาศตรี",
                   "เรืออากาศเอก", "เรืออากาศโท", "เรืออากาศตรี", "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.", "น.อ.", "น.ท.", "น.ต.",
                   "ร.อ.อ.", "ร.อ.ท.", "ร.อ.ต.",
                   "พันจ่าอากาศเอก", "พันจ่าอากาศโท", "พันจ่าอากาศตรี", "จ่าอากาศเอก", "จ่าอากาศโท", "จ่าอากาศตรี",
                   "พ.อ.อ.", "พ.อ.ท.", "พ.อ.ต.", "จ.อ.อ.", "จ.อ.ท.", "จ.อ.ต."]
        return (acting, army, police, navy, air)
    }()

    static let rankSet: Set<String> = Set(ranks.acting + ranks.army + ranks.police + ranks.navy + ranks.air)

    static let all: [String] = {
        let (acting, army, police, navy, air) = (ranks.acting, ranks.army, ranks.police, ranks.navy, ranks.air)
        let civil = ["นางสาว", "นาง", "นาย", "น.ส.", "เด็กชาย", "เด็กหญิง", "ด.ช.", "ด.ญ.", "คุณ"]
        let academic = ["ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์", "ศ.", "รศ.", "ผศ.", "ดร.",
                        "นายแพทย์", "แพทย์หญิง", "นพ.", "พญ.", "ทันตแพทย์", "ทันตแพทย์หญิง", "ทพ.", "ทพญ.",
                        "เภสัชกร", "ภก.", "ภญ.", "สัตวแพทย์", "สพ.", "ศ.ดร.", "รศ.ดร.", "ผศ.ดร."]
        let monks = ["พระครูสมุห์", "พระครูใบฎีกา", "พระครูปลัด", "พระครู", "พระมหา", "พระราช", "พระเทพ", "พระธรรม",
                     "พระปลัด", "พระสมุห์", "พระใบฎีกา", "พระอธิการ", "พระ"]
        let nobility = ["หม่อมราชวงศ์", "หม่อมหลวง", "ม.ร.ว.", "ม.ล.", "ท่านผู้หญิง", "คุณหญิง"]
        // Duplicates dropped by their UTF-8 bytes (a Set<String> normalises Thai to hash: 1.6M
        // instructions once per process); the lists are plain Thai, so equal titles have equal bytes.
        var seen = Set<[UInt8]>()
        let unique = (civil + academic + acting + army + police + navy + air + monks + nobility)
            .filter { seen.insert(Array($0.utf8)).inserted }
        // Longest (in Characters) first; each length counted once, not at every comparison.
        let counts = unique.map(\.count)
        return unique.indices.sorted { counts[$0] > counts[$1] }.map { unique[$0] }
    }()

    /// The titles as scalars, grouped by their first scalar, longest first: `split` runs for every
    /// member line and signature candidate, so it compares scalars instead of graphemes.
    static let byFirstScalar: [Unicode.Scalar: [(title: String, scalars: [Unicode.Scalar])]] = {
        var table: [Unicode.Scalar: [(String, [Unicode.Scalar])]] = [:]
        for t in all { let s = Array(t.unicodeScalars); table[s[0], default: []].append((t, s)) }
        return table
    }()

    /// Positions and places that begin like a title: the list above, and the Bangkok districts
    /// whose names do (พระนคร, พระโขนง: a wrapped `…เขต` / `พระโขนง กรรมการ` is no monk).
    static let positionsLikeTitleScalars: [[Unicode.Scalar]] = (positionsLikeTitles
        + BangkokDistrictNames.all.filter { name in
            // Compared as scalars, against the titles with the same first scalar: String.hasPrefix
            // normalises Thai at every call (26M instructions for this list).
            let u = Array(name.unicodeScalars)
            return (byFirstScalar[u[0]] ?? []).contains { $0.scalars.count < u.count && u.starts(with: $0.scalars) }
        })
        .map { Array($0.unicodeScalars) }

    /// The most scalars `title(at:)` (exact or with lost marks) and the position check look at.
    static let longestPrefix: Int = (byFirstScalar.values.flatMap { $0.map(\.scalars.count) } + positionsLikeTitleScalars.map(\.count)).max() ?? 0

    /// The longest title at the start of `u` (scalars), if any, with the number of scalars it takes
    /// there. A title with tone marks or upper vowels is also found with some of them lost, as OCR
    /// prints it (`ว่าทีร้อยตรี`); the title returned is then the standard one.
    static func title(at u: ArraySlice<Unicode.Scalar>) -> (title: String, length: Int)? {
        guard let first = u.first, let candidates = byFirstScalar[first] else { return nil }
        for (t, s) in candidates where u.count >= s.count && u.prefix(s.count).elementsEqual(s) { return (t, s.count) }
        for (t, s) in candidates where s.contains(where: { ThaiLookalike.isMark($0.value) }) {
            if let n = ThaiTextShim.lengthWithLostMarks(s, in: u) { return (t, n) }
        }
        // An abbreviation with one mark OCR added (a speck over ร read as ี: `รีศ.` for รศ.), the
        // longest first. Only abbreviations (they end in a dot, which no given name is followed by).
        for (t, s) in candidates where s.last == "." {
            if let n = lengthIgnoringOneExtraMark(s, in: u) { return (t, n) }
        }
        return nil
    }

    /// Scalars of `u` that spell `title` with exactly one mark more (an upper vowel or tone mark);
    /// nil when they do not.
    private static func lengthIgnoringOneExtraMark(_ title: [Unicode.Scalar], in u: ArraySlice<Unicode.Scalar>) -> Int? {
        guard u.count > title.count else { return nil }
        var i = u.startIndex, k = 0, extra = 0
        while k < title.count {
            if i < u.endIndex, u[i] == title[k] { i += 1; k += 1; continue }
            if i < u.endIndex, extra == 0, ThaiLookalike.isMark(u[i].value) { i += 1; extra += 1; continue }
            return nil
        }
        return extra == 1 ? i - u.startIndex : nil
    }

    static let woman = Array("หญิง".unicodeScalars)

    /// `หญิง` after a rank makes it a woman's rank (`ร้อยตรีหญิง`, `พันตำรวจโทหญิง`): it is part of the
    /// title, never the start of the given name. Nil unless `t` is a rank and หญิง follows it,
    /// itself followed by the name (a Thai letter, or a space).
    /// หญิง may stand a space apart (`นาวาอากาศเอก หญิง ดวงพร`): the title keeps it as printed.
    static func womansRank(_ t: String, after u: Substring.UnicodeScalarView) -> (title: String, scalars: Int)? {
        let spaced = u.first == " "
        let v = spaced ? u.dropFirst() : u[...]
        guard v.starts(with: woman), rankSet.contains(t) else { return nil }
        guard let c = v.dropFirst(woman.count).first, c == " " || ThaiTextShim.isThai(c) else { return nil }
        return spaced ? (" หญิง", woman.count + 1) : ("หญิง", woman.count)
    }

    /// Titles that need a following name-like token to count (พระ opens many non-name words).
    static let weak: Set<String> = ["พระ", "คุณ", "พระราช", "พระเทพ", "พระธรรม"]

    /// Positions that begin like a title (นาย + กสมาคม) and are not names.
    static let positionsLikeTitles = ["นายกสมาคม", "นายกเทศมนตรี", "นายกรัฐมนตรี", "นายกองค์การ", "นายกชมรม", "นายกสภา",
                                      "นายอำเภอ", "นายทะเบียน", "นายช่าง", "นายตรวจ", "นายเวร", "นายกมูลนิธิ"]

    /// Splits the leading titles off `text`: ("ผศ.ดร.", "สมชาย ใจดี …"). Nil when it opens with no title.
    static func split(_ text: Substring) -> (titles: String, rest: Substring)? {
        var rest = text
        var titles = ""
        // Only the first `longestPrefix` scalars are ever compared: copying the whole line (once
        // here and once per title) cost more than the matching.
        let scalars = ScalarString.prefix(text, longestPrefix)
        guard let first = scalars.first, byFirstScalar[first] != nil else { return nil }
        if positionsLikeTitleScalars.contains(where: { scalars.starts(with: $0) }) { return nil }
        while true {
            guard var (t, length) = title(at: ScalarString.prefix(rest, longestPrefix)[...]) else { break }
            if let woman = womansRank(t, after: rest.unicodeScalars.dropFirst(length)) { t += woman.title; length += woman.scalars }
            let after = Substring(String(rest.unicodeScalars.dropFirst(length)))
            // A title must be followed by a name: a Thai letter (possibly after one space) or another title.
            let next = after.first == " " ? after.dropFirst() : after
            guard let c = next.unicodeScalars.first, c.value >= 0x0E01 && c.value <= 0x0E2E || c.value >= 0x0E40 && c.value <= 0x0E44 else { break }
            // (The set look-up last: it hashes a Thai string.)
            if titles.isEmpty, after.first == " ", weak.contains(t) { break }
            titles += titles.isEmpty || titles.hasThaiSuffix(".") ? t : " " + t
            rest = next
        }
        return titles.isEmpty ? nil : (titles, rest)
    }
}
