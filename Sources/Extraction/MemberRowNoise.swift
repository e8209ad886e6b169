import SarabanCore
import ThaiText

/// What OCR and typists put around a member row's text that is no part of it: table ruling
/// (`|`, `«`), specks read as letters or digits before a title (`|!นาง…`, `70นางสาว…`, `ป นาย…`), a
/// title split by hOCR's word boxes, lines of specks; and a row whose number is garbled or bare.
/// The list reader (`MemberListExtractor.read`) asks these of every line of a list.
extension MemberListExtractor {
    /// The text without tokens that are only ruling (`|`, `||`), and without a first token of one
    /// bracket or mark (`(`); nil when there is none.
    static func withoutRulingTokens(_ text: String) -> String? {
        let tokens = ThaiGraphemes.spaceSplit(text)
        var kept = tokens.filter { t in !t.unicodeScalars.allSatisfy { $0 == "|" || $0 == "¦" } }
        if let f = kept.first, f.unicodeScalars.count == 1, let c = f.unicodeScalars.first, "([|!)".unicodeScalars.contains(c) { kept.removeFirst() }
        // A rule glued before the first word (`|หัวหน้าฝ่าย…`).
        var glued = false
        if let f = kept.first, f.unicodeScalars.first == "|", f.unicodeScalars.count > 1 {
            kept[0] = Substring(String(String.UnicodeScalarView(f.unicodeScalars.drop { $0 == "|" })))
            glued = !kept[0].isEmpty
        }
        guard kept.count < tokens.count || glued, !kept.isEmpty else { return nil }
        return kept.joined(separator: " ")
    }

    /// Whether the text holds a Thai word: three Thai letters in a row (marks between them allowed).
    static func hasThaiWord(_ text: Substring) -> Bool {
        var run = 0
        for c in text.unicodeScalars {
            if (0x0E01...0x0E2E).contains(c.value) || (0x0E30...0x0E3A).contains(c.value) || (0x0E40...0x0E45).contains(c.value) {
                run += 1
                if run >= 3 { return true }
            } else if (0x0E47...0x0E4E).contains(c.value) {
                continue
            } else {
                run = 0
            }
        }
        return false
    }

    /// `ซ. นางสาว…`, `ฆ. ผู้แทน…`, `ฆ, นางสาว…`: one to three characters that are not a word, a dot
    /// (or a comma), then a name or a position. A title with its dot (`ดร. สมชาย`) is a name, not a label.
    static func garbledEntryLabel(_ text: Substring) -> (String, Substring)? {
        let u = text.unicodeScalars
        // Without its dot: a token of one or two letters before a position and a role (`ฆ่ หัวหน้าฝ่าย… กรรมการ`).
        if let space = u.firstIndex(of: " "), (1...2).contains(u.distance(from: u.startIndex, to: space)),
           !u[u.startIndex..<space].contains(where: { ThaiDigits.value($0) != nil }) {
            let rest = Substring(String(u[u.index(after: space)...])).trimmedSpaces()
            if PersonName.parse(opening: text) == nil, PersonName.looksLikePosition(rest) || PersonName.parse(opening: rest) != nil,
               MemberRoles.atEnd(of: rest) != nil {
                return (String(u[u.startIndex..<space]), rest)
            }
        }
        // A row number OCR garbled into digits and look-alike letters (`๑ฒ`, `๑๒๐` for ๑๖, `ฆ`), or
        // one out of sequence (a misread digit), before a titled name: the name opens the entry, its
        // number unknown.
        if let space = u.firstIndex(of: " "), (1...3).contains(u.distance(from: u.startIndex, to: space)),
           u[u.startIndex..<space].allSatisfy({ ThaiDigits.value($0) != nil || LooseDateReader.digitLookalikeLetters[$0] != nil }) {
            let rest = Substring(String(u[u.index(after: space)...])).trimmedSpaces()
            if PersonName.parse(opening: rest) != nil { return (String(u[u.startIndex..<space]), rest) }
        }
        // The number's dot, or the comma OCR reads it as (`ฆ, นางสาว…` for ๗.).
        guard let dot = u.firstIndex(where: { $0 == "." || $0 == "," }), u.distance(from: u.startIndex, to: dot) <= 3,
              u.distance(from: u.startIndex, to: dot) >= 1 else { return nil }
        let after = u.index(after: dot)
        guard after < u.endIndex, u[after] == " " else { return nil }
        if PersonName.parse(opening: text) != nil { return nil }
        let rest = Substring(String(u[after...])).trimmedSpaces()
        guard PersonName.parse(opening: rest) != nil || PersonName.looksLikePosition(rest) else { return nil }
        return (String(u[u.startIndex...dot]), rest)
    }

    /// What follows a bare number on an OCR'd line when it is a member row: a name, a position,
    /// or a role at the end. A speck of leading vowel glued to the title (`เผศ.ดร.…`, `เนาย…`) is
    /// dropped, since no title begins with one.
    static func rowAfterBareNumber(_ r: Substring) -> Substring? {
        var r = joiningSplitTitle(r) ?? r
        if let f = r.unicodeScalars.first, ThaiTextShim.isLeadingVowel(f) {
            let rest = Substring(String(r.unicodeScalars.dropFirst()))
            if PersonName.parse(opening: rest) != nil { r = rest }
        }
        if PersonName.parse(opening: r) != nil || MemberRoles.atEnd(of: r) != nil || PersonName.looksLikePosition(r)
            || MemberRoles.partialAtEnd(of: r) != nil { return r }
        // Ruling and specks glued before the title (`|!นางรัตนา…`, `70นางสาว…`): still a row; the
        // member reader drops them with a warning.
        if withoutLeadingJunk(r) != nil { return r }
        return nil
    }

