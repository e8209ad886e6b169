/// Swift's `hasPrefix`, `hasSuffix` and `==` answers on UTF-8 bytes for Thai text.
///
/// `String.hasPrefix` compares Characters with canonical equivalence: it normalises both strings
/// on every call and refuses a match that ends inside a grapheme (`"กั".hasPrefix("ก")` is false,
/// and so is `"ที่".hasPrefix("ที")`). Extraction asks it tens of thousands of times a document
/// about short Thai labels, and it was ~4% of a clean text's instructions. For text that
/// `ThaiScalarSearch.isPlain` accepts (ASCII, Thai and general punctuation with marks in canonical
/// order, which the normaliser guarantees) canonical equivalence is byte equality, so the answer
/// is a byte comparison plus a grapheme-boundary check on the scalar after the match. Anything
/// else falls back to the standard library, so the answer is always the standard library's.
public enum ThaiPrefix {
    /// `text.hasPrefix(prefix)`.
    @inlinable
    public static func hasPrefix(_ text: some StringProtocol, _ prefix: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ tb in fastPrefix(tb, prefix) }), let answer {
            return answer
        }
        return text.hasPrefix(prefix)
    }

    /// `text.hasSuffix(suffix)`.
    @inlinable
    public static func hasSuffix(_ text: some StringProtocol, _ suffix: String) -> Bool {
        if let answer = text.utf8.withContiguousStorageIfAvailable({ tb in fastSuffix(tb, suffix) }), let answer {
            return answer
        }
        return text.hasSuffix(suffix)
    }

    /// `a == b` (canonical equivalence): plain texts are equal exactly when their bytes are, so
    /// String's normalising comparison runs only when one of them is not plain.
    @inlinable
    public static func equal(_ a: some StringProtocol, _ b: String) -> Bool {
        if a.utf8.count == b.utf8.count, a.utf8.elementsEqual(b.utf8) { return true }
        let plain = a.utf8.withContiguousStorageIfAvailable { ThaiScalarSearch.isPlainUTF8($0) } ?? false
        var c = b
        if plain && c.withUTF8({ ThaiScalarSearch.isPlainUTF8($0) }) { return false }
        return a == b
    }

    /// The byte answer, or nil when the bytes cannot decide (a part that is not plain).
    @usableFromInline
    static func fastPrefix(_ tb: UnsafeBufferPointer<UInt8>, _ prefix: String) -> Bool? {
        var p = prefix
        return p.withUTF8 { pb -> Bool? in
            let n = pb.count
            if n == 0 { return true }
            guard ThaiScalarSearch.isPlainUTF8(pb) else { return nil }
            // The text up to the end of the scalar after the match must be plain too.
            var end = min(n, tb.count)
            while end < tb.count && tb[end] & 0xC0 == 0x80 { end += 1 }
            if end < tb.count { end = scalarEnd(tb, from: end) }
            guard ThaiScalarSearch.isPlainUTF8(UnsafeBufferPointer(rebasing: tb[0..<end])) else { return nil }
            guard n <= tb.count else { return false }
            var i = 0
            while i < n && tb[i] == pb[i] { i += 1 }
            guard i == n else { return false }
            return n == tb.count || !extendsGrapheme(tb, at: n)
        }
    }

    @usableFromInline
    static func fastSuffix(_ tb: UnsafeBufferPointer<UInt8>, _ suffix: String) -> Bool? {
        var s = suffix
        return s.withUTF8 { sb -> Bool? in
            let n = sb.count
            if n == 0 { return true }
            guard ThaiScalarSearch.isPlainUTF8(sb) else { return nil }
            // From the scalar before the match's start to the end.
            var start = max(0, tb.count - n)
            while start > 0 && tb[start] & 0xC0 == 0x80 { start -= 1 }
            if start > 0 { start -= 1; while start > 0 && tb[start] & 0xC0 == 0x80 { start -= 1 } }
            guard ThaiScalarSearch.isPlainUTF8(UnsafeBufferPointer(rebasing: tb[start...])) else { return nil }
            guard n <= tb.count else { return false }
            let base = tb.count - n
            var i = 0
            while i < n && tb[base + i] == sb[i] { i += 1 }
            guard i == n else { return false }
            // The match must open a grapheme: its first scalar extends nothing before it.
            return base == 0 || !extendsGrapheme(tb, at: base)
        }
    }

    @inline(__always) @usableFromInline
    static func scalarEnd(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var j = i + 1
        while j < b.count && b[j] & 0xC0 == 0x80 { j += 1 }
        return j
    }

    /// Whether the scalar at byte `i` of plain UTF-8 joins the one before it into a Character
    /// (`ThaiGraphemes.joins` on the two scalars decoded).
    @inline(__always) @usableFromInline
    static func extendsGrapheme(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i > 0 else { return false }
        var p = i - 1
        while p > 0 && b[p] & 0xC0 == 0x80 { p -= 1 }
        let next = scalar(b, at: i)
        // nil: general punctuation, which is no control and never joins what precedes it.
        return ThaiGraphemes.joins(scalar(b, at: p), next) ?? (next == "ำ" || ThaiScalarSearch.isNonSpacingMark(next))
    }

    /// The scalar starting at byte `i` of plain UTF-8 (ASCII or three-byte Thai/punctuation).
    @inline(__always) @usableFromInline
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
        guard b[i] >= 0x80, i + 2 < b.count else { return Unicode.Scalar(b[i] < 0x80 ? b[i] : 0x20) }
        let v = (UInt32(b[i] & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F)
        return Unicode.Scalar(v) ?? " "
    }
}

extension StringProtocol {
    /// `hasPrefix(prefix)`, answered on UTF-8 bytes when the text is plain Thai (see `ThaiPrefix`).
    @inlinable public func hasThaiPrefix(_ prefix: String) -> Bool { ThaiPrefix.hasPrefix(self, prefix) }
    /// `self == other`, answered on UTF-8 bytes when both are plain Thai (see `ThaiPrefix.equal`).
    @inlinable public func isSameText(as other: String) -> Bool { ThaiPrefix.equal(self, other) }
    /// `hasSuffix(suffix)`, answered on UTF-8 bytes when the text is plain Thai (see `ThaiPrefix`).
    @inlinable public func hasThaiSuffix(_ suffix: String) -> Bool { ThaiPrefix.hasSuffix(self, suffix) }
}
