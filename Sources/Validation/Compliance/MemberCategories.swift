import SarabanCore
import ThaiText

/// The categories of committee members a circular may ask for: how a circular words each one
/// (`aliases`) and which words in an order's position or group heading show that a member belongs
/// to it (`keywords`). The one table of these rules; tests iterate over it.
public enum MemberCategories {
    public struct Entry: Sendable {
        public var id: String
        public var aliases: [String]
        public var keywords: [String]
    }

    public static let table: [Entry] = [
        Entry(id: "executives", aliases: ["ผู้บริหารเขต", "ผู้บริหารสำนักงานเขต"],
              keywords: ["ผู้อำนวยการเขต", "ผู้ช่วยผู้อำนวยการเขต", "หัวหน้าฝ่าย", "ผู้บริหารเขต", "ผอ.เขต"]),
        Entry(id: "citizens", aliases: ["ผู้แทนภาคประชาชน", "ตัวแทนภาคประชาชน", "ภาคประชาชน"],
              keywords: ["ภาคประชาชน", "ผู้แทนประชาชน", "ตัวแทนประชาชน", "ผู้แทนภาคประชาชน"]),
        Entry(id: "agencies_education", aliases: ["หัวหน้าหน่วยงาน", "ส่วนราชการอื่น", "ผู้บริหารสถาบันการศึกษา", "สถาบันการศึกษา"],
              keywords: ["โรงเรียน", "มหาวิทยาลัย", "วิทยาลัย", "สถานศึกษา", "สถาบันการศึกษา", "หัวหน้าหน่วยงาน", "ส่วนราชการ",
                         "สถานีตำรวจ", "โรงพยาบาล", "ศูนย์บริการสาธารณสุข", "การไฟฟ้า", "การประปา"]),
        Entry(id: "business", aliases: ["ผู้แทนภาคธุรกิจ", "ภาคธุรกิจ", "องค์กรเอกชน", "ภาคเอกชน"],
              keywords: ["ภาคธุรกิจ", "ธุรกิจ", "องค์กรเอกชน", "ภาคเอกชน", "บริษัท", "หอการค้า", "ห้างหุ้นส่วน", "ผู้ประกอบการ", "สมาคมการค้า"]),
        Entry(id: "housing_estates", aliases: ["กลุ่มบ้านในรั้ว", "บ้านในรั้ว", "หมู่บ้านจัดสรร"],
              keywords: ["บ้านในรั้ว", "หมู่บ้านจัดสรร", "หมู่บ้าน"]),
        Entry(id: "condominiums", aliases: ["อาคารชุด", "คอนโดมิเนียม"],
              keywords: ["อาคารชุด", "คอนโด", "นิติบุคคลอาคารชุด"]),
        Entry(id: "communities", aliases: ["ผู้แทนชุมชน", "ตัวแทนชุมชน", "ชุมชน"],
              keywords: ["ประธานชุมชน", "ผู้แทนชุมชน", "กรรมการชุมชน", "ตัวแทนชุมชน", "ผู้นำชุมชน"]),
        Entry(id: "academics_sages", aliases: ["นักวิชาการ", "ปราชญ์ชาวบ้าน", "ผู้ทรงคุณวุฒิ"],
              keywords: ["นักวิชาการ", "ปราชญ์", "ผู้ทรงคุณวุฒิ", "อาจารย์", "ศาสตราจารย์"]),
        Entry(id: "civil_society", aliases: ["กลุ่มประชาสังคม", "ภาคประชาสังคม", "ประชาสังคม"],
              keywords: ["ประชาสังคม", "มูลนิธิ", "เครือข่าย", "อาสาสมัคร", "องค์กรสาธารณประโยชน์", "กลุ่มพลเมือง", "ภาคประชาสังคม"]),
    ]

    /// Text squeezed for matching: Thai repaired (OCR's ํ + า is ำ again, PUA glyphs mapped), then
    /// no white space, zero-width characters or Thai marks (OCR drops and moves tone marks and upper
    /// vowels far more than letters), so wording broken by OCR still matches.
    public static func squeeze(_ s: String) -> String {
        let repaired = ThaiNormalizer.normalize(s).text
        return String(String.UnicodeScalarView(repaired.unicodeScalars.filter {
            !$0.properties.isWhitespace && !(0x200B...0x200D).contains($0.value) && $0.value != 0xFEFF
                && !ThaiLookalike.isMark($0.value)
        }))
    }

    /// Keywords of each category squeezed once, for matching many members.
    public static func squeezedKeywords(_ categories: [PolicyCategory]) -> [[String]] {
        categories.map { $0.keywords.map(squeeze).filter { !$0.isEmpty } }
    }

    /// The category (index into `categories`) a member belongs to. A group heading that names a
    /// category decides; else the keyword found earliest in the position (the longest on a tie),
    /// because a position reads head-first: `อาจารย์คณะ… มหาวิทยาลัย…` is a lecturer (an academic),
    /// `หัวหน้าฝ่ายพัฒนาชุมชน` a district executive, not a community representative.
    public static func assign(_ member: Member, to categories: [PolicyCategory], keywords: [[String]]? = nil) -> Int? {
        let keys = keywords ?? squeezedKeywords(categories)
        if let g = member.group, let i = earliest(squeeze(g), keys) { return i }
        return member.position.flatMap { earliest(squeeze($0), keys) }
    }

    static func earliest(_ hay: String, _ keywords: [[String]]) -> Int? {
        var best: (offset: Int, length: Int, index: Int)?
        for (i, keys) in keywords.enumerated() {
            for key in keys {
                guard let r = hay.range(of: key) else { continue }
                let offset = hay.unicodeScalars.distance(from: hay.unicodeScalars.startIndex, to: r.lowerBound)
                let length = key.unicodeScalars.count
                if best == nil || offset < best!.offset || (offset == best!.offset && length > best!.length) {
                    best = (offset, length, i)
                }
            }
        }
        return best?.index
    }

    /// Look-alike distance per scalar within which a keyword of five or more letters is found in
    /// squeezed text with OCR's letter swaps (`ประธานขุมชน` for ประธานชุมชน).
    public static let nearTolerance = 0.12

    /// Whether `hay` (squeezed) holds one of `keywords` (squeezed) allowing look-alike letters.
    public static func nearlyContains(_ hay: String, _ keywords: [String]) -> Bool {
        let h = Substring(hay)
        let starts = Array(h.unicodeScalars.indices)
        for key in keywords where key.unicodeScalars.count >= 5 {
            if hay.contains(key) { return true }
            for s in starts {
                let rest = Substring(h.unicodeScalars[s...])
                if rest.unicodeScalars.count + 1 < key.unicodeScalars.count { break }
                if ThaiLookalike.bestPrefixMatch(label: key, in: rest).distance <= nearTolerance { return true }
            }
        }
        return false
    }

    /// Whether a member's position or group heading shows the category (whatever else it shows).
    public static func matches(_ category: PolicyCategory, position: String?, group: String?) -> Bool {
        let hay = squeeze((position ?? "") + " " + (group ?? ""))
        return category.keywords.contains { !$0.isEmpty && hay.contains(squeeze($0)) }
    }
}
