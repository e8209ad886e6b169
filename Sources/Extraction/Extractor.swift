import SarabanCore
import ThaiText
import ThaiDates

/// Document → Record (record-contract.md). Recognises the kind of document, then fills its
/// parts, tolerating what scanning and OCR do to Thai text; every repair or guess becomes a
/// warning on the field it concerns, with the text as printed.
public struct Extractor: Sendable {
    public init() {}

    public func extract(_ document: Document) -> Record {
        var record = Record(source: document.source)
        record.warnings = document.warnings
        let ocr = OcrDoubt.isOCR(document)
        var lines = LineBuilder.lines(of: document)
        var splitMonths: [String] = []
        if ocr {
            lines = Self.separateGluedLabels(lines)
            (lines, splitMonths) = Self.joinSplitMonths(lines)
        }
        var ctx = ExtractionContext(lines: lines, record: record)
        ctx.ocr = ocr
        for printed in splitMonths {
            ctx.warn("ocr_spacing_repaired", "a space OCR put inside a month's name is closed before reading dates", text: printed, field: nil)
        }
        // On an OCR'd page the year all damaged years agree on; else (or when none is near) the
        // years of the readable dates and the order number. Each scans every line: only one runs.
        if ocr, let be = YearEvidence.consensus(YearEvidence.printedYears(in: lines),
                                               // Up to this year: a paper being read was written by now.
                                               candidates: (DateRepair.recentYears.lowerBound + 543)...(DateRepair.recentYears.upperBound - 1 + 543),
                                               nowBE: DateRepair.recentYears.upperBound - 1 + 543) {
            ctx.evidenceYear = be - 543
        } else {
            ctx.evidenceYear = Self.evidenceYear(lines)
        }
        let lengths = lines.map { $0.text.unicodeScalars.count }.sorted()
        ctx.wrapWidth = lengths.isEmpty ? 0 : lengths[lengths.count * 8 / 10]
        reportTextRepairs(document, into: &ctx)

        let classification = Classifier.classify(lines)
        ctx.record.kind = classification.kind
        ReceivingStamp.mark(&ctx)
        let bodyStart = HeadExtractor.extract(&ctx, title: classification)
        let signatureLine = SignatureExtractor.extract(&ctx, from: bodyStart)
        var bodyEnd = signatureLine ?? lines.count
        if ctx.record.kind == .order || ctx.record.kind == .announcement,
           let signed = OrderExtractor.readSigningDate(&ctx, before: bodyEnd) {
            bodyEnd = min(bodyEnd, signed)
            OrderExtractor.settleOrderYear(&ctx)
            if signatureLine == nil { SignatureExtractor.positionOnly(&ctx, after: signed) }
        }
        if signatureLine == nil, ctx.record.signatory == nil,
           let closing = (bodyStart..<lines.count).last(where: { SignatureExtractor.isClosing(lines[$0].text) }) {
            SignatureExtractor.positionOnly(&ctx, after: closing)
        }
        // A document of no known kind dated by its signing line (`ให้ไว้ ณ วันที่ …` of a certificate,
        // `ประกาศ ณ วันที่ …` of a regulation): the last such line before the signature.
        if ctx.record.kind == .other, ctx.record.date == nil,
           let k = (bodyStart..<max(bodyStart, bodyEnd)).last(where: { i in Self.signingLabels.contains { lines[i].text.hasThaiPrefix($0) } }),
           let label = Self.signingLabels.first(where: { lines[k].text.hasThaiPrefix($0) }) {
            ctx.used.insert(k)
            HeadExtractor.setDocumentDate(&ctx, from: String(lines[k].text.unicodeScalars.dropFirst(label.unicodeScalars.count).map(Character.init)), line: k)
            bodyEnd = min(bodyEnd, k)
        }
        // For a letter, the closing line ends the body.
        bodyEnd = max(bodyStart, bodyEnd)
        if let closing = (bodyStart..<bodyEnd).first(where: { i in
            ctx.used.contains(i) && (lines[i].text.hasThaiPrefix("ขอแสดงความนับถือ") || lines[i].text.hasThaiPrefix("ด้วยความนับถือ"))
        }) { bodyEnd = closing }

        let bodyIndices = (bodyStart..<max(bodyStart, bodyEnd)).filter { !ctx.used.contains($0) }
        Self.reportUnreadLists(&ctx, lines: bodyIndices)
        let paragraphs = BodyReflow.paragraphs(lines, indices: bodyIndices, ocrWrapWidth: ctx.ocr ? ctx.wrapWidth : nil)
        ctx.record.body = paragraphs.map(\.text)

        switch ctx.record.kind {
        case .order, .announcement:
            OrderExtractor.readParts(&ctx, from: bodyStart, to: bodyEnd)
        case .minutes:
            MinutesExtractor.readBody(&ctx, from: bodyStart)
        default:
            break
        }
        for block in ClauseExtractor.labelledMeetingBlocks(paragraphs) {
            ClauseExtractor.meetings(in: block.text, ctx: &ctx, line: block.first)
        }
        for p in paragraphs {
            // The paragraph's scalars, decoded once for the readers below.
            let u = ScalarString.scalars(p.text)
            ClauseExtractor.deadlines(in: p.text, scalars: u, documentDate: ctx.record.date, ctx: &ctx, line: p.first)
            ClauseExtractor.requirements(in: p.text, scalars: u, ctx: &ctx, line: p.first)
            ClauseExtractor.meetings(in: p.text, ctx: &ctx, line: p.first)
            // Contact details given in the text (สอบถามได้ที่โทรศัพท์ …, ทางไปรษณีย์อิเล็กทรอนิกส์ …).
            HeadExtractor.addContacts(&ctx, ContactParser.parse(p.text, scalars: u), line: p.first)
        }
        DeadlineTable.read(&ctx, lines: bodyIndices)
        addRecurrence(&ctx)
        reportMissingParts(&ctx)
        if ctx.ocr {
            DistrictNameRepair.apply(&ctx)
            DistrictOfficeCode.apply(&ctx)
            OcrYearInText.apply(&ctx)
            OcrWordPass.apply(&ctx)
            OcrDoubt.flag(&ctx)
        }
        if ctx.record.kind == .other {
            ctx.warn("unknown_kind", "no title or head parts of a memo, letter, order, announcement or minutes were found")
        }
        return ctx.record
    }

