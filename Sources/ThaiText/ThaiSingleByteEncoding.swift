/// The two single-byte Thai encodings: TIS-620 (the Thai standard) and Windows-874 (TIS-620
/// plus punctuation in 0x80–0xA0). Both put the Thai block at 0xA1–0xFB:
/// byte b ↔ U+0E00 + (b − 0xA0), with holes at 0xDB–0xDE and 0xFC–0xFF.
public enum ThaiSingleByteEncoding: String, Sendable, CaseIterable {
    case tis620 = "tis-620"
    case windows874 = "windows-874"

    /// Windows-874's additions over TIS-620, byte → scalar.
    public static let windows874Extras: [(byte: UInt8, scalar: UInt32)] = [
        (0x80, 0x20AC), // €
        (0x85, 0x2026), // …
        (0x91, 0x2018), (0x92, 0x2019), (0x93, 0x201C), (0x94, 0x201D), // ‘ ’ “ ”
        (0x95, 0x2022), // •
        (0x96, 0x2013), (0x97, 0x2014), // – —
        (0xA0, 0x00A0), // no-break space
    ]

    /// Bytes that only Windows-874 defines; any of them in a file means Windows-874.
    public static func isWindows874Extra(_ b: UInt8) -> Bool { b >= 0x80 && b <= 0xA0 }

    /// The scalar a byte stands for, nil when this encoding does not define it.
    public func decode(_ b: UInt8) -> Unicode.Scalar? {
        if b < 0x80 { return Unicode.Scalar(b) }
        if b >= 0xA1 && b <= 0xFB && !(b >= 0xDB && b <= 0xDE) {
            return Unicode.Scalar(0x0E00 + UInt32(b) - 0xA0)
        }
        if self == .windows874, let v = Self.extrasByByte[b] { return Unicode.Scalar(v) }
        return nil
    }

    /// The byte for a scalar, nil when this encoding cannot write it.
    public func encode(_ s: Unicode.Scalar) -> UInt8? {
        let v = s.value
        if v < 0x80 { return UInt8(v) }
        if v >= 0x0E01 && v <= 0x0E5B {
            let b = UInt8(v - 0x0E00 + 0xA0)
            return decode(b) == s ? b : nil
        }
        if self == .windows874, let b = Self.extrasByScalar[v] { return b }
        return nil
    }

    /// The whole text in this encoding, nil if any scalar cannot be written.
    public func encode(_ text: String) -> [UInt8]? {
        var out = [UInt8]()
        out.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            guard let b = encode(s) else { return nil }
            out.append(b)
        }
        return out
    }

    static let extrasByByte: [UInt8: UInt32] = Dictionary(uniqueKeysWithValues: windows874Extras.map { ($0.byte, $0.scalar) })
    static let extrasByScalar: [UInt32: UInt8] = Dictionary(uniqueKeysWithValues: windows874Extras.map { ($0.scalar, $0.byte) })
}
