/// Substring search on Unicode scalars that gives what Foundation's default `range(of:)`,
/// `range(of:options: .backwards)` and `contains(_:)` give on Thai text, without CFString's
/// cluster folding (the slowest thing left in extraction).
///
/// Foundation's default search is not literal: it compares canonically equivalent sequences and
/// refuses a match that ends before a non-spacing mark (`ก` is not found in `กั`; it is in `กำ`).
/// For text of ASCII, Thai and punctuation scalars with its marks in canonical order, that is exactly a scalar
/// comparison plus the end rule, because Thai has no canonical decompositions. `isPlain` says
/// whether a text is like that; callers fall back to Foundation when it is not.
public enum ThaiScalarSearch {
    /// The non-spacing Thai marks (Mn): mai han-akat, the above and below vowels, phinthu,
    /// maitaikhu, the tone marks, thanthakhat, nikhahit, yamakkan. A match may not end before one.
    @inlinable
    public static func isNonSpacingMark(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        return v == 0x0E31 || (0x0E34...0x0E3A).contains(v) || (0x0E47...0x0E4E).contains(v)
    }

    /// Canonical combining class of an ASCII or Thai scalar (the only non-zero ones: sara u/uu
    /// 103, phinthu 9, tone marks 107).
    @inlinable
    static func combiningClass(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x0E38, 0x0E39: return 103
        case 0x0E3A: return 9
        case 0x0E48...0x0E4B: return 107
        default: return 0
        }
    }

    /// True when every scalar is ASCII, Thai (U+0E00–U+0E7F) or general punctuation (U+2010–U+2027)
    /// and no two marks stand out of canonical order: then the searches here agree with Foundation's.
    @inlinable
    public static func isPlain(_ u: some Collection<Unicode.Scalar>) -> Bool {
        var previous: UInt8 = 0
        for s in u {
            let v = s.value
            // ASCII and general punctuation (dashes, quotes, bullet, ellipsis: U+2010–U+2027) are
            // bases without canonical decompositions.
            if v < 0x80 || (v >= 0x2010 && v <= 0x2027) { previous = 0; continue }
            guard v >= 0x0E00 && v <= 0x0E7F else { return false }
            let c = combiningClass(v)
            if c != 0 && previous > c { return false }
            // A mark of class 0 (an upper vowel, ็ ์ ํ) after one of a higher class (ุ, a tone
            // mark): Foundation matches such clusters in either order; leave them to it.
            if c == 0 && previous > 0 && isNonSpacingMark(s) { return false }
            previous = c
        }
        return true
    }

    @inlinable
    static func matches(_ needle: [Unicode.Scalar], _ u: [Unicode.Scalar], at i: Int, end: Int) -> Bool {
        let n = needle.count
        guard i + n <= end else { return false }
        var k = 0
        while k < n, u[i + k] == needle[k] { k += 1 }
        guard k == n else { return false }
        // The searched text is u[from..<end] as a string of its own: nothing follows its end.
        return i + n >= end || !isNonSpacingMark(u[i + n])
    }

    /// Scalar offset of the first match of `needle` in `u[from..<to]`; nil for none or an empty needle.
    public static func first(_ needle: [Unicode.Scalar], in u: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int? {
        let end = to ?? u.count
        guard let head = needle.first, from >= 0, end <= u.count else { return nil }
        var i = from
        while i + needle.count <= end {
            if u[i] == head && matches(needle, u, at: i, end: end) { return i }
            i += 1
        }
        return nil
    }

    /// Scalar offset of the last match of `needle` in `u[from..<to]`; nil for none or an empty needle.
    public static func last(_ needle: [Unicode.Scalar], in u: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> Int? {
        let end = to ?? u.count
        guard let head = needle.first, from >= 0, end <= u.count, end - from >= needle.count else { return nil }
        var i = end - needle.count
        while i >= from {
            if u[i] == head && matches(needle, u, at: i, end: end) { return i }
            i -= 1
        }
        return nil
    }
}

import Foundation

extension ThaiScalarSearch {
    /// `text.range(of: needle)` (Foundation, default options), by scalars when `text` is plain.
    public static func range(of needle: String, in text: String) -> Range<String.Index>? {
        let u = ScalarString.scalars(text)
        guard isPlain(u) else { return text.range(of: needle) }
        let n = Array(needle.unicodeScalars)
        guard let off = first(n, in: u) else { return nil }
        let v = text.unicodeScalars
        let lower = v.index(v.startIndex, offsetBy: off)
        return lower..<v.index(lower, offsetBy: n.count)
    }

    /// `text.contains(needle)` (Foundation's, for a String needle), by scalars when `text` is plain.
    public static func contains(_ needle: String, in text: String) -> Bool {
        // On the UTF-8 bytes, without copying the text into scalars: for plain text a scalar
        // match is a byte match (a needle opens with an ASCII or lead byte, so a byte match
        // starts and ends at scalar boundaries), and the end rule reads the scalar after it.
        var t = text
        let answer: Bool? = t.withUTF8 { tb -> Bool? in
            guard isPlainUTF8(tb) else { return nil }
            return plainContains(needle, tb)
        }
        return answer ?? text.contains(needle)
    }

    /// `needles.contains { contains($0, in: text) }`, the text's plainness checked once.
    public static func containsAny(_ needles: [String], in text: String) -> Bool {
        var t = text
        let answer: Bool? = t.withUTF8 { tb -> Bool? in
            guard isPlainUTF8(tb) else { return nil }
            return needles.contains { plainContains($0, tb) }
        }
        return answer ?? needles.contains { text.contains($0) }
    }

    /// Whether `text`'s UTF-8 holds the ASCII byte `byte` (memchr: the generic `utf8.contains`
    /// cost ~30 instructions a byte).
    public static func containsByte(_ byte: UInt8, in text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b in
            b.baseAddress.map { memchr($0, Int32(byte), b.count) != nil } ?? false
        } ?? text.utf8.contains(byte)
    }

    /// How many of `needles` `contains(_:in:)` finds in `text`, the text's plainness checked once.
    public static func countContained(_ needles: [String], in text: String) -> Int {
        var t = text
        let answer: Int? = t.withUTF8 { tb -> Int? in
            guard isPlainUTF8(tb) else { return nil }
            return needles.reduce(0) { $0 + (plainContains($1, tb) ? 1 : 0) }
        }
        return answer ?? needles.reduce(0) { $0 + (text.contains($1) ? 1 : 0) }
    }

    /// Whether `needle` stands in the plain UTF-8 `tb` (the end rule included).
    static func plainContains(_ needle: String, _ tb: UnsafeBufferPointer<UInt8>) -> Bool {
        var n = needle
        return n.withUTF8 { nb -> Bool in
            guard let head = nb.first else { return false }
            let nc = nb.count, tc = tb.count
            var i = 0
            while i + nc <= tc {
                if tb[i] == head {
                    var k = 1
                    while k < nc && tb[i + k] == nb[k] { k += 1 }
                    if k == nc {
                        let e = i + nc
                        if e >= tc || !isNonSpacingMarkUTF8(tb, at: e) { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// `isPlain` on valid UTF-8 (a String's bytes).
    public static func isPlainUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = b.baseAddress else { return true }
        var previous: UInt8 = 0
        var i = 0
        let n = b.count
        while i < n {
            let c = p[i]
            if c < 0x80 { previous = 0; i += 1; continue }
            guard i + 2 < n else { return false }
            let b1 = p[i + 1], b2 = p[i + 2]
            i += 3
            let cc: UInt8
            if c == 0xE0 {
                // Thai: E0 B8 xx is U+0E00–U+0E3F, E0 B9 xx U+0E40–U+0E7F; the combining classes
                // are sara u/uu (B8 B8, B8 B9) 103, phinthu (B8 BA) 9, tone marks (B9 88–8B) 107.
                if b1 == 0xB8 {
                    cc = b2 == 0xB8 || b2 == 0xB9 ? 103 : (b2 == 0xBA ? 9 : 0)
                } else if b1 == 0xB9 {
                    cc = b2 >= 0x88 && b2 <= 0x8B ? 107 : 0
                } else {
                    return false
                }
            } else if c == 0xE2 {
                // General punctuation U+2010–U+2027: E2 80 90–A7, a base.
                guard b1 == 0x80, b2 >= 0x90, b2 <= 0xA7 else { return false }
                previous = 0
                continue
            } else {
                return false
            }
            if cc != 0 && previous > cc { return false }
            if cc == 0 && previous > 0 && isNonSpacingMarkUTF8(b, at: i - 3) { return false }
            previous = cc
        }
        return true
    }

    /// Whether the scalar starting at byte `i` of plain UTF-8 is a Thai non-spacing mark.
    @inline(__always)
    static func isNonSpacingMarkUTF8(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard b[i] == 0xE0, i + 2 < b.count else { return false }
        let v = (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        return v == 0x0E31 || (0x0E34...0x0E3A).contains(v) || (0x0E47...0x0E4E).contains(v)
    }

    /// Every match the loop `while let r = text.range(of: needle, range: search..<text.endIndex)
    /// { search = r.upperBound }` finds, as scalar offset ranges; by scalars when `text` is plain.
    /// `scalars` is `Array(text.unicodeScalars)`, when the caller has it.
    public static func matches(of needle: String, in text: String, scalars: [Unicode.Scalar]? = nil) -> [Range<Int>] {
        let u = scalars ?? ScalarString.scalars(text)
        var out: [Range<Int>] = []
        if isPlain(u) {
            let n = Array(needle.unicodeScalars)
            var from = 0
            while let start = first(n, in: u, from: from) {
                out.append(start..<start + n.count)
                from = start + n.count
            }
            return out
        }
        let v = text.unicodeScalars
        var search = text.startIndex
        while let r = text.range(of: needle, range: search..<text.endIndex) {
            search = r.upperBound
            out.append(v.distance(from: v.startIndex, to: r.lowerBound)..<v.distance(from: v.startIndex, to: r.upperBound))
        }
        return out
    }
}
