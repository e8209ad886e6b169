import ThaiText
import ThaiDates

/// Meeting frequencies as RFC 5545 RRULEs: เดือนละ ๑ ครั้ง, ทุกเดือน, ปีละ ๒ ครั้ง, สัปดาห์ละครั้ง.
enum Frequencies {
    struct Found {
        var rrule: String; var unit: String; var text: String; var warning: String? = nil
        /// True when found only after closing spaces OCR put inside words.
        var spacingRepaired = false
    }

    /// Periods, written once: the word, the RRULE frequency, and the unit code.
    static let periods: [(word: String, freq: String, unit: String, months: Int?)] = [
        ("สัปดาห์", "WEEKLY", "per_week", nil), ("อาทิตย์", "WEEKLY", "per_week", nil),
        ("เดือน", "MONTHLY", "per_month", 1), ("ไตรมาส", "MONTHLY", "per_quarter", 3), ("ปี", "YEARLY", "per_year", 12),
    ]

    /// Frequencies in `text`; where none is found, in the text with the spaces OCR puts inside
    /// Thai words removed (hOCR's word boxes: `เดือนละห นึ่งครั้ง`, `๑ ค รัง`), flagged as such.
    /// Each period's word + ละ, as scalars.
    static let periodLaScalars: [[Unicode.Scalar]] = periods.map { Array(($0.word + "ละ").unicodeScalars) }

    static func find(in text: String, scalars: [Unicode.Scalar]? = nil, ocr: Bool = false) -> [Found] {
        let u = scalars ?? ScalarString.scalars(text)
        guard mayHoldFrequency(u) else { return [] }
        let found = findExact(in: text, scalars: u, ocr: ocr)
        if !found.isEmpty { return found }
        let compact = closingSpacesInsideWords(text)
        // Only worth a second search when the closed text has what every frequency has.
        guard compact != text, ThaiScalarSearch.containsAny(["ละ", "ทุก"], in: compact) else { return [] }
        return findExact(in: compact, ocr: ocr).map { f in
            var f = f
            f.spacingRepaired = true
            return f
        }
    }

    /// Every frequency has <period>ละ, ทุก or ครั้ง, and no period ends in แ: a text with neither ละ
    /// after anything but แ (which makes และ, in most paragraphs), nor ทุ, nor ครั has none. Spaces are
    /// skipped, as `closingSpacesInsideWords` may close them. The two searches below cost ~30K
    /// instructions a paragraph.
    static func mayHoldFrequency(_ u: [Unicode.Scalar]) -> Bool {
        var last: Unicode.Scalar = " ", beforeLast: Unicode.Scalar = " "
        for s in u where s != " " {
            if s == "ะ" && last == "ล" && beforeLast != "แ" { return true }
            if s == "\u{0E38}" && last == "ท" { return true }
            // ครั of ครั้ง (`สามเดือนต่อครั้ง`, read with the count of periods before it).
            if s == "\u{0E31}" && last == "ร" && beforeLast == "ค" { return true }
            beforeLast = last
            last = s
        }
        return false
    }

