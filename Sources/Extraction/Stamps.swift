import SarabanCore
import ThaiText

/// Urgency (ชั้นความเร็ว) and secrecy (ชั้นความลับ) stamps, written once.
enum Stamps {
    static let urgency: [(form: String, value: Urgency)] = [
        ("ด่วนที่สุด", .mostUrgent), ("ด่วนมาก", .veryUrgent), ("ด่วน", .urgent),
    ]
    static let secrecy: [(form: String, value: Secrecy)] = [
        ("ลับที่สุด", .topSecret), ("ลับมาก", .secret), ("ลับ", .confidential),
    ]

    enum Found {
        case urgency(Urgency, form: String, distance: Double)
        case secrecy(Secrecy, form: String, distance: Double)
    }

    /// Reads a line standing where a stamp stands (above the title). An exact stamp is taken as
    /// it is; a damaged one (OCR: `ความมาก`) is taken when it is clearly nearest to one stamp by
    /// look-alike distance. Stamps of four letters or fewer must be exact but for marks: too many words are near them.
    static func read(_ line: String) -> [Found] {
        var found: [Found] = []
        for part in ThaiGraphemes.spaceSplit(line).map(String.init) where !part.isEmpty {
            if let f = readOne(part) { found.append(f) }
        }
        return found
    }

    private static func readOne(_ word: String) -> Found? {
        for (form, value) in urgency where word.isSameText(as: form) { return .urgency(value, form: form, distance: 0) }
        for (form, value) in secrecy where word.isSameText(as: form) { return .secrecy(value, form: form, distance: 0) }
        let n = word.unicodeScalars.count
        var best: (Found, Double)?
        func consider(_ form: String, _ make: (Double) -> Found) {
            let m = form.unicodeScalars.count
            // Short stamps (ด่วน, ลับมาก) are words of their own: only a lost or moved mark is forgiven.
            // Three letters (ลับ) must be exact: ลบ is a word of its own.
            guard m > 4 || (m == 4 && LabelMatcher.equalIgnoringMarks(word, form)) else { return }
            guard abs(n - m) <= 2 else { return }
            let d = LabelMatcher.nearest(word, among: [form], tolerance: 0.45)?.distance
            if let d, best == nil || d < best!.1 { best = (make(d), d) }
        }
        for (form, value) in urgency { consider(form) { .urgency(value, form: form, distance: $0) } }
        for (form, value) in secrecy { consider(form) { .secrecy(value, form: form, distance: $0) } }
        return best?.0
    }
}
