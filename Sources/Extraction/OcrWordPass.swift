import Foundation
import SarabanCore
import ThaiText
import ThaiWords

/// The dictionary's repairs (ThaiWords.OcrWordRepair) applied to the text fields of an OCR'd
/// page: spaces inside words, lost or misread marks, and in names a lost thanthakhat. Every
/// change is a warning on its field with the printed text. Without libthai's word list on the
/// machine nothing is changed.
enum OcrWordPass {
    static func apply(_ ctx: inout ExtractionContext, dictionary: ThaiDictionary? = ThaiDictionary.shared,
                      frequencies: ThaiWordFrequencies? = ThaiWordFrequencies.shared) {
        guard let dictionary else { return }
        let repair = OcrWordRepair(dictionary: dictionary)
        var warnings: [Warning] = []
        let byDictionary = "marks OCR lost or misread, put back by the dictionary"
        func note(_ printed: String, _ readAs: String, _ field: String, _ why: String) {
            warnings.append(Warning(code: "ocr_word_repaired", message: "\(why): read as \(readAs)", text: printed, field: field))
        }
        /// A phrase: spaces first (the marks are judged on whole words), then each word's marks.
        func text(_ value: String, _ field: String) -> String {
            var (out, changes) = repair.joiningSplitWords(value)
            for c in changes { note(c.printed, c.readAs, field, "a space inside a word") }
            out = tokens(out, field) { t in
                if let fixed = repair.restoringMarks(t, preferFewer: true, frequencies: frequencies) { return (fixed, byDictionary) }
                if let frequencies, let fixed = repair.choosingLikelierWords(t, frequencies: frequencies) {
                    return (fixed, "a mark OCR lost or misread, put back where the words read so are far commoner (Thai National Corpus counts)")
                }
                // Not in member positions: a role word garbled by misread letters (`กวรมการ`) glued
                // to them reads as another word once a letter goes (กรมการ), which a stray letter
                // cannot be told from there.
                if !field.hasPrefix("members["), let fixed = repair.removingStrayLetter(t, frequencies: frequencies) {
                    return (fixed, "a letter OCR made of a speck taken out, as the dictionary reads the rest")
                }
                return nil
            }
            return out
        }
        /// A name: its title kept as printed, the rest joined only where a piece is not words.
        func name(_ value: String, _ field: String) -> String {
            var (out, changes) = repair.joiningSplitWords(value, namesOnly: true)
            for c in changes { note(c.printed, c.readAs, field, "a space inside a name") }
            let title = PersonTitles.split(Substring(out)).map { String($0.0) } ?? ""
            let rest = String(out.dropFirst(title.count))
            out = title + tokens(rest, field) { t in
                (repair.restoringFinalThanthakhat(t) ?? repair.restoringMarks(t, preferFewer: true))
                    .map { ($0, byDictionary) }
            }
            return out
        }
        func tokens(_ s: String, _ field: String, _ fix: (String) -> (String, String)?) -> String {
            var changed = false
            let parts = ThaiGraphemes.spaceSplit(s, omittingEmpty: false).map { part -> String in
                let p = String(part)
                guard let (f, why) = fix(p), f != p else { return p }
                note(p, f, field, why)
                changed = true
                return f
            }
            return changed ? parts.joined(separator: " ") : s
        }

        var r = ctx.record
        // Names first: a rejoined given name may take back a family name lent to the position.
        if var s = r.signatory, let printed = s.name {
            let fixed = name(printed, "signatory.name")
            if fixed != s.name, let parsed = PersonName.parse(fixed) {
                s.name = parsed.full; s.title = parsed.title; s.givenName = parsed.given; s.familyName = parsed.family
            }
            r.signatory = s
        }
        for k in r.members.indices {
            guard var n = r.members[k].name else { continue }
            // A family name cut by a space OCR put in it, its rest taken for the position
            // (`นางจุฑามาศ ท` + `รัพย์สมบูรณ์ หัวหน้าฝ่าย`): one or two letters that are no word
            // alone, followed by a piece that is no word alone, which together read as words.
            if let family = r.members[k].familyName, family.unicodeScalars.count <= 2, let position = r.members[k].position,
               let piece = position.split(separator: " ").first.map(String.init),
               dictionary.fewestWords(family) == nil, dictionary.fewestWords(piece) == nil,
               dictionary.fewestWords(family + piece) != nil {
                note(family + " " + piece, family + piece, "members[\(k)].name", "a space inside a family name")
                n += piece
                r.members[k].name = n
                r.members[k].familyName = family + piece
                let rest = position.dropFirst(piece.count).trimmingCharacters(in: .whitespaces)
                r.members[k].position = rest.isEmpty ? nil : rest
            }
            let fixed = name(n, "members[\(k)].name")
            // Read again with the position: a name whose split given name was joined may
            // have lent its family name to the position (`นายชาญณ รงค์` + `ทองดี ผู้อำนวยการ…`).
            let whole = [fixed, r.members[k].position].compactMap { $0 }.joined(separator: " ")
            if fixed != n, let (parsed, rest) = PersonName.parse(opening: Substring(whole)) {
                r.members[k].name = parsed.full; r.members[k].title = parsed.title
                r.members[k].givenName = parsed.given; r.members[k].familyName = parsed.family
                r.members[k].position = rest.isEmpty ? nil : String(rest)
            }
        }
        r.rewriteText([.subject, .agency, .addressee, .references, .enclosures, .deadlineActions, .meetingPlaces,
                       .signatoryPosition, .memberPositions], text)
        r.warnings += warnings
        ctx.record = r
    }
}
