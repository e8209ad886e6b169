/// Character-level answers (`hasPrefix`, `split(separator: " ")`, trimming blanks) computed on
/// Unicode scalars for ASCII and Thai text, where the grapheme rules that matter are known: a
/// scalar joins the one before it into one Character only when it is a Thai non-spacing mark or
/// sara am (a spacing mark) after anything but a control; ASCII and Thai have no prepended
/// characters, and CR LF is the only ASCII pair that joins. Every function answers nil (or falls back) for other text, so callers
/// keep the Character-level code for it.
public enum ThaiGraphemes {
    /// Whether `next` joins `previous` into one Character (no Character boundary between them);
    /// nil when either is neither ASCII nor Thai. A control breaks after itself (but CR × LF).
    @inlinable
    public static func joins(_ previous: Unicode.Scalar, _ next: Unicode.Scalar) -> Bool? {
        let p = previous.value, n = next.value
        guard p < 0x80 || (p >= 0x0E00 && p <= 0x0E7F), n < 0x80 || (n >= 0x0E00 && n <= 0x0E7F) else { return nil }
        if p == 0x0D { return n == 0x0A }
        if p < 0x20 || p == 0x7F { return false }
        return n == 0x0E33 || ThaiScalarSearch.isNonSpacingMark(next)
    }

    /// `text.hasPrefix(prefix)` (Character-wise) when both are plain ASCII and Thai in canonical
    /// order (ThaiScalarSearch.isPlain); nil otherwise.
    public static func hasPrefix(_ text: Substring, _ prefix: [Unicode.Scalar]) -> Bool? {
        let t = text.unicodeScalars
        var i = t.startIndex
        for p in prefix {
            guard i < t.endIndex else { return isPlainPrefix(t) ? false : nil }
            let s = t[i]
            guard s == p else { return isPlainPrefix(t) ? false : nil }
            i = t.index(after: i)
        }
        // The prefix must end at a Character boundary of the text.
        guard ThaiScalarSearch.isPlain(t) else { return nil }
        if i == t.endIndex || prefix.isEmpty { return true }
        guard let joined = joins(t[t.index(before: i)], t[i]) else { return nil }
        return !joined
    }

    /// `hasPrefix` for a text already known to be plain (ThaiScalarSearch.isPlain): nil only
    /// when the scalar after the prefix is neither ASCII nor Thai.
    public static func hasPrefix(plain t: Substring.UnicodeScalarView, _ prefix: [Unicode.Scalar]) -> Bool? {
        var i = t.startIndex
        for p in prefix {
            guard i < t.endIndex, t[i] == p else { return false }
            i = t.index(after: i)
        }
        if i == t.endIndex || prefix.isEmpty { return true }
        guard let joined = joins(t[t.index(before: i)], t[i]) else { return nil }
        return !joined
    }

    @inline(__always)
    static func isPlainPrefix(_ t: Substring.UnicodeScalarView) -> Bool { ThaiScalarSearch.isPlain(t) }

    /// `text.split(separator: " ")` (Character-wise, empty pieces left out) for plain ASCII and
    /// Thai text; nil otherwise. A space followed by a joining mark is part of a Character, not a
    /// separator.
    public static func splitOnSpaces(_ text: Substring) -> [Substring]? { splitOnSpaces(text, omittingEmpty: true) }

    /// `text.split(separator: " ", omittingEmptySubsequences: omittingEmpty)`: on bytes (or
    /// scalars) for ASCII and Thai text (`splitOnSpaces`), by Characters otherwise. The standard
    /// library's split compares every Character with `==` (grapheme breaking and a normalising
    /// comparison per Character: ~30K instructions a Thai line).
    public static func spaceSplit(_ text: Substring, omittingEmpty: Bool = true) -> [Substring] {
        splitOnSpaces(text, omittingEmpty: omittingEmpty) ?? text.split(separator: " ", omittingEmptySubsequences: omittingEmpty)
    }

    /// `spaceSplit` of a whole String.
    public static func spaceSplit(_ text: String, omittingEmpty: Bool = true) -> [Substring] {
        spaceSplit(text[...], omittingEmpty: omittingEmpty)
    }

