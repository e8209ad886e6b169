import SarabanCore
import ThaiText

/// The signature block: `(นายขจิต ชัชวานิชย์)` then the position lines; for letters the closing
/// (ขอแสดงความนับถือ) above it and the owning unit with its phone below.
enum SignatureExtractor {
    /// Finds the document's signature, the last one that is not a superior's endorsement written
    /// under it (`- อนุมัติ` / `(นาย…)` / `ผู้อำนวยการเขต` / date) nor a minutes' reviewer
    /// (`ผู้ตรวจรายงานการประชุม`: the minutes are signed by the one who took them); returns the index
    /// of its name line. With only such blocks, the last of them.
    @discardableResult
    static func extract(_ ctx: inout ExtractionContext, from start: Int) -> Int? {
        guard !ctx.lines.isEmpty else { return nil }
        // From the end: the first block that is no endorsement is the signer's (most documents have
        // one block, found at once); the last endorsement is kept in case none is.
        var fallback: (line: Int, name: PersonName, reading: Reading?)? = nil
        var chosen: (line: Int, name: PersonName, reading: Reading?)? = nil
        var i = ctx.lines.count - 1
        while i >= max(start, 0), chosen == nil {
            if let (name, reading) = parenthesisedName(ctx.lines[i].text).map({ ($0, Reading?.none) }) ?? looseName(ctx, line: i) {
                if isEndorsement(ctx, nameLine: i) { fallback = fallback ?? (i, name, reading) } else { chosen = (i, name, reading) }
            }
            i -= 1
        }
        guard let block = chosen ?? fallback else { return nil }
        if let r = block.reading {
            if let rank = r.rankLine { ctx.used.insert(rank) }
            if let (code, message) = r.warning { ctx.warn(code, message, text: ctx.lines[block.line].text, field: "signatory.name") }
        }
        fill(&ctx, nameLine: block.line, name: block.name)
        return block.line
    }

    /// No name line was found, but the signing line (`สั่ง ณ วันที่ …`, `ขอแสดงความนับถือ`) at `anchor`
    /// stands over a position (`ผู้อำนวยการเขตราชเทวี`) within a few lines, past specks: a scan whose
    /// handwritten signature covered the bracketed name, which OCR then lost. The position is given
    /// with the name null and a warning (the signatory had been null, the position lost with it).
    static func positionOnly(_ ctx: inout ExtractionContext, after anchor: Int) {
        guard ctx.record.signatory == nil else { return }
        var j = anchor + 1
        while j < ctx.lines.count, j <= anchor + 6 {
            let t = ctx.lines[j].text
            if ctx.used.contains(j) || t.unicodeScalars.count <= 3 || isSpecks(t) || !MemberListExtractor.hasThaiWord(Substring(t)) { j += 1; continue }
            guard t.unicodeScalars.count <= 80, PersonName.looksLikePosition(Substring(t)) else { return }
            var lines = [j]
            // An acting signer's second line and the office it acts for (`ปฏิบัติราชการแทน` / `ผู้อำนวยการเขต…`).
            while let last = lines.last, last + 1 < ctx.lines.count, lines.count < 4 {
                let next = ctx.lines[last + 1].text
                guard next.unicodeScalars.count <= 80, !isFooter(next),
                      actingOpeners.contains(where: { next.hasThaiPrefix($0) })
                        || actingOpeners.contains(where: { ctx.lines[last].text.hasThaiPrefix($0) }) && PersonName.looksLikePosition(Substring(next))
                else { break }
                lines.append(last + 1)
            }
            for k in lines { ctx.used.insert(k) }
            ctx.record.signatory = Signatory(name: nil, position: lines.map { ctx.lines[$0].text }.joined(separator: " "))
            ctx.trace("signatory", line: j)
            ctx.warn("signature_name_unreadable", "no signer's name could be read under the signing line (a handwritten signature may cover it); only the position is given",
                     text: ctx.lines[anchor].text, field: "signatory.name")
            return
        }
    }

    /// How a name `parenthesisedName` could not read was found: the line holding the signer's rank,
    /// and what a person should check.
    struct Reading {
        var rankLine: Int?
        var warning: (code: String, message: String)?
    }

