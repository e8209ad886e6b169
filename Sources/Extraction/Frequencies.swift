import ThaiText

/// Meeting frequencies as RFC 5545 RRULEs: เดือนละ ๑ ครั้ง, ทุกเดือน, ปีละ ๒ ครั้ง, สัปดาห์ละครั้ง.
enum Frequencies {
    struct Found { var rrule: String; var unit: String; var text: String; var warning: String? }

    /// Periods, written once: the word, the RRULE frequency, and the unit code.
    static let periods: [(word: String, freq: String, unit: String, months: Int?)] = [
        ("สัปดาห์", "WEEKLY", "per_week", nil), ("อาทิตย์", "WEEKLY", "per_week", nil),
        ("เดือน", "MONTHLY", "per_month", 1), ("ไตรมาส", "MONTHLY", "per_quarter", 3), ("ปี", "YEARLY", "per_year", 12),
    ]

    static func find(in text: String) -> [Found] {
        var out: [Found] = []
        let u = Array(text.unicodeScalars)
        for (word, freq, unit, months) in periods {
            // <period>ละ <n> ครั้ง  |  <period>ละครั้ง
            var search = text.startIndex
            while let r = text.range(of: word + "ละ", range: search..<text.endIndex) {
                search = r.upperBound
                // Not part of a longer word (เดือนละ inside ประจำเดือนละ… is fine; ปีละ inside ปีละ).
                let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
                var i = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.upperBound)
                while i < u.count, u[i] == " " { i += 1 }
                var n = 1
                var digits = 0
                var v = 0
                while i < u.count, let d = ThaiDigits.value(u[i]) { v = v * 10 + d; digits += 1; i += 1 }
                if digits > 0 { n = v } else {
                    let rest = String(String.UnicodeScalarView(u[i..<min(u.count, i + 12)]))
                    if let w = ThaiNumberWords.readPrefix( Substring(rest)), !rest.hasPrefix("ครั้ง") { n = w.value; i += w.length }
                }
                while i < u.count, u[i] == " " { i += 1 }
                let rest = String(String.UnicodeScalarView(u[i..<min(u.count, i + 6)]))
                // ครั้ง, also with the tone mark OCR drops (ครัง).
                guard let timesLength = prefixIgnoringMarks("ครั้ง", in: rest) else { continue }
                let phrase = String(String.UnicodeScalarView(u[start..<i + timesLength]))
                out.append(rule(freq: freq, unit: unit, months: months, times: n, text: phrase))
            }
            // ทุก<period> / ทุก ๓ เดือน
            search = text.startIndex
            while let r = text.range(of: "ทุก", range: search..<text.endIndex) {
                search = r.upperBound
                var i = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.upperBound)
                let start = i - 3
                while i < u.count, u[i] == " " { i += 1 }
                var interval = 1, digits = 0, v = 0
                while i < u.count, let d = ThaiDigits.value(u[i]) { v = v * 10 + d; digits += 1; i += 1 }
                if digits > 0 { interval = v } else if let w = ThaiNumberWords.readPrefix(u, at: i), w.value > 1 {
                    interval = w.value; i += w.length   // ทุกสามเดือน
                }
                while i < u.count, u[i] == " " { i += 1 }
                let rest = String(String.UnicodeScalarView(u[i..<min(u.count, i + word.unicodeScalars.count + 2)]))
                guard rest.hasPrefix(word) else { continue }
                // ทุกปี but not ทุกปีงบประมาณ? both are yearly. ทุกเดือน, ทุก ๓ เดือน.
                let end = i + word.unicodeScalars.count
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

    /// Length in scalars of `word` at the start of `text` when compared without Thai marks.
    static func prefixIgnoringMarks(_ word: String, in text: String) -> Int? {
        let w = word.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) }
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

    private static func rule(freq: String, unit: String, months: Int?, times n: Int, text: String) -> Found {
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
