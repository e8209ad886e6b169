import ThaiText

/// Small helpers over ThaiText used across the extractors.
enum ThaiTextShim {
    @inline(__always) static func isDigit(_ u: Unicode.Scalar) -> Bool { ThaiDigits.value(u) != nil }
    @inline(__always) static func isThaiConsonant(_ u: Unicode.Scalar) -> Bool { u.value >= 0x0E01 && u.value <= 0x0E2E }
    @inline(__always) static func isThai(_ u: Unicode.Scalar) -> Bool { u.value >= 0x0E01 && u.value <= 0x0E5B }
    /// เ แ โ ใ ไ: written before the consonant they follow in speech, so never a word's last letter.
    @inline(__always) static func isLeadingVowel(_ u: Unicode.Scalar) -> Bool { u.value >= 0x0E40 && u.value <= 0x0E44 }

    /// How many scalars at the start of `u` spell `pattern` with some of its marks (tone marks,
    /// upper and lower vowels) missing, as OCR drops them (`ว่าทีร้อยตรี`, `เรืองแต่งตั้ง`); every
    /// letter must be there, in order. Nil when they do not spell it.
    static func lengthWithLostMarks(_ pattern: [Unicode.Scalar], in u: ArraySlice<Unicode.Scalar>) -> Int? {
        var i = u.startIndex, k = 0
        while k < pattern.count {
            if i < u.endIndex, u[i] == pattern[k] { i += 1; k += 1; continue }
            if ThaiLookalike.isMark(pattern[k].value) { k += 1; continue }
            return nil
        }
        return i - u.startIndex
    }

    /// `text` without its Thai marks (the ones OCR drops or misreads), for comparing words whole.
    static func withoutMarks(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) }))
    }

    /// Length in scalars of `word` at the start of `text` when compared without Thai marks.
    static func prefixIgnoringMarks(_ word: String, in text: String) -> Int? {
        prefixIgnoringMarks(bare: word.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) }, in: text)
    }

    /// `prefixIgnoringMarks` for a word whose marks the caller removed once (`bare`).
    static func prefixIgnoringMarks(bare w: [Unicode.Scalar], in text: String) -> Int? {
        var k = w.startIndex, n = 0
        for u in text.unicodeScalars {
            if k == w.endIndex { break }
            n += 1
            if ThaiLookalike.isMark(u.value) { continue }
            guard u == w[k] else { return nil }
            k = w.index(after: k)
        }
        guard k == w.endIndex else { return nil }
        // Take the marks that belong to the last letter.
        for u in text.unicodeScalars.dropFirst(n) { if ThaiLookalike.isMark(u.value) { n += 1 } else { break } }
        return n
    }
}
