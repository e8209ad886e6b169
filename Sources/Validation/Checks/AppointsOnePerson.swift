import SarabanCore

/// An order that appoints one person to a duty (`ให้ นาย… ตำแหน่ง… ปฏิบัติหน้าที่เจ้าหน้าที่พัสดุ`):
/// one member with no committee role. It is no committee, so no chair or secretary is asked of it
/// (they had been reported missing). One member with a committee role (`๑. นาย… ประธานกรรมการ`)
/// is a committee whose other members are missing, and is still checked.
enum AppointsOnePerson {
    static func check(_ r: Record) -> Bool {
        r.members.count == 1 && r.members[0].role == nil
    }
}
