import ThaiText

/// The labels that open each part of a Thai official document (domain.md), written once.
enum PartLabel: String, CaseIterable, Sendable {
    case memoTitle, agency, reference, date, subject, addressee, references, enclosures
    case orderTitle, announcementTitle, minutesTitle
    case closing, orderSigned, announcementSigned

    /// The printed forms, most common first.
    var forms: [String] {
        switch self {
        case .memoTitle: return ["บันทึกข้อความ"]
        case .agency: return ["ส่วนราชการ"]
        case .reference: return ["ที่"]
        case .date: return ["วันที่"]
        case .subject: return ["เรื่อง"]
        case .addressee: return ["เรียน", "เสนอ"]
        case .references: return ["อ้างถึง"]
        case .enclosures: return ["สิ่งที่ส่งมาด้วย"]
        case .orderTitle: return ["คำสั่ง"]
        case .announcementTitle: return ["ประกาศ"]
        case .minutesTitle: return ["รายงานการประชุม"]
        case .closing: return ["ขอแสดงความนับถือ"]
        case .orderSigned: return ["สั่ง ณ วันที่"]
        case .announcementSigned: return ["ประกาศ ณ วันที่"]
        }
    }
}

/// A label found at the start of a line, possibly damaged by OCR.
struct LabelMatch: Sendable {
    var label: PartLabel
    var form: String
    /// What the line printed in the label's place.
    var printed: String
    /// The rest of the line after the label, trimmed.
    var value: String
    /// Normalized look-alike distance (0 = exact).
    var distance: Double
    var isExact: Bool { distance == 0 }
}

enum LabelMatcher {
    /// How far a damaged label may be from its form, by the form's length: short labels (ที่,
    /// เรียน) must be nearly exact, or every Thai word would match them.
    static func tolerance(for form: String) -> Double {
        let n = form.unicodeScalars.count
        if n <= 3 { return 0 }
        if n <= 5 { return 0.12 }
        if n <= 7 { return 0.2 }
        return 0.3
    }

    /// Matches `label` at the start of `line`. The label must end at a word boundary (space,
    /// colon, end of line) unless `allowGlued` (titles such as คำสั่งสำนักงานเขต… are glued).
    static func match(_ label: PartLabel, at line: String, allowGlued: Bool = false, tolerance override: Double? = nil) -> LabelMatch? {
        var best: LabelMatch?
        let sub = Substring(line)
        guard let lineFirst = line.unicodeScalars.first else { return nil }
        for form in label.forms {
            // Exact first: cheap and by far the most common (scalars, not graphemes: this runs per line).
            if line.unicodeScalars.starts(with: form.unicodeScalars) {
                let rest = Substring(String(line.unicodeScalars.dropFirst(form.unicodeScalars.count)))
                if allowGlued || rest.isEmpty || rest.first == " " || rest.first == ":" || rest.first == "\t" || startsWithDigit(rest) || startsWithReferenceCode(rest) {
                    return LabelMatch(label: label, form: form, printed: form, value: clean(rest), distance: 0)
                }
                continue
            }
            // A label damaged inside keeps its first letter or a look-alike of it; titles (which OCR
            // may cut at the front, ำสัง…) are matched without this shortcut.
            if override == nil, let f = form.unicodeScalars.first, f != lineFirst,
               !(firstLetterAlikes[f]?.contains(lineFirst) ?? false) { continue }
            let tol = override ?? tolerance(for: form)
            guard tol > 0 else {
                // Short labels (ที่) must be exact but for marks OCR lost (ที), then a word boundary.
                if let m = matchIgnoringMarks(form, sub) {
                    return LabelMatch(label: label, form: form, printed: m.printed, value: clean(m.rest), distance: 0.1)
                }
                continue
            }
            let m = ThaiLookalike.bestPrefixMatch(label: form, in: sub)
            guard m.distance <= tol else { continue }
            let idx = sub.unicodeScalars.index(sub.unicodeScalars.startIndex, offsetBy: m.length)
            let printed = String(sub.unicodeScalars[..<idx])
            let rest = Substring(String(sub.unicodeScalars[idx...]))
            if !(allowGlued || rest.isEmpty || rest.first == " " || rest.first == ":" || startsWithDigit(rest) || startsWithReferenceCode(rest)) { continue }
            if best == nil || m.distance < best!.distance {
                best = LabelMatch(label: label, form: form, printed: printed, value: clean(rest), distance: m.distance)
            }
        }
        return best
    }

