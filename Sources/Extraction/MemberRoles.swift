import SarabanCore
import ThaiText

/// Committee role words (record contract: role codes), longest first so that
/// กรรมการและเลขานุการ is not read as กรรมการ.
enum MemberRoles {
    static let forms: [(form: String, role: MemberRole)] = {
        // Committees (คณะกรรมการ), sub-committees (คณะอนุกรรมการ) and working groups (คณะทำงาน)
        // name their roles alike: ประธาน…/หัวหน้า…, รอง…, …และเลขานุการ, …และผู้ช่วยเลขานุการ.
        var forms: [(String, MemberRole)] = [
            ("ผู้ช่วยเลขานุการ", .assistantSecretary), ("เลขานุการ", .secretary), ("ที่ปรึกษา", .advisor),
            ("รองประธาน", .viceChair), ("ประธาน", .chair),
        ]
        for body in ["กรรมการ", "อนุกรรมการ", "คณะทำงาน", "คณะอนุกรรมการ"] {
            forms += [(body + "และผู้ช่วยเลขานุการ", .assistantSecretary), (body + "และเลขานุการ", .secretary),
                      ("รองประธาน" + body, .viceChair), ("ประธาน" + body, .chair), (body, .member)]
        }
        forms += [("รองหัวหน้าคณะทำงาน", .viceChair), ("หัวหน้าคณะทำงาน", .chair)]
        return forms.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    }()

    /// The role of a text that is exactly one of the forms.
    static func exact(_ s: String) -> MemberRole? {
        forms.first { s.isSameText(as: $0.form) }?.role
    }

    /// The entry's last word when it is a role cut short by a line break (`กรรมการและ`,
    /// `กรรมการและผู้`): a proper beginning of a form, and not itself a form.
    static func partialAtEnd(of text: Substring) -> (partial: String, rest: Substring)? {
        let t = text.trimmedSpaces()
        guard let space = t.lastIndex(of: " ") else { return nil }
        let last = String(t[t.index(after: space)...])
        guard last.unicodeScalars.count >= 4, exact(last) == nil else { return nil }
        let lastCount = last.count
        guard forms.indices.contains(where: { formCharacterCounts[$0] > lastCount && forms[$0].form.hasThaiPrefix(last) }) else { return nil }
        return (last, t[..<space].trimmedSpaces())
    }

    /// Each form's length in Characters (counted once: counting Thai text breaks it into graphemes).
    static let formCharacterCounts: [Int] = forms.map(\.form.count)

    /// Forms long enough to be recognised glued to the position or damaged by OCR.
    static func isDistinctive(_ form: String) -> Bool { form.unicodeScalars.count >= 12 }

    struct Found {
        var role: MemberRole
        var form: String
        /// The printed role text.
        var printed: String
        /// The text before the role.
        var rest: Substring
        var distance: Double
    }

    /// The role at the end of a member entry. A role must stand apart from the position
    /// (`ประธานชุมชนร่วมใจ กรรมการ`: the position opens with ประธาน but the role is กรรมการ),
    /// except the long compound forms, which are recognised glued and with OCR damage.
    /// The forms as scalars (compared by scalars: every form opens with a consonant, which never
    /// combines with what precedes it, so a scalar suffix is a Character suffix).
    static let formScalars: [[Unicode.Scalar]] = forms.map { Array($0.form.unicodeScalars) }
    /// Last consonants of the distinctive forms and their look-alikes: a tail ending otherwise is
    /// not a damaged role (this spares the edit distance on most lines).
    static let distinctiveEndings: Set<Unicode.Scalar> = {
        // ...and า, which ends a tail whose final ร (…การ) OCR lost.
        var out: Set<Unicode.Scalar> = ["า"]
        for (f, _) in forms where isDistinctive(f) {
            guard let last = f.unicodeScalars.last(where: { !ThaiLookalike.isMark($0.value) }) else { continue }
            out.insert(last)
            for (a, b, _) in ThaiLookalike.pairs {
                if a.unicodeScalars.first == last, let x = b.unicodeScalars.first { out.insert(x) }
                if b.unicodeScalars.first == last, let x = a.unicodeScalars.first { out.insert(x) }
            }
        }
        return out
    }()