    /// The months' names as scalars.
    static let monthNames: [[Unicode.Scalar]] = ThaiMonths.table.map { Array($0.full.unicodeScalars) }

    /// Lines with a month's name split by a space (`๒๕ พฤศจิกา ยน ๒๕๖๕`: hOCR boxes of one word far
    /// apart) closed, and the split forms as printed. Only lines with a digit are looked at (a date
    /// has one), and only at spaces between two Thai letters, each tried against the names that
    /// could span it (never split before a mark).
    static func joinSplitMonths(_ lines: [SourceLine]) -> ([SourceLine], [String]) {
        var out = lines
        var printed: [String] = []
        for i in out.indices {
            var u = Array(out[i].text.unicodeScalars)
            guard u.contains(where: { ThaiDigits.value($0) != nil }), u.contains(" ") else { continue }
            var changed = false
            var p = 1
            while p + 1 < u.count {
                defer { p += 1 }
                guard u[p] == " ", ThaiTextShim.isThai(u[p - 1]), ThaiTextShim.isThai(u[p + 1]),
                      !ThaiTextShim.isDigit(u[p - 1]), !ThaiTextShim.isDigit(u[p + 1]) else { continue }
                for name in monthNames {
                    guard let k = (2..<(name.count - 1)).first(where: { k in
                        !ThaiScalarSearch.isNonSpacingMark(name[k]) && name[k] != "\u{0E33}" && p >= k && p + 1 + name.count - k <= u.count
                            && u[(p - k)..<p].elementsEqual(name[..<k]) && u[(p + 1)..<(p + 1 + name.count - k)].elementsEqual(name[k...])
                    }) else { continue }
                    printed.append(String(String.UnicodeScalarView(u[(p - k)..<(p + 1 + name.count - k)])))
                    u.remove(at: p)
                    changed = true
                    break
                }
            }
            if changed { out[i].text = String(String.UnicodeScalarView(u)) }
        }
        return (out, printed)
    }

    /// Head labels OCR glued to their value (`เรื่องแต่งตั้ง…`, `เรียนผู้อำนวยการ…`: the space was
    /// narrower than the gap threshold): a space is put back after the label, in the first 40 lines.
    static let glueProneLabels: [[Unicode.Scalar]] = ["สิ่งที่ส่งมาด้วย", "ส่วนราชการ", "อ้างถึง", "เรื่อง", "เรียน"].map { Array($0.unicodeScalars) }