    /// The best whole-line match among candidate phrases (an urgency stamp, a title) within `tolerance`.
    static func nearest(_ line: String, among forms: [String], tolerance: Double) -> (form: String, distance: Double)? {
        var best: (String, Double)?
        for f in forms {
            let d = f == line ? 0 : ThaiLookalike.normalizedDistance(line, f)
            if d <= tolerance, best == nil || d < best!.1 { best = (f, d) }
        }
        return best.map { (form: $0.0, distance: $0.1) }
    }

    /// Look-alikes of each letter (ThaiLookalike's pairs), for the first-letter shortcut above.
    static let firstLetterAlikes: [Unicode.Scalar: Set<Unicode.Scalar>] = {
        var table: [Unicode.Scalar: Set<Unicode.Scalar>] = [:]
        for (a, b, _) in ThaiLookalike.pairs {
            guard let x = a.unicodeScalars.first, let y = b.unicodeScalars.first else { continue }
            table[x, default: []].insert(y)
            table[y, default: []].insert(x)
        }
        return table
    }()

    /// True when `a` and `b` differ only in Thai marks (OCR drops and moves them).
    static func equalIgnoringMarks(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) }.elementsEqual(b.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) })
    }

    /// `form` at the start of `text` when both are compared without Thai marks, followed by a space.
    private static func matchIgnoringMarks(_ form: String, _ text: Substring) -> (printed: String, rest: Substring)? {
        let f = form.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) }
        var i = text.unicodeScalars.startIndex
        var k = f.startIndex
        while k < f.endIndex, i < text.unicodeScalars.endIndex {
            let u = text.unicodeScalars[i]
            if ThaiLookalike.isMark(u.value) { i = text.unicodeScalars.index(after: i); continue }
            guard u == f[k] else { return nil }
            k = f.index(after: k)
            i = text.unicodeScalars.index(after: i)
        }
        while i < text.unicodeScalars.endIndex, ThaiLookalike.isMark(text.unicodeScalars[i].value) { i = text.unicodeScalars.index(after: i) }
        guard k == f.endIndex, i < text.unicodeScalars.endIndex,
              text.unicodeScalars[i] == " " || ThaiTextShim.isDigit(text.unicodeScalars[i])
                || startsWithReferenceCode(Substring(String(text.unicodeScalars[i...]))) else { return nil }
        return (String(text.unicodeScalars[..<i]), Substring(String(text.unicodeScalars[i...])))
    }

    /// A label glued to a number (`ที่1290/2566`: OCR lost the space) still ends at the digit.
    private static func startsWithDigit(_ s: Substring) -> Bool {
        s.unicodeScalars.first.map(ThaiTextShim.isDigit) ?? false
    }

    /// A label glued to a reference number's code (`ที่กท ๕๐๐๕/๑๑๕`): two Thai consonants, a space, a digit.
    private static func startsWithReferenceCode(_ s: Substring) -> Bool {
        let u = Array(s.unicodeScalars.prefix(4))
        return u.count == 4 && ThaiTextShim.isThaiConsonant(u[0]) && ThaiTextShim.isThaiConsonant(u[1]) && u[2] == " "
            && ThaiTextShim.isDigit(u[3])
    }

    private static func clean(_ s: Substring) -> String {
        var t = s.trimmedSpaces()
        while t.first == ":" { t = t.dropFirst().trimmedSpaces() }
        return String(t)
    }
}