    /// A bracketed signer's name with no title of its own. Police and military letters print the
    /// rank before the bracket or on the line above (`พลตำรวจตรี` / `(ณัฐพล เกียรติศักดิ์)`,
    /// `พล.ต.ต. (ณัฐพล …)`): the rank is the title. Without a rank, a bracketed name right under the
    /// closing (ขอแสดงความนับถือ) is still the signer, with no title and a warning. A letter glued
    /// before an abbreviated title (`(ตดร.สุนทรี วงศ์เกษม)`: a speck, or a slip of the typist) is
    /// dropped, with a warning.
    static func looseName(_ ctx: ExtractionContext, line i: Int) -> (PersonName, Reading)? {
        let text = ctx.lines[i].text
        guard let close = text.unicodeScalars.last, close == ")" || close == "）",
              let open = text.unicodeScalars.firstIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let before = String(text.unicodeScalars[..<open]).trimmingCharactersIn(" ")
        let inside = String(text.unicodeScalars[text.unicodeScalars.index(after: open)..<text.unicodeScalars.index(before: text.unicodeScalars.endIndex)])
            .trimmingCharactersIn(" ")
        if before.isEmpty, let name = titleAfterSpeck(inside) {
            let code = ctx.ocr ? "ocr_title_repaired" : "title_repaired"
            return (name, Reading(warning: (code, "a letter glued before the title was dropped; read as \(name.title ?? "")")))
        }
        guard let words = bareNameWords(inside) else { return nil }
        let rankBefore = before.isEmpty ? nil : rank(before)
        guard before.isEmpty || rankBefore != nil else { return nil }
        if let r = rankBefore, let name = PersonName.parse(r + inside) { return (name, Reading()) }
        if i > 0, let r = rank(ctx.lines[i - 1].text), let name = PersonName.parse(r + inside) { return (name, Reading(rankLine: i - 1)) }
        guard (max(0, i - 3)..<i).contains(where: { isClosing(ctx.lines[$0].text) }) else { return nil }
        let name = PersonName(full: inside, title: nil, given: words[0], family: words.count > 1 ? words.dropFirst().joined(separator: " ") : nil)
        return (name, Reading(warning: ("name_without_title", "a bracketed name under the closing, with no title or rank: read as the signer")))
    }

    /// The words of a name written without a title: two or three words of Thai letters only (a
    /// family name may have a particle: ณ อยุธยา), none opening a position or a title.
    static func bareNameWords(_ inside: String) -> [String]? {
        let words = ThaiGraphemes.spaceSplit(inside).map(String.init)
        guard (2...3).contains(words.count), words.count == 2 || words[1] == "ณ" else { return nil }
        guard words.allSatisfy({ $0.unicodeScalars.allSatisfy { (0x0E01...0x0E4E).contains($0.value) && !ThaiTextShim.isDigit($0) } }) else { return nil }
        guard !PersonName.looksLikePosition(Substring(words[0])), PersonTitles.split(Substring(inside)) == nil else { return nil }
        return words
    }

    /// `text` is a rank and nothing else (`พลตำรวจตรี`, `พล.ต.ต.`, `พันตำรวจโทหญิง`): the rank.
    static func rank(_ text: String) -> String? {
        let t = text.trimmingCharactersIn(" ")
        let u = Array(t.unicodeScalars)
        guard let (title, length) = PersonTitles.title(at: u[...]), PersonTitles.rankSet.contains(title) else { return nil }
        let rest = u[length...]
        if rest.isEmpty { return title }
        return rest.elementsEqual(PersonTitles.woman) ? title + "หญิง" : nil
    }

    /// A name whose abbreviated title (three scalars or more, `ดร.`) has one Thai letter glued
    /// before it: the name without that letter.
    static func titleAfterSpeck(_ inside: String) -> PersonName? {
        guard let first = inside.unicodeScalars.first, ThaiTextShim.isThaiConsonant(first) else { return nil }
        let rest = Array(inside.unicodeScalars.dropFirst())
        guard let (title, length) = PersonTitles.title(at: rest[...]), title.hasSuffix("."), length >= 3 else { return nil }
        return PersonName.parse(String(String.UnicodeScalarView(rest)))
    }

    /// The closing of a letter (ขอแสดงความนับถือ).
    static func isClosing(_ t: String) -> Bool {
        t.hasThaiPrefix("ขอแสดงความนับถือ") || t.hasThaiPrefix("ด้วยความนับถือ") || LabelMatcher.match(.closing, at: t) != nil
    }

