/// Thai number words ⇄ integers: สามสิบ 30, หนึ่งร้อยยี่สิบเอ็ด 121, สองล้านห้าแสน 2,500,000.
///
/// Rules: ยี่ (2) only before สิบ; สิบ alone is 10 (never หนึ่งสิบ or สองสิบ); เอ็ด (1) only after
/// a higher unit (สิบเอ็ด 11, ร้อยเอ็ด 101), หนึ่ง also accepted there; a unit without a digit
/// before it means one of it (ร้อย 100); ล้าน multiplies everything before it, so ล้านล้าน is
/// 10^12.
public enum ThaiNumberWords {
    public enum Word: Sendable, Equatable {
        case digit(Int)
        case unit(Int)
        case million
        case minus
    }

    /// The words, each written once. `ed` and `yi` are the positional forms of 1 and 2.
    public static let digitWords: [(word: String, value: Int)] = [
        ("ศูนย์", 0), ("หนึ่ง", 1), ("สอง", 2), ("สาม", 3), ("สี่", 4),
        ("ห้า", 5), ("หก", 6), ("เจ็ด", 7), ("แปด", 8), ("เก้า", 9),
    ]
    public static let ed = "เอ็ด"
    public static let yi = "ยี่"
    public static let unitWords: [(word: String, value: Int)] = [
        ("สิบ", 10), ("ร้อย", 100), ("พัน", 1_000), ("หมื่น", 10_000), ("แสน", 100_000),
    ]
    public static let millionWord = "ล้าน"
    public static let minusWord = "ลบ"

    /// Every word as scalars with its meaning, longest first so matching is greedy.
    static let lexicon: [(scalars: [Unicode.Scalar], word: Word, spelling: String)] = {
        var all: [(String, Word)] = digitWords.map { ($0.word, .digit($0.value)) }
        all.append((ed, .digit(1)))
        all.append((yi, .digit(2)))
        all += unitWords.map { ($0.word, .unit($0.value)) }
        all.append((millionWord, .million))
        all.append((minusWord, .minus))
        return all.map { (Array($0.0.unicodeScalars), $0.1, $0.0) }.sorted { $0.scalars.count > $1.scalars.count }
    }()

    /// The integer a whole string spells, nil when it is not exactly one number.
    public static func parse(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard let r = readPrefix(scalars, at: 0), r.length == scalars.count else { return nil }
        return r.value
    }

    /// The longest number spelled at the start of `text` (`สามสิบคน` → 30, length 6 scalars).
    public static func readPrefix(_ text: Substring) -> (value: Int, length: Int)? {
        readPrefix(Array(text.unicodeScalars), at: 0)
    }

    /// The longest number spelled at `start` of `scalars`: value and length in scalars.
    public static func readPrefix(_ scalars: [Unicode.Scalar], at start: Int) -> (value: Int, length: Int)? {
        var tokens: [(word: Word, spelling: String, end: Int)] = []
        var i = start
        while let (word, spelling, length) = match(scalars, at: i) {
            i += length
            tokens.append((word, spelling, i))
        }
        // Longest valid prefix of the word sequence.
        var n = tokens.count
        while n > 0 {
            if let v = value(of: tokens[0..<n].map { ($0.word, $0.spelling) }) { return (v, tokens[n - 1].end - start) }
            n -= 1
        }
        return nil
    }

    static func match(_ scalars: [Unicode.Scalar], at i: Int) -> (Word, String, Int)? {
        guard i < scalars.count else { return nil }
        let first = scalars[i]
        for entry in lexicon where entry.scalars[0] == first && i + entry.scalars.count <= scalars.count {
            var ok = true
            for k in 1..<entry.scalars.count where scalars[i + k] != entry.scalars[k] { ok = false; break }
            if ok { return (entry.word, entry.spelling, entry.scalars.count) }
        }
        return nil
    }

    /// The value of a whole word sequence, nil when it breaks a rule.
    static func value(of words: [(word: Word, spelling: String)]) -> Int? {
        var words = words[...]
        var sign = 1
        if case .minus? = words.first?.word {
            sign = -1
            words = words.dropFirst()
        }
        guard !words.isEmpty, let v = compound(words, afterHigherUnit: false) else { return nil }
        return sign * v
    }

