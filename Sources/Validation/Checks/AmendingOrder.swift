import SarabanCore

/// An order that amends another (`แก้ไขเพิ่มเติมคำสั่ง…`, `เปลี่ยนแปลงคณะกรรมการ…`, `… (เพิ่มเติม)`) lists only the
/// people it changes: the committee's chair and secretary stand in the order it amends, so their
/// absence here is no error.
enum AmendingOrder {
    static let subjectOpeners = ["แก้ไขเพิ่มเติมคำสั่ง", "แก้ไขคำสั่ง", "แก้ไขเพิ่มเติม", "เปลี่ยนแปลงคณะ", "เปลี่ยนแปลงกรรมการ",
                                 "ยกเลิกและแต่งตั้ง", "แต่งตั้งกรรมการแทน", "แต่งตั้งคณะกรรมการเพิ่มเติม", "แต่งตั้งเพิ่มเติม"]

    static func amends(_ r: Record) -> Bool {
        guard r.kind == .order, let s = r.subject else { return false }
        // `เพิ่มเติม` anywhere in the subject (`แต่งตั้งคณะกรรมการ… (เพิ่มเติม)`) adds to an earlier order.
        return subjectOpeners.contains { s.unicodeScalars.starts(with: $0.unicodeScalars) } || s.contains(addition)
    }

    static let addition = "เพิ่มเติม"
}
