import SarabanCore
import ThaiText

/// The ที่ number of a memo or letter: `กท ๐๔๐๖/ว ๗๗๗`, `นร ๐๑๐๕.๒/๑๒๓`, `มท ๐๘๐๘.๓/ว ๕๖ ลงวันที่ …`.
enum ReferenceNumberParser {
    struct Result {
        var reference: Reference
        /// The number as it should read (`กท ๐๔๐๖/ว ๗๗๗`), with OCR repairs applied.
        var normalized: String
        /// The printed number (up to the end of the number).
        var printed: String
        /// What follows the number on the line (a letter's office, a date).
        var rest: String
        var warnings: [(code: String, message: String)]
    }

    static func parse(_ text: String) -> Result? {
        let u = Array(text.unicodeScalars)
        var i = 0
        var warnings: [(String, String)] = []
        // Prefix: Thai letters (and dots), e.g. กท, นร, มท, ศธ.
        var prefix = ""
        while i < u.count, ThaiTextShim.isThaiConsonant(u[i]) || u[i] == "." || (ThaiLookalike.isMark(u[i].value) && !prefix.isEmpty) {
            prefix.unicodeScalars.append(u[i]); i += 1
            // `ก ท ๕๐๓๔`: a two-letter code OCR split with a space (the office code's digits follow).
            if prefix.unicodeScalars.count == 1, i + 2 < u.count, u[i] == " ", ThaiTextShim.isThaiConsonant(u[i + 1]),
               u[i + 2] == " " || ThaiDigits.value(u[i + 2]) != nil {
                warnings.append(("ocr_split_number", "the letters of the office code were split by a space; rejoined"))
                i += 1
            }
        }
        while i < u.count, u[i] == " " { i += 1 }
        // Office: digits with dots (๐๔๐๖.๒); OCR may split digits with a space.
        var officePrinted = ""
        var office = ""
        while i < u.count {
            if let d = ThaiDigits.value(u[i]) { officePrinted.unicodeScalars.append(u[i]); office.append(String(d)); i += 1 }
            else if u[i] == ".", i + 1 < u.count, ThaiDigits.value(u[i + 1]) != nil || u[i + 1] == "(" { officePrinted += "."; office += "."; i += 1 }
            else if !office.isEmpty, let (printed, read, end) = subUnit(u, at: i) { officePrinted += printed; office += read; i = end }
            else if u[i] == " ", i + 1 < u.count, ThaiDigits.value(u[i + 1]) != nil, !office.isEmpty, office.count < 4 {
                warnings.append(("ocr_split_number", "digits of the office code were split by a space; rejoined"))
                i += 1
            } else { break }
        }
        guard !office.isEmpty || !prefix.isEmpty else { return nil }
        // `กท.` with a dot typed after the letters: the code is the letters (`กท`); dots inside
        // (`ก.ท.`) are kept as printed.
        if prefix.unicodeScalars.count >= 3, prefix.unicodeScalars.last == ".",
           !prefix.unicodeScalars.dropLast().contains(".") { prefix.unicodeScalars.removeLast() }
        while i < u.count, u[i] == " " { i += 1 }
        guard i < u.count, u[i] == "/" else {
            if office.isEmpty { return nil }
            let printed = String(String.UnicodeScalarView(u[0..<i])).trimmingCharactersIn(" ")
            return Result(reference: Reference(prefix: prefix.isEmpty ? nil : prefix, office: office), normalized: printed,
                          printed: printed, rest: String(String.UnicodeScalarView(u[i...])).trimmingCharactersIn(" "), warnings: warnings)
        }
        i += 1
        while i < u.count, u[i] == " " { i += 1 }
        var circular = false
        var circularRepaired = false
        if i < u.count, u[i] == "ว" {
            circular = true; i += 1
            // `ว.` with a dot, as some offices type it.
            if i < u.count, u[i] == "." { i += 1 }
        } else if i + 1 < u.count, (u[i] == "๐" || u[i] == "0" || u[i] == "o" || u[i] == "O"), u[i + 1] == " ",
                  i + 2 < u.count, ThaiDigits.value(u[i + 2]) != nil {
            // A lone ๐ before the serial is the circular's ว read as ๐ (look-alikes; a serial
            // never starts with a separate zero).
            circular = true; circularRepaired = true; i += 1
        }
        while i < u.count, u[i] == " " { i += 1 }
        var serial = ""
        var serialPrinted = ""
        var split = false
        while i < u.count {
            if let d = ThaiDigits.value(u[i]) { serial.append(String(d)); serialPrinted.unicodeScalars.append(u[i]); i += 1 }
            else if u[i] == " ", i + 1 < u.count, ThaiDigits.value(u[i + 1]) != nil, !serial.isEmpty, serial.count < 4,
                    !(i + 2 < u.count && u[i + 2] == "/") {
                split = true; i += 1
            } else { break }
        }
        guard !serial.isEmpty else { return nil }
        if split { warnings.append(("ocr_split_number", "digits of the serial number were split by a space; rejoined")) }
        // A year may follow: /๒๕๖๕ or ลงวันที่ (handled by the caller).
        var year: Int?
        if i < u.count, u[i] == "/" {
            var j = i + 1, y = ""
            while j < u.count, let d = ThaiDigits.value(u[j]) { y.append(String(d)); j += 1 }
            if y.count == 4, let v = Int(y), v > 2400 { year = v; i = j }
        }
        let printed = String(String.UnicodeScalarView(u[0..<i])).trimmingCharactersIn(" ")
        if circularRepaired {
            warnings.append(("ocr_circular_mark", "a lone ๐ after the slash read as the circular mark ว (look-alike)"))
        }
        let usesThai = officePrinted.unicodeScalars.contains { $0.value >= 0x0E50 } || serialPrinted.unicodeScalars.contains { $0.value >= 0x0E50 }
        let officeOut = usesThai ? ThaiDigits.toThai(office) : office
        let serialOut = usesThai ? ThaiDigits.toThai(serial) : serial
        var normalized = prefix.isEmpty ? officeOut : prefix + " " + officeOut
        normalized += "/" + (circular ? "ว " : "") + serialOut
        if let year { normalized += "/" + (usesThai ? ThaiDigits.toThai(String(year)) : String(year)) }
        let reference = Reference(prefix: prefix.isEmpty ? nil : prefix, office: office.isEmpty ? nil : office,
                                  circular: circular, number: serial, year: year)
        return Result(reference: reference, normalized: normalized, printed: printed,
                      rest: String(String.UnicodeScalarView(u[i...])).trimmingCharactersIn(" "), warnings: warnings)
    }

