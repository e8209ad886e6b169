import SarabanCore
import ThaiText

/// Minutes (รายงานการประชุม): meeting number, date, place, times, attendees, absentees, agenda.
enum MinutesExtractor {
    /// Reads the head of minutes: title (with ครั้งที่), เมื่อ<date>, ณ <place>. Returns the first body line.
    static func readHead(_ ctx: inout ExtractionContext, titleLine: Int) -> Int {
        var i = titleLine
        let limit = min(ctx.lines.count, titleLine + 8)
        var titleText = ctx.lines[titleLine].text
        ctx.used.insert(titleLine)
        // The title runs on until ครั้งที่ / เมื่อ / ณ.
        i += 1
        while i < limit {
            let t = ctx.lines[i].text
            // Compared without marks: OCR prints เมื่อ as เมือ, ครั้งที่ as ครั้งที.
            if t.hasThaiPrefix("ณ ") || ["ครั้งที่", "เมื่อ", "วันที่", "ผู้มาประชุม"].contains(where: { ThaiTextShim.prefixIgnoringMarks($0, in: t) != nil }) { break }
            if ctx.lines[i].text.count > 80 { break }
            // A date line without เมื่อ (`วันพฤหัสบดีที่ ๑๙ ตุลาคม ๒๕๖๖ เวลา ๐๙.๓๐ น.`) ends the title too.
            if t.hasThaiPrefix("วัน"), ctx.dates(in: t).contains(where: \.hasDate) { break }
            titleText = joinWrapped(titleText, t)
            ctx.used.insert(i)
            i += 1
        }
        if let r = titleText.range(of: "ครั้งที่") {
            ctx.record.extra["meeting_no"] = .string(String(titleText[r.upperBound...]).trimmingCharactersIn(" "))
            titleText = String(titleText[..<r.lowerBound]).trimmingCharactersIn(" ")
        }
        ctx.record.extra["title"] = .string(titleText)
        var place: String? = nil
        while i < limit {
            let t = ctx.lines[i].text
            if let n = ThaiTextShim.prefixIgnoringMarks("ครั้งที่", in: t) {
                ctx.record.extra["meeting_no"] = .string(t.scalarsFrom(n).trimmingCharactersIn(" "))
                ctx.used.insert(i)
            } else if ["เมื่อ", "วันที่"].contains(where: { ThaiTextShim.prefixIgnoringMarks($0, in: t) != nil })
                        || (t.hasThaiPrefix("วัน") && ctx.dates(in: t).contains(where: \.hasDate)) {
                HeadExtractor.setDocumentDate(&ctx, from: t, line: i)
                if let r = t.range(of: " ณ ") { place = String(t[r.upperBound...]).trimmingCharactersIn(" ") }
                ctx.used.insert(i)
            } else if t.unicodeScalars.count <= 24, place == nil, ctx.record.date != nil,
                      ctx.dates(in: t).contains(where: { !$0.hasDate && $0.start?.hour != nil && $0.range.lowerBound <= 2 }) {
                // The date line's time wrapped onto a line of its own (`เมื่อวันศุกร์ที่ ๑๖ มิถุนายน ๒๕๖๖ เวลา` /
                // `๑๐.๐๐ น.`); the place follows it. (The opening time is read from เริ่มประชุมเวลา.)
                ctx.used.insert(i)
            } else if t.hasThaiPrefix("ณ ") || t.hasThaiPrefix("ณ") && t.count > 2 && !t.hasThaiPrefix("ณ วันที่") {
                (place, i) = readPlace(&ctx, at: i, limit: limit)
            } else { break }
            i += 1
        }
        var meeting = Meeting(start: ctx.record.date, place: place, text: ctx.lines[titleLine].text)
        // Start and end times are read from the body (เริ่มประชุมเวลา / เลิกประชุมเวลา) in `readBody`.
        meeting.end = nil
        ctx.record.meetings.append(meeting)
        ctx.trace("meetings[0]", line: titleLine)
        return i
    }

    /// The place on the `ณ …` line `i` and its wrap onto the next line when the head's rule or the
    /// attendance heading follows (`ณ ห้องประชุมเดชะวัฒนะ ชั้น ๓` / `สำนักงานเขตดินแดง` / `ผู้มาประชุม`);
    /// the lines are marked used. Returns the place and the last line read.
    static func readPlace(_ ctx: inout ExtractionContext, at i: Int, limit: Int) -> (place: String, last: Int) {
        var place = String(ctx.lines[i].text.dropFirst(1)).trimmingCharactersIn(" ")
        ctx.used.insert(i)
        guard i + 2 < limit, placeWrap(ctx, at: i + 1) else { return (place, i) }
        place = joinWrapped(place, ctx.lines[i + 1].text)
        ctx.used.insert(i + 1)
        return (place, i + 1)
    }

