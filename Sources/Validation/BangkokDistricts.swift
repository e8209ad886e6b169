import SarabanCore
/// The 50 districts (เขต) of Bangkok, in the order domain.md lists them: the one table that maps an
/// agency (`สำนักงานเขตบางรัก`) or a position (`ผู้อำนวยการเขตบางรัก`) to its district.
public enum BangkokDistricts {
    public static let names: [String] = BangkokDistrictNames.all

    /// The district named in `text`. A name right after `เขต` wins over a bare name, and the longest
    /// name wins over one it contains (`ทวีวัฒนา` over `วัฒนา`, `บางกอกน้อย` over nothing shorter).
    /// Spaces are ignored, because OCR and typists put them anywhere (`สำนักงานเขต บางรัก`).
    public static func district(in text: String?) -> String? {
        guard let text else { return nil }
        let squeezed = String(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0.value != 0x200B })
        var best: String?
        for name in names where squeezed.contains("เขต" + name) {
            if best == nil || name.count > best!.count { best = name }
        }
        if best != nil { return best }
        for name in names where squeezed.contains(name) {
            if best == nil || name.count > best!.count { best = name }
        }
        return best
    }

    /// The district of a record: its agency, else the signatory's position, else its subject.
    public static func district(of agency: String?, position: String?, subject: String?) -> String? {
        district(in: agency) ?? district(in: position) ?? district(in: subject)
    }
}
