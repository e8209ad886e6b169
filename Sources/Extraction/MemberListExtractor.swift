import SarabanCore
import ThaiText

/// The people an order appoints (or minutes list as present): numbered lines, Word-numbered
/// paragraphs or table rows; entries wrapped over lines; group headings; role at the entry's end;
/// the position between name and role.
enum MemberListExtractor {
    /// Words that open what follows a member list (duties, effective date, signing).
    static let listEnders = ["ให้", "โดยให้", "มีอำนาจหน้าที่", "อำนาจหน้าที่", "หน้าที่", "ทั้งนี้", "สั่ง ณ", "ประกาศ ณ",
                             "ผู้ไม่มาประชุม", "ผู้ไม่เข้าประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุม", "ระเบียบวาระ", "ให้คณะกรรมการ"]
    /// The list enders as scalars (a prefix test on every line of a list).
    static let listEnderScalars: [[Unicode.Scalar]] = listEnders.map { Array($0.unicodeScalars) }
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
    /// Returns the members and the index after the list.
    static func read(_ ctx: inout ExtractionContext, from start: Int, to end: Int? = nil, rolesExpected: Bool = true) -> ([Member], Int) {
        var entries: [Entry] = []
        var group: String? = nil
        var defaultRole: MemberRole? = nil
        var i = start
        let stop = min(end ?? ctx.lines.count, ctx.lines.count)
        var skippedHeader = false
        while i < stop {
            let line = ctx.lines[i]
            let text = line.text
            if ctx.used.contains(i) { i += 1; continue }
            let scalars = text.unicodeScalars
            if listEnderScalars.contains(where: { scalars.starts(with: $0) }) && line.listLabel == nil && EntryLabel.read(Substring(text)) == nil { break }
            if headerWords.filter({ ThaiScalarSearch.contains($0, in: text) }).count >= 2, EntryLabel.read(Substring(text)) == nil,
               MemberRoles.atEnd(of: Substring(text)) == nil {
                skippedHeader = true; ctx.used.insert(i); i += 1; continue
            }
            var label: EntryLabel? = line.listLabel.flatMap(EntryLabel.read(label:))
            var rest = Substring(text)
            if label == nil, let (l, r) = EntryLabel.read(Substring(text)) { label = l; rest = r }
            else if label == nil, let cells = line.cells, let first = cells.first, let l = EntryLabel.read(label: first) {
                label = l; rest = Substring(cells.dropFirst().joined(separator: " "))
            }
            // OCR garbles a number into a letter or two (`ซ.` for ๘.): a short token and a dot before a
            // name still opens an entry, its number unknown.
            var garbledLabel: String? = nil
            if label == nil, ctx.ocr, let (printed, r) = garbledEntryLabel(rest) {
                garbledLabel = printed; rest = r
            }
            let roleAtEnd = MemberRoles.atEnd(of: rest)
            // Lines that continue entries go to the oldest entry still waiting for its role: tesseract
            // prints a table's columns one after the other (three names, then three positions with
            // their roles), so the first position and role belong to the first name.
            let waiting = garbledLabel == nil ? oldestWaiting(entries) : nil
            // A lone role word under an entry that still lacks its role is that entry's wrapped end.
            if label == nil, let w = waiting, roleAtEnd != nil, roleAtEnd!.rest.isEmpty {
                entries[w].text = entries[w].text + " " + String(rest)
                entries[w].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            // So is one that completes the entry's role (`รองประธาน` / `กรรมการ` is รองประธานกรรมการ).
            if label == nil, let last = entries.last, roleAtEnd != nil, roleAtEnd!.rest.isEmpty,
               let before = MemberRoles.atEnd(of: Substring(last.text)),
               let joined = MemberRoles.atEnd(of: Substring(last.text + String(rest))),
               joined.form.unicodeScalars.count > before.form.unicodeScalars.count, joined.form.hasSuffix(roleAtEnd!.form) {
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
                group = nil
                defaultRole = h
                if let h, h == .advisor { group = nil }
                ctx.used.insert(i); i += 1; continue
            }
            let opensWithName = PersonName.parse(opening: rest) != nil
            let continuesPrevious = label == nil && waiting != nil && line.startsBlock == false && !opensWithName
            // On an OCR'd page blank lines fall anywhere, so a waiting entry also takes a line after one.
            let continuesAcrossGap = label == nil && waiting != nil && !opensWithName
                && (roleAtEnd != nil || (ctx.ocr && (waitingCount(entries) >= 2 || isBareName(entries[waiting!].text))))
            if let w = waiting, continuesPrevious || continuesAcrossGap {
                // After a gap, or after a bare name, the line is the next column, not a wrapped word.
                entries[w].text = line.startsBlock || isBareName(entries[w].text) ? entries[w].text + " " + String(rest) : joinEntry(entries[w].text, String(rest))
                entries[w].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            if garbledLabel == nil, (roleAtEnd == nil || (label?.parenthesised == true && roleAtEnd!.distance > 0)), !opensWithName, rest.unicodeScalars.count <= 70,
               label == nil || label!.parenthesised || (rolesExpected && !looksLikePositionEntry(rest)) {
                if label == nil, entries.isEmpty, i > start + 1, !rolesExpected { break }
                group = String(rest).trimmingCharactersIn(" :")
                if defaultRole == .advisor { defaultRole = nil }
                ctx.used.insert(i); i += 1; continue
            }
            if label == nil && garbledLabel == nil && roleAtEnd == nil && !opensWithName {
                // Neither an entry nor a heading: the list has ended.
                if !entries.isEmpty || i > start + 2 { break }
                i += 1; continue
            }
            if label == nil && !rolesExpected && !opensWithName { break }
            entries.append(Entry(label: label, text: String(rest), lines: [i], group: group, defaultRole: defaultRole))
            if let g = garbledLabel {
                ctx.warn("ocr_unreadable_number", "the entry's number could not be read", text: g, field: "members[\(entries.count - 1)].seq")
            }
            ctx.used.insert(i)
            i += 1
        }
        var members: [Member] = []
        for e in entries {
            let index = members.count
            if let m = member(from: e, index: index, ctx: &ctx) { members.append(m) }
        }
        return (members, i)
    }

    /// The oldest of the entries at the end of the list that still wait for their role (at most
    /// eight back: a column of a page's table).
    static func oldestWaiting(_ entries: [Entry]) -> Int? {
        var j = entries.count
        while j > 0, entries.count - j < 8, entryNeedsMore(entries[j - 1]) { j -= 1 }
        return j < entries.count ? j : nil
    }

    /// An entry that so far holds a name and nothing else: its position is still to come.
    static func isBareName(_ text: String) -> Bool {
        PersonName.parse(opening: Substring(text)).map { $0.rest.isEmpty } ?? false
    }

    static func waitingCount(_ entries: [Entry]) -> Int {
        oldestWaiting(entries).map { entries.count - $0 } ?? 0
    }

    /// `ซ. นางสาว…`, `ฆ. ผู้แทน…`: one to three characters that are not a word, a dot, then a name
    /// or a position. A title with its dot (`ดร. สมชาย`) is a name, not a label.
    static func garbledEntryLabel(_ text: Substring) -> (String, Substring)? {
        let u = text.unicodeScalars
        guard let dot = u.firstIndex(of: "."), u.distance(from: u.startIndex, to: dot) <= 3,
              u.distance(from: u.startIndex, to: dot) >= 1 else { return nil }
        let after = u.index(after: dot)
        guard after < u.endIndex, u[after] == " " else { return nil }
        if PersonName.parse(opening: text) != nil { return nil }
        let rest = Substring(String(u[after...])).trimmedSpaces()
        guard PersonName.parse(opening: rest) != nil || PersonName.looksLikePosition(rest) else { return nil }
        return (String(u[u.startIndex...dot]), rest)
    }

    static func entryNeedsMore(_ e: Entry) -> Bool {
        !e.hasRoleWord && e.defaultRole == nil
    }

    /// Lines of a wrapped entry join with a space: the break falls between name, position and role.
    static func joinEntry(_ a: String, _ b: String) -> String {
        if MemberRoles.atEnd(of: Substring(b)) != nil, b.split(separator: " ").count == 1 { return a + " " + b }
        return joinWrapped(a, b)
    }

    /// `ผู้อำนวยการเขตบางรัก` (a position-only entry whose role is on the next line) vs a heading.
    static func looksLikePositionEntry(_ s: Substring) -> Bool {
        PersonName.looksLikePosition(s)
    }

    static func member(from e: Entry, index: Int, ctx: inout ExtractionContext) -> Member? {
        let field = "members[\(index)]"
        var text = Substring(e.text)
        var role: MemberRole? = e.defaultRole
        if let r = MemberRoles.atEnd(of: text) {
            role = r.role
            text = r.rest
            if r.distance > 0 {
                ctx.warn("ocr_role_repaired", "role read as \(r.form)", text: r.printed, field: "\(field).role")
            }
        } else if role == nil {
            ctx.warn("missing_role", "no role word at the end of the entry", text: e.text, field: "\(field).role")
        }
        var member = Member(seq: e.label?.number, name: nil, role: role, group: e.group)
        if let (name, rest) = PersonName.parse(opening: text) {
            member.name = name.full
            member.title = name.title
            member.givenName = name.given
            member.familyName = name.family
            let pos = String(rest).trimmingCharactersIn(" ")
            member.position = pos.isEmpty ? nil : pos
            if name.family == nil {
                ctx.warn("name_incomplete", "no family name found after the given name", text: e.text, field: "\(field).name")
            }
        } else {
            let pos = String(text).trimmingCharactersIn(" ")
            guard !pos.isEmpty else { return nil }
            member.position = pos
        }
        if let first = e.lines.first { ctx.trace(field, line: first) }
        return member
    }
}
