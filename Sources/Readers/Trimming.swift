import Foundation

/// `text.trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation when the text begins
/// and ends with a scalar that is no white space (printable ASCII or Thai): then there is nothing
/// to trim, and Foundation's copy of the whole text (a DOCX run, an hOCR word) is not needed.
enum Trimming {
    @inline(__always)
    static func isSolid(_ u: Unicode.Scalar) -> Bool {
        (u.value > 0x20 && u.value < 0x7F) || (u.value >= 0x0E00 && u.value <= 0x0E7F)
    }

    static func whitespaceAndNewlines(_ text: String) -> String {
        if let f = text.unicodeScalars.first, let l = text.unicodeScalars.last, isSolid(f), isSolid(l) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
