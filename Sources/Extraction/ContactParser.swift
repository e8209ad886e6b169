import ThaiText

/// Phone, fax and e-mail from a head or footer line (`โทร. ๐ ๒๒๒๔ ๒๕๕๕ โทรสาร ๐ ๒๒๒๔ ๒๕๕๑`).
enum ContactParser {
    /// Labels, longest first: โทรสาร must not be read as โทร + สาร.
    static let labels: [(form: String, kind: Kind)] = [
        ("โทรศัพท์มือถือ", .phone), ("โทรศัพท์", .phone), ("โทรสาร", .fax), ("แฟกซ์", .fax), ("Fax", .fax), ("FAX", .fax),
        ("โทร", .phone), ("Tel", .phone), ("TEL", .phone), ("มือถือ", .phone),
        ("ไปรษณีย์อิเล็กทรอนิกส์", .email), ("อีเมล", .email), ("อีเมล์", .email), ("E-mail", .email), ("e-mail", .email), ("Email", .email),
    ]
    enum Kind {
        case phone, fax, email
        /// The record field a value of this kind fills (`contact.phone`, …), for warnings.
        var field: String {
            switch self {
            case .phone: return "contact.phone"
            case .fax: return "contact.fax"
            case .email: return "contact.email"
            }
        }
    }

    struct Result {
        var phone: [String] = []
        var fax: [String] = []
        var email: [String] = []
        /// Scalar offset where the first contact label starts (to cut it from an agency line).
        var firstLabelOffset: Int?
        /// Numbers after a phone or fax label with too few or too many digits to be one (OCR split
        /// or doubled digits): reported, never guessed.
        var unreadable: [(kind: Kind, text: String)] = []
        /// Labels that nothing readable followed (OCR turned the number or address into letters),
        /// and the last label when it ends the text (its number may be on the next line).
        var labelsWithoutValue: [(kind: Kind, label: String)] = []
        var trailingLabel: String?
        var isEmpty: Bool { phone.isEmpty && fax.isEmpty && email.isEmpty }
    }

    static func parse(_ text: String, scalars: [Unicode.Scalar]? = nil) -> Result {
        var result = Result()
        let u = scalars ?? ScalarString.scalars(text)
        var i = 0
        var kind: Kind? = nil
        var pending: (kind: Kind, label: String, end: Int)? = nil
        /// The kind of a label that shares the next label's number (`โทร./โทรสาร ๐ ๒๕๑๓ ๐๙๑๐`: both).
        var sharing: Kind? = nil
        func settle() { if let p = pending { result.labelsWithoutValue.append((p.kind, p.label)) }; pending = nil }
        while i < u.count {
            if let (form, k) = labelAt(u, i) {
                if result.firstLabelOffset == nil { result.firstLabelOffset = i }
                // `โทร./โทรสาร ๐ ๒๒๒๔ ๒๕๕๕`: a label right before another (only dots, slashes and
                // spaces between) shares its number; it is not one without a value.
                if let p = pending, u[p.end..<i].allSatisfy({ " ./:,".unicodeScalars.contains($0) }) {
                    pending = nil
                    if p.kind != .email { sharing = p.kind }
                } else {
                    sharing = nil
                }
                settle()
                kind = k
                pending = (k, form, i + form.unicodeScalars.count)
                i += form.unicodeScalars.count
                continue
            }
            if ThaiDigits.value(u[i]) != nil, let k = kind, k != .email {
                // A number: digits with single spaces or dashes inside (๐ ๒๒๒๔ ๒๕๕๕, 02-224-2555).
                var digits = ""
                var j = i
                var lastGroupAt = 0, lastSeparatorIsDash = false
                while j < u.count {
                    if let d = ThaiDigits.value(u[j]) { digits.append(Character(Unicode.Scalar(UInt8(48 + d)))); j += 1; continue }
                    if (u[j] == " " || u[j] == "-"), j + 1 < u.count, ThaiDigits.value(u[j + 1]) != nil, digits.count < 10 {
                        lastGroupAt = digits.count; lastSeparatorIsDash = u[j] == "-"
                        j += 1; continue
                    }
                    break
                }
                // A run of lines (`๐ ๒๔๖๕ ๓๗๒๑-๒`: 3721 and 3722): a landline's nine digits, a dash and the
                // last one or two digits of the other number; also spaced or with ถึง (`๓๗๒๑ - ๒`, `๓๗๒๑ ถึง ๓๗๒๒`).
                var numbers: [String] = []
                if digits.hasPrefix("02"), lastGroupAt == 9, lastSeparatorIsDash, (10...11).contains(digits.count) {
                    let base = String(digits.prefix(9)), tail = String(digits.dropFirst(9))
                    numbers = [base, String(base.dropLast(tail.count)) + tail]
                } else if digits.count == 9, digits.hasPrefix("02"), let (tail, end) = rangeTail(u, from: j), tail.count < 9 {
                    numbers = [digits, String(digits.dropLast(tail.count)) + tail]
                    j = end
                } else if digits.count >= 9 && digits.count <= 10 {
                    numbers = [digits]
                }
                if !numbers.isEmpty {
                    for kind in [k] + (sharing.map { [$0] } ?? []) where kind != .email {
                        if kind == .phone { result.phone += numbers } else { result.fax += numbers }
                    }
                    sharing = nil
                    pending = nil
                } else if digits.count >= 5 {
                    result.unreadable.append((k, String(String.UnicodeScalarView(u[i..<j]))))
                    pending = nil
                }
                // An extension (ต่อ ๑๒๓) belongs to the number before it; not a number of its own.
                i = j
                continue
            }
            if u[i] == "@" {
                var a = i, b = i + 1
                while a > 0, isEmailChar(u[a - 1]) { a -= 1 }
                while b < u.count, isEmailChar(u[b]) { b += 1 }
                while b > i + 1, u[b - 1] == "." { b -= 1 }
                if a < i, b > i + 1 {
                    let e = String(String.UnicodeScalarView(u[a..<b]))
                    if e.contains(".") { result.email.append(e); if pending?.kind == .email { pending = nil } }
                    if result.firstLabelOffset == nil { result.firstLabelOffset = a }
                }
                i = b
                continue
            }
            i += 1
        }
        // A label at the very end (after it only spaces, dots and colons) may have its value on the next line.
        if let p = pending, let last = u.lastIndex(where: { !" .:".unicodeScalars.contains($0) }),
           Array(u[...last].suffix(p.label.unicodeScalars.count)) == Array(p.label.unicodeScalars) {
            result.trailingLabel = p.label
            pending = nil
        }
        settle()
        return result
    }