    /// Words that begin with a label and are not one (to learn, to invite, a story).
    static let wordsLikeGluedLabels = ["เรียนรู้", "เรียนเชิญ", "เรียนมา", "เรื่องราว", "เรืองราว", "เรืองแสง", "เรืองรอง", "เรืองศักดิ์", "เรืองฤทธิ์", "เรืองเดช"]

    static func separateGluedLabels(_ lines: [SourceLine]) -> [SourceLine] {
        var out = lines
        for i in out.indices.prefix(40) {
            if wordsLikeGluedLabels.contains(where: { out[i].text.hasThaiPrefix($0) }) { continue }
            var u = Array(out[i].text.unicodeScalars)
            if let spaced = spacedAfterReferenceLabel(u) {
                out[i].text = String(String.UnicodeScalarView(spaced))
                if u.starts(with: referenceLabel) { continue }
                u = spaced
            }
            // เสนอ (the addressee's label upward) glued to a position (`เสนอผู้อำนวยการเขต…`); other
            // words open with เสนอ (เสนอแนะ, เสนอชื่อ), so only before a position's first word.
            let propose = Array("เสนอ".unicodeScalars)
            if u.starts(with: propose), u.count > propose.count,
               PersonName.looksLikePosition(Substring(String(String.UnicodeScalarView(u[propose.count...])))) {
                out[i].text = "เสนอ " + String(String.UnicodeScalarView(u[propose.count...]))
                continue
            }
            // The label as printed, or with marks OCR lost (`เรืองแต่งตั้ง…`: เรื่อง without its tone mark).
            for label in glueProneLabels {
                guard let n = ThaiTextShim.lengthWithLostMarks(label, in: u[...]), u.count > n else { continue }
                let next = u[n]
                // A Thai letter right after the label (not a mark, which would make it another word).
                guard ThaiTextShim.isThai(next), !ThaiLookalike.isMark(next.value), !ThaiTextShim.isDigit(next) else { break }
                out[i].text = String(String.UnicodeScalarView(u[..<n])) + " " + String(String.UnicodeScalarView(u[n...]))
                break
            }
        }
        return out
    }

    static let referenceLabel = Array("ที่".unicodeScalars)

    /// The line with a space put back after each ที่ glued to a reference code (`ที่กท5045/2210`,
    /// `หนังสือสถานีตำรวจนครบาล บุปผาราม ที่ตช ๐๐๑๕…`, `… ที่กท` at the line's end with the digits on
    /// the next): hOCR word boxes often lose that space, wherever a number is cited. ที่ opens a word
    /// there, then two consonants and a digit, or the end of the line. Words that open with ที่
    /// (ที่ปรึกษา, ที่ประชุม) have a vowel after their first consonants. Nil when there is none.
    static func spacedAfterReferenceLabel(_ u: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let at = referenceLabel
        var out: [Unicode.Scalar] = []
        var changed = false
        var k = 0
        while k < u.count {
            let opensWord = k == 0 || u[k - 1] == " "
            if opensWord, u[k...].starts(with: at), k + 4 < u.count, ThaiTextShim.isThaiConsonant(u[k + 3]), ThaiTextShim.isThaiConsonant(u[k + 4]) {
                let after = k + 5
                if after == u.count || ThaiTextShim.isDigit(u[after]) || (u[after] == " " && after + 1 < u.count && ThaiTextShim.isDigit(u[after + 1])) {
                    out += at + [" "]
                    k += at.count
                    changed = true
                    continue
                }
            }
            out.append(u[k])
            k += 1
        }
        return changed ? out : nil
    }

    /// A head's list label (อ้างถึง, สิ่งที่ส่งมาด้วย) left unread below the head's end (the head
    /// stopped early at a line it could not place): its items stay in the body, and the empty field
    /// is reported rather than left to look like a letter without enclosures.
    static func reportUnreadLists(_ ctx: inout ExtractionContext, lines indices: [Int]) {
        for (label, field) in [(PartLabel.references, "references"), (.enclosures, "enclosures")] {
            let empty = label == .references ? ctx.record.references.isEmpty : ctx.record.enclosures.isEmpty
            guard empty, let i = indices.first(where: { LabelMatcher.match(label, at: ctx.lines[$0].text) != nil }) else { continue }
            ctx.warn("part_not_found", "a \(field) label stands below the head's end and its items were not read; they are left in the body",
                     text: ctx.lines[i].text, field: field)
        }
    }

