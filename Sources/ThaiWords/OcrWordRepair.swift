import Foundation
import ThaiText

/// Repairs of OCR'd Thai that need to know what a word is, each made only when the dictionary
/// leaves one reading: a space tesseract put inside a word (`สำนักงา นเขต`, `ค ณบดี`), a tone mark
/// or upper vowel it lost or misread (`สิงแวดล้อม`, `มันคง`), a thanthakhat it lost at the end of a
/// name (`ณรงค์ศักดิ`). Text that reads as words already is left alone: these rules mend damage,
/// they do not choose between two real words (`ตัง` and `ตั้ง` are both words; OCR's `ตังมัน`
/// stays as printed).
public struct OcrWordRepair: Sendable {
    public let dictionary: ThaiDictionary

    public init(dictionary: ThaiDictionary) { self.dictionary = dictionary }

    /// One repair, with what was printed and what it was read as.
    public struct Change: Sendable, Equatable {
        public var printed: String
        public var readAs: String
    }

    // MARK: spaces inside words

    /// Removes the spaces OCR put inside words. A space goes when the text around it reads as
    /// words only across it: one side alone is not words but both together are; or, unless
    /// `namesOnly`, together they are fewer words than apart (`โรง พยาบาล` is โรงพยาบาล). In a
    /// name the second rule is not used: given and family names are words side by side.
    public func joiningSplitWords(_ text: String, namesOnly: Bool = false) -> (String, [Change]) {
        var tokens = ThaiGraphemes.spaceSplit(text).map(String.init)
        guard tokens.count >= 2 else { return (text, []) }
        var changes: [Change] = []
        var i = 0
        while i + 1 < tokens.count {
            let a = tokens[i], b = tokens[i + 1]
            if let joined = joinIfSplit(a, b, namesOnly: namesOnly) {
                changes.append(Change(printed: a + " " + b, readAs: joined))
                tokens[i] = joined
                tokens.remove(at: i + 1)
                continue
            }
            i += 1
        }
        return (changes.isEmpty ? text : tokens.joined(separator: " "), changes)
    }

    func joinIfSplit(_ a: String, _ b: String, namesOnly: Bool) -> String? {
        guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first,
              ThaiDictionary.isThaiLetterOrMark(last), ThaiDictionary.isThaiLetterOrMark(first) else { return nil }
        let ua = Array(a.unicodeScalars), ub = Array(b.unicodeScalars)
        guard let fj = dictionary.fewestWords(ua + ub) else { return nil }
        let fa = dictionary.fewestWords(ua), fb = dictionary.fewestWords(ub)
        if fa == nil || fb == nil { return a + b }
        if !namesOnly, let fa, let fb, fj < fa + fb { return a + b }
        return nil
    }

    // MARK: marks

    /// Marks tesseract loses or confuses on a blurred page (domain.md): tone marks ่ ้, the upper
    /// vowels ี ื ิ, and ำ read as ้ + า.
    static let insertable: [Unicode.Scalar] = ["\u{0E48}", "\u{0E49}"]
    static let swaps: [(Unicode.Scalar, Unicode.Scalar)] = [("\u{0E35}", "\u{0E37}"), ("\u{0E34}", "\u{0E35}"), ("\u{0E48}", "\u{0E49}")]

    /// A token that is not words as printed but is after one or two mark repairs (a tone mark
    /// put back, ี read for ื): `สิงแวดล้อม` → สิ่งแวดล้อม, `ชีนบาน` → ชื่นบาน. Also a token that
    /// reads as words but as fewer after one repair (`มันคง` → มั่นคง, one word, not two), when
    /// `preferFewer`. Nil unless exactly one repaired reading is best.
    ///
    /// With `frequencies`, a tie between repaired readings goes to the one whose words are written
    /// at least three times as often (`likeliest(of:)`), instead of leaving the token as printed.
    public func restoringMarks(_ token: String, preferFewer: Bool, frequencies: ThaiWordFrequencies? = nil) -> String? {
        let u = Array(token.unicodeScalars)
        guard u.count >= 3, u.count <= 150, u.allSatisfy(ThaiDictionary.isThaiLetterOrMark) else { return nil }
        let printed = dictionary.fewestWords(u)
        // One word already cannot become fewer.
        if printed != nil && (!preferFewer || printed == 1) { return nil }
        let once = variants(of: u, overConsonants: printed == nil)
        let walks = dictionary.walks(u)
        var best: (words: Int, texts: Set<[Unicode.Scalar]>)? = nil
        func consider(_ v: [Unicode.Scalar], at edit: Int) {
            // The repaired letter must stand in a word of four letters or more: the dictionary's
            // particles (บ่, สำ) would otherwise make garbage read as words.
            guard let words = dictionary.words(v, editing: walks, at: edit),
                  words.contains(where: { $0.contains(edit) && $0.count >= 4 }) else { return }
            let f = words.count
            if let p = printed, f >= p { return }
            if best == nil || f < best!.words { best = (f, [v]) } else if f == best!.words { best!.texts.insert(v) }
        }
        for (v, edit) in once { consider(v, at: edit) }
        // Two repairs only for a token that is not words at all, and only into a single word,
        // which then wins over a one-repair reading of two words (`ชีนบาน`: ชื่นบาน, not ชิน บาน).
        if printed == nil, best.map({ $0.words > 1 }) ?? true {
            var twice: Set<[Unicode.Scalar]> = []
            for (v, _) in once {
                // A second repair past the place where no word can start with v's letters cannot
                // make v one word: only the places up to there are tried.
                let stop = dictionary.wordLengthsAndStop(in: v, from: 0).1
                for (w, _) in variants(of: v, through: stop) where w.count >= 4 && dictionary.contains(w) { twice.insert(w) }
            }
            if twice.count == 1 { best = (1, twice) } else if twice.count > 1 {
                return frequencies.flatMap { likeliest(of: twice, $0) }.map(ScalarString.make)
            }
        }
        guard let b = best else { return nil }
        if b.texts.count == 1, let only = b.texts.first { return ScalarString.make(only) }
        return frequencies.flatMap { likeliest(of: b.texts, $0) }.map(ScalarString.make)
    }