    /// Removes a single space between two Thai letters or marks when the text around it reads as
    /// one word broken by OCR; digits keep their spaces (`๑ ครั้ง`).
    static func closingSpacesInsideWords(_ text: String) -> String {
        let u = ScalarString.scalars(text)
        func closes(_ i: Int) -> Bool {
            u[i] == " " && i > 0 && i + 1 < u.count && isThaiLetter(u[i - 1]) && isThaiLetter(u[i + 1])
        }
        // Text with no such space is returned as it is (the same scalars: the same string).
        guard let first = u.indices.first(where: closes) else { return text }
        // The kept scalars as UTF-8, made into a string once (appending scalar by scalar to a
        // String.UnicodeScalarView cost most of this function).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for c in u[..<first] { UTF8.encode(c) { bytes.append($0) } }
        for i in first..<u.count where !closes(i) { UTF8.encode(u[i]) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isThaiLetter(_ u: Unicode.Scalar) -> Bool {
        u.value >= 0x0E01 && u.value <= 0x0E4E && ThaiDigits.value(u) == nil
    }

    private static func findExact(in text: String, scalars: [Unicode.Scalar]? = nil, ocr: Bool) -> [Found] {
        var out: [Found] = []
        // Scalar ranges read as a count of periods, which a ทุก before them must not read again.
        var covered: [Range<Int>] = []
        let u = scalars ?? ScalarString.scalars(text)
        // ทุก<period>: found once, tried against each period.
        let every = ThaiScalarSearch.matches(of: "ทุก", in: text, scalars: u)
        // Plain text: every <period>ละ ends in one of the places ละ stands (found once, not once
        // per period); no needle overlaps itself, so its matches are all the places it stands.
        let plain = ThaiScalarSearch.isPlain(u)
        var laEnds: [Int] = []
        if plain {
            var i = 1
            while i < u.count {
                if u[i] == "ะ", u[i - 1] == "ล", i + 1 >= u.count || !ThaiScalarSearch.isNonSpacingMark(u[i + 1]) { laEnds.append(i + 1) }
                i += 1
            }
        }
        for (p, (word, freq, unit, months)) in periods.enumerated() {
            // <period>ละ <n> ครั้ง  |  <period>ละครั้ง
            let matches: [Range<Int>]
            if plain {
                let needle = periodLaScalars[p]
                matches = laEnds.compactMap { end in
                    let start = end - needle.count
                    guard start >= 0, u[start..<end].elementsEqual(needle) else { return nil }
                    return start..<end
                }
            } else {
                matches = ThaiScalarSearch.matches(of: word + "ละ", in: text, scalars: u)
            }
            for r in matches {
                // Not part of a longer word (เดือนละ inside ประจำเดือนละ… is fine; ปีละ inside ปีละ).
                var start = r.lowerBound
                // A count of periods before it (`สองเดือนละหนึ่งครั้ง`, `๖ เดือนละ ๑ ครั้ง`): once in that many.
                let periodsBefore = countBefore(u, at: start)
                if let k = periodsBefore { start = k.start }
                var i = r.upperBound
                while i < u.count, u[i] == " " { i += 1 }
                var n = 1
                var digits = 0
                var v = 0
                while i < u.count, let d = ThaiDigits.value(u[i]) { v = v * 10 + d; digits += 1; i += 1 }
                if digits > 0 { n = v } else {
                    let rest = String(String.UnicodeScalarView(u[i..<min(u.count, i + 12)]))
                    if let w = ThaiNumberWords.readPrefix( Substring(rest)), !rest.hasThaiPrefix("ครั้ง") { n = w.value; i += w.length }
                }
                var timesSpaces = 0
                while i < u.count, u[i] == " " { i += 1; timesSpaces += 1 }
                let rest = String(String.UnicodeScalarView(u[i..<min(u.count, i + 6)]))
                // ครั้ง, also with the tone mark OCR drops (ครัง).
                guard let timesLength = ThaiTextShim.prefixIgnoringMarks("ครั้ง", in: rest) else { continue }
                let phrase = String(String.UnicodeScalarView(u[start..<i + timesLength]))
                // One Thai digit (Arabic digits are not the ones tesseract's Thai model confuses).
                let thaiDigit = digits == 1 && (0x0E50...0x0E59).contains(u[i - timesSpaces - 1].value)
                if let k = periodsBefore?.value, k > 1 {
                    out.append(multiPeriodRule(freq: freq, unit: unit, months: months, periods: k, times: n, text: phrase))
                    covered.append(start..<i + timesLength)
                } else {
                    out.append(rule(freq: freq, unit: unit, months: months, times: n, text: phrase, misreadDigit: ocr && thaiDigit))
                }
            }
            // <count> <period> (ต่อ) (<n>) ครั้ง: `สามเดือนต่อครั้ง`, `๒ เดือนต่อ ๑ ครั้ง`, `สองเดือนครั้ง`.
            for r in ThaiScalarSearch.matches(of: word, in: text, scalars: u) {
                guard let k = countBefore(u, at: r.lowerBound) else { continue }
                var i = r.upperBound
                // <period>ละ is read above.
                if i + 1 < u.count, u[i] == "ล", u[i + 1] == "ะ" { continue }
                while i < u.count, u[i] == " " { i += 1 }
                var per = false
                if DeadlineAction.starts(u, at: i, end: u.count, with: perWord) { per = true; i += perWord.count }
                while i < u.count, u[i] == " " { i += 1 }
                var n = 1, counted = false
                var v = 0, digits = 0
                while i < u.count, let d = ThaiDigits.value(u[i]) { v = v * 10 + d; digits += 1; i += 1 }
                if digits > 0 { n = v; counted = true }
                else if let w = ThaiNumberWords.readPrefix(u, at: i), !DeadlineAction.starts(u, at: i, end: u.count, with: timesWord) { n = w.value; i += w.length; counted = true }
                while i < u.count, u[i] == " " { i += 1 }
                guard per || counted || i == r.upperBound, DeadlineAction.starts(u, at: i, end: u.count, with: timesWord) else { continue }
                let end = i + timesWord.count
                // ครั้งที่ … is an ordinal, not a frequency.
                var j = end
                while j < u.count, u[j] == " " { j += 1 }
                if DeadlineAction.starts(u, at: j, end: u.count, with: ordinalWord) { continue }
                let phrase = String(String.UnicodeScalarView(u[k.start..<end]))
                out.append(multiPeriodRule(freq: freq, unit: unit, months: months, periods: k.value, times: n, text: phrase))
                covered.append(k.start..<end)
            }
            // ทุก<period> / ทุก ๓ เดือน
            for r in every where p == 0 {
                // ทุกวันจันทร์ (weekly), ทุกวันจันทร์แรกของเดือน / ทุกวันศุกร์สุดท้ายของเดือน (monthly on that weekday).
                if let w = weekdayRule(u, after: r.upperBound) {
                    out.append(Found(rrule: w.rrule, unit: w.monthly ? "per_month" : "per_week", text: String(String.UnicodeScalarView(u[r.lowerBound..<w.end]))))
                    covered.append(r.lowerBound..<w.end)
                }
            }
            for r in every {
                var i = r.upperBound
                let start = i - 3
                while i < u.count, u[i] == " " { i += 1 }
                var interval = 1, digits = 0, v = 0
                while i < u.count, let d = ThaiDigits.value(u[i]) { v = v * 10 + d; digits += 1; i += 1 }
                if digits > 0 { interval = v } else if let w = ThaiNumberWords.readPrefix(u, at: i), w.value > 1 {
                    interval = w.value; i += w.length   // ทุกสามเดือน
                }
                while i < u.count, u[i] == " " { i += 1 }
                let rest = String(String.UnicodeScalarView(u[i..<min(u.count, i + word.unicodeScalars.count + 2)]))
                // Compared by scalars: a stray mark OCR set on the last letter (เดือน่) breaks a Character match.
                guard rest.unicodeScalars.starts(with: word.unicodeScalars) else { continue }
                // ทุกปี but not ทุกปีงบประมาณ? both are yearly. ทุกเดือน, ทุก ๓ เดือน.
                let end = i + word.unicodeScalars.count
                // `ทุก ๖ เดือนละ ๑ ครั้ง`: read whole above.
                if covered.contains(where: { $0.contains(end - 1) }) { continue }
                let phrase = String(String.UnicodeScalarView(u[start..<end]))
                var rrule = "FREQ=\(freq)"
                var total = interval * (months ?? 1)
                if freq == "MONTHLY", months == 3 { total = 3 * interval }
                if freq == "MONTHLY", total > 1 { rrule += ";INTERVAL=\(total)" }
                else if freq != "MONTHLY", interval > 1 { rrule += ";INTERVAL=\(interval)" }
                out.append(Found(rrule: rrule, unit: unit, text: phrase, warning: nil))
            }
        }
        return out
    }

    /// RFC 5545 weekday codes by ThaiWeekdays number (1 = Sunday).
    static let byDay = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
    /// Which one of the month: แรก (first), ที่สอง …, สุดท้าย (last).
    static let ordinals: [(word: [Unicode.Scalar], n: Int)] = [("แรก", 1), ("ที่หนึ่ง", 1), ("ที่สอง", 2), ("ที่สาม", 3), ("ที่สี่", 4), ("สุดท้าย", -1)]
        .map { (Array($0.0.unicodeScalars), $0.1) }
    static let ofMonth = Array("ของเดือน".unicodeScalars)
    static let dayWordScalars = Array("วัน".unicodeScalars)

    /// `วันจันทร์` after ทุก (spaces allowed), with `แรกของเดือน` or the like after it: the RRULE and
    /// where the phrase ends.
    static func weekdayRule(_ u: [Unicode.Scalar], after start: Int) -> (rrule: String, monthly: Bool, end: Int)? {
        var i = start
        while i < u.count, u[i] == " " { i += 1 }
        guard DeadlineAction.starts(u, at: i, end: u.count, with: dayWordScalars) else { return nil }
        i += dayWordScalars.count
        guard let w = ThaiWeekdays.table.first(where: { w in w.names.contains { DeadlineAction.starts(u, at: i, end: u.count, with: Array($0.unicodeScalars)) } }),
              let name = w.names.first(where: { DeadlineAction.starts(u, at: i, end: u.count, with: Array($0.unicodeScalars)) }) else { return nil }
        i += name.unicodeScalars.count
        let code = byDay[w.number - 1]
        var j = i
        while j < u.count, u[j] == " " { j += 1 }
        for o in ordinals where DeadlineAction.starts(u, at: j, end: u.count, with: o.word) {
            var k = j + o.word.count
            while k < u.count, u[k] == " " { k += 1 }
            if DeadlineAction.starts(u, at: k, end: u.count, with: ofMonth) {
                return ("FREQ=MONTHLY;BYDAY=\(o.n)\(code)", true, k + ofMonth.count)
            }
        }
        return ("FREQ=WEEKLY;BYDAY=\(code)", false, i)
    }

    static let perWord = Array("ต่อ".unicodeScalars)
    static let timesWord = Array("ครั้ง".unicodeScalars)
    static let ordinalWord = Array("ที่".unicodeScalars)

    /// A count right before `end` (spaces between allowed): digits (`๖ `) or a number word
    /// (`สอง`, `สาม`) that ends there; with where it starts. Nil for none, or a count outside 2–12.
    static func countBefore(_ u: [Unicode.Scalar], at end: Int) -> (value: Int, start: Int)? {
        var e = end
        while e > 0, u[e - 1] == " " { e -= 1 }
        var s = e, v = 0, place = 1
        while s > 0, let d = ThaiDigits.value(u[s - 1]) { v += d * place; place *= 10; s -= 1 }
        // Counts of periods run to twelve (`๑๒ เดือน`); a year before the period (`ปี ๒๕๖๘ เดือนละ …`) is none.
        if s < e { return (2...12).contains(v) ? (v, s) : nil }
        // The longest number word ending at e (at most 10 scalars back).
        for back in stride(from: min(10, e), through: 2, by: -1) {
            if let w = ThaiNumberWords.readPrefix(u, at: e - back), w.length == back, (2...12).contains(w.value) { return (w.value, e - back) }
        }
        return nil
    }

    /// `n` times in `periods` of the period: once every `periods` (months, or weeks for WEEKLY).
    static func multiPeriodRule(freq: String, unit: String, months: Int?, periods k: Int, times n: Int, text: String) -> Found {
        if let m = months {
            let total = m * k
            if n <= 1 { return Found(rrule: "FREQ=MONTHLY;INTERVAL=\(total)", unit: unit, text: text) }
            if total % n == 0 {
                let interval = total / n
                return Found(rrule: interval == 1 ? "FREQ=MONTHLY" : "FREQ=MONTHLY;INTERVAL=\(interval)", unit: unit, text: text)
            }
            return Found(rrule: "FREQ=MONTHLY;INTERVAL=\(total)", unit: unit, text: text,
                         warning: "\(n) times in \(total) months has no exact RRULE; once every \(total) months is given")
        }
        if n <= 1 { return Found(rrule: "FREQ=\(freq);INTERVAL=\(k)", unit: unit, text: text) }
        return Found(rrule: "FREQ=\(freq);INTERVAL=\(k)", unit: unit, text: text,
                     warning: "\(n) times every \(k) periods has no exact RRULE; once every \(k) is given")
    }

    /// `misreadDigit`: the count is one Thai digit on an OCR'd page. When it spreads unevenly over
    /// the period (ปีละ ๕ ครั้ง) and exactly one look-alike digit spreads evenly (๔: every three
    /// months), that digit is read instead, with a warning: ๔ is the digit tesseract reads as ๕.
    private static func rule(freq: String, unit: String, months: Int?, times n: Int, text: String, misreadDigit: Bool = false) -> Found {
        if misreadDigit, n > 1, let m = months, m % n != 0 {
            let even = (2...9).filter { m % $0 == 0 && OcrDigitDistance.cost(printed: [n], intended: [$0]) <= 0.4 }
            if even.count == 1 {
                var f = rule(freq: freq, unit: unit, months: months, times: even[0], text: text)
                f.warning = "OCR digits repaired: \(n) times per period read as \(even[0]) (a look-alike digit; \(n) does not divide the period evenly)"
                return f
            }
        }
        if n <= 1 {
            if let m = months, m > 1, freq == "MONTHLY" { return Found(rrule: "FREQ=MONTHLY;INTERVAL=\(m)", unit: unit, text: text) }
            return Found(rrule: "FREQ=\(freq)", unit: unit, text: text)
        }
        // n times per period: spread evenly where the period divides (ปีละ ๒ ครั้ง → every 6 months).
        if let m = months, m % n == 0, m / n >= 1 {
            let interval = m / n
            return Found(rrule: interval == 1 ? "FREQ=MONTHLY" : "FREQ=MONTHLY;INTERVAL=\(interval)", unit: unit, text: text)
        }
        if freq == "MONTHLY", n == 2 {
            return Found(rrule: "FREQ=WEEKLY;INTERVAL=2", unit: unit, text: text,
                         warning: "twice a month written as every two weeks: RRULE has no exact form for it")
        }
        if freq == "MONTHLY", n == 4 { return Found(rrule: "FREQ=WEEKLY", unit: unit, text: text, warning: "four times a month written as weekly") }
        return Found(rrule: "FREQ=\(freq);COUNT=\(n)", unit: unit, text: text,
                     warning: "\(n) times per period has no exact RRULE; COUNT gives the number only")
    }
}