    /// Each form's scalar count and whether it is distinctive (counted once, not per line).
    static let formCounts: [(count: Int, distinctive: Bool)] = forms.map {
        ($0.form.unicodeScalars.count, isDistinctive($0.form))
    }
    /// The forms as UTF-8.
    static let formUTF8: [[UInt8]] = forms.map { Array($0.form.utf8) }
    /// The scalars forms open with: a text opening otherwise has no role at its start.
    static let formFirstScalars: Set<Unicode.Scalar> = Set(formScalars.compactMap(\.first))
    /// The scalars every form ends with: a text ending otherwise has no exact role at its end.
    static let formLastScalars: Set<Unicode.Scalar> = Set(formScalars.compactMap(\.last))

    static func atEnd(of text: Substring) -> Found? {
        let t = text.trimmedSpaces()
        let ts = t.unicodeScalars
        // Exact forms, compared as UTF-8 suffixes in place (every form opens with a lead byte, so a
        // byte suffix equal to a form starts at a scalar boundary); `rest` is a new string, as before.
        if let last = ts.last, formLastScalars.contains(last) {
            let exact: Found?? = t.utf8.withContiguousStorageIfAvailable { buf -> Found? in
                for (n, f) in formUTF8.enumerated() where buf.count >= f.count {
                    let k = buf.count - f.count
                    var j = f.count - 1
                    while j >= 0, buf[k + j] == f[j] { j -= 1 }
                    guard j < 0 else { continue }
                    let (form, role) = forms[n]
                    let rest = Substring(String(decoding: UnsafeBufferPointer(rebasing: buf[0..<k]), as: UTF8.self))
                    if rest.isEmpty || rest.unicodeScalars.last == " " || formCounts[n].distinctive {
                        return Found(role: role, form: form, printed: form, rest: rest.trimmedSpaces(), distance: 0)
                    }
                }
                return nil
            }
            if let exact {
                if let exact { return exact }
            } else {
                for (n, f) in formScalars.enumerated() {
                    var i = ts.endIndex
                    var matched = true
                    for s in f.reversed() {
                        guard i > ts.startIndex else { matched = false; break }
                        i = ts.index(before: i)
                        guard ts[i] == s else { matched = false; break }
                    }
                    guard matched else { continue }
                    let (form, role) = forms[n]
                    let rest = Substring(String(Substring(ts[ts.startIndex..<i])))
                    if rest.isEmpty || rest.unicodeScalars.last == " " || formCounts[n].distinctive {
                        return Found(role: role, form: form, printed: form, rest: rest.trimmedSpaces(), distance: 0)
                    }
                }
            }
        }
        // OCR damage: compare the last one to three words, spaces removed, with the distinctive forms.
        guard let lastLetter = ts.last(where: { !ThaiLookalike.isMark($0.value) && $0 != " " }),
              distinctiveEndings.contains(lastLetter) else { return nil }
        let words = ThaiGraphemes.splitOnSpaces(t) ?? t.split(separator: " ")
        var best: Found?
        for k in stride(from: 1, through: min(3, words.count), by: 1) {
            let tail = words.suffix(k).joined()
            let n = tail.unicodeScalars.count
            for (i, (form, role)) in forms.enumerated() where formCounts[i].distinctive && abs(formCounts[i].count - n) <= 2 {
                // Only a distance of at most 0.15 counts: the bounded table gives up early.
                guard let d = ThaiLookalike.normalizedDistance(tail, form, atMost: 0.15) else { continue }
                if d <= 0.15, best == nil || d < best!.distance {
                    let restWords = words.dropLast(k)
                    best = Found(role: role, form: form, printed: words.suffix(k).joined(separator: " "),
                                 rest: Substring(restWords.joined(separator: " ")), distance: d)
                }
            }
        }
        return best
    }

    /// A line that is only a role word or a committee heading (`ที่ปรึกษา`, `คณะกรรมการ`).
    static func headingRole(_ text: String) -> MemberRole?? {
        let t = text.trimmingCharactersIn(" :")
        // Every heading and form is Thai letters only, which have no canonical decompositions: a
        // text equal to one (String ==, canonical equivalence) has the same scalars in some order,
        // so the same UTF-8 length. Other lengths are answered without comparing (each comparison
        // of Thai strings normalises both).
        guard headingLengths.contains(t.utf8.count) else { return nil }
        if headings.contains(where: { t.isSameText(as: $0) }) { return .some(nil) }
        if let f = forms.first(where: { t.isSameText(as: $0.form) }) { return .some(f.role) }
        return nil
    }

    static let headings = ["คณะกรรมการ", "คณะทำงาน", "กรรมการประกอบด้วย", "คณะอนุกรรมการ", "คณะทำงานประกอบด้วย"]
    static let headingLengths: Set<Int> = Set((headings + forms.map(\.form)).map(\.utf8.count))
}
