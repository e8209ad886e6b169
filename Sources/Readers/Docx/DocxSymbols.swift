/// `w:sym` characters and private-use bullets in the Symbol and Wingdings fonts, mapped to the
/// Unicode character they draw. Anything not in the table becomes U+FFFD with a warning.
enum DocxSymbols {
    /// Wingdings code (0x20…0xFF, also written as 0xF0xx) → character.
    static let wingdings: [UInt32: String] = [
        0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x73: "◆", 0x75: "◆", 0x76: "❖", 0x77: "⬥",
        0x9F: "•", 0xA7: "▪", 0xA8: "◻", 0xD8: "➢", 0xE0: "➔", 0xE8: "➔", 0xF0: "⇨",
        0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑", 0x4A: "☺", 0x4C: "☹", 0x21: "✏", 0x28: "☎",
    ]
    /// Symbol font code → character (the ones documents use for bullets and maths).
    static let symbol: [UInt32: String] = [
        0xB7: "•", 0x2D: "−", 0xB0: "°", 0xB1: "±", 0xB4: "×", 0xB8: "÷", 0xAE: "→", 0xAC: "←",
        0xAD: "↑", 0xAF: "↓", 0xDE: "⇒", 0xA3: "≤", 0xB3: "≥", 0xB9: "≠", 0xBB: "≈", 0xA5: "∞",
        0x61: "α", 0x62: "β", 0x67: "γ", 0x64: "δ", 0x70: "π", 0x6D: "μ", 0x53: "Σ", 0xD6: "√",
    ]

    static func isSymbolFont(_ font: String) -> Bool {
        let name = font.lowercased()
        return name.hasPrefix("wingdings") || name == "symbol"
    }

    /// The character for `code` in `font` (nil font: a private-use bullet of unknown font).
    static func map(font: String?, code: UInt32) -> String? {
        let c = code >= 0xF000 && code <= 0xF0FF ? code - 0xF000 : code
        let name = (font ?? "").lowercased()
        if name.hasPrefix("wingdings") { return wingdings[c] }
        if name == "symbol" { return symbol[c] }
        if font == nil {
            // A bullet written as a private-use code point: Symbol's • (F0B7) and Wingdings' ▪/➢/✓.
            if code == 0xF0B7 { return "•" }
            if code >= 0xF000 && code <= 0xF0FF { return wingdings[c] ?? symbol[c] ?? "•" }
            return nil
        }
        // Another font: the code is already a character when it is outside the private-use area.
        if code < 0xE000 || code > 0xF8FF, let s = Unicode.Scalar(code) { return String(s) }
        return nil
    }
}
