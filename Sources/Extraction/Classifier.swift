import SarabanCore
import ThaiText

/// Decides what kind of document this is from its head: the title line (บันทึกข้อความ, คำสั่ง…,
/// ประกาศ…, รายงานการประชุม…) found by look-alike matching, then the parts present.
enum Classifier {
    struct Result {
        var kind: DocumentKind
        /// Index in `lines` of the title line, when there is one.
        var titleLine: Int?
        /// The title as printed, when it was damaged (for a warning).
        var damagedTitle: (printed: String, form: String)?
    }

    /// How many lines from the top the title may stand at (after stamps, emblems, page headers).
    static let headWindow = 8
    /// Titles stand at the top, centred, glued to the body's name (คำสั่งสำนักงานเขต…), so a
    /// damaged one (OCR's `ำสังสำนักงานเขต`) is accepted further from its form than a label inside the text.
    static let titleTolerance = 0.3

    static func classify(_ lines: [SourceLine]) -> Result {
        for (i, line) in lines.prefix(headWindow).enumerated() {
            let t = line.text
            if let m = LabelMatcher.nearest(t, among: PartLabel.memoTitle.forms, tolerance: 0.3) {
                return Result(kind: .memo, titleLine: i, damagedTitle: m.distance > 0 ? (t, m.form) : nil)
            }
            if t.hasThaiPrefix("บันทึกข้อความ") { return Result(kind: .memo, titleLine: i) }
            if let m = LabelMatcher.match(.minutesTitle, at: t, allowGlued: true, tolerance: titleTolerance) {
                return Result(kind: .minutes, titleLine: i, damagedTitle: m.isExact ? nil : (m.printed, m.form))
            }
            if let m = LabelMatcher.match(.orderTitle, at: t, allowGlued: true, tolerance: titleTolerance), isTitleLike(m.value) {
                return Result(kind: .order, titleLine: i, damagedTitle: m.isExact ? nil : (m.printed, m.form))
            }
            if let m = LabelMatcher.match(.announcementTitle, at: t, allowGlued: true, tolerance: titleTolerance), isTitleLike(m.value),
               LabelMatcher.match(.announcementSigned, at: t) == nil {
                return Result(kind: .announcement, titleLine: i, damagedTitle: m.isExact ? nil : (m.printed, m.form))
            }
        }
        // No title: a letter (ที่ … เรียน … ขอแสดงความนับถือ) or a memo without its title line.
        let head = lines.prefix(20)
        let hasAgency = head.contains { LabelMatcher.match(.agency, at: $0.text) != nil }
        let hasReference = head.contains { LabelMatcher.match(.reference, at: $0.text) != nil }
        let hasAddressee = head.contains { LabelMatcher.match(.addressee, at: $0.text) != nil }
        let hasClosing = lines.suffix(25).contains { $0.text.hasThaiPrefix("ขอแสดงความนับถือ") || LabelMatcher.match(.closing, at: $0.text) != nil }
        if hasAgency { return Result(kind: .memo) }
        if hasClosing || (hasReference && hasAddressee) { return Result(kind: .letter) }
        // A title OCR broke past reading (`คํา` / `งสํานักงานเขตคลองสามวา`, apart): an order's signing
        // line near the end (`สั่ง ณ วันที่ …`) says what the document is. (Not `ประกาศ ณ วันที่`: a
        // regulation, ระเบียบ…, is signed so too.)
        if lines.suffix(25).contains(where: { LabelMatcher.match(.orderSigned, at: $0.text, allowGlued: true) != nil }) {
            return Result(kind: .order)
        }
        return Result(kind: .other)
    }

    /// What follows คำสั่ง/ประกาศ in a title names a body (คำสั่งสำนักงานเขตบางรัก, ประกาศกรุงเทพมหานคร),
    /// not a sentence of the body (คำสั่งนี้ให้…).
    private static func isTitleLike(_ rest: String) -> Bool {
        if rest.isEmpty { return true }
        let bodyStarts = ["นี้", "ที่", "ดังกล่าว", "ให้", "แต่งตั้ง", "ณ"]
        return !bodyStarts.contains { rest.hasThaiPrefix($0) } && rest.count <= 80
    }
}