    /// `splitOnSpaces`, keeping empty pieces unless `omittingEmpty` (as `split`'s
    /// `omittingEmptySubsequences`).
    public static func splitOnSpaces(_ text: Substring, omittingEmpty: Bool) -> [Substring]? {
        // On the contiguous UTF-8 bytes (ASCII one byte, Thai E0 B8/B9 xx), slicing at byte
        // offsets; the same answers as the scalar loop below, which the view's non-inlined
        // index(after:) and subscript made cost ~100 instructions a scalar.
        let u8 = text.utf8
        let fast = u8.withContiguousStorageIfAvailable { buf -> [Substring]?? in
            let base = u8.startIndex
            func piece(_ a: Int, _ b: Int) -> Substring {
                Substring(text.unicodeScalars[u8.index(base, offsetBy: a)..<u8.index(base, offsetBy: b)])
            }
            /// The Thai scalar at byte k (nil: neither ASCII nor Thai there; callers check ASCII first).
            func thai(_ k: Int) -> UInt32? {
                guard buf[k] == 0xE0, k + 2 < buf.count else { return nil }
                let v = (UInt32(buf[k + 1] & 0x3F) << 6) | UInt32(buf[k + 2] & 0x3F)
                return v >= 0x0E00 && v <= 0x0E7F ? v : nil
            }
            var pieces: [Substring] = []
            var start = 0, i = 0
            var sawCR = false
            let n = buf.count
            while i < n {
                let c = buf[i]
                if c >= 0x80 {
                    guard thai(i) != nil else { return .some(nil) }
                    i += 3
                    continue
                }
                if c == 0x0D { sawCR = true }
                let next = i + 1
                if c == 0x20 {
                    // joins(" ", next): only sara am or a non-spacing mark joins a space.
                    var joined = false
                    if next < n, buf[next] >= 0x80 {
                        guard let w = thai(next) else { return .some(nil) }
                        joined = w == 0x0E33 || ThaiScalarSearch.isNonSpacingMark(Unicode.Scalar(w)!)
                    }
                    if !joined {
                        if start < i || !omittingEmpty { pieces.append(piece(start, i)) }
                        start = next
                    }
                }
                i = next
            }
            if sawCR { return .some(nil) }
            if start < n || !omittingEmpty { pieces.append(piece(start, n)) }
            return .some(pieces)
        }
        // Outer nil: no contiguous bytes; inner nil: not plain ASCII and Thai.
        if let fast { return fast.flatMap { $0 } }
        let t = text.unicodeScalars
        var pieces: [Substring] = []
        var start = t.startIndex
        var i = t.startIndex
        var sawCR = false
        while i < t.endIndex {
            let s = t[i]
            let v = s.value
            if v >= 0x80 && !(v >= 0x0E00 && v <= 0x0E7F) { return nil }
            if v == 0x0D { sawCR = true }
            let next = t.index(after: i)
            if s == " " {
                let joined = next < t.endIndex ? joins(s, t[next]) : false
                guard let joined else { return nil }
                if !joined {
                    if start < i || !omittingEmpty { pieces.append(Substring(t[start..<i])) }
                    start = next
                }
            }
            i = next
        }
        if sawCR { return nil }
        if start < t.endIndex || !omittingEmpty { pieces.append(Substring(t[start..<t.endIndex])) }
        return pieces
    }

    /// `text` without leading and trailing spaces and tabs, as Characters: a blank at the start
    /// followed by a joining mark is part of a Character and stays. Falls back to Characters
    /// past any scalar that is neither ASCII nor Thai.
    public static func trimmingBlanks(_ text: Substring) -> Substring {
        let t = text.unicodeScalars
        var lo = t.startIndex
        var hi = t.endIndex
        while lo < hi, t[lo] == " " || t[lo] == "\t" {
            let next = t.index(after: lo)
            if next < hi {
                guard let joined = joins(t[lo], t[next]) else { return slowTrim(text) }
                if joined { break }
            }
            lo = next
        }
        // A trailing blank is its own Character: nothing in ASCII or Thai is prepended to what follows.
        while hi > lo {
            let last = t.index(before: hi)
            guard t[last] == " " || t[last] == "\t" else { break }
            if last > lo {
                let before = t[t.index(before: last)].value
                guard before < 0x80 || (before >= 0x0E00 && before <= 0x0E7F) else { return slowTrim(text) }
            }
            hi = last
        }
        return Substring(t[lo..<hi])
    }

    static func slowTrim(_ text: Substring) -> Substring {
        var s = text
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return s
    }
}