    /// Words that open a superior's note on a memo (`- อนุมัติ`, `- ทราบ`, `ความเห็น…`).
    /// (Also a note forwarding the memo up, `เรียน ผู้อำนวยการเขต…` / `เพื่อโปรดพิจารณาอนุมัติ`, under
    /// its writer's signature: the writer's block above it is the memo's.)
    static let endorsementOpeners = ["อนุมัติ", "ทราบ", "เห็นชอบ", "ความเห็น", "ไม่อนุมัติ", "ลงนามแล้ว", "ดำเนินการ"]
    /// Openers of a forwarding note: only under another signature (the memo's own `เรียน` heads it).
    static let forwardingOpeners = ["เรียน", "เพื่อโปรด"]
    /// Position lines of a block that signs off someone else's minutes.
    static let reviewerWords = ["ผู้ตรวจรายงานการประชุม", "ผู้ตรวจรายงาน", "ผู้รับรองรายงานการประชุม"]

    /// Whether the signature whose name is on line `k` endorses or reviews the document rather than
    /// signs it: an endorsement opener within the three lines above, a reviewer's word on its signing
    /// line just above (`ลงชื่อ …… ผู้ตรวจรายงานการประชุม` / `(นาย…)`), or one under its position
    /// within the four lines below, before the next block's signing line.
    static func isEndorsement(_ ctx: ExtractionContext, nameLine k: Int) -> Bool {
        for j in stride(from: k - 1, through: max(0, k - 3), by: -1) {
            let t = Substring(ctx.lines[j].text).drop { $0 == "-" || $0 == " " || $0 == "–" }
            if endorsementOpeners.contains(where: { t.hasThaiPrefix($0) }) && t.unicodeScalars.count <= 40 { return true }
            if forwardingOpeners.contains(where: { t.hasThaiPrefix($0) }) && t.unicodeScalars.count <= 60,
               (max(0, j - 4)..<j).contains(where: { parenthesisedName(ctx.lines[$0].text) != nil }) { return true }
        }
        if k > 0, isSigningLine(ctx, k - 1), hasReviewerWord(ctx.lines[k - 1].text) { return true }
        for j in (k + 1)..<min(ctx.lines.count, k + 5) {
            if isSigningLine(ctx, j) { break }
            if hasReviewerWord(ctx.lines[j].text) { return true }
        }
        return false
    }

    static let reviewerWordsBare = reviewerWords.map(ThaiTextShim.withoutMarks)
    /// The word every minutes role label holds (`…รายงาน…`).
    static let reportWord = "รายงาน"
    /// The minutes' role labels (the recorder's and the reviewer's), compared without marks.
    static let minutesRoleWordsBare = (reviewerWords + ["ผู้จดรายงานการประชุม", "ผู้จดรายงาน", "ผู้บันทึกรายงานการประชุม"]).map(ThaiTextShim.withoutMarks)

    /// A reviewer's word in the line, compared without marks, which OCR drops (`ผูตรวจรายงานการประชุม`).
    static func hasReviewerWord(_ text: String) -> Bool {
        // Every label holds รายงาน, which has no marks to lose: a byte search spares the copy without marks.
        guard ThaiScalarSearch.contains(reportWord, in: text) else { return false }
        let bare = ThaiTextShim.withoutMarks(text)
        return reviewerWordsBare.contains { ThaiScalarSearch.contains($0, in: bare) }
    }

    /// Line `j` is the signing line of the block under it: the signer's name follows at once, and
    /// the line opens with `ลงชื่อ` or ends with a minutes role label after the space left for the
    /// signature (`ลงชื่อ …… ผู้จดรายงานการประชุม`; OCR garbles ลงชื่อ and the dots, `กซือ ไจไไ ผู้จด…`).
    /// A label standing alone on its line belongs to the block above it instead.
    static func isSigningLine(_ ctx: ExtractionContext, _ j: Int) -> Bool {
        guard j + 1 < ctx.lines.count, parenthesisedName(ctx.lines[j + 1].text) != nil else { return false }
        let t = ctx.lines[j].text
        if t.hasThaiPrefix("ลงชื่อ") { return true }
        guard ThaiScalarSearch.contains(reportWord, in: t) else { return false }
        let bare = ThaiTextShim.withoutMarks(t)
        return minutesRoleWordsBare.contains { word in
            guard let r = ThaiScalarSearch.range(of: word, in: bare) else { return false }
            return bare[..<r.lowerBound].contains { $0 != " " }
        }
    }

