/// A String made from Unicode scalars in one go.
public enum ScalarString {
    /// `String(String.UnicodeScalarView(scalars))`: the same scalars, encoded to UTF-8 once and
    /// made into a string in one step (the generic `UnicodeScalarView.append(contentsOf:)`
    /// appends scalar by scalar, a few hundred instructions each).
    @inlinable
    public static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension ScalarString {
    /// `Array(text.unicodeScalars)`, decoded from the string's UTF-8 in one pass into an array
    /// sized once (the generic initialiser walks the scalars twice: once to count, once to copy,
    /// through the view's iterator).
    public static func scalars(_ text: String) -> [Unicode.Scalar] {
        var t = text
        return t.withUTF8 { b in
            [Unicode.Scalar](unsafeUninitializedCapacity: b.count) { out, n in
                guard let p = b.baseAddress, let o = out.baseAddress else { n = 0; return }
                var i = 0, k = 0
                let count = b.count
                while i < count {
                    // A String's UTF-8 is valid: every value decoded is a scalar.
                    (o + k).initialize(to: unsafeBitCast(decode(p, &i), to: Unicode.Scalar.self))
                    k += 1
                }
                n = k
            }
        }
    }
}

extension ScalarString {
    /// `Array(text.unicodeScalars.lazy.map(\.value))`, decoded from the string's UTF-8 in one pass
    /// (the lazy map's copy walked the view twice, ~2K instructions for a short word).
    public static func values(_ text: String) -> [UInt32] {
        var t = text
        return t.withUTF8 { b in
            [UInt32](unsafeUninitializedCapacity: b.count) { out, n in
                guard let p = b.baseAddress, let o = out.baseAddress else { n = 0; return }
                var i = 0, k = 0
                let count = b.count
                while i < count {
                    (o + k).initialize(to: decode(p, &i))
                    k += 1
                }
                n = k
            }
        }
    }
}

extension ScalarString {
    /// `Array(text.unicodeScalars.prefix(limit))`, decoded from the contiguous UTF-8 when there is
    /// some (the generic prefix-and-copy walked the view's indices one call at a time).
    public static func prefix(_ text: Substring, _ limit: Int) -> [Unicode.Scalar] {
        let fast = text.utf8.withContiguousStorageIfAvailable { b -> [Unicode.Scalar] in
            var out: [Unicode.Scalar] = []
            guard let p = b.baseAddress else { return out }
            out.reserveCapacity(min(limit, b.count))
            var i = 0
            let count = b.count
            while i < count, out.count < limit {
                out.append(unsafeBitCast(decode(p, &i), to: Unicode.Scalar.self))
            }
            return out
        }
        return fast ?? Array(text.unicodeScalars.prefix(limit))
    }
}

extension ScalarString {
    /// The scalar value whose valid UTF-8 starts at `p[i]`; moves `i` past it.
    @inline(__always)
    static func decode(_ p: UnsafePointer<UInt8>, _ i: inout Int) -> UInt32 {
        let c = p[i]
        if c < 0x80 { i += 1; return UInt32(c) }
        if c < 0xE0 { defer { i += 2 }; return (UInt32(c & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F) }
        if c < 0xF0 { defer { i += 3 }; return (UInt32(c & 0x0F) << 12) | (UInt32(p[i + 1] & 0x3F) << 6) | UInt32(p[i + 2] & 0x3F) }
        defer { i += 4 }
        return (UInt32(c & 0x07) << 18) | (UInt32(p[i + 1] & 0x3F) << 12) | (UInt32(p[i + 2] & 0x3F) << 6) | UInt32(p[i + 3] & 0x3F)
    }
}