    /// Of several readings, the one whose words are written at least three times as often as any
    /// other's; nil when none stands out so.
    func likeliest(of readings: Set<[Unicode.Scalar]>, _ frequencies: ThaiWordFrequencies) -> [Unicode.Scalar]? {
        let scored = readings.compactMap { r in dictionary.likeliestWords(r, frequencies: frequencies).map { (r, $0.logProbability) } }
            .sorted { $0.1 > $1.1 }
        guard let first = scored.first else { return nil }
        if scored.count > 1, scored[1].1 > first.1 - Self.clearMargin { return nil }
        return first.0
    }

    /// How much likelier a repaired reading must be than the printed one, as a natural log:
    /// the price of assuming OCR lost or misread a mark. ln 40: a repair needs its words to be
    /// forty times likelier than the printed ones (`การตังวาง` → การตั้งวาง: ตั้ง is written 63 times
    /// as often as ตัง; `ทำค้าของบ` → ทำคำขอ งบ: ~240 times), while the printed words stand
    /// against a look-alike only a few times commoner (`การค้า` is not made `การคำ`, 4.4 times).
    public static let repairPrice = log(40.0)
    /// How much likelier (natural log) the chosen reading must be than the next best: 3 times.
    static let clearMargin = log(3.0)

    /// A token that reads as words, but whose one-mark repair reads as words far likelier to be
    /// written (see `repairPrice`): the real-word errors the dictionary alone cannot see
    /// (`ตัง` for ตั้ง, `ค้า` for คำ). Tried only at the places tesseract loses marks (over upper
    /// vowels) and for the look-alike vowels; the repaired letter must stand in a word of three
    /// letters or more; nil unless one repaired reading is best by a clear margin (3 times).
    public func choosingLikelierWords(_ token: String, frequencies: ThaiWordFrequencies) -> String? {
        let u = Array(token.unicodeScalars)
        guard u.count >= 2, u.count <= 150, u.allSatisfy(ThaiDictionary.isThaiLetterOrMark),
              let printed = dictionary.likeliestWords(u, frequencies: frequencies) else { return nil }
        var scored: [(text: [Unicode.Scalar], score: Double)] = []
        let walks = dictionary.walks(u)
        for (v, edit) in variants(of: u, overConsonants: false) {
            guard let r = dictionary.likeliestWords(v, editing: walks, at: edit, frequencies: frequencies),
                  r.words.contains(where: { $0.contains(edit) && $0.count >= 3 }) else { continue }
            scored.append((v, r.logProbability - Self.repairPrice))
        }
        scored.sort { $0.score > $1.score }
        guard let best = scored.first, best.score > printed.logProbability else { return nil }
        if scored.count > 1, scored[1].score > best.score - Self.clearMargin { return nil }
        return ScalarString.make(best.text)
    }

