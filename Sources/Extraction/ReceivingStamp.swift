import SarabanCore
import ThaiText

/// The receiving stamp (ตรารับหนังสือ) an office sets on a paper it receives, top right of the
/// first page (ระเบียบงานสารบรรณ): the office's name, `เลขรับ ๑๒๓๔`, `วันที่ ๘ ธ.ค. ๖๕`,
/// `เวลา ๑๔.๓๐ น.` in a box. A scan of a received paper carries it, and its `วันที่` line would
/// otherwise be read as a memo's date or a deadline. Its lines are set aside (used) and named in
/// a document warning, with what they say.
enum ReceivingStamp {
    /// Labels that open a stamp's number line, followed by a number within a few scalars.
    static let numberLabels: [[Unicode.Scalar]] = ["เลขรับที่", "เลขรับ", "เลขที่รับ", "รับที่"].map { Array($0.unicodeScalars) }
    /// Labels of the stamp's date and time lines (with the marks OCR drops).
    static let lineLabels = ["วันที่", "วันที", "วนที่", "เวลา"]
    /// The most scalars a stamp's line holds (a date or time and its label).
    static let maxLine = 32

    static func mark(_ ctx: inout ExtractionContext) {
        for i in ctx.lines.indices.prefix(30) where !ctx.used.contains(i) {
            guard opensStamp(ctx.lines[i].text) else { continue }
            var stamp = [i]
            // Its date and time lines, just below (or, as OCR may order a box, just above).
            for j in [i + 1, i + 2, i - 1, i - 2] where ctx.lines.indices.contains(j) && !ctx.used.contains(j) {
                let t = ctx.lines[j].text
                guard t.unicodeScalars.count <= maxLine, lineLabels.contains(where: { t.hasThaiPrefix($0) }) else { continue }
                if j > i, j == i + 2, !stamp.contains(i + 1) { continue }
                if j < i, j == i - 2, !stamp.contains(i - 1) { continue }
                stamp.append(j)
            }
            // The receiving office's name heads the box (`สำนักงานเขตบางรัก` / `เลขรับที่ ๒๓๔๕`): short,
            // no digits, opening like an office. (It had been taken for the document's agency.)
            if i > 0, !ctx.used.contains(i - 1), isOfficeLine(ctx.lines[i - 1].text) { stamp.append(i - 1) }
            stamp.sort()
            for k in stamp { ctx.used.insert(k) }
            ctx.warn("receiving_stamp", "a receiving stamp (ตรารับ) was set aside: its number, date and time are the receiving office's, not the document's",
                     text: stamp.map { ctx.lines[$0].text }.joined(separator: " / "))
            return
        }
    }

    /// A stamp's office line: an office's name alone (`สำนักงานเขตบางรัก`, `กองสวัสดิการสังคม`; OCR
    /// may have damaged its letters), at most 40 scalars and no digits.
    static func isOfficeLine(_ text: String) -> Bool {
        let u = text.unicodeScalars
        guard u.count <= 40, !u.contains(where: { ThaiTextShim.isDigit($0) }) else { return false }
        return HeadExtractor.unitOpeners.contains { u.starts(with: $0.unicodeScalars) }
    }

    /// `เลขรับ ๑๒๓๔`, `รับที่ 567`, `เลขรับที่: ๘๙`: the label, then a number within three scalars.
    static func opensStamp(_ text: String) -> Bool {
        let u = Array(text.unicodeScalars.prefix(24))
        for label in numberLabels where u.starts(with: label) {
            let after = u.dropFirst(label.count).prefix(4)
            return after.contains { ThaiTextShim.isDigit($0) }
        }
        return false
    }
}