    /// Whether line `k` is the wrapped end of the head's place: short (but no speck), no date, number
    /// or heading of its own, and the next line is the head's rule or the attendance heading.
    static func placeWrap(_ ctx: ExtractionContext, at k: Int) -> Bool {
        let t = ctx.lines[k].text
        guard (4...50).contains(t.unicodeScalars.count), !(ctx.ocr && HeadExtractor.isSpeckLine(t)), !ctx.lines[k].followsRule, nearestSection(t) == nil,
              ThaiTextShim.prefixIgnoringMarks("ครั้งที่", in: t) == nil, !t.unicodeScalars.contains(where: { ThaiDigits.value($0) != nil }),
              !ctx.dates(in: t).contains(where: \.hasDate) else { return false }
        let next = ctx.lines[k + 1]
        return next.followsRule || nearestSection(next.text) != nil
    }

    /// The closing time (ISO, same day) with its hour's digits read through one look-alike swap, when
    /// exactly one such hour (up to 23) falls after the opening; nil otherwise.
    static func laterClosing(start: String, end: String) -> String? {
        // `YYYY-MM-DDTHH:MM:SS+07:00`
        let e = Array(end), hourRange = 11..<13
        guard e.count >= 16, let hour = Int(String(e[hourRange])) else { return nil }
        let digits = [hour / 10, hour % 10]
        let readings = DateRepair.alternatives(ofDigits: digits, maxSwaps: 1).filter { $0 <= 23 }.map { h -> String in
            var c = e
            c.replaceSubrange(hourRange, with: Array(String(format: "%02d", h)))
            return String(c)
        }.filter { $0 > start }
        return readings.count == 1 ? readings[0] : nil
    }

    /// The head's date line (`เมื่อวันอังคารที่ ๑๒ มีนาคม พ.ศ. ๒๕๖๗`) and place printed under the
    /// attendance lists, before the agenda: tesseract reorders a page's blocks so. Sets the document
    /// date and the minuted meeting's date and place, and returns the line after them (nil when line
    /// `i` is no such date line). Without it the meeting had no date at all.
    static func lateHeadDate(_ ctx: inout ExtractionContext, at i: Int) -> Int? {
        let t = ctx.lines[i].text
        guard ThaiTextShim.prefixIgnoringMarks("เมื่อ", in: t) != nil, ctx.dates(in: t).contains(where: \.hasDate) else { return nil }
        HeadExtractor.setDocumentDate(&ctx, from: t, line: i)
        ctx.used.insert(i)
        var next = i + 1
        var place: String? = nil
        if next < ctx.lines.count, ctx.lines[next].text.hasThaiPrefix("ณ") {
            let read = readPlace(&ctx, at: next, limit: ctx.lines.count)
            place = read.place
            next = read.last + 1
        }
        if !ctx.record.meetings.isEmpty {
            if ctx.record.meetings[0].start == nil { ctx.record.meetings[0].start = ctx.record.date }
            if ctx.record.meetings[0].place == nil { ctx.record.meetings[0].place = place }
        }
        return next
    }

    /// The section headings of minutes' attendance lists.
    static let sections = ["ผู้มาประชุม", "ผู้เข้าประชุม", "ผู้ไม่มาประชุม", "ผู้ไม่เข้าประชุม", "ผู้เข้าร่วมประชุม"]

    /// The section heading nearest a short line damaged by OCR (`ผูผู้มาประชุปม`), within look-alike
    /// distance 0.3 per scalar; nil when none is near or two are equally near.
    static func nearestSection(_ t: String) -> String? {
        let line = t.trimmingCharactersIn(" :")
        let n = line.unicodeScalars.count
        let scored = sections.compactMap { f -> (String, Double)? in
            let m = f.unicodeScalars.count
            guard n <= m + 4, n + 3 >= m else { return nil }
            let d = ThaiLookalike.normalizedDistance(line, f)
            return d <= 0.3 ? (f, d) : nil
        }.sorted { $0.1 < $1.1 }
        guard let best = scored.first else { return nil }
        if scored.count > 1, scored[1].1 - best.1 < 0.02 { return nil }
        return best.0
    }

