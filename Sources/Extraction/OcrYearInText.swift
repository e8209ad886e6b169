import SarabanCore
import ThaiText

/// Buddhist-era years inside the record's free text on an OCR'd page (a subject's ประจำปี ๒๕๖๖,
/// a reference's date, an enclosed order's ที่ ๒๑๐/๒๕๖๗), read against the document's year as its
/// dates are: tesseract prints ๒๕๖๖ as ๒๕๐๒๐ or ๒๕๒๒ here too. A run of Thai digits that opens
/// with ๒๕ and is not four digits long, or a four-digit year after ประจำปี / ปีงบประมาณ that is
/// more than a year from the document's (a year of that phrase is the current or the next), is
/// replaced by the one year of the document's ±1 within OCR digit distance, with a warning.
/// Other four-digit years stand: an act of พ.ศ. ๒๕๒๘ is a real year.
enum OcrYearInText {
    static func apply(_ ctx: inout ExtractionContext) {
        guard let evidence = ctx.evidenceYear else { return }
        var warnings: [Warning] = []
        ctx.record.rewriteText([.subject, .references, .enclosures]) { value, field in
            // A letter cited is older than the one citing it: its year is not after the document's.
            let (out, changes) = repaired(value, evidenceBE: evidence + 543, latestBE: field.hasPrefix("references") ? evidence + 543 : nil)
            for c in changes {
                warnings.append(Warning(code: "ocr_digit_repaired", message: "the year \(c.printed) read as \(c.be) (OCR digit distance to the document's year)",
                                        text: c.printed, field: field))
            }
            return out
        }
        ctx.record.warnings += warnings
    }

    /// Phrases after which a year is the current or the next one.
    static let yearOfPhrases: [[Unicode.Scalar]] = ["ประจำปี", "ปีงบประมาณ"].map { Array($0.unicodeScalars) }

    static func repaired(_ text: String, evidenceBE: Int, latestBE: Int? = nil) -> (String, [(printed: String, be: Int)]) {
        var u = Array(text.unicodeScalars)
        var changes: [(printed: String, be: Int)] = []
        var i = 0
        while i < u.count {
            guard isThaiDigit(u[i]), i == 0 || ThaiDigits.value(u[i - 1]) == nil else { i += 1; continue }
            var j = i
            while j < u.count, isThaiDigit(u[j]) { j += 1 }
            let digits = u[i..<j].compactMap(ThaiDigits.value)
            let opensYear = digits.count >= 3 && digits.count <= 6 && digits[0] == 2 && digits[1] == 5
            var suspicious = opensYear && digits.count != 4
            if opensYear, digits.count == 4, afterYearPhrase(u, before: i) {
                let be = digits.reduce(0) { $0 * 10 + $1 }
                suspicious = abs(be - evidenceBE) > 1
            }
            if suspicious {
                let costs = YearEvidence.costsAround(YearEvidence.PrintedYear(digits: digits), evidenceBE: evidenceBE)
                    .filter { latestBE == nil || $0.be <= latestBE! }
                    .sorted { $0.ranked < $1.ranked }
                if let best = costs.first, best.ranked <= DateRepair.ocrYearTolerance,
                   costs.count < 2 || costs[1].ranked - best.ranked >= 0.05 {
                    let printed = ScalarString.make(u[i..<j])
                    let thai = ThaiDigits.toThai(String(best.be)).unicodeScalars
                    u.replaceSubrange(i..<j, with: thai)
                    changes.append((printed, best.be))
                    j = i + thai.count
                }
            }
            i = j
        }
        return (changes.isEmpty ? text : ScalarString.make(u), changes)
    }

    static func isThaiDigit(_ u: Unicode.Scalar) -> Bool { (0x0E50...0x0E59).contains(u.value) }

    /// Whether ประจำปี or ปีงบประมาณ (with พ.ศ. and spaces) stands right before `index`.
    static func afterYearPhrase(_ u: [Unicode.Scalar], before index: Int) -> Bool {
        let start = max(0, index - 20)
        var window = Array(u[start..<index])
        // Drop what may stand between the phrase and the year.
        let tail = Array("พ.ศ.".unicodeScalars)
        while window.last == " " { window.removeLast() }
        if window.count >= tail.count, Array(window.suffix(tail.count)) == tail { window.removeLast(tail.count) }
        while window.last == " " { window.removeLast() }
        return yearOfPhrases.contains { window.count >= $0.count && Array(window.suffix($0.count)) == $0 }
    }
}
