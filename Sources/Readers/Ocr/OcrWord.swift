import SarabanCore

/// A word as an OCR engine boxed it, before lines are rebuilt.
struct OcrWord {
    var text: String
    var bbox: BoundingBox
    /// 0…100.
    var confidence: Double?
    /// The engine's own line (hOCR `ocr_line`, ALTO `TextLine`) the word sat in, numbered per page:
    /// not trusted for line building (see `OcrLineBuilder`), but its slope tells the page's skew.
    var engineLine: Int? = nil
    /// The box as the engine gave it, when `bbox` was deskewed for line building; provenance keeps it.
    var sourceBox: BoundingBox? = nil

    var originalBox: BoundingBox { sourceBox ?? bbox }

    var centerY: Double { Double(bbox.y0 + bbox.y1) / 2 }

    /// Thai marks that sit above or below a consonant (mai ek … nikhahit, sara i … phinthu, mai han-akat,
    /// maitaikhu, thanthakhat). Tesseract often boxes one alone; it joins its neighbour with no space.
    static func isMark(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0E31, 0x0E34...0x0E3A, 0x0E47...0x0E4E: return true
        // No other Thai scalar is a non-spacing mark, and none comes before U+0300: the Unicode
        // property look-up (slow, and made for every word) is left for the rest.
        case 0..<0x0300, 0x0E00...0x0E7F: return false
        default: return s.properties.generalCategory == .nonspacingMark
        }
    }

    /// Starts with a mark or a following vowel (า ำ ะ): never the start of a Thai word.
    var joinsLeft: Bool {
        guard let s = text.unicodeScalars.first else { return false }
        return Self.isMark(s) || s.value == 0x0E30 || s.value == 0x0E32 || s.value == 0x0E33
    }

    /// Ends with a leading vowel (เ แ โ ใ ไ), mai han-akat (ั) or maitaikhu (็): always followed
    /// by a consonant of the same word, so never by a space.
    var joinsRight: Bool {
        guard let s = text.unicodeScalars.last else { return false }
        return (0x0E40...0x0E44).contains(s.value) || s.value == 0x0E31 || s.value == 0x0E47
    }

    /// Nothing but marks: its box says little about the line it sits on.
    var isMarkOnly: Bool { !text.unicodeScalars.isEmpty && text.unicodeScalars.allSatisfy(Self.isMark) }
}

/// One page of OCR words with the page's size when the format gives it.
struct OcrPage {
    var number: Int
    var bbox: BoundingBox?
    var words: [OcrWord]
}