    /// Numbers with ล้าน: the longest run of ล้าน (its last occurrence) splits the words into a
    /// multiplier before it and a remainder after it that must be smaller than the run's power.
    /// So สามล้านล้านสองล้าน is 3×10^12 + 2×10^6, and สามล้านสองล้าน is 3,000,002 × 10^6.
    static func compound(_ words: ArraySlice<(word: Word, spelling: String)>, afterHigherUnit: Bool) -> Int? {
        var best: (start: Int, length: Int)?
        var k = words.startIndex
        while k < words.endIndex {
            guard case .million = words[k].word else { k += 1; continue }
            var e = k
            while e < words.endIndex, case .million = words[e].word { e += 1 }
            if best == nil || e - k >= best!.length { best = (k, e - k) }
            k = e
        }
        guard let run = best else { return groupValue(words, afterHigherUnit: afterHigherUnit) }
        var power = 1
        for _ in 0..<run.length {
            let (p, o) = power.multipliedReportingOverflow(by: 1_000_000)
            if o { return nil }
            power = p
        }
        let left = words[words.startIndex..<run.start]
        let right = words[(run.start + run.length)...]
        let multiplier: Int
        if left.isEmpty {
            multiplier = 1
        } else {
            guard let m = compound(left, afterHigherUnit: afterHigherUnit), m > 0 else { return nil }
            multiplier = m
        }
        var rest = 0
        if !right.isEmpty {
            guard let r = compound(right, afterHigherUnit: true), r < power else { return nil }
            rest = r
        }
        let (m, o1) = multiplier.multipliedReportingOverflow(by: power)
        let (total, o2) = m.addingReportingOverflow(rest)
        return o1 || o2 ? nil : total
    }

    /// A group below a million: (digit unit)* digit?, units strictly decreasing.
    static func groupValue(_ g: ArraySlice<(word: Word, spelling: String)>, afterHigherUnit: Bool) -> Int? {
        var sum = 0
        var lastUnit = Int.max
        var pending: (value: Int, spelling: String)?
        for w in g {
            switch w.word {
            case .digit(let d):
                if pending != nil { return nil }
                pending = (d, w.spelling)
            case .unit(let u):
                guard u < lastUnit else { return nil }
                var multiplier = 1
                if let p = pending {
                    if p.spelling == ed || p.value == 0 { return nil }
                    if u == 10 && (p.value == 1 || p.spelling == digitWords[2].word) { return nil } // หนึ่งสิบ, สองสิบ
                    if p.spelling == yi && u != 10 { return nil }
                    multiplier = p.value
                }
                sum += multiplier * u
                lastUnit = u
                pending = nil
            case .million, .minus:
                return nil
            }
        }
        if let p = pending {
            if p.spelling == yi { return nil }
            if p.spelling == ed && sum == 0 && !afterHigherUnit { return nil }
            if p.value == 0 && (sum > 0 || g.count > 1 || afterHigherUnit) { return nil }
            sum += p.value
        }
        return sum
    }

    /// The standard spelling: หนึ่งร้อยยี่สิบเอ็ด, สองล้านห้าแสน, หนึ่งล้านล้าน.
    public static func spell(_ n: Int) -> String {
        if n < 0 { return minusWord + spell(n == Int.min ? Int.max : -n) }
        if n == 0 { return digitWords[0].word }
        var out = ""
        let high = n / 1_000_000, low = n % 1_000_000
        if high > 0 { out = spell(high) + millionWord }
        if low > 0 { out += spellGroup(low) }
        return out
    }

    static func spellGroup(_ n: Int) -> String {
        var out = ""
        var rest = n
        for (word, unit) in unitWords.reversed() {
            let d = rest / unit
            rest %= unit
            guard d > 0 else { continue }
            if unit == 10 {
                out += d == 1 ? "" : (d == 2 ? yi : digitWords[d].word)
            } else {
                out += digitWords[d].word
            }
            out += word
        }
        if rest > 0 {
            // เอ็ด after a ten or a hundred in the same group (สิบเอ็ด, ร้อยเอ็ด); a group of
            // exactly one after ล้าน is หนึ่ง (หนึ่งล้านหนึ่ง).
            out += (rest == 1 && n > 10) ? ed : digitWords[rest].word
        }
        return out
    }
}