    /// A title that hOCR's word boxes split after a speck glued to it (`เพ ระครูสิริธรรมวิมล`, the
    /// text output's `เพระครู…`): the first token, one or two scalars, joined to the next, when the
    /// joined text, less a leading vowel, opens with a titled name. Nil otherwise.
    static func joiningSplitTitle(_ r: Substring) -> Substring? {
        let u = r.unicodeScalars
        guard let space = u.firstIndex(of: " "), (1...2).contains(u.distance(from: u.startIndex, to: space)) else { return nil }
        let joined = String(u[u.startIndex..<space]) + String(u[u.index(after: space)...])
        var bare = Substring(joined)
        if let f = bare.unicodeScalars.first, ThaiTextShim.isLeadingVowel(f) { bare = Substring(String(bare.unicodeScalars.dropFirst())) }
        guard PersonName.parse(opening: r) == nil, PersonName.parse(opening: bare) != nil else { return nil }
        return bare
    }

    /// Table ruling and specks as tesseract prints them in a table row: `|`, guillemets, and
    /// tokens of leading vowels alone (`เ|`, `ไเ|`), which no Thai word is.
    static func withoutTableNoise(_ text: String) -> String {
        let noise: Set<Unicode.Scalar> = ["|", "«", "»", "\u{0E40}", "\u{0E41}", "\u{0E42}", "\u{0E43}", "\u{0E44}"]
        // A title's dot that OCR set apart (`นพ .ชัยวัฒน์`): a space never stands before a dot.
        let text = ThaiScalarSearch.contains(" .", in: text) ? text.replacingSpaceBeforeDot() : text
        // Leading vowels are noise only as a token of their own or glued to a `|`; a line without
        // `|`, guillemets, `(` or such a token has nothing to remove.
        let u = ScalarString.scalars(text)
        let hasNoise = u.indices.contains { k in
            let c = u[k]
            if c == "|" || c == "«" || c == "»" || c == "(" { return true }
            // A slash standing alone is the table's ruling too (`ศรีงาม / ผู้อำนวยการ…`).
            if c == "/", k > 0, u[k - 1] == " ", k + 1 == u.count || u[k + 1] == " " { return true }
            guard ThaiTextShim.isLeadingVowel(c), k == 0 || u[k - 1] == " " else { return false }
            var e = k
            while e < u.count, ThaiTextShim.isLeadingVowel(u[e]) { e += 1 }
            return e == u.count || u[e] == " "
        }
        guard hasNoise else { return text }
        // A token is cut at its `|`s; pieces of noise alone (`ไเ` in `ไเ|นายธนพล`) go.
        var pieces = ThaiGraphemes.spaceSplit(text).flatMap { $0.split(separator: "|") }.filter { !$0.unicodeScalars.allSatisfy { noise.contains($0) } && $0 != "/" }
        // The ruling before the role cell read as a parenthesis: `… (ที่ปรึกษา`.
        if let last = pieces.last, last.unicodeScalars.first == "(", MemberRoles.exact(String(last.unicodeScalars.dropFirst())) != nil {
            pieces[pieces.count - 1] = Substring(String(last.unicodeScalars.dropFirst()))
        }
        return pieces.joined(separator: " ")
    }

    /// What OCR put before a name in a table cell: punctuation (`'`, `,`, `«`, `|`, `!`), Latin
    /// digits and the letters a rule is read as (`70`, `l`), up to two leading vowels (specks or
    /// rules read as เ or ไ) and one consonant, taken off only when a titled name follows, with what was taken off. At
    /// most three scalars; nil when nothing such stands there. (A Thai digit is not taken: it would be
    /// the entry's number.)
    static func withoutLeadingJunk(_ text: Substring) -> (Substring, String)? {
        let punctuation: Set<Unicode.Scalar> = ["«", "»", "‘", "’", "“", "”", "I", "l"]
        let leadingVowels: Set<Unicode.Scalar> = ["เ", "แ", "โ", "ใ", "ไ"]
        let u = text.unicodeScalars
        var i = u.startIndex, taken = 0, vowels = 0, consonants = 0
        while i < u.endIndex, taken < 3 {
            let c = u[i]
            if c == " " { i = u.index(after: i); continue }
            let asciiMark = c.isASCII && !(c.value >= 0x41 && c.value <= 0x5A) && !(c.value >= 0x61 && c.value <= 0x7A)
            // One Thai consonant, glued or apart (`ฝนางสาว…`, `ป นาย…`): a speck read as a letter. Taken
            // only where a titled name follows it at once, as every piece here is.
            let consonant = (0x0E01...0x0E2E).contains(c.value) && consonants == 0
            if asciiMark || punctuation.contains(c) || (leadingVowels.contains(c) && vowels < 2) || consonant {
                if leadingVowels.contains(c) { vowels += 1 }
                if consonant { consonants += 1 }
                taken += 1
                i = u.index(after: i)
                // A title right after what was taken: done.
                let rest = Substring(u[i...]).trimmedSpaces()
                if PersonName.parse(opening: rest) != nil {   // (a name needs its title to parse)
                    return (rest, String(Substring(text.unicodeScalars[text.unicodeScalars.startIndex..<i]).trimmedSpaces()))
                }
                continue
            }
            break
        }
        return nil
    }
}