    /// A line that opens another block under a signature: an endorsement or another signer's name.
    static func opensAnotherBlock(_ text: String) -> Bool {
        // Asked of every position line: a name line opens or closes with a parenthesis.
        let u = text.unicodeScalars
        if let f = u.first, let l = u.last, f == "(" || f == "（" || l == ")" || l == "）", parenthesisedName(text) != nil { return true }
        guard u.count <= 40 else { return false }
        let t = Substring(text).drop { $0 == "-" || $0 == " " || $0 == "–" }
        return endorsementOpeners.contains { t.hasThaiPrefix($0) } || forwardingOpeners.contains { t.hasThaiPrefix($0) }
    }

    /// `(นายขจิต ชัชวานิชย์)`, also with OCR's lost or doubled parentheses and `ลงชื่อ` before it.
    static func parenthesisedName(_ text: String) -> PersonName? {
        // Most lines are none: no parenthesis at either end, nor ลงชื่อ (decided on two scalars).
        guard let f = text.unicodeScalars.first, let l = text.unicodeScalars.last,
              f == "(" || f == "（" || l == ")" || l == "）" || f == "ล" else { return nil }
        var t = Substring(text)
        if t.hasThaiPrefix("ลงชื่อ") { t = t.dropFirst(6).trimmedSpaces() }
        let hasOpen = t.first == "(" || t.first == "（"
        let hasClose = t.last == ")" || t.last == "）"
        guard hasOpen || hasClose else { return nil }
        while let f = t.first, "(（ ".contains(f) { t = t.dropFirst() }
        while let l = t.last, ")） ".contains(l) { t = t.dropLast() }
        guard t.count >= 4, t.count <= 60 else { return nil }
        guard let name = PersonName.parse(String(t)) else { return nil }
        // A name has at most a few words; a longer line in parentheses is a remark.
        return ThaiGraphemes.spaceSplit(name.full).count <= 5 ? name : nil
    }

