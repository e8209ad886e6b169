import SarabanCore
import ThaiText

/// The people an order appoints (or minutes list as present): numbered lines, Word-numbered
/// paragraphs or table rows; entries wrapped over lines; group headings; role at the entry's end;
/// the position between name and role.
enum MemberListExtractor {
    /// Words that open what follows a member list (duties, effective date, signing).
    static let listEnders = ["ให้", "โดยให้", "มีอำนาจหน้าที่", "อำนาจหน้าที่", "หน้าที่", "ทั้งนี้", "สั่ง ณ", "ประกาศ ณ",
                             "ผู้ไม่มาประชุม", "ผู้ไม่เข้าประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุม", "ระเบียบวาระ", "ให้คณะกรรมการ",
                             // An amending order's closing: `นอกจากที่แก้ไขเพิ่มเติมนี้ ให้คงเป็นไปตามคำสั่ง…`.
                             "นอกจากที่แก้ไข",
                             // Minutes' date line, which OCR may print under the attendance lists.
                             "เมื่อวัน"]
    /// The list enders as scalars (a prefix test on every line of a list).
    static let listEnderScalars: [[Unicode.Scalar]] = listEnders.map { Array($0.unicodeScalars) }
    /// The long list enders without their marks, for OCR'd lines that lost them (made once).
    static let longListEndersBare: [[Unicode.Scalar]] = listEnders.filter { $0.unicodeScalars.count >= 6 }
        .map { $0.unicodeScalars.filter { !ThaiLookalike.isMark($0.value) } }
    /// Words in a table's header row.
    static let headerWords = ["ชื่อ", "ตำแหน่ง", "ลำดับ", "หน้าที่ในคณะกรรมการ"]

    struct Entry {
        var label: EntryLabel?
        var text: String { didSet { hasRoleWord = MemberRoles.atEnd(of: Substring(text)) != nil } }
        var lines: [Int]
        var group: String?
        var defaultRole: MemberRole?
        /// Whether the text ends with a role word, kept with the text: the list reader asks it of
        /// every waiting entry at every line, and finding a role (with OCR tolerance) is not cheap.
        private(set) var hasRoleWord: Bool
        /// The family name as joined across a wrapped name cell (`withWrappedNameCell`), for its warning.
        var wrappedFamily: String? = nil
        /// A row read whole (name and position) that a later entry has followed: it waits for no
        /// more lines even if its role was unreadable (see `closingRows`).
        var rowClosed = false
        /// The number as printed, where OCR garbled it (`ฆ.`), for its warning.
        var garbledNumber: String? = nil

        init(label: EntryLabel?, text: String, lines: [Int], group: String?, defaultRole: MemberRole?) {
            self.label = label
            self.text = text
            self.lines = lines
            self.group = group
            self.defaultRole = defaultRole
            self.hasRoleWord = MemberRoles.atEnd(of: Substring(text)) != nil
        }
    }