    /// Attendees (ผู้มาประชุม) as members, absentees and others as extras, times, agenda items.
    static func readBody(_ ctx: inout ExtractionContext, from start: Int) {
        var i = start
        var agendaSeen = false
        while i < ctx.lines.count {
            let t = ctx.lines[i].text
            if !agendaSeen, ctx.record.date == nil, let next = lateHeadDate(&ctx, at: i) { i = next; continue }
            if BodyReflow.isAgendaHeading(t) { agendaSeen = true }
            let damaged = ctx.ocr ? nearestSection(t) : nil
            if t.hasThaiPrefix("ผู้มาประชุม") || t.hasThaiPrefix("ผู้เข้าประชุม") && !t.hasThaiPrefix("ผู้เข้าร่วมประชุม")
                || damaged == "ผู้มาประชุม" || damaged == "ผู้เข้าประชุม" {
                ctx.used.insert(i)
                let (members, next) = MemberListExtractor.read(&ctx, from: i + 1, rolesExpected: false, firstIndex: ctx.record.members.count)
                ctx.record.members += members
                i = max(next, i + 1); continue
            }
            if t.hasThaiPrefix("ผู้ไม่มาประชุม") || t.hasThaiPrefix("ผู้ไม่เข้าประชุม") || t.hasThaiPrefix("ผู้เข้าร่วมประชุม")
                || damaged == "ผู้ไม่มาประชุม" || damaged == "ผู้ไม่เข้าประชุม" || damaged == "ผู้เข้าร่วมประชุม" {
                ctx.used.insert(i)
                let key = t.hasThaiPrefix("ผู้เข้าร่วมประชุม") || damaged == "ผู้เข้าร่วมประชุม" ? "others_present" : "absentees"
                let (people, next) = MemberListExtractor.read(&ctx, from: i + 1, rolesExpected: false, field: "extra.\(key)")
                ctx.record.extra[key] = .strings(people.map { [$0.name, $0.position].compactMap { $0 }.joined(separator: " ") })
                i = max(next, i + 1); continue
            }
            // Compared without marks: OCR drops the tone mark of เริ่ม (`เริมประชุมเวลา`).
            // On an OCR'd page also without the spaces hOCR boxes may put inside it (`เลิกประชุ มเวลา`).
            // (Every opener starts with เ or ป: other lines are passed at once.)
            let first = t.unicodeScalars.first
            let head = first != "เ" && first != "ป" ? "" : ctx.ocr ? String(String.UnicodeScalarView(t.unicodeScalars.prefix(24).filter { $0 != " " })) : t
            let opener = head.isEmpty ? nil : ["เริ่มประชุม", "เปิดประชุม", "เลิกประชุม", "ปิดประชุม"].first { ThaiTextShim.prefixIgnoringMarks($0, in: head) != nil }
            if let opener {
                let isStart = opener == "เริ่มประชุม" || opener == "เปิดประชุม"
                let found = ctx.dates(in: t)
                if let time = found.first(where: { $0.start?.hour != nil }), let h = time.start?.hour,
                   let date = ctx.record.date {
                    let p = date.split(separator: "-").compactMap { Int($0) }
                    let iso = FoundDate.isoDateTime(p[0], p[1], p[2], h, time.start?.minute ?? 0)
                    if !ctx.record.meetings.isEmpty {
                        if isStart { ctx.record.meetings[0].start = iso } else { ctx.record.meetings[0].end = iso }
                    }
                } else if !ctx.record.meetings.isEmpty, let bad = found.first(where: { !$0.hasDate && !$0.isValid }) {
                    // A time that is no time of day (`เลิกประชุมเวลา ๑๕.๘๕ น.`): left out, and said.
                    let field = isStart ? "meetings[0].start" : "meetings[0].end"
                    ctx.warn("invalid_time", "the meeting's \(isStart ? "opening" : "closing") time \(bad.text) is no time of day; left out\(bad.problem.map { " (\($0))" } ?? "")",
                             text: t, field: field)
                }
            }
            if t.hasThaiPrefix("ระเบียบวาระที่") {
                HeadExtractor.appendExtra(&ctx, "agenda", t)
            }
            i += 1
        }
        // The minuted meeting with no date found anywhere: with nothing else known it is no value at
        // all (dropped); with its place or times it is kept, its start null and said so.
        if let m = ctx.record.meetings.first, m.start == nil {
            if m.place == nil && m.end == nil, ctx.record.meetings.count == 1 {
                // (The body's own meetings are read after this, so none has an index to shift.)
                ctx.record.meetings.removeFirst()
                ctx.record.provenance["meetings[0]"] = nil
            } else {
                ctx.warn("part_not_found", "the minuted meeting's date was not found; its place and times are kept, its start is null",
                         text: m.text, field: "meetings[0].start")
            }
        }
        // Opening and closing times read from two lines: a closing before the opening means one of
        // them is misread (OCR) or mistyped; both are kept as printed and the end is flagged.
        if let m = ctx.record.meetings.first, let s = m.start, let e = m.end, s.count == e.count, e < s {
            // On an OCR'd page one look-alike digit of the closing hour that alone puts it after the
            // opening (๑๐.๐๐ for ๑๖.๐๐ after ๑๓.๐๐) is the reading taken; more than one, none is.
            if ctx.ocr, let fixed = laterClosing(start: s, end: e) {
                ctx.record.meetings[0].end = fixed
                ctx.warn("ocr_time_repaired", "the closing time \(e) is before the opening \(s); one look-alike digit of its hour read otherwise gives \(fixed), the only such reading",
                         text: e, field: "meetings[0].end")
            } else {
                ctx.warn("range_reversed", "the meeting closes (\(e)) before it opens (\(s)): one of the two times is misread", text: e, field: "meetings[0].end")
            }
        }
    }
}