    /// A bracketed sub-unit inside an office code, as police units number letters (`ตช ๐๐๑๕.(๒๖)/…`,
    /// `ตช ๐๐๑๕(บก.น.๕).๒๑/…`): the bracket as printed, the same with Arabic digits, and the index
    /// after it. Only a short bracket of digits, Thai letters and dots, with no space inside.
    static func subUnit(_ u: [Unicode.Scalar], at i: Int) -> (printed: String, read: String, end: Int)? {
        guard u[i] == "(" else { return nil }
        var printed = "(", read = "("
        var j = i + 1
        while j < u.count, j - i <= 12 {
            let c = u[j]
            if c == ")" {
                guard j > i + 1 else { return nil }
                return (printed + ")", read + ")", j + 1)
            }
            if let d = ThaiDigits.value(c) { read += String(d) }
            else if c == "." || ThaiTextShim.isThai(c) { read.unicodeScalars.append(c) }
            else { return nil }
            printed.unicodeScalars.append(c)
            j += 1
        }
        return nil
    }

    /// An order's number `๑๒๓/๒๕๖๕` → (123, year digits 2565). The year's digits are returned as
    /// printed (OCR may add one) so that the caller can repair them against the document's evidence.
    static func parseOrderNumber(_ text: String) -> (number: Int, yearDigits: [Int], printed: String, split: Bool)? {
        let u = Array(text.unicodeScalars)
        var i = 0
        var n = ""
        var split = false
        while i < u.count {
            if let d = ThaiDigits.value(u[i]) { n.append(String(d)); i += 1 }
            else if u[i] == " ", !n.isEmpty, i + 1 < u.count, ThaiDigits.value(u[i + 1]) != nil { split = true; i += 1 }
            else { break }
        }
        while i < u.count, u[i] == " " { i += 1 }
        guard !n.isEmpty, n.count <= 6, i < u.count, u[i] == "/" else { return nil }
        i += 1
        while i < u.count, u[i] == " " { i += 1 }
        var y: [Int] = []
        while i < u.count, let d = ThaiDigits.value(u[i]), y.count < 6 { y.append(d); i += 1 }
        // Three digits: OCR read two of the year's as one (๒๕๖๗ as ๒๕๒); the caller reads it against the document's year.
        guard let num = Int(n), (3...6).contains(y.count) else { return nil }
        return (num, y, String(String.UnicodeScalarView(u[0..<i])), split)
    }
}
