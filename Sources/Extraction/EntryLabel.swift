import ThaiText

/// The number that opens a list entry: `๑.`, `12.`, `(๓)`, `๓)`, `๒.๓`, with Thai or Arabic digits.
struct EntryLabel: Equatable, Sendable {
    var printed: String
    /// The last number of the label (`๒.๓` → 3).
    var number: Int
    /// True for a parenthesised label `(๑)`, which offices use for group headings.
    var parenthesised: Bool
    var depth: Int

    /// Reads a label at the start of `text`; returns it with the rest of the line.
    static func read(_ text: Substring) -> (EntryLabel, Substring)? {
        var s = text.unicodeScalars[...]
        var paren = false
        if s.first == "(" { paren = true; s = s.dropFirst() }
        var numbers: [Int] = []
        var current: Int? = nil
        var consumed = s.startIndex
        loop: while let u = s.first {
            if let d = ThaiDigits.value(u) {
                current = (current ?? 0) * 10 + d
                if current! > 999 { return nil }
                s = s.dropFirst()
            } else if u == ".", current != nil {
                numbers.append(current!)
                current = nil
                s = s.dropFirst()
                consumed = s.startIndex
                // `๒.๓`: a sub-number may follow; otherwise the label ends here.
                if let n = s.first, ThaiDigits.value(n) != nil { continue } else { break loop }
            } else if u == ",", current != nil, s.dropFirst().first == "." {
                // `๓,.`: a speck OCR read as a comma before the number's dot.
                s = s.dropFirst()
            } else if u == " ", let c = current, numbers.isEmpty, s.dropFirst().first == ".",
                      let after = s.dropFirst(2).first(where: { $0 != " " }), ThaiTextShim.isThai(after) && !ThaiTextShim.isDigit(after) {
                // `๑ . กำหนดการ`: OCR set the number's dot apart.
                numbers.append(c)
                current = nil
                s = s.dropFirst(2)
                consumed = s.startIndex
                break loop
            } else if u == ")", current != nil {
                numbers.append(current!)
                current = nil
                s = s.dropFirst()
                consumed = s.startIndex
                break loop
            } else {
                break
            }
        }
        if let c = current {
            // `๒.๓ ชื่อ` ends with a number followed by a space.
            guard !numbers.isEmpty, s.first == " " else { return nil }
            numbers.append(c)
            consumed = s.startIndex
        }
        guard let last = numbers.last, consumed > text.unicodeScalars.startIndex else { return nil }
        // A fresh string: a scalar slice may start inside a grapheme, which Character iteration cannot.
        let rest = Substring(String(text.unicodeScalars[consumed...]))
        // A label is followed by a space or a letter, never by more digits or a slash (๑๒๓/๒๕๖๕).
        if let f = rest.unicodeScalars.first, f == "/" || ThaiDigits.value(f) != nil { return nil }
        // Nor is a time (`๑๓.๓๐ น.`, `๙.๐๐ นาฬิกา`) one: a line may open with the end of a time range.
        if numbers.count == 2 {
            let after = rest.trimmedSpaces()
            if after.hasThaiPrefix("น.") || after.hasThaiPrefix("นาฬิกา") { return nil }
        }
        let printed = String(text.unicodeScalars[text.unicodeScalars.startIndex..<consumed])
        return (EntryLabel(printed: printed, number: last, parenthesised: paren, depth: numbers.count), rest.trimmedSpaces())
    }

    /// A bare number and a space (`๑ สมาชิกสภา…`): how tesseract prints the number cell of a
    /// table row. Only for OCR'd rows, where the caller also requires an entry to follow: in running
    /// text a bare number opens dates and quantities (`๑ มกราคม`, `๒ คน`).
    static func readBare(_ text: Substring) -> (EntryLabel, Substring)? {
        let u = text.unicodeScalars
        var i = u.startIndex
        var n = 0
        var count = 0
        while i < u.endIndex, let d = ThaiDigits.value(u[i]) {
            n = n * 10 + d; count += 1; i = u.index(after: i)
        }
        guard (1...2).contains(count), n > 0, i < u.endIndex, u[i] == " " else { return nil }
        let rest = Substring(String(u[i...])).trimmedSpaces()
        // Not a number run on (`๒๕ ๖๕`), unless Latin digits are specks glued before a name (`๕ 70นางสาว…`).
        guard let f = rest.unicodeScalars.first, ThaiDigits.value(f) == nil || (f.isASCII && MemberListExtractor.withoutLeadingJunk(rest) != nil) else { return nil }
        return (EntryLabel(printed: String(u[u.startIndex..<i]), number: n, parenthesised: false, depth: 1), rest)
    }

    /// Reads a list item's label as a reader rendered it (`๑.`, `1)`).
    static func read(label: String) -> EntryLabel? {
        if let l = read(Substring(label + " x"))?.0 { return l }
        // A table cell or a Word list label may hold the bare number (๑, 12).
        let t = label.trimmingCharactersIn(" ")
        guard !t.isEmpty, t.count <= 3, let n = ThaiDigits.parse(t) else { return nil }
        return EntryLabel(printed: t, number: n, parenthesised: false, depth: 1)
    }
}