    static let signingLabels = ["ให้ไว้ ณ วันที่", "ประกาศ ณ วันที่", "สั่ง ณ วันที่", "ออกให้ ณ วันที่"]

    /// A frequency the text sets is also a recurring meeting (RRULE) on the record.
    private func addRecurrence(_ ctx: inout ExtractionContext) {
        for r in ctx.record.requirements where r.kind == "meeting_frequency" {
            guard case .string(let rule) = r.value else { continue }
            if let i = ctx.record.meetings.firstIndex(where: { $0.recurrence == nil && $0.start != nil && ctx.record.kind != .minutes }) {
                ctx.record.meetings[i].recurrence = rule
            } else if !ctx.record.meetings.contains(where: { $0.recurrence == rule }) {
                ctx.record.meetings.append(Meeting(place: ctx.recurringPlaces[rule], text: r.text, recurrence: rule))
            }
        }
    }

    /// The parts each kind of document must have (domain.md); a part not found is null with a
    /// warning saying so, never a silent gap.
    static let requiredParts: [DocumentKind: [String]] = [
        .memo: ["agency", "reference_no", "date", "subject", "addressee", "signatory"],
        .letter: ["agency", "reference_no", "date", "subject", "addressee", "signatory"],
        .order: ["agency", "order_no", "date", "subject", "signatory"],
        .announcement: ["agency", "date", "subject", "signatory"],
        .minutes: ["date", "signatory"],
    ]

    private func reportMissingParts(_ ctx: inout ExtractionContext) {
        let r = ctx.record
        let values: [String: Bool] = [
            "agency": r.agency != nil, "reference_no": r.referenceNo != nil, "order_no": r.orderNo != nil,
            "date": r.date != nil, "subject": r.subject != nil, "addressee": r.addressee != nil, "signatory": r.signatory != nil,
        ]
        for part in Self.requiredParts[r.kind] ?? [] where values[part] == false {
            guard !ctx.record.warnings.contains(where: { $0.field == part }) else { continue }
            ctx.warn("part_not_found", "the \(part) of this \(r.kind.rawValue) was not found", field: part)
        }
    }

    /// Years (CE) of the document's readable dates and its order number: the evidence that
    /// tells an OCR-damaged year.
    static func evidenceYear(_ lines: [SourceLine]) -> Int? {
        var dates: [FoundDate] = []
        var orderYear: Int?
        for (i, l) in lines.enumerated() {
            if i < 15, let m = LabelMatcher.match(.reference, at: l.text), let n = ReferenceNumberParser.parseOrderNumber(m.value) {
                orderYear = n.yearDigits.count == 4 ? DateRepair.value(n.yearDigits) : nil
            }
            dates += DateFinder.dates(in: l.text)
        }
        let thai = dates.contains(where: \.thaiDigits)
        return DateRepair.evidenceYear(dates: dates, orderYearBE: orderYear, thaiDigits: thai)
    }

    /// The reader's text repairs (sara am, PUA glyphs, zero-width …), one warning per kind of
    /// repair, with a count and the first original text.
    private func reportTextRepairs(_ document: Document, into ctx: inout ExtractionContext) {
        var counts: [String: (Int, String)] = [:]
        var order: [String] = []
        func add(_ repairs: [Repair]) {
            for r in repairs where r.code != "whitespace" {
                if counts[r.code] == nil { order.append(r.code); counts[r.code] = (0, r.original) }
                counts[r.code]!.0 += 1
            }
        }
        for b in document.blocks {
            switch b {
            case .paragraph(let p): add(p.repairs)
            case .listItem(let l): add(l.repairs)
            case .table(let t): for row in t.rows { for c in row.cells { for cb in c.blocks { if case .paragraph(let p) = cb { add(p.repairs) } } } }
            case .pageBreak: break
            }
        }
        for code in order {
            let (n, example) = counts[code]!
            ctx.warn("text_repaired", "\(n) × \(code) repaired in the text", text: example, field: nil)
        }
    }
}