    /// Reads the member list that starts after `start` (the line after ประกอบด้วย or a section label).
    /// Returns the members and the index after the list. Warnings name `field[firstIndex + k]`: the
    /// list's place in the record (minutes' absentees are `extra.absentees`, not members, and are
    /// not expected to carry a role).
    static func read(_ ctx: inout ExtractionContext, from start: Int, to end: Int? = nil, rolesExpected: Bool = true,
                     field: String = "members", firstIndex: Int = 0) -> ([Member], Int) {
        var entries: [Entry] = []
        /// People an amending order removes (`ยกเลิกการแต่งตั้ง …`), as printed.
        var removed: [String] = []
        var group: String? = nil
        var defaultRole: MemberRole? = nil
        /// The last line read as a group heading: an OCR'd wrap merges into the entry above only with
        /// no heading between (prose after the list, taken for a heading, had let its next line join
        /// the last member's position).
        var lastHeading = -1
        /// The right column's entries of a list printed in two columns numbered down each column:
        /// they follow the left column's, at the list's end or the next group's heading.
        var rightColumn: [Entry] = []
        var numberedAcross = false
        /// The right column's entries after the left's, each garbled number warned at its place.
        func flushRightColumn(_ ctx: inout ExtractionContext) {
            for (k, e) in rightColumn.enumerated() {
                if let g = e.garbledNumber {
                    ctx.warn("ocr_unreadable_number", "the entry's number could not be read", text: g, field: "\(field)[\(firstIndex + entries.count + k)].seq")
                }
            }
            entries += rightColumn
            rightColumn = []
        }
        var i = start
        let stop = min(end ?? ctx.lines.count, ctx.lines.count)
        while i < stop {
            let line = ctx.lines[i]
            var text = ctx.ocr ? withoutTableNoise(line.text) : line.text
            if ctx.used.contains(i) { i += 1; continue }
            // Two entries side by side: the left one is read as the line, the right one after it.
            let beside = secondColumn(of: line, ocr: ctx.ocr)
            if let beside { text = ctx.ocr ? withoutTableNoise(beside.left) : beside.left }
            let scalars = text.unicodeScalars
            // On an OCR'd page also without the marks OCR drops (`เริมประชุม`).
            let endsList = listEnderScalars.contains(where: { scalars.starts(with: $0) })
                || (ctx.ocr && longListEndersBare.contains { ThaiTextShim.prefixIgnoringMarks(bare: $0, in: text) != nil })
            let unnumbered = line.listLabel == nil && EntryLabel.read(Substring(text)) == nil
            // A group's duties printed under its members (`มีหน้าที่ …`) end the list only if no
            // other group follows: `๒. คณะอนุกรรมการด้าน… ประกอบด้วย` and its members read on.
            if unnumbered, !entries.isEmpty, startsWithDuties(text), let next = groupAfterDuties(ctx, from: i + 1, stop: stop) {
                i = next; continue
            }
            // ให้ ends a list, but not where it opens an appointment sentence (`ให้นาย… เป็นกรรมการ`).
            if endsList && unnumbered && sentenceEntry(Substring(text)) == nil { break }
            // The end of the introducing sentence printed among the columns (see OrderExtractor.columnsBeforeIntroducer).
            if ctx.ocr, !entries.isEmpty, line.listLabel == nil, EntryLabel.read(Substring(text)) == nil, OrderExtractor.introducesList(text, ocr: true) {
                ctx.used.insert(i); i += 1; continue
            }
            if ThaiScalarSearch.countContained(headerWords, in: text) >= 2, EntryLabel.read(Substring(text)) == nil,
               MemberRoles.atEnd(of: Substring(text)) == nil {
                ctx.used.insert(i); i += 1
                // The header cell's wrapped end on the next line (`ลำ` / `ดับ`) heads nothing.
                if i < stop, entries.isEmpty, ctx.lines[i].text.unicodeScalars.count <= 4, EntryLabel.read(Substring(ctx.lines[i].text)) == nil,
                   !ctx.lines[i].text.unicodeScalars.contains(where: ThaiTextShim.isDigit) {
                    ctx.used.insert(i); i += 1
                }
                continue
            }
            var label: EntryLabel? = line.listLabel.flatMap(EntryLabel.read(label:))
            var rest = Substring(text)
            if label == nil, let (l, r) = EntryLabel.read(Substring(text)) { label = l; rest = r }
            else if label == nil, let cells = line.cells, let first = cells.first, let l = EntryLabel.read(label: first),
                    ctx.ocr || cellNumberOpensEntry(l, after: entries.last?.label) {
                label = l; rest = Substring(cells.dropFirst().joined(separator: " "))
            } else if label == nil, let (l, r) = EntryLabel.readBare(Substring(text)),
                      ctx.ocr ? l.number < 10 || entries.last?.label.map({ (1...3).contains(l.number - $0.number) }) ?? true
                              : cellNumberOpensEntry(l, after: entries.last?.label),
                      let opened = rowAfterBareNumber(r) {
                // A single digit may be a misread one (๒ for ๖); a two-digit number far past the last
                // entry's is a number inside a wrapped position (`ศูนย์บริการสาธารณสุข` / `๒๒ ประชาสุข`).
                // Typed tables number rows without a dot too (`๑      นายธีรวัฒน์ …`): there the number
                // must be the next one.
                label = l; rest = opened
            }
            // OCR garbles a number into a letter or two (`ซ.` for ๘.): a short token and a dot before a
            // name still opens an entry, its number unknown.
            var garbledLabel: String? = nil
            if label == nil, ctx.ocr, let (printed, r) = garbledEntryLabel(rest) {
                garbledLabel = printed; rest = r
            }
            // An appointment written as a sentence: `ให้นาย… หัวหน้าฝ่ายโยธา เป็นประธานกรรมการ`.
            if let entry = sentenceEntry(rest) { rest = entry }
            // A role written with a slash for และ (`คณะทำงาน / เลขานุการ`, `กรรมการ/ผู้ช่วยเลขานุการ`).
            if let entry = slashedRole(rest) { rest = entry }
            // The role printed first (`ประธานกรรมการ   นายชัยวัฒน์ …   ผู้อำนวยการเขตห้วยขวาง`).
            if let entry = roleFirst(rest) { rest = entry }
            let roleAtEnd = MemberRoles.atEnd(of: rest)
            // Lines that continue entries go to the oldest entry still waiting for its role: tesseract
            // prints a table's columns one after the other (three names, then three positions with
            // their roles), so the first position and role belong to the first name.
            let waiting = garbledLabel == nil ? oldestWaiting(entries, ocr: ctx.ocr) : nil
            // The holder's name in brackets under a position-only entry (`๑. ผู้อำนวยการเขตหนองแขม
            // หัวหน้าคณะทำงาน` / `(นายวีระพงษ์ สุขสวัสดิ์)`): the entry's name (OCR may lose one bracket).
            if label == nil, garbledLabel == nil, let last = entries.last, last.lines.last.map({ i - $0 <= 2 }) ?? false,
               PersonName.parse(opening: Substring(last.text)) == nil, positionThenBracketedName(Substring(last.text)) == nil,
               let name = bracketedName(rest, loose: ctx.ocr) {
                let bracketed = "(" + name.full + ")"
                if let r = MemberRoles.atEnd(of: Substring(last.text)), r.distance == 0, !r.rest.isEmpty {
                    entries[entries.count - 1].text = String(r.rest) + " " + bracketed + " " + r.form
                } else {
                    entries[entries.count - 1].text = last.text + " " + bracketed
                }
                entries[entries.count - 1].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            // A lone role word under an entry that still lacks its role is that entry's wrapped end.
            if label == nil, let w = waiting, roleAtEnd != nil, roleAtEnd!.rest.isEmpty {
                entries[w].text = joinEntry(entries[w].text, String(rest))
                entries[w].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            // So is one that completes the entry's role (`รองประธาน` / `กรรมการ` is รองประธานกรรมการ).
            if label == nil, let last = entries.last, roleAtEnd != nil, roleAtEnd!.rest.isEmpty,
               let before = MemberRoles.atEnd(of: Substring(last.text)),
               let joined = MemberRoles.atEnd(of: Substring(last.text + String(rest))),
               joined.form.unicodeScalars.count > before.form.unicodeScalars.count, joined.form.hasThaiSuffix(roleAtEnd!.form) {
                entries[entries.count - 1].text = last.text + String(rest)
                entries[entries.count - 1].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            // A heading: a role word alone (ที่ปรึกษา), or a short unnumbered or (๑)-numbered line with no role and no name.
            if let h = MemberRoles.headingRole(String(rest)) {
                // On an OCR'd page a lone role word inside the list is a role whose entry tesseract
                // printed elsewhere, not a heading for all entries after it.
                if ctx.ocr, !entries.isEmpty, let role = h, role != .advisor {
                    ctx.warn("ocr_stray_role", "a role word stands alone inside the member list; not assigned", text: String(rest), field: "members")
                    ctx.used.insert(i); i += 1; continue
                }
                // A committee's name alone and numbered (`๒. คณะทำงาน`, under `๑. คณะกรรมการอำนวยการ`) opens
                // the next committee: its members' group (they had none, and two chairs in one order
                // passed). Unnumbered (`คณะกรรมการ` under the advisors) it is a section of one committee.
                group = h == nil && label != nil && !entries.isEmpty ? groupName(rest) : nil
                defaultRole = h
                if let h, h == .advisor { group = nil }
                ctx.used.insert(i); i += 1; continue
            }
            // A letter or two alone on an OCR'd line is a speck or the wrapped end of a header cell (`ลำดั` / `บ`).
            if ctx.ocr, label == nil, garbledLabel == nil, rest.unicodeScalars.count <= 2 {
                ctx.used.insert(i); i += 1; continue
            }
            // (On an OCR'd page also after specks and ruling glued before the title: `|!นางรัตนา…`.)
            let opensWithName = PersonName.parse(opening: rest) != nil || (ctx.ocr && withoutLeadingJunk(rest) != nil)
            // A role word cut inside (`… คณะ` / `ทำงาน`, a blank line between): alone the line is no
            // role, but joined to the waiting entry without a space it ends one that spans the cut.
            if label == nil, garbledLabel == nil, roleAtEnd == nil, !opensWithName, let w = waiting,
               !rest.unicodeScalars.contains(" "), rest.unicodeScalars.count <= 24,
               let whole = MemberRoles.atEnd(of: Substring(entries[w].text + String(rest))),
               whole.form.unicodeScalars.count > rest.unicodeScalars.count {
                entries[w].text += String(rest)
                entries[w].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            // An OCR'd table row's cells wrap after the row's first line: what follows belongs to
            // the position cell and may finish the role cell.
            if ctx.ocr, label == nil, garbledLabel == nil, !opensWithName,
               let last = entries.last, last.lines.last.map({ i - $0 <= 3 && lastHeading < $0 }) ?? false,
               let cells = line.gapCells, let entryCells = ctx.lines[last.lines[0]].gapCells,
               let named = withWrappedNameCell(last.text, cells: cells.map(withoutTableNoise), columns: line.gapColumns,
                                               entryCells: entryCells, entryColumns: ctx.lines[last.lines[0]].gapColumns,
                                               entryIndent: ctx.lines[last.lines[0]].words.isEmpty ? ctx.lines[last.lines[0]].indent ?? 0 : nil),
               let merged = mergedWrappedCells(named.entry, named.rest) {
                entries[entries.count - 1].text = merged
                entries[entries.count - 1].lines.append(i)
                entries[entries.count - 1].wrappedFamily = named.family
                ctx.used.insert(i); i += 1; continue
            }
            if ctx.ocr, label == nil, garbledLabel == nil, !opensWithName,
               let last = entries.last, last.lines.last.map({ i - $0 <= 3 && lastHeading < $0 }) ?? false,
               let merged = mergedWrappedLine(last.text, rest) {
                entries[entries.count - 1].text = merged
                entries[entries.count - 1].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            let continuesPrevious = label == nil && waiting != nil && line.startsBlock == false && !opensWithName
            // On an OCR'd page blank lines fall anywhere, so a waiting entry also takes a line after one.
            // So does the last entry of a table without roles (minutes' attendance): its cells wrap under it.
            let continuesAcrossGap = label == nil && waiting != nil && !opensWithName
                && (roleAtEnd != nil || (ctx.ocr && (waitingCount(entries, ocr: ctx.ocr) >= 2 || isBareName(entries[waiting!].text)
                                                     || endsOnAnOpener(entries[waiting!].text)
                                                     || (!rolesExpected && waiting == entries.count - 1 && hasThaiWord(rest)))))
            if let w = waiting, continuesPrevious || continuesAcrossGap {
                // After a gap, or after a bare name, the line is the next column, not a wrapped word.
                // (A word cut at the line's end, `… ผู้` / `อำนวยการ…`, goes on without a space.)
                entries[w].text = ctx.ocr && endsOnAnOpener(entries[w].text) && roleAtEnd?.rest.isEmpty != true ? entries[w].text + String(rest)
                    : line.startsBlock || isBareName(entries[w].text) ? entries[w].text + " " + String(rest) : joinEntry(entries[w].text, String(rest))
                entries[w].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            // A typed table's row holding only the position cell's wrap (`\t\tมหาวิทยาลัยราชภัฏพระนคร`):
            // indented past the entry's row, with no number, name or role. The entry's position goes on
            // (it had been taken for a group heading over the members after it).
            // Also a line led by a tab (a Word paragraph aligned under the position column; Word gives no
            // indent) when the numbering goes on right after it. A flush heading between ๓ and ๔
            // (`ผู้แทนชุมชน`, lists numbered through their groups) stays a heading. (Tesseract's text
            // keeps no indents: there the numbering alone decides.)
            if label == nil, garbledLabel == nil, roleAtEnd == nil, !opensWithName, let last = entries.last,
               last.lines.last.map({ i - $0 <= 1 }) ?? false, rest.unicodeScalars.count <= 60, hasThaiWord(rest),
               indentedUnder(line, ctx.lines[last.lines[0]])
                || (ctx.ocr && numberingGoesOn(ctx, after: i, from: last.label, stop: stop))
                || (!ctx.ocr && standsRightOf(line, ctx.lines[last.lines[0]]) && wrapRunEnds(ctx, from: i, entryLine: ctx.lines[last.lines[0]], label: last.label, stop: stop)) {
                if let r = MemberRoles.atEnd(of: Substring(last.text)), r.distance == 0, !r.rest.isEmpty {
                    entries[entries.count - 1].text = String(r.rest) + " " + String(rest) + " " + r.form
                } else {
                    entries[entries.count - 1].text = last.text + " " + String(rest)
                }
                entries[entries.count - 1].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            // A line with no Thai word in it (`ณ ๓`, `๑7  ณ๕  =-`: specks and ruling) heads no group.
            if label == nil, garbledLabel == nil, roleAtEnd == nil, !opensWithName, !hasThaiWord(rest) {
                ctx.used.insert(i); i += 1; continue
            }
            // A position alone whose role is the next line (`ผู้อำนวยการสถานีดับเพลิง… หรือผู้แทน` / `กรรมการ`),
            // its number lost: an entry, not a heading (it had been dropped, its role stray).
            // (Not while an entry waits for its role: tesseract printed the columns apart, and this is
            // the waiting entry's position.)
            let positionBeforeRole = label == nil && garbledLabel == nil && roleAtEnd == nil && !opensWithName && rolesExpected
                && waiting == nil && looksLikePositionEntry(rest) && loneRoleFollows(ctx, after: i, stop: stop)
            if !positionBeforeRole, garbledLabel == nil, (roleAtEnd == nil || (label?.parenthesised == true && roleAtEnd!.distance > 0)), !opensWithName, rest.unicodeScalars.count <= 70,
               label == nil || label!.parenthesised || (rolesExpected && !looksLikePositionEntry(rest)) {
                if label == nil, entries.isEmpty, i > start + 1, !rolesExpected { break }
                // An amending order names whom it removes, then whom it appoints (`…จึงให้ยกเลิกการแต่งตั้ง`
                // / `๒. นาย…` / `และให้แต่งตั้ง` / `๒. นาย…` / `แทน`): the first are not members.
                if !entries.isEmpty, label == nil, start > 0, ClauseExtractor.has(ctx.lines[start - 1].text, "ยกเลิก"),
                   ClauseExtractor.has(String(rest), "แต่งตั้ง") {
                    removed += entries.map(\.text)
                    entries = []
                    ctx.used.insert(i); i += 1; continue
                }
                flushRightColumn(&ctx)
                group = groupName(rest)
                lastHeading = i
                if defaultRole == .advisor { defaultRole = nil }
                ctx.used.insert(i); i += 1; continue
            }
            if label == nil && garbledLabel == nil && roleAtEnd == nil && !opensWithName && !positionBeforeRole {
                // Neither an entry nor a heading: the list has ended.
                if !entries.isEmpty || i > start + 2 { break }
                i += 1; continue
            }
            if label == nil && !rolesExpected && !opensWithName { break }
            if ctx.ocr { closingRows(&entries, rolesExpected: rolesExpected) }
            entries.append(Entry(label: label, text: String(rest), lines: [i], group: group, defaultRole: defaultRole))
            if let g = garbledLabel {
                ctx.warn("ocr_unreadable_number", "the entry's number could not be read", text: g, field: "\(field)[\(firstIndex + entries.count - 1)].seq")
            }
            if let beside {
                var entry = Entry(label: beside.label, text: String(roleFirst(beside.rest) ?? beside.rest), lines: [i], group: group, defaultRole: defaultRole)
                entry.garbledNumber = beside.garbled
                // Numbered across (`๑ … ๒` / `๓ … ๔`) it comes next; numbered down each column
                // (`๑ … ๕` / `๒ … ๖`) after the left column's entries. A number OCR garbled follows
                // the layout the readable ones showed.
                if let l = beside.label, let left = label { numberedAcross = l.number == left.number + 1 }
                if numberedAcross {
                    entries.append(entry)
                    if let g = beside.garbled {
                        ctx.warn("ocr_unreadable_number", "the entry's number could not be read", text: g, field: "\(field)[\(firstIndex + entries.count - 1)].seq")
                    }
                } else {
                    rightColumn.append(entry)
                }
            }
            ctx.used.insert(i)
            i += 1
        }
        flushRightColumn(&ctx)
        if !removed.isEmpty { ctx.record.extra["removed_members"] = .strings(removed) }
        var members: [Member] = []
        for e in entries {
            if let m = member(from: e, field: "\(field)[\(firstIndex + members.count)]", roleExpected: field == "members", ctx: &ctx) { members.append(m) }
        }
        return (members, i)
    }

    /// The entry in an appointment written as a sentence, `ให้<name> <position> เป็น<role>`: without
    /// ให้ and เป็น (`นายชยพล ศรีวงศ์ หัวหน้าฝ่ายโยธา ประธานกรรมการ`); a line that ends at เป็น (the
    /// role wrapped to the next line on a scanned page) without it. Nil when the line is no such
    /// sentence (ให้ not followed by a titled name: `ให้คณะกรรมการมีหน้าที่…`).
    static func sentenceEntry(_ text: Substring) -> Substring? {
        let u = text.unicodeScalars
        guard u.starts(with: sentenceOpener) else { return nil }
        var body = Substring(u.dropFirst(sentenceOpener.count)).trimmedSpaces()
        guard PersonName.parse(opening: body) != nil else { return nil }
        let b = Array(body.unicodeScalars)
        // The last เป็น, with a space (or nothing, OCR having lost it) before it.
        guard let at = (0...max(0, b.count - sentenceRoleVerb.count)).reversed().first(where: { k in
            k > 0 && Array(b[k..<min(b.count, k + sentenceRoleVerb.count)]) == sentenceRoleVerb
        }) else { return dutyCut(body) }
        let role = String(String.UnicodeScalarView(b[(at + sentenceRoleVerb.count)...])).trimmingCharactersIn(" ")
        let before = String(String.UnicodeScalarView(b[..<at])).trimmingCharactersIn(" ")
        if role.isEmpty { body = Substring(before) }
        else if MemberRoles.atEnd(of: Substring(role))?.rest.isEmpty == true { body = Substring(before + " " + role) }
        return body
    }

    /// The text with its last slash read as และ when that makes the end a role exactly
    /// (`… คณะทำงาน / เลขานุการ` → `… คณะทำงานและเลขานุการ`); nil otherwise.
    static func slashedRole(_ text: Substring) -> Substring? {
        // Asked of every line of a list: most have no slash (one byte scan, no Character walk).
        guard ThaiScalarSearch.containsByte(0x2F, in: text), let slash = text.lastIndex(of: "/") else { return nil }
        let before = text[..<slash].trimmedSpaces(), after = text[text.index(after: slash)...].trimmedSpaces()
        guard !after.isEmpty, !after.contains(" "), let cut = before.lastIndex(of: " ").map({ before.index(after: $0) }) ?? Optional(before.startIndex) else { return nil }
        let joined = String(before[cut...]) + "และ" + after
        guard MemberRoles.exact(joined) != nil else { return nil }
        return Substring(String(before[..<cut]) + joined)
    }

    /// The second of two entries side by side on one member line (`๑. นายสุรพล แก้วมณี   ประธานกรรมการ
    /// ๕. นางสาวรัชนี บุญมา   กรรมการ`) and the text before it; nil for a line of one entry.
    struct BesideEntry {
        var left: String
        var label: EntryLabel?
        /// The second entry's number as printed when OCR garbled it (`ฆ.` for ๗.).
        var garbled: String?
        var rest: Substring
    }

    /// The second entry opens a column (after a tab or a wide gap, or after a role word) with a
    /// number and a titled name, and the line itself opens with a number: a number inside a position
    /// (`ชุมชน ๒ ประชาสุข`) has no dot and no name after it. On an OCR'd page a speck may stand before
    /// the number (`#๕.`), and a garbled number (`ฆ.`) counts after a role word.
    static func secondColumn(of line: SourceLine, ocr: Bool) -> BesideEntry? {
        // Asked of every list line: only a numbered one (its first scalar a digit) can hold two entries.
        guard line.listLabel != nil || line.text.unicodeScalars.first.map({ ThaiTextShim.isDigit($0) || $0 == "(" }) ?? false,
              let cells = line.cells ?? line.gapCells ?? spacedCells(line.text, ocr: ocr), cells.count >= 2,
              line.listLabel != nil || EntryLabel.read(Substring(cells[0])) != nil || cells[0].unicodeScalars.allSatisfy({ ThaiTextShim.isDigit($0) || $0 == "." })
        else { return nil }
        for k in 1..<cells.count {
            var right = Substring(cells[k...].joined(separator: " "))
            if ocr { right = Substring(right.unicodeScalars.drop(while: { $0.isASCII && specks.contains($0) })) }
            guard let first = right.unicodeScalars.first, first != " " else { continue }
            let left = cells[..<k].joined(separator: " ")
            if ThaiTextShim.isDigit(first), let (l, r) = EntryLabel.read(right), !l.parenthesised {
                let rest = roleFirst(r) ?? r.trimmedSpaces()
                guard PersonName.parse(opening: rest) != nil else { continue }
                return BesideEntry(left: left, label: l, garbled: nil, rest: rest)
            }
            if ocr, MemberRoles.atEnd(of: Substring(left)) != nil, let (g, r) = garbledEntryLabel(right), PersonName.parse(opening: r) != nil {
                return BesideEntry(left: left, label: nil, garbled: g, rest: r)
            }
        }
        return nil
    }

    /// ASCII marks tesseract prints for specks before a number.
    static let specks: Set<Unicode.Scalar> = ["#", "|", "!", "'", "\"", "*", "`", "~", "_", ":", ";", "^"]

    /// A line without columns (a Word paragraph whose gaps were typed as spaces) cut after each role
    /// word that a numbered entry follows: `… ประธานกรรมการ ๕. นางสาว…`. Nil when no such cut.
    static func spacedCells(_ text: String, ocr: Bool) -> [String]? {
        // Most lines have no digit (or, OCR'd, no dot) past their own number: answered before any copy.
        guard text.unicodeScalars.dropFirst(4).contains(where: { ThaiTextShim.isDigit($0) || (ocr && ($0 == "." || $0 == ",")) }) else { return nil }
        let u = Array(text.unicodeScalars)
        /// Where a numbered entry may open: a digit, or on an OCR'd page a short token ending in a dot.
        func opensEntry(_ k: Int) -> Bool {
            if ThaiTextShim.isDigit(u[k]) {
                // An entry's number ends in a dot (`๕.`); a number inside a position does not.
                var j = k
                while j < u.count, j - k < 3, ThaiTextShim.isDigit(u[j]) { j += 1 }
                return j < u.count && u[j] == "."
            }
            guard ocr else { return false }
            var j = k
            while j < u.count, j - k < 4, u[j] != " " { j += 1 }
            return j > k && j < u.count && u[j] == " " && (u[j - 1] == "." || u[j - 1] == ",")
        }
        var cells: [String] = []
        var from = 0
        for k in 1..<u.count where u[k - 1] == " " && k - 1 > from && opensEntry(k) {
            let before = String(String.UnicodeScalarView(u[from..<(k - 1)]))
            guard let role = MemberRoles.atEnd(of: Substring(before)), role.distance == 0, !role.rest.isEmpty else { continue }
            cells.append(before)
            from = k
        }
        guard !cells.isEmpty else { return nil }
        cells.append(String(String.UnicodeScalarView(u[from...])))
        return cells
    }

    /// A member line printed role first (`ประธานกรรมการ   นายชัยวัฒน์ ศรีประเสริฐ   ผู้อำนวยการเขตห้วยขวาง`):
    /// the entry with its role moved to the end, where the list reads roles; nil when the line does
    /// not open with a role word, a space and a titled name.
    static func roleFirst(_ text: Substring) -> Substring? {
        let t = text.trimmedSpaces()
        let u = t.unicodeScalars
        guard let first = u.first, MemberRoles.formFirstScalars.contains(first) else { return nil }
        // Longest first: `กรรมการและเลขานุการ` before `กรรมการ`.
        for (n, f) in MemberRoles.formScalars.enumerated() where u.starts(with: f) {
            let body = Substring(String(u.dropFirst(f.count))).trimmedSpaces()
            // After a space, or glued to the name's title (`…ผู้ช่วยเลขานุการนางสาวศศิธร`).
            guard let name = PersonName.parse(opening: body) else { continue }
            guard u.dropFirst(f.count).first == " " || name.0.title != nil else { continue }
            return Substring(String(body) + " " + MemberRoles.forms[n].form)
        }
        return nil
    }

    /// A one-person appointment without เป็น (`ให้ นาย… ตำแหน่งนักวิชาการพัสดุชำนาญการ ฝ่ายการคลัง
    /// ปฏิบัติหน้าที่เจ้าหน้าที่พัสดุ…`): the name and position end before the duty verb, and the
    /// `ตำแหน่ง` label is no part of the position (the position had run to the sentence's end).
    static func dutyCut(_ body: Substring) -> Substring {
        guard let (name, rest) = PersonName.parse(opening: body) else { return body }
        var position = rest.trimmedSpaces()
        if position.unicodeScalars.starts(with: positionLabel), position.unicodeScalars.count > positionLabel.count {
            position = Substring(String(position.unicodeScalars.dropFirst(positionLabel.count))).trimmedSpaces()
        }
        let p = String(position)
        for verb in dutyVerbs {
            if let r = ThaiScalarSearch.range(of: verb, in: p), r.lowerBound > p.startIndex {
                position = Substring(String(p[..<r.lowerBound])).trimmedSpaces()
                break
            }
        }
        return Substring(position.isEmpty ? name.full : name.full + " " + position)
    }

    static let positionLabel = Array("ตำแหน่ง".unicodeScalars)
    /// Verbs that open an appointee's duty, each after a space.
    static let dutyVerbs = [" ปฏิบัติหน้าที่", " ทำหน้าที่", " รับผิดชอบ", " ดำรงตำแหน่ง", " รักษาการ"]

    static let sentenceOpener = Array("ให้".unicodeScalars)
    static let sentenceRoleVerb = Array("เป็น".unicodeScalars)

    /// Duties openers of a group's paragraph under its members.
    static let dutiesOpeners = ["มีหน้าที่", "โดยมีหน้าที่", "ให้มีหน้าที่", "ให้คณะอนุกรรมการมีหน้าที่", "ให้คณะทำงานมีหน้าที่", "หน้าที่"]

    static func startsWithDuties(_ text: String) -> Bool {
        if dutiesOpeners.contains(where: { text.unicodeScalars.starts(with: $0.unicodeScalars) }) { return true }
        // `ให้คณะกรรมการอำนวยการมีอำนาจหน้าที่ …`: a named group's duties (the committee's name between).
        guard text.unicodeScalars.starts(with: groupDutiesOpener) else { return false }
        return ThaiScalarSearch.range(of: "หน้าที่", in: String(String.UnicodeScalarView(text.unicodeScalars.prefix(60)))) != nil
    }

    static let groupDutiesOpener = Array("ให้คณะ".unicodeScalars)

    /// After a group's duties, the line where the next group opens: within eight lines (the duties'
    /// wrapped lines between), a numbered line whose text is a group heading (`คณะ…`, `ฝ่าย…`) with
    /// a member's entry under it. Nil when the list has ended (numbered duty items, the order's text).
    static func groupAfterDuties(_ ctx: ExtractionContext, from start: Int, stop: Int) -> Int? {
        var j = start
        while j < min(stop, start + 8) {
            let text = ctx.lines[j].text
            let labelled = ctx.lines[j].listLabel.flatMap { _ in Substring(text) } ?? EntryLabel.read(Substring(text))?.1
            guard let rest = labelled else { j += 1; continue }
            let heading = groupName(rest)
            guard ["คณะ", "ฝ่าย"].contains(where: { heading.unicodeScalars.starts(with: $0.unicodeScalars) }),
                  MemberRoles.atEnd(of: Substring(heading)) == nil || heading.unicodeScalars.count > 12,
                  PersonName.parse(opening: rest) == nil, j + 1 < stop else { return nil }
            let under = ctx.lines[j + 1].listLabel.flatMap { _ in Substring(ctx.lines[j + 1].text) }
                ?? EntryLabel.read(Substring(ctx.lines[j + 1].text))?.1 ?? Substring(ctx.lines[j + 1].text)
            return PersonName.parse(opening: under) != nil || MemberRoles.atEnd(of: under) != nil ? j : nil
        }
        return nil
    }

    /// A group heading's name without the words that introduce its list (`คณะอนุกรรมการด้าน…
    /// ประกอบด้วย` is คณะอนุกรรมการด้าน…) and the colon.
    static func groupName(_ heading: Substring) -> String {
        var name = String(heading).trimmingCharactersIn(" :")
        for tail in ["ประกอบด้วย", "ดังนี้", "ดังต่อไปนี้"] where name.unicodeScalars.count > tail.unicodeScalars.count {
            if name.unicodeScalars.reversed().starts(with: tail.unicodeScalars.reversed()) {
                name = String(String.UnicodeScalarView(name.unicodeScalars.dropLast(tail.unicodeScalars.count))).trimmingCharactersIn(" :")
                break
            }
        }
        return name
    }

    /// The oldest of the entries at the end of the list that still wait for their role (at most
    /// eight back: a column of a page's table).
    static func oldestWaiting(_ entries: [Entry], ocr: Bool = false) -> Int? {
        var j = entries.count
        while j > 0, entries.count - j < 8, entryNeedsMore(entries[j - 1], ocr: ocr) { j -= 1 }
        return j < entries.count ? j : nil
    }

    /// On an OCR'd page, when the next entry opens, the entries read as whole rows (a person's name
    /// and a position) stop waiting. Tesseract prints a table either column by column (bare names or bare
    /// positions, then positions and roles: the oldest waiting entry takes the first role) or row by
    /// row (each row's wrap under it); a row whose role cell OCR destroyed (`นาย… หัวหน้าฝ่ายโยธา  า0`)
    /// had taken every later row's wrap and role, shifting all roles below it by one.
    /// Where no roles are expected (minutes' attendance tables) a name with any Thai words after it
    /// is a row read whole (its position need not open with a known word: `รองสารวัตร…`).
    static func closingRows(_ entries: inout [Entry], rolesExpected: Bool = true) {
        for k in entries.indices where !entries[k].rowClosed && entryNeedsMore(entries[k], ocr: true) {
            // The name must be followed by a position, not by a speck OCR printed under it (`ฆฒ =`).
            // (Read past specks and ruling before the title, `เนางสุภาวดี…`, `|ร.ต.อ.…`, as `member` does.)
            let text = Substring(entries[k].text)
            guard let name = PersonName.parse(opening: text) ?? withoutLeadingJunk(text).flatMap({ PersonName.parse(opening: $0.0) }) else { continue }
            let rest = name.rest.trimmedSpaces()
            guard PersonName.looksLikePosition(rest) || (!rolesExpected && hasThaiWord(rest)) else { continue }
            entries[k].rowClosed = true
        }
    }

    /// Whether a number alone in a typed line's first cell is the next entry's: the one after the
    /// last entry's, or a list (re)starting at 1. Otherwise it is the end of the position above
    /// (`ประธานกรรมการนิติบุคคลอาคารชุด ลุมพินี เฮาส์` / `2<TAB>กรรมการ`), which had been read as
    /// entry 2 and its role as a heading setting every later member's role.
    static func cellNumberOpensEntry(_ l: EntryLabel, after last: EntryLabel?) -> Bool {
        guard let last else { return true }
        return l.number == last.number + 1 || l.number == 1 || l.depth != last.depth
    }

    /// A typed table's continuation row: indented well past the entry's row (text input).
    static func indentedUnder(_ line: SourceLine, _ entryLine: SourceLine) -> Bool {
        guard let a = line.indent, let b = entryLine.indent else { return false }
        return a >= b + 4
    }

    /// Whether a line stands right of its entry's row: indented further in a text input, or led by a
    /// tab where the reader gives no indent (a Word paragraph).
    static func standsRightOf(_ line: SourceLine, _ entryLine: SourceLine) -> Bool {
        if let a = line.indent, let b = entryLine.indent { return a > b }
        // Word paragraphs: the left indents (twips). A first-line indent is a paragraph's, not a
        // column's (a heading `ผู้แทนชุมชน` set in by it stays a heading).
        if line.layout?.left != nil || entryLine.layout?.left != nil,
           (line.layout?.left ?? 0) > (entryLine.layout?.left ?? 0) { return true }
        return line.ledByTab
    }

    /// Whether a line standing right of its entry's row (at `from`), with up to two more such lines
    /// under it, ends where the numbering goes on or the list ends (`ให้…`, the end of the text):
    /// then the lines are the entry's position, wrapped or printed under the name (`๓. พันตำรวจโท …
    /// กรรมการ` / `รองผู้กำกับการป้องกันปราบปราม` / `สถานีตำรวจนครบาลดอนเมือง` / `๔. …`), not a heading.
    /// Where the numbering starts again the line is a heading, however it is indented.
    static func wrapRunEnds(_ ctx: ExtractionContext, from i: Int, entryLine: SourceLine, label: EntryLabel?, stop: Int) -> Bool {
        var j = i + 1
        while j < stop, j - i <= 3, ctx.lines[j].listLabel == nil, EntryLabel.read(Substring(ctx.lines[j].text)) == nil,
              standsRightOf(ctx.lines[j], entryLine), PersonName.parse(opening: Substring(ctx.lines[j].text)) == nil {
            j += 1
        }
        if numberingGoesOn(ctx, after: j - 1, from: label, stop: stop) { return true }
        // At the list's end a lone short word is the sentence's tail (`แทน` closing an amending
        // order's appointment), and a bracketed name the signature's: neither is a position.
        guard label != nil, ctx.lines[i].text.unicodeScalars.count >= 6, bracketedName(Substring(ctx.lines[i].text)) == nil else { return false }
        return j >= stop || listEnderScalars.contains(where: { ctx.lines[j].text.unicodeScalars.starts(with: $0) })
    }

    /// The name of a line that is a titled name in brackets (`(นายวีระพงษ์ สุขสวัสดิ์)`), as a
    /// signature or an official named under a position prints it; nil otherwise.
    /// `loose` (an OCR'd line) takes a name that lost one of its brackets.
    static func bracketedName(_ text: Substring, loose: Bool = false) -> PersonName? {
        // The signature's reader of a bracketed name (it takes one bracket), both brackets required
        // on a typed page.
        let t = text.trimmedSpaces()
        guard loose || t.unicodeScalars.first == "(" && t.unicodeScalars.last == ")" else { return nil }
        return SignatureExtractor.parenthesisedName(String(t))
    }

    /// A position-only entry that ends with the holder's name in brackets (`ผู้อำนวยการเขตหนองแขม
    /// (นายวีระพงษ์ สุขสวัสดิ์)`): the position and the name; nil otherwise.
    static func positionThenBracketedName(_ text: Substring) -> (String, PersonName)? {
        let t = text.trimmedSpaces()
        guard t.unicodeScalars.last == ")", let open = t.lastIndex(of: "("), open > t.startIndex,
              let name = bracketedName(t[open...]) else { return nil }
        let position = String(t[..<open]).trimmingCharactersIn(" ")
        return position.isEmpty ? nil : (position, name)
    }

    /// Whether the next line opens the entry numbered one past `label`: the list goes on there.
    static func numberingGoesOn(_ ctx: ExtractionContext, after i: Int, from label: EntryLabel?, stop: Int) -> Bool {
        guard let label, i + 1 < stop else { return false }
        let next = ctx.lines[i + 1]
        let nextLabel = next.listLabel.flatMap(EntryLabel.read(label:)) ?? EntryLabel.read(Substring(next.text))?.0
        return nextLabel.map { $0.number == label.number + 1 && $0.depth == label.depth } ?? false
    }

    /// Whether the next line is a role word alone (`กรรมการ`, `กรรมการและเลขานุการ`).
    static func loneRoleFollows(_ ctx: ExtractionContext, after i: Int, stop: Int) -> Bool {
        guard i + 1 < stop, !ctx.used.contains(i + 1) else { return false }
        let next = Substring(ctx.lines[i + 1].text)
        return EntryLabel.read(next) == nil && MemberRoles.atEnd(of: next).map { $0.rest.isEmpty } ?? false
    }

    /// An entry that so far holds a name and nothing else: its position is still to come.
    /// An entry whose last word only opens a position (`นายพงศกร ทิพย์มณี ผู้`, the line cut inside
    /// ผู้อำนวยการ): the next line, past specks, goes on with it.
    static func endsOnAnOpener(_ text: String) -> Bool {
        guard let space = text.unicodeScalars.lastIndex(of: " ") else { return false }
        let last = text.unicodeScalars[text.unicodeScalars.index(after: space)...]
        return cutOpeners.contains { last.elementsEqual($0) }
    }

    static let cutOpeners: [[Unicode.Scalar]] = ["ผู้", "หัวหน้า", "รอง", "ผู้ช่วย", "ผู้อำนวย", "ผู้อำนวยการ", "ผู้แทน", "นัก", "เจ้า", "เจ้าหน้าที่"]
        .map { Array($0.unicodeScalars) }

    static func isBareName(_ text: String) -> Bool {
        PersonName.parse(opening: Substring(text)).map { $0.rest.isEmpty } ?? false
    }

    static func waitingCount(_ entries: [Entry], ocr: Bool = false) -> Int {
        oldestWaiting(entries, ocr: ocr).map { entries.count - $0 } ?? 0
    }

    /// The wrapped part of an OCR'd table row joined to the entry whose first line ended with its
    /// role cell: tesseract prints a row's first line with every cell, then what wrapped in the
    /// position and role cells. `สมาชิกสภา ที่ปรึกษา` + `กรุงเทพมหานครเขต` is
    /// `สมาชิกสภากรุงเทพมหานครเขต ที่ปรึกษา`; `… ประธานชุมชนบ้านครัว รองประธาน` + `เหนือ กรรมการ`
    /// is `… ประธานชุมชนบ้านครัวเหนือ รองประธานกรรมการ`; `… ชำนาญการ กรรมการและผู้` + `พิเศษ
    /// ช่วยเลขานุการ` is `… ชำนาญการพิเศษ กรรมการและผู้ช่วยเลขานุการ`. Nil when the line is not such
    /// a wrap: a long line, a numbered one, one whose last word does not continue the role cell
    /// while the role is cut short, or an entry without a position.
    /// A name cell that wrapped: the entry's name has no family name yet, so the wrapped line's
    /// first word is it (`๕ นางสาวกัญญารัตน ประธานชุมชน… กรรมการ` / `วงศ์สวัสดิ์`). Takes the word
    /// from `line`; returns the entry with the family name in place.
    static func withWrappedFamilyName(_ entry: String, _ line: inout Substring) -> String {
        guard let (name, position) = PersonName.parse(opening: Substring(entry)), name.family == nil, !position.isEmpty,
              let word = line.split(separator: " ").first, !PersonName.looksLikePosition(word),
              MemberRoles.atEnd(of: word) == nil, word.unicodeScalars.allSatisfy({ ThaiTextShim.isThai($0) && !ThaiTextShim.isDigit($0) }) else { return entry }
        line = line.dropFirst(word.count).trimmedSpaces()
        return name.full + " " + word + " " + position
    }

    /// A name cell that wrapped although the entry's first line gave a family name: its first
    /// part (`๒ ผศ.ดร.ดวงใจ ศรี   อาจารย์คณะสังคมวิทยา   ที่ปรึกษา` / `ประเสริฐ      และมานุษยวิทยา`:
    /// the family name is ศรีประเสริฐ). Only the column gaps tell the name column's wrap from the
    /// position's: the wrapped line's second cell must open under the cell of the entry's first
    /// line that opens the position (`entryCells`, `entryColumns`), and its first cell, one Thai word,
    /// left of it. Then the cells after the first must be the position's wrap alone (the entry's role
    /// is whole, and the last cell is no role nor completes it) or the position's and the role's
    /// (the last completes the entry's cut role: `ประเสริฐ   การ   ช่วยเลขานุการ` under
    /// `… ปฏิบัติ   กรรมการและผู้`). `เหนือ   กรรมการ` under `… ประธานชุมชนบ้านครัว   รองประธาน` is
    /// no name: no cell of the entry's line opens with its position, and กรรมการ completes the role.
    /// Returns the entry with the family name joined, the rest of the line, and the family name.
    static func withWrappedNameCell(_ entry: String, cells: [String], columns: [Int], entryCells: [String], entryColumns: [Int],
                                    entryIndent: Int?) -> (entry: String, rest: String, family: String)? {
        guard cells.count == 2 || cells.count == 3, columns.count == cells.count - 1, let first = cells.first,
              (2...12).contains(first.unicodeScalars.count),
              first.unicodeScalars.allSatisfy({ ThaiTextShim.isThai($0) && !ThaiTextShim.isDigit($0) }),
              !PersonName.looksLikePosition(Substring(first)), MemberRoles.atEnd(of: Substring(first))?.distance != 0,
              let (name, position) = PersonName.parse(opening: Substring(entry)), let family = name.family,
              !family.hasPrefix("ณ "), !position.isEmpty, entryColumns.count == entryCells.count - 1 else { return nil }
        // The entry line's cell that opens with the position, and the wrapped line's second cell under it.
        // On an OCR'd page the columns are the boxes' own; tesseract's text drops a line's leading
        // blanks, so the wrapped line's name cell stands at column 0 there, not under the name:
        // its columns count from where the name opens on the entry's line.
        // The position's column: a cell of the entry's line that opens with it (where the position
        // only follows the name after a word space, the columns are not told apart: no rule).
        let opening = position.unicodeScalars.prefix(4)
        guard let j = entryCells.indices.dropFirst().first(where: { withoutTableNoise(entryCells[$0]).unicodeScalars.starts(with: opening) }) else { return nil }
        let positionColumn = entryColumns[j - 1]
        // Where the name opens in the entry's first cell (its line's indent in a text input).
        let nameColumn = (entryIndent ?? 0) + (ThaiScalarSearch.range(of: String(name.full.unicodeScalars.prefix(3)), in: entryCells[0])
            .map { displayWidth(entryCells[0].unicodeScalars[..<$0.lowerBound]) } ?? 0)
        guard positionColumn > nameColumn,
              abs(columns[0] - positionColumn) <= columnTolerance || abs(columns[0] + nameColumn - positionColumn) <= columnTolerance
        else { return nil }
        let last = cells[cells.count - 1]
        // A role with OCR's damage: the cell alone, or the entry's role and the cell together.
        func completes(_ role: String) -> Bool {
            guard let whole = MemberRoles.atEnd(of: Substring(role + last)) else { return false }
            return whole.rest.isEmpty && whole.form.unicodeScalars.count > role.unicodeScalars.count
        }
        if cells.count == 2 {
            guard let r = MemberRoles.atEnd(of: Substring(entry)), r.distance == 0,
                  MemberRoles.atEnd(of: Substring(last)) == nil, !completes(r.form) else { return nil }
        } else {
            let role = MemberRoles.partialAtEnd(of: Substring(entry))?.partial
                ?? MemberRoles.atEnd(of: Substring(entry)).flatMap { $0.distance == 0 ? $0.form : nil }
            guard let role, completes(role) else { return nil }
        }
        return (name.full + first + " " + position, cells.dropFirst().joined(separator: " "), family + first)
    }

    /// How far apart (in character widths) two cells may open and still be one column: tesseract's
    /// text spaces columns by its own estimate of a space's width, and Thai letters differ in width.
    static let columnTolerance = 4

    /// Display columns of Thai and ASCII text: one a scalar, none for a non-spacing mark.
    static func displayWidth(_ scalars: Substring.UnicodeScalarView) -> Int {
        scalars.reduce(0) { $0 + (ThaiScalarSearch.isNonSpacingMark($1) ? 0 : 1) }
    }

    /// The entry with an OCR'd row's wrapped line merged in: the name cell's wrap first, then the
    /// position and role cells'. Nil when the line is not such a wrap.
    static func mergedWrappedLine(_ entry: String, _ line: Substring) -> String? {
        var line = line
        let withName = withWrappedFamilyName(entry, &line)
        if line.isEmpty { return withName == entry ? nil : withName }
        return mergedWrappedCells(withName, String(line))
    }

    static func mergedWrappedCells(_ entry: String, _ line: String) -> String? {
        // (Specks and ruling, `ณ ๓`, are no cell's wrap.)
        guard line.unicodeScalars.count <= 40, let first = line.unicodeScalars.first, ThaiDigits.value(first) == nil,
              hasThaiWord(Substring(line)) else { return nil }
        let role: String, position: Substring, complete: Bool
        if let r = MemberRoles.atEnd(of: Substring(entry)), r.distance == 0 { role = r.form; position = r.rest; complete = true }
        else if let p = MemberRoles.partialAtEnd(of: Substring(entry)) { role = p.partial; position = p.rest; complete = false }
        else { return nil }
        guard !position.isEmpty else { return nil }
        // After a bare name the role word opened the position, and the wrapped line ends with the
        // role: `๑๕. นาย… ประธาน` / `หมู่บ้านบ้านสวนธนา กรรมการ` is ประธานหมู่บ้านบ้านสวนธนา, กรรมการ.
        if complete, PersonName.parse(opening: position).map({ $0.rest.isEmpty }) ?? false,
           let lr = MemberRoles.atEnd(of: Substring(line)), lr.distance == 0, !lr.rest.isEmpty {
            return String(position) + " " + joinWrapped(role, String(lr.rest)) + " " + lr.form
        }
        var cell = Substring(line)
        var fullRole = role
        if let space = line.lastIndex(of: " ") ?? Optional(line.startIndex) {
            let tail = line[space...].trimmedSpaces()
            if MemberRoles.exact(role + tail) != nil {
                fullRole = role + tail
                cell = line[..<space].trimmedSpaces()
            } else if !complete, MemberRoles.atEnd(of: Substring(role + tail))?.rest.isEmpty == true {
                // The cut role's end damaged too (`กรรมการและ` + `เคขานการ`): kept as printed, the
                // role reader then takes its nearest role and warns.
                fullRole = role + tail
                cell = line[..<space].trimmedSpaces()
            }
        }
        if !complete && fullRole == role { return nil }
        // A line that is a role of its own belongs to another row.
        if fullRole == role, MemberRoles.atEnd(of: cell) != nil { return nil }
        // After a bare name the wrapped line is the position, not the family name's end
        // (`๓. พันตำรวจโท ประสงค์ วงศ์สุวรรณ กรรมการ` / `รองผู้กำกับการป้องกันปราบปราม`): a space.
        let afterBareName = PersonName.parse(opening: position).map { $0.rest.isEmpty } ?? false
        let joined = cell.isEmpty ? String(position)
            : afterBareName && PersonName.looksLikePosition(cell) ? String(position) + " " + String(cell)
            : joinWrapped(String(position), String(cell))
        return joined + " " + fullRole
    }

    /// OCR lost the space between family name and position (`สุขเจริญเจ้าพนักงานป้องกัน…`): the
    /// family-name token is cut where a long position word begins, at least three letters in.
    static func familyGluedToPosition(_ family: String?) -> (String, String)? {
        guard let family, family.unicodeScalars.count >= 8 else { return nil }
        let u = Array(family.unicodeScalars)
        for start in 3..<(u.count - 4) where ThaiTextShim.isThaiConsonant(u[start]) || ThaiTextShim.isLeadingVowel(u[start]) {
            let tail = u[start...]
            for opener in gluedPositionOpeners where tail.starts(with: opener) {
                return (String(String.UnicodeScalarView(u[..<start])), String(String.UnicodeScalarView(tail)))
            }
        }
        return nil
    }

    /// Position words long and particular enough to be found glued after a family name.
    static let gluedPositionOpeners: [[Unicode.Scalar]] = PersonName.positionOpeners
        .filter { $0.unicodeScalars.count >= 6 && !$0.contains(".") }.map { Array($0.unicodeScalars) }

    /// An entry without its role word still waits for more, unless a heading gave the role. On an
    /// OCR'd page it waits even then: tesseract prints a role cell after the position's wrap
    /// (`๒. พ.ต.อ. … ผู้กำกับการสถานีตำรวจนครบาล` / `ดินแดง ที่ปรึกษา` under ที่ปรึกษา).
    static func entryNeedsMore(_ e: Entry, ocr: Bool = false) -> Bool {
        !e.hasRoleWord && !e.rowClosed && (e.defaultRole == nil || ocr)
    }

    /// Lines of a wrapped entry join with a space: the break falls between name, position and role.
    static func joinEntry(_ a: String, _ b: String) -> String {
        if let alone = MemberRoles.atEnd(of: Substring(b)), ThaiGraphemes.spaceSplit(b).count == 1 {
            // A role cut at the line's end (`…เขตดินแดงประธาน` / `กรรมการ`, `…รอง` / `ประธานกรรมการ`,
            // `กรรมการและ` / `เลขานุการ`): the two halves make a longer role than the second alone.
            if let whole = MemberRoles.atEnd(of: Substring(a + b)), whole.form.unicodeScalars.count > alone.form.unicodeScalars.count {
                return a + b
            }
            return a + " " + b
        }
        return joinWrapped(a, b)
    }

    /// An entry whose role OCR cut over lines with spaces between (`… ชำนาญการ คณะ ทำงานและ
    /// ผู้ช่วยเลขานุการ`): the last one or two spaces closed when the pieces so joined are a longer
    /// role, whole.
    static func rejoiningCutRole(_ text: String) -> String {
        // On the UTF-8 bytes (the text is normalised): this runs for every member of an OCR'd list.
        var t = text
        let cut: Int? = t.withUTF8 { b -> Int? in
            var spaces: [Int] = []
            var i = b.count - 1
            while i >= 0, spaces.count < 3 { if b[i] == 0x20 { spaces.append(i) }; i -= 1 }
            for k in [3, 2] where spaces.count >= k && spaces[k - 1] > 0 {
                // The closed pieces must be a role form, whole: `ครูผู้ช่วย เลขานุการ` is the position
                // ครูผู้ช่วย and the role เลขานุการ, not ครู and ผู้ช่วยเลขานุการ.
                let start = spaces[k - 1] + 1
                var joined: [UInt8] = []
                joined.reserveCapacity(b.count - start)
                for j in start..<b.count where b[j] != 0x20 { joined.append(b[j]) }
                if byteSet.contains(joined) { return start }
            }
            return nil
        }
        guard let cut else { return text }
        let u = Array(text.utf8)
        return String(decoding: u[..<cut], as: UTF8.self) + String(decoding: u[cut...].filter { $0 != 0x20 }, as: UTF8.self)
    }

    /// The role forms as UTF-8, for whole-form look-ups (the text is normalised, so bytes compare).
    static let byteSet: Set<[UInt8]> = Set(MemberRoles.formUTF8)

    /// `ผู้อำนวยการเขตบางรัก` (a position-only entry whose role is on the next line) vs a heading.
    static func looksLikePositionEntry(_ s: Substring) -> Bool {
        PersonName.looksLikePosition(s)
    }

    static func member(from e: Entry, field: String, roleExpected: Bool = true, ctx: inout ExtractionContext) -> Member? {
        var text = Substring(ctx.ocr ? rejoiningCutRole(e.text) : e.text)
        var role: MemberRole? = e.defaultRole
        if let r = MemberRoles.atEnd(of: text) {
            role = r.role
            text = r.rest
            if r.distance > 0 {
                ctx.warn("ocr_role_repaired", "role read as \(r.form)", text: r.printed, field: "\(field).role")
            }
        } else if role == nil, roleExpected {
            ctx.warn("missing_role", "no role word at the end of the entry", text: e.text, field: "\(field).role")
        }
        var member = Member(seq: e.label?.number, name: nil, role: role, group: e.group)
        // Specks and ruling OCR read before the name (`'เผศ.ดร.`, `, นาย`): dropped when a name follows.
        if ctx.ocr, PersonName.parse(opening: text) == nil, let (clean, junk) = withoutLeadingJunk(text) {
            ctx.warn("ocr_noise_removed", "marks before the name dropped (specks or table ruling read as text)", text: junk, field: "\(field).name")
            text = clean
        }
        if var (name, rest) = PersonName.parse(opening: text) {
            // A title read through lost or added marks (`รีศ.` → รศ.) is given in its standard form.
            if ctx.ocr, let title = name.title, !text.trimmedSpaces().unicodeScalars.starts(with: title.unicodeScalars) {
                ctx.warn("ocr_title_repaired", "the title was damaged by OCR; read as \(title)", text: String(text.trimmedSpaces().prefix(title.count + 1)), field: "\(field).name")
            }
            // hOCR/ALTO: given and family name without their space; split at the widest gap between the boxes.
            if ctx.ocr, name.family == nil, let first = e.lines.first,
               let split = SignatureExtractor.splitAtWidestGap(name, words: ctx.lines[first].words) {
                ctx.warn("ocr_spacing_repaired", "the space between given and family name was lost; put back at the widest gap between the word boxes",
                         text: name.full, field: "\(field).name")
                name = split
            }
            if ctx.ocr, let (family, position) = familyGluedToPosition(name.family) {
                ctx.warn("ocr_spacing_repaired", "the family name and the position were printed without a space; split before \(position.split(separator: " ").first ?? "")",
                         text: name.family, field: "\(field).name")
                name.full = String(name.full.dropLast(name.family!.count)) + family
                name.family = family
                rest = Substring(rest.isEmpty ? position : position + " " + rest)
            }
            if let joined = e.wrappedFamily, name.family == joined {
                ctx.warn("wrapped_name_joined", "the family name wrapped in its table cell; the line under the entry gave its end (\(joined))",
                         text: joined, field: "\(field).name")
            }
            member.name = name.full
            member.title = name.title
            member.givenName = name.given
            member.familyName = name.family
            var pos = String(rest).trimmingCharactersIn(" ")
            // Ruling read as a token of its own inside the position (`หัวหน้าฝ่าย… | สวัสดิการสังคม`, a
            // cell's wrap after `|`) or before it (`( หัวหน้าฝ่ายเทศกิจ`): dropped.
            if ctx.ocr, let cleaned = withoutRulingTokens(pos) {
                ctx.warn("ocr_noise_removed", "table ruling read as text dropped from the position", text: pos, field: "\(field).position")
                pos = cleaned
            }
            // A leading vowel alone at the end (`ผู้อำนวยการเขตบางพลัด เ`, a speck glued before the role
            // `เประธานคณะ`) ends no Thai word: dropped.
            if ctx.ocr, let last = pos.unicodeScalars.last, ThaiTextShim.isLeadingVowel(last),
               pos.unicodeScalars.dropLast().last == " " {
                ctx.warn("ocr_noise_removed", "a lone vowel mark after the position dropped (a speck read as text)", text: String(last), field: "\(field).position")
                pos = String(pos.unicodeScalars.dropLast()).trimmingCharactersIn(" ")
            }
            member.position = pos.isEmpty ? nil : pos
            if name.family == nil {
                ctx.warn("name_incomplete", "no family name found after the given name", text: e.text, field: "\(field).name")
            }
        } else if let (position, name) = positionThenBracketedName(text) {
            // An official named under (or after) the position: `ผู้อำนวยการเขตหนองแขม` / `(นายวีระพงษ์ สุขสวัสดิ์)`.
            member.name = name.full
            member.title = name.title
            member.givenName = name.given
            member.familyName = name.family
            member.position = position
        } else {
            let pos = String(text).trimmingCharactersIn(" ")
            guard !pos.isEmpty else { return nil }
            member.position = pos
        }
        if let first = e.lines.first { ctx.trace(field, line: first) }
        return member
    }
}

extension String {
    /// `นพ .ชัยวัฒน์` → `นพ.ชัยวัฒน์`: the space OCR put before a dot after a Thai letter.
    func replacingSpaceBeforeDot() -> String {
        var out = String.UnicodeScalarView()
        let u = Array(unicodeScalars)
        for (i, c) in u.enumerated() {
            if c == " ", i > 0, i + 1 < u.count, u[i + 1] == ".", (0x0E01...0x0E4E).contains(u[i - 1].value) { continue }
            out.append(c)
        }
        return String(out)
    }
}