    /// Every text one mark repair away: a tone mark put back over an upper vowel (or, when
    /// `overConsonants`, over a consonant without one), or one upper vowel or tone mark for its look-alike (ี ื, ิ ี, ่ ้).
    /// Tesseract loses the marks it would have to stack (the corpus renders: ี่ ั่ ิ์ ั้ ื่ ี้ lost
    /// 91 times, a tone mark over a bare consonant 8 times), so a text that reads as words is only
    /// tried at the stacked places; a text that does not is tried everywhere.
    /// `through`: only repairs at or before that index.
    func variants(of u: [Unicode.Scalar], overConsonants: Bool = true, through last: Int? = nil) -> [(text: [Unicode.Scalar], edit: Int)] {
        var out: [(text: [Unicode.Scalar], edit: Int)] = []
        for i in u.indices where i <= (last ?? u.count) {
            let c = u[i]
            let isConsonant = (0x0E01...0x0E2E).contains(c.value)
            let isUpperVowel = c.value == 0x0E31 || (0x0E34...0x0E37).contains(c.value)
            if isUpperVowel || (overConsonants && isConsonant) {
                // Not where a tone mark already stands, nor on a consonant that carries a vowel above.
                let next = i + 1 < u.count ? u[i + 1] : nil
                let hasMark = next.map { (0x0E48...0x0E4C).contains($0.value) } ?? false
                let nextIsUpper = next.map { $0.value == 0x0E31 || (0x0E34...0x0E37).contains($0.value) } ?? false
                if !hasMark && !(isConsonant && nextIsUpper) {
                    for m in Self.insertable { var v = u; v.insert(m, at: i + 1); out.append((v, i + 1)) }
                }
            }
            for (x, y) in Self.swaps {
                if c == x { var v = u; v[i] = y; out.append((v, i)) }
                if c == y { var v = u; v[i] = x; out.append((v, i)) }
            }
            // ำ printed as ํ + า whose ํ was read as ้ (`จ้านวน`).
            if c == "\u{0E49}", i + 1 < u.count, u[i + 1] == "\u{0E32}" {
                var v = u; v.replaceSubrange(i...(i + 1), with: ["\u{0E33}"]); out.append((v, i))
            }
            // ำ under a tone mark whose ํ was lost, the mark it stacks with kept (`น้า` for น้ำ).
            if c == "\u{0E32}", i > 0, (0x0E48...0x0E4B).contains(u[i - 1].value) {
                var v = u; v[i] = "\u{0E33}"; out.append((v, i))
            }
        }
        return out
    }

    // MARK: stray letters

    /// A token that is not words as printed but is once one consonant is taken out: a speck or
    /// a stroke of the scan read as a letter (`หบนังสือ` → หนังสือ). The removal must leave the
    /// letters around it inside a word of four letters or more, and exactly one reading must
    /// be best (fewest words; then, with `frequencies`, likeliest by a clear margin).
    public func removingStrayLetter(_ token: String, frequencies: ThaiWordFrequencies? = nil) -> String? {
        let u = Array(token.unicodeScalars)
        guard u.count >= 5, u.count <= 150, u.allSatisfy(ThaiDictionary.isThaiLetterOrMark),
              dictionary.fewestWords(u) == nil else { return nil }
        var best: (words: Int, texts: Set<[Unicode.Scalar]>)? = nil
        for i in u.indices where (0x0E01...0x0E2E).contains(u[i].value) {
            // Not a consonant that carries a mark or vowel above or below: the mark would be left
            // on the letter before it.
            if i + 1 < u.count, ThaiLookalike.isMark(u[i + 1].value) { continue }
            var v = u
            v.remove(at: i)
            guard let words = dictionary.words(v),
                  words.contains(where: { $0.count >= 4 && $0.lowerBound < i && $0.upperBound > i }) else { continue }
            let f = words.count
            if best == nil || f < best!.words { best = (f, [v]) } else if f == best!.words { best!.texts.insert(v) }
        }
        guard let b = best else { return nil }
        if b.texts.count == 1, let only = b.texts.first { return ScalarString.make(only) }
        return frequencies.flatMap { likeliest(of: b.texts, $0) }.map(ScalarString.make)
    }

    // MARK: thanthakhat

    /// Words libthai also lists with a thanthakhat that the Royal Institute spells without one:
    /// a name ending in them is not given one.
    static let variantsWithout: Set<String> = ["เกียรติ์"]

    /// A name token ending in ิ or ุ whose word ends with a thanthakhat: `ณรงค์ศักดิ` → ณรงค์ศักดิ์,
    /// `เรืองฤทธิ` → เรืองฤทธิ์. Tesseract drops ์ stacked over ิ; in a name, a word that the
    /// dictionary spells with ์ after that vowel is the name's (ศักดิ as a word of its own is
    /// the start of ศักดินา, never the end of a name). `วุฒิ` has no such word and stays; neither
    /// does `เกียรติ` (see `variantsWithout`).
    public func restoringFinalThanthakhat(_ token: String) -> String? {
        let u = Array(token.unicodeScalars)
        guard let last = u.last, last.value == 0x0E34 || last.value == 0x0E38, u.count >= 3 else { return nil }
        let with = u + ["\u{0E4C}"]
        // The word that ends the token with ์: at least a consonant, a vowel and the mark more.
        var ending: Int? = nil
        for start in 0...(with.count - 4) where dictionary.contains(with[start...]) && !Self.variantsWithout.contains(ScalarString.make(with[start...])) {
            // It must end the token as a word: what precedes it reads as words too, or the ending is
            // long enough to stand for itself (ศักดิ์, ฤทธิ์: `อดิศักดิ`, whose อดิ is no word alone).
            if start == 0 || with.count - start >= 5 || dictionary.fewestWords(Array(u[..<start])) != nil { ending = start; break }
        }
        guard ending != nil else { return nil }
        // The same mark lost inside the token, when the whole is then one word (ศักดิสิทธิ์ → ศักดิ์สิทธิ์).
        for i in with.indices.dropLast(2) where with[i].value == 0x0E34 && (0x0E01...0x0E2E).contains(with[i + 1].value) {
            var w = with
            w.insert("\u{0E4C}", at: i + 1)
            if dictionary.contains(w) { return ScalarString.make(w) }
        }
        return ScalarString.make(with)
    }
}
