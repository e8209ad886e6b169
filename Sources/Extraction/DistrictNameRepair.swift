import SarabanCore
import ThaiText

/// District names after เขต, repaired against the gazetteer of Bangkok's 50 districts: OCR drops
/// marks and swaps look-alike letters in them (เขตหลักสี for เขตหลักสี่, เขตตลิงชัน for เขตตลิ่งชัน), and
/// a name is a closed list, so the nearest one by look-alike distance is a safe reading when it is
/// near enough and no other name is as near. Only on OCR'd pages; each repair is a warning.
enum DistrictNameRepair {
    /// Look-alike distance per scalar of the name within which a printed name is read as it.
    static let tolerance = 0.12
    /// A name is repaired when the best cost is at most `tolerance` and the runner-up's is at
    /// least 0.05 more; a cost above this bound is more than enough for either, so it is not
    /// computed (most words after เขต are far from most of the 50 names).
    static let exactUpTo = 0.25
    static let names: [[UInt32]] = BangkokDistrictNames.all.map { $0.unicodeScalars.map(\.value) }
    static let marker: [UInt32] = "เขต".unicodeScalars.map(\.value)

    /// The text with damaged district names repaired, and each repair as (printed, name).
    static func repair(_ text: String) -> (text: String, repairs: [(printed: String, name: String)]) {
        var u = text.unicodeScalars.map(\.value)
        var repairs: [(String, String)] = []
        var i = 0
        while i + marker.count <= u.count {
            guard Array(u[i..<i + marker.count]) == marker else { i += 1; continue }
            var start = i + marker.count
            if start < u.count, u[start] == 0x20 { start += 1 }
            var end = start
            while end < u.count, u[end] != 0x20, end - start < 24 { end += 1 }
            let token = Array(u[start..<end])
            guard !token.isEmpty else { i = start; continue }
            // A name printed right after เขต (most are, even on OCR'd pages) is its own best reading
            // at cost 0, which repairs nothing: the 250 distance tables below are spared.
            if start == i + marker.count, let whole = names.filter({ token.starts(with: $0) }).max(by: { $0.count < $1.count }) {
                // The next word glued to the name (`เขตลาดพร้าวฝ่าย…`, `เขตหลักสี่ประจำปี…`: hOCR lost
                // the space Thai writes after a district's name): a consonant or a leading vowel, which
                // no name is followed by inside a word, opens it.
                let after = start + whole.count
                // Marks after the whole name that end the word (`ทุ่งครุู`: tesseract printed both
                // vowels): the name's last letter has its own, so they are specks; dropped.
                var marksEnd = after
                while marksEnd < u.count, isCombiningMark(u[marksEnd]) { marksEnd += 1 }
                if marksEnd > after, marksEnd == u.count || u[marksEnd] == 0x20 {
                    let printed = String(String.UnicodeScalarView(u[start..<marksEnd].compactMap(Unicode.Scalar.init)))
                    u.removeSubrange(after..<marksEnd)
                    repairs.append((printed, String(String.UnicodeScalarView(whole.compactMap(Unicode.Scalar.init)))))
                    i = after
                    continue
                }
                if after < u.count, (0x0E01...0x0E2E).contains(u[after]) || (0x0E40...0x0E44).contains(u[after]) {
                    let glued = String(String.UnicodeScalarView(u[i..<min(u.count, after + 4)].compactMap(Unicode.Scalar.init)))
                    u.insert(0x20, at: after)
                    repairs.append((glued, String(String.UnicodeScalarView(whole.compactMap(Unicode.Scalar.init)))))
                    i = after + 1
                } else {
                    i = start
                }
                continue
            }
            // Each name against the token's prefixes of about its length; the best and the runner-up.
            var best: (name: Int, length: Int, cost: Double)?
            var second = Double.infinity
            for (n, name) in names.enumerated() {
                var nameBest: (Int, Double)?
                let shortest = max(1, name.count - 2), longest = min(token.count, name.count + 2)
                guard shortest <= longest else { continue }
                // Costs above `exactUpTo` are never needed exactly (see there): the table gives up.
                let bound = exactUpTo * Double(name.count)
                for length in shortest...longest {
                    guard let d = ThaiLookalike.distance(Array(token[0..<length]), name, atMost: bound) else { continue }
                    let c = d / Double(name.count)
                    if nameBest == nil || c < nameBest!.1 { nameBest = (length, c) }
                }
                guard let nb = nameBest else { continue }
                if best == nil || nb.1 < best!.cost {
                    if let b = best { second = min(second, b.cost) }
                    best = (n, nb.0, nb.1)
                } else {
                    second = min(second, nb.1)
                }
            }
            // `เขต คลองสามวา`: a space OCR put between เขต and the name (Thai writes none there).
            if let b = best, b.cost == 0, start > i + marker.count, b.length == names[b.name].count {
                let printed = "เขต " + BangkokDistrictNames.all[b.name]
                u.remove(at: i + marker.count)
                repairs.append((printed, BangkokDistrictNames.all[b.name]))
                i = start - 1 + names[b.name].count
                continue
            }
            if let b = best, b.cost > 0, b.cost <= tolerance, second - b.cost >= 0.05 {
                // Marks right after the matched letters sit on its last letter, which the name
                // replaces with its own (`ทุ่งครู` read against ทุ่งครุ as ทุ่งคร + a lost ุ).
                var length = b.length
                while length < token.count, isCombiningMark(token[length]) { length += 1 }
                let printed = String(String.UnicodeScalarView(token[0..<length].compactMap(Unicode.Scalar.init)))
                u.replaceSubrange(start..<start + length, with: names[b.name])
                repairs.append((printed, BangkokDistrictNames.all[b.name]))
                // The space OCR put after เขต goes with the repair.
                let spaced = start > i + marker.count
                if spaced { u.remove(at: start - 1) }
                i = start - (spaced ? 1 : 0) + names[b.name].count
            } else {
                i = start
            }
        }
        guard !repairs.isEmpty else { return (text, []) }
        return (String(String.UnicodeScalarView(u.compactMap(Unicode.Scalar.init))), repairs)
    }

    /// A Thai vowel or tone mark that sits on the letter before it (ั, ิ–ฺ, ็–๎).
    static func isCombiningMark(_ v: UInt32) -> Bool {
        v == 0x0E31 || (0x0E34...0x0E3A).contains(v) || (0x0E47...0x0E4E).contains(v)
    }

    /// Repairs the district names in the record's text fields of an OCR'd page.
    static func apply(_ ctx: inout ExtractionContext) {
        var warnings: [Warning] = []
        ctx.record.rewriteText([.agency, .subject, .addressee, .signatoryPosition, .memberPositions]) { value, field in
            let (fixed, repairs) = repair(value)
            for r in repairs {
                let spaceRemoved = r.printed.hasThaiPrefix("เขต ")
                let spaceAdded = !spaceRemoved && r.printed.hasThaiPrefix("เขต" + r.name)
                let message = spaceRemoved ? "the space OCR put between เขต and the district's name removed"
                    : spaceAdded ? "a space put after the district's name \(r.name), where OCR glued the next word to it"
                    : "district name \(r.printed) read as \(r.name) (the nearest of Bangkok's 50 districts)"
                warnings.append(Warning(code: spaceRemoved || spaceAdded ? "ocr_spacing_repaired" : "ocr_name_repaired", message: message,
                                        text: r.printed, field: field))
            }
            return fixed
        }
        ctx.record.warnings += warnings
    }
}