    private static func fill(_ ctx: inout ExtractionContext, nameLine i: Int, name: PersonName) {
        ctx.used.insert(i)
        var positions: [String] = []
        var j = i + 1
        let nameLine = ctx.lines[i]
        while j < ctx.lines.count, positions.count < 6 {
            let l = ctx.lines[j]
            if isFooter(l.text) || opensAnotherBlock(l.text) || isSigningLine(ctx, j) { break }
            // A date under the position (an endorsement's, or the signer's own) is no position line.
            if l.text.unicodeScalars.count <= 40, l.text.unicodeScalars.contains(where: { ThaiDigits.value($0) != nil }),
               ctx.dates(in: l.text).contains(where: { $0.hasDate && $0.range.lowerBound <= 12 }) { break }
            // Stamps repeat at the foot of the page (ลับ, ด่วนที่สุด): not part of a position.
            if !Stamps.read(l.text).isEmpty, l.text.unicodeScalars.count <= 12 { ctx.used.insert(j); j += 1; continue }
            // A letter or two alone under a signature on an OCR'd page is a speck of the signature itself.
            if ctx.ocr, l.text.unicodeScalars.count <= 2 || isRepeatedUnit(l.text) || isSpecks(l.text) { ctx.used.insert(j); j += 1; continue }
            // In a text file the signature is one paragraph; in DOCX each line is its own paragraph,
            // and the owning unit (left-aligned) follows the centred position lines.
            if l.startsBlock, l.block != nameLine.block {
                if let a = nameLine.layout?.alignment, let b = l.layout?.alignment, a != b { break }
                if l.text.unicodeScalars.count > 80 { break }
                // (On an OCR'd page every line may stand apart: only the footer and length end it there.)
                if nameLine.provenance.part == nil, nameLine.provenance.line != nil, !positions.isEmpty, !ctx.ocr { break }
            }
            positions.append(l.text)
            ctx.used.insert(j)
            j += 1
        }
        // Lines such as "ผู้อำนวยการเขตบางรัก" may be followed by the owning unit in letters; a
        // position line that looks like a unit is left to the unit reader below.
        var unit: [String] = []
        if ctx.record.kind == .letter {
            while let last = positions.last, positions.count > 1, isUnitLine(last) { unit.insert(positions.removeLast(), at: 0) }
        }
        // A position line that does not open a position or an acting phrase is the tail of the line
        // before, wrapped (`…และสวัสดิการ` / `สังคม`): it joins with no space, as Thai words do.
        var position = ""
        for p in positions {
            if position.isEmpty { position = p; continue }
            let opens = PersonName.looksLikePosition(Substring(p)) || actingPhrases.contains { p.hasThaiPrefix($0) }
                || !(p.unicodeScalars.first.map(ThaiTextShim.isThai) ?? false) || ThaiTextShim.isDigit(p.unicodeScalars.first!)
            position += opens ? " " + p : p
        }
        var name = name
        if ctx.ocr, name.family == nil, let split = splitAtWidestGap(name, words: nameLine.words) {
            ctx.warn("ocr_spacing_repaired", "the space between given and family name was lost; put back at the widest gap between the word boxes",
                     text: name.full, field: "signatory.name")
            name = split
        }
        ctx.record.signatory = Signatory(name: name.full, title: name.title, givenName: name.given,
                                         familyName: name.family, position: position.isEmpty ? nil : position)
        ctx.trace("signatory", line: i)
        // Closing above the signature (letters).
        var k = i - 1
        while k >= 0, k >= i - 4 {
            let t = ctx.lines[k].text
            if isClosing(t) {
                ctx.record.extra["closing"] = .string(t)
                ctx.used.insert(k)
                break
            }
            k -= 1
        }
        // Owning unit and contacts below the signature; the copies' list (สำเนาส่ง / สำเนาเรียน) after them.
        var copies: [String] = []
        while j < ctx.lines.count {
            let t = ctx.lines[j].text
            if let m = copiesLabel(t) {
                let first = t.unicodeScalars.dropFirst(m).drop { $0 == " " || $0 == ":" }
                if !first.isEmpty { copies.append(String(String.UnicodeScalarView(first))) }
                ctx.trace("extra.copies_to", line: j)
                ctx.used.insert(j)
                j += 1
                // Each further line is one more addressee of a copy, until a contact line.
                while j < ctx.lines.count, ContactParser.parse(ctx.lines[j].text).isEmpty, copiesLabel(ctx.lines[j].text) == nil {
                    copies.append(EntryLabel.read(Substring(ctx.lines[j].text)).map { String($0.1) } ?? ctx.lines[j].text)
                    ctx.used.insert(j)
                    j += 1
                }
                continue
            }
            let c = ContactParser.parse(t)
            if !c.isEmpty {
                HeadExtractor.addContacts(&ctx, c, line: j)
                ctx.used.insert(j)
            } else if isFooter(t) || c.firstLabelOffset == 0 {
                // A contact line whose number or address cannot be read (an e-mail address OCR'd
                // with Thai letters: `อีเมล อ๐ฟ้าล.เวลทธ…`): not the unit's name, and not guessed.
                let field = c.labelsWithoutValue.first?.kind.field ?? "contact"
                ctx.warn("unreadable_contact", "a contact line could not be read as a phone number or e-mail address", text: t, field: field)
                ctx.used.insert(j)
            } else if isUnitLine(t) || (ctx.record.kind == .letter && t.unicodeScalars.count <= 60) {
                unit.append(t)
                ctx.used.insert(j)
            }
            j += 1
        }
        if !unit.isEmpty { ctx.record.extra["owning_unit"] = .string(unit.joined(separator: " ")) }
        if !copies.isEmpty { ctx.record.extra["copies_to"] = .strings(copies) }
    }

    /// `สำเนาส่ง` or `สำเนาเรียน` opening a line: the scalars it takes.
    static func copiesLabel(_ t: String) -> Int? {
        for label in ["สำเนาส่ง", "สำเนาเรียน"] where t.hasThaiPrefix(label) { return label.unicodeScalars.count }
        return nil
    }

    /// Phrases that stand on their own line under a signer's position.
    /// The phrases of one who signs for another (`ปฏิบัติราชการแทน` / the office acted for).
    static let actingOpeners = ["ปฏิบัติราชการแทน", "รักษาราชการแทน", "รักษาการแทน", "รักษาการในตำแหน่ง"]
    static let actingPhrases = actingOpeners + ["ผู้จดรายงาน", "ผู้ตรวจรายงาน",
                                "เลขานุการ", "ประธาน", "รอง", "นายก", "ปลัด"]

