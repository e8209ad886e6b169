/// The character-level facts the normaliser repairs with, each written once (see domain.md).
public enum ThaiCharacterTables {
    /// Private-use glyphs of Thai fonts (Windows range U+F700–U+F71A) and the standard
    /// character each one stands for. PDF text extraction leaves these in place of marks.
    public static let windowsPrivateUse: [(privateUse: UInt32, standard: UInt32)] = [
        (0xF700, 0x0E10), // ฐ without descender
        (0xF701, 0x0E34), (0xF702, 0x0E35), (0xF703, 0x0E36), (0xF704, 0x0E37), // ิ ี ึ ื
        (0xF705, 0x0E48), (0xF706, 0x0E49), (0xF707, 0x0E4A), (0xF708, 0x0E4B), (0xF709, 0x0E4C), // low-left
        (0xF70A, 0x0E48), (0xF70B, 0x0E49), (0xF70C, 0x0E4A), (0xF70D, 0x0E4B), (0xF70E, 0x0E4C), // left
        (0xF70F, 0x0E0D), // ญ without descender
        (0xF710, 0x0E31), (0xF711, 0x0E4D), (0xF712, 0x0E47), // ั ํ ็
        (0xF713, 0x0E48), (0xF714, 0x0E49), (0xF715, 0x0E4A), (0xF716, 0x0E4B), (0xF717, 0x0E4C), // low
        (0xF718, 0x0E38), (0xF719, 0x0E39), (0xF71A, 0x0E3A), // ุ ู ฺ
    ]

    /// Mac Thai fonts put the same set, in the same order, at U+F884–U+F89E.
    public static let macPrivateUseBase: UInt32 = 0xF884

    /// The standard character for a private-use glyph of either range, nil for anything else.
    @inlinable
    public static func standardForPrivateUse(_ v: UInt32) -> UInt32? {
        if v >= 0xF700 && v <= 0xF71A { return privateUseStandard[Int(v - 0xF700)] }
        if v >= 0xF884 && v <= 0xF89E { return privateUseStandard[Int(v - 0xF884)] }
        return nil
    }

    @usableFromInline
    static let privateUseStandard: [UInt32] = windowsPrivateUse.map(\.standard)

    /// Invisible characters that carry nothing in running text: zero-width space, BOM used as
    /// a zero-width no-break space, word joiner, zero-width non-joiner and joiner, soft hyphen.
    public static let removed: [(scalar: UInt32, code: String)] = [
        (0x200B, "zero_width"), (0xFEFF, "zero_width"), (0x2060, "zero_width"),
        (0x200C, "zero_width"), (0x200D, "zero_width"), (0x00AD, "soft_hyphen"),
    ]

    /// Spaces that are folded to an ordinary space (no-break and the typographic spaces).
    public static let foldedSpaces: Set<UInt32> = [
        0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
        0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
    ]

    /// Line separators besides "\n" ("\r" alone, "\r\n" as a pair, NEL, LS, PS).
    public static let lineBreaks: Set<UInt32> = [0x0A, 0x0D, 0x85, 0x2028, 0x2029]

    /// Thai marks that sit above or below a consonant, in the order the standard spelling stores
    /// them: below vowels and the upper vowels first, then the tone marks, then the marks that
    /// go on top of everything. Misordered marks (tone before vowel) are sorted by this rank.
    public static let markRank: [UInt32: Int] = [
        0x0E3A: 0, // ฺ phinthu (ccc 9, comes first in NFC too)
        0x0E38: 1, 0x0E39: 1, // ุ ู (ccc 103)
        0x0E31: 2, 0x0E34: 2, 0x0E35: 2, 0x0E36: 2, 0x0E37: 2, 0x0E47: 2, // ั ิ ี ึ ื ็
        0x0E48: 3, 0x0E49: 3, 0x0E4A: 3, 0x0E4B: 3, // ่ ้ ๊ ๋ (ccc 107)
        0x0E4C: 4, 0x0E4D: 4, 0x0E4E: 4, // ์ ํ ๎
    ]

    public static let nikhahit: UInt32 = 0x0E4D // ํ
    public static let saraAa: UInt32 = 0x0E32 // า
    public static let saraAm: UInt32 = 0x0E33 // ำ
    public static let saraE: UInt32 = 0x0E40 // เ
    public static let saraAe: UInt32 = 0x0E41 // แ

    @inlinable
    public static func isToneMark(_ v: UInt32) -> Bool { v >= 0x0E48 && v <= 0x0E4B }

    /// ั, ิ–ฺ and ็–๎: the combining Thai marks (the range check avoids a table look-up per scalar).
    @inlinable
    public static func isThaiMark(_ v: UInt32) -> Bool {
        v == 0x0E31 || (v >= 0x0E34 && v <= 0x0E3A) || (v >= 0x0E47 && v <= 0x0E4E)
    }
}