    /// ` - ๒` or ` ถึง ๓๗๒๒` after a number: the digits (ASCII) and where they end; nil when none
    /// such stands there or more digits follow (another number).
    static func rangeTail(_ u: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var j = start
        while j < u.count, u[j] == " " { j += 1 }
        if j < u.count, u[j] == "-" || u[j] == "–" { j += 1 }
        else if DeadlineAction.starts(u, at: j, end: u.count, with: rangeWord) { j += rangeWord.count }
        else { return nil }
        while j < u.count, u[j] == " " { j += 1 }
        var tail = ""
        while j < u.count, let d = ThaiDigits.value(u[j]) { tail.append(Character(Unicode.Scalar(UInt8(48 + d)))); j += 1 }
        guard (1...4).contains(tail.count) else { return nil }
        if j + 1 < u.count, u[j] == " " || u[j] == "-", ThaiDigits.value(u[j + 1]) != nil { return nil }
        return (tail, j)
    }

    static let rangeWord = Array("ถึง".unicodeScalars)

    private static func isEmailChar(_ u: Unicode.Scalar) -> Bool {
        u.isASCII && (u.properties.isAlphabetic || ("0"..."9").contains(u) || "._-+".unicodeScalars.contains(u))
    }

    /// The labels as scalars, built once (`labelAt` runs at every scalar of every head and footer line).
    private static let labelScalars: [[Unicode.Scalar]] = labels.map { Array($0.form.unicodeScalars) }

    /// Which ASCII (0–127) and Thai (128 + offset in the Thai block) scalars open a label.
    private static let labelStart: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for f in labelScalars {
            let v = f[0].value
            if v < 0x80 { table[Int(v)] = true } else if v >= 0x0E00 && v < 0x0E80 { table[Int(v - 0x0E00) + 128] = true }
        }
        return table
    }()
    /// Whether some label opens with a scalar the table cannot hold (none does).
    private static let labelStartsElsewhere = labelScalars.contains { f in
        let v = f[0].value
        return !(v < 0x80 || (v >= 0x0E00 && v < 0x0E80))
    }

    private static func labelAt(_ u: [Unicode.Scalar], _ i: Int) -> (String, Kind)? {
        let first = u[i]
        // Most positions open no label: answered by one table look-up instead of a pass over them.
        let v = first.value
        if v < 0x80 {
            if !labelStart[Int(v)] { return nil }
        } else if v >= 0x0E00 && v < 0x0E80 {
            if !labelStart[Int(v - 0x0E00) + 128] { return nil }
        } else if !labelStartsElsewhere {
            return nil
        }
        for (n, f) in labelScalars.enumerated() where f[0] == first && i + f.count <= u.count {
            var k = 1
            while k < f.count, u[i + k] == f[k] { k += 1 }
            if k == f.count {
                // Not inside a longer Thai word (e.g. โทรม); a dot or space or digit follows.
                return labels[n]
            }
        }
        return nil
    }
}