    /// A name printed without the space between given and family name (hOCR: the gap was
    /// narrower than the line builder's space) is split where the engine's boxes stand widest
    /// apart inside it, when that gap is clearly wider (1.5×) than the others between its letters.
    static func splitAtWidestGap(_ name: PersonName, words: [Word]) -> PersonName? {
        guard let given = name.given, given.unicodeScalars.count >= 6 else { return nil }
        let boxed = words.filter { $0.bbox != nil }.sorted { $0.bbox!.x0 < $1.bbox!.x0 }
        guard boxed.count >= 3 else { return nil }
        // The words' letters in order, and after each word the gap to the next.
        var letters: [Unicode.Scalar] = []
        var gapAfter: [Int: Int] = [:]
        for (k, w) in boxed.enumerated() {
            letters += w.text.unicodeScalars.filter { $0 != " " }
            if k + 1 < boxed.count { gapAfter[letters.count] = boxed[k + 1].bbox!.x0 - w.bbox!.x1 }
        }
        let g = Array(given.unicodeScalars)
        guard let start = (0...max(0, letters.count - g.count)).first(where: { Array(letters[$0..<min(letters.count, $0 + g.count)]) == g }) else { return nil }
        // Only between letters: never before a mark or a following vowel (a cut inside a cluster).
        let inside = gapAfter.filter { gap in
            guard gap.key > start + 1, gap.key < start + g.count - 1 else { return false }
            let k = gap.key - start
            // A consonant under a thanthakhat (`น์`) is silent and ends the syllable before it.
            if k + 1 < g.count, g[k + 1].value == 0x0E4C { return false }
            return ThaiTextShim.isThaiConsonant(g[k]) || ThaiTextShim.isLeadingVowel(g[k])
        }
        guard let widest = inside.max(by: { $0.value < $1.value }) else { return nil }
        let others = gapAfter.filter { $0.key > start && $0.key < start + g.count && $0.key != widest.key }.map(\.value).sorted()
        let typical = others.isEmpty ? 0 : others[others.count / 2]
        let runnerUp = others.last ?? 0
        // The space is a clear outlier: half again the typical gap and a third wider than any other.
        guard widest.value >= 4, Double(widest.value) >= 1.5 * Double(max(typical, 1)), Double(widest.value) >= 1.3 * Double(max(runnerUp, 1)) else { return nil }
        let cut = widest.key - start
        let first = String(String.UnicodeScalarView(g[..<cut])), second = String(String.UnicodeScalarView(g[cut...]))
        return PersonName.parse((name.title ?? "") + first + " " + second)
    }

    /// A line that is one short unit over and over (`ขบขบขบบ`, `ขบ ขบ`): what tesseract makes of
    /// a dotted leader or a signature's stroke, never a position.
    static func isRepeatedUnit(_ t: String) -> Bool {
        let u = t.unicodeScalars.filter { $0 != " " }
        guard u.count >= 4 else { return false }
        for n in 1...3 where u.count >= 2 * n {
            let unit = Array(u.prefix(n))
            // Every scalar repeats the unit; a last unit may be cut short or doubled at its end.
            let matches = u.enumerated().filter { $0.element == unit[$0.offset % n] }.count
            if matches >= u.count - 1, u.count / n >= 2 { return true }
        }
        return false
    }

    /// A line of nothing but one- and two-scalar pieces (`๐ ๑ ๑7 ๑7`, `ขบ ข`, `6 6 6`): a
    /// signature's strokes or a stamp's rim as tesseract reads them; no position line looks so.
    /// So is a line without a single Thai letter (`6๓99`, `2290)`): positions are written in Thai.
    static func isSpecks(_ t: String) -> Bool {
        if !t.unicodeScalars.contains(where: { (0x0E01...0x0E2E).contains($0.value) }) { return true }
        let pieces = ThaiGraphemes.spaceSplit(t)
        return pieces.count >= 2 && pieces.allSatisfy { $0.unicodeScalars.count <= 2 }
    }

    /// The contact lines at a page's foot. A line opening with a phone or mail label is one even
    /// when its number cannot be read (OCR lost a digit): no position opens so.
    static func isFooter(_ t: String) -> Bool {
        t.utf8.starts(with: "โทร".utf8) || t.utf8.starts(with: "ไปรษณีย์".utf8) || (t.contains("@") && !ContactParser.parse(t).isEmpty)
    }

    /// Words a unit's name opens with, compared without marks (OCR drops them: ฝาย for ฝ่าย).
    static let unitOpeners: [[Unicode.Scalar]] = ["ส่วน", "สำนัก", "ฝ่าย", "กอง", "งาน", "กลุ่ม", "ศูนย์"].map(withoutMarks)

    static func withoutMarks(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) && $0.value != 0x0E33 && $0.value != 0x0E32 }
    }

    static func isUnitLine(_ t: String) -> Bool {
        guard t.unicodeScalars.count <= 60 else { return false }
        let bare = withoutMarks(String(t.unicodeScalars.prefix(12)))
        return unitOpeners.contains { bare.starts(with: $0) }
    }
}
