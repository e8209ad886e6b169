import SarabanCore
import ThaiText

/// The people an order appoints (or minutes list as present): numbered lines, Word-numbered
/// paragraphs or table rows; entries wrapped over lines; group headings; role at the entry's end;
/// the position between name and role.
enum MemberListExtractor {
    /// Words that open what follows a member list (duties, effective date, signing).
    static let listEnders = ["ให้", "โดยให้", "มีอำนาจหน้าที่", "อำนาจหน้าที่", "หน้าที่", "ทั้งนี้", "สั่ง ณ", "ประกาศ ณ",
                             "ผู้ไม่มาประชุม", "ผู้ไม่เข้าประชุม", "ผู้เข้าร่วมประชุม", "เริ่มประชุม", "ระเบียบวาระ", "ให้คณะกรรมการ"]
    /// Words in a table's header row.
    static let headerWords = ["ชื่อ", "ตำแหน่ง", "ลำดับ", "หน้าที่ในคณะกรรมการ"]

    struct Entry {
        var label: EntryLabel?
        var text: String
        var lines: [Int]
        var group: String?
        var defaultRole: MemberRole?
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
            if listEnders.contains(where: { text.hasPrefix($0) }) && line.listLabel == nil && EntryLabel.read(Substring(text)) == nil { break }
            if headerWords.filter({ text.contains($0) }).count >= 2, EntryLabel.read(Substring(text)) == nil,
               MemberRoles.atEnd(of: Substring(text)) == nil {
                skippedHeader = true; ctx.used.insert(i); i += 1; continue
            }
            var label: EntryLabel? = line.listLabel.flatMap(EntryLabel.read(label:))
            var rest = Substring(text)
            if label == nil, let (l, r) = EntryLabel.read(Substring(text)) { label = l; rest = r }
            else if label == nil, let cells = line.cells, let first = cells.first, let l = EntryLabel.read(label: first) {
                label = l; rest = Substring(cells.dropFirst().joined(separator: " "))
            }
            let roleAtEnd = MemberRoles.atEnd(of: rest)
            // A lone role word under an entry that still lacks its role is that entry's wrapped end.
            if label == nil, let last = entries.last, entryNeedsMore(last), roleAtEnd != nil, roleAtEnd!.rest.isEmpty {
                entries[entries.count - 1].text = entries[entries.count - 1].text + " " + String(rest)
                entries[entries.count - 1].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            // A heading: a role word alone (ที่ปรึกษา), or a short unnumbered or (๑)-numbered line with no role and no name.
            if let h = MemberRoles.headingRole(String(rest)) {
                group = nil
                defaultRole = h
                if let h, h == .advisor { group = nil }
                ctx.used.insert(i); i += 1; continue
            }
            let opensWithName = PersonName.parse(opening: rest) != nil
            let continuesPrevious = label == nil && !entries.isEmpty && entryNeedsMore(entries[entries.count - 1]) && line.startsBlock == false
            if continuesPrevious || (label == nil && !entries.isEmpty && entryNeedsMore(entries[entries.count - 1]) && roleAtEnd != nil && !opensWithName) {
                entries[entries.count - 1].text = joinEntry(entries[entries.count - 1].text, String(rest))
                entries[entries.count - 1].lines.append(i)
                ctx.used.insert(i); i += 1; continue
            }
            if (roleAtEnd == nil || (label?.parenthesised == true && roleAtEnd!.distance > 0)), !opensWithName, rest.unicodeScalars.count <= 70,
               label == nil || label!.parenthesised || (rolesExpected && !looksLikePositionEntry(rest)) {
                if label == nil, entries.isEmpty, i > start + 1, !rolesExpected { break }
                group = String(rest).trimmingCharactersIn(" :")
                if defaultRole == .advisor { defaultRole = nil }
                ctx.used.insert(i); i += 1; continue
            }
            if label == nil && roleAtEnd == nil && !opensWithName {
                // Neither an entry nor a heading: the list has ended.
                if !entries.isEmpty || i > start + 2 { break }
                i += 1; continue
            }
            if label == nil && !rolesExpected && !opensWithName { break }
            entries.append(Entry(label: label, text: String(rest), lines: [i], group: group, defaultRole: defaultRole))
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

    static func entryNeedsMore(_ e: Entry) -> Bool {
        MemberRoles.atEnd(of: Substring(e.text)) == nil && e.defaultRole == nil
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
