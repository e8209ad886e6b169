import SarabanCore
import ThaiText

/// A Bangkok district office numbers its letters under กท 50NN, NN being the district's number in
/// the official order (พระนคร 01 … บางบอน 50, the order of `BangkokDistrictNames`): สำนักงานเขตบางแค
/// writes ที่ กท ๕๐๔๐/…. On an OCR'd page an office code one or two look-alike digits from its
/// district's (๕๐๕๐ for ๕๐๔๐) is read as the district's, with a warning; any other stays as printed.
enum DistrictOfficeCode {
    static func apply(_ ctx: inout ExtractionContext) {
        guard ctx.ocr, var reference = ctx.record.reference, reference.prefix == "กท", let office = reference.office,
              office.count == 4, office.hasThaiPrefix("5"), let agency = ctx.record.agency,
              let n = districtNumber(in: agency), let referenceNo = ctx.record.referenceNo else { return }
        let expected = "50" + (n < 10 ? "0" : "") + String(n)
        guard office != expected else { return }
        let printed = office.compactMap { $0.wholeNumberValue }, intended = expected.compactMap { $0.wholeNumberValue }
        let cost = OcrDigitDistance.cost(printed: printed, intended: intended)
        guard cost <= 0.6, let fixed = replacingDigits(in: referenceNo, from: printed, to: intended) else { return }
        reference.office = expected
        ctx.record.reference = reference
        ctx.record.referenceNo = fixed
        ctx.warn("ocr_digit_repaired", "the office code \(office) read as \(expected), the code of the district office that wrote it (OCR digit distance \(String(format: "%.1f", cost)))",
                 text: referenceNo, field: "reference_no")
    }

    /// The number (1–50) of the district an agency names after เขต (`สำนักงานเขตบางแค` → 40).
    static func districtNumber(in agency: String) -> Int? {
        guard let r = agency.range(of: "สำนักงานเขต") else { return nil }
        let rest = agency[r.upperBound...]
        // The longest name that opens the rest (บางกอกน้อย, not บางกอก…; บางซื่อ, not บาง…).
        let matches = BangkokDistrictNames.all.enumerated().filter { rest.hasThaiPrefix($0.element) }
        return matches.max { $0.element.count < $1.element.count }.map { $0.offset + 1 }
    }

    /// `text` with the first run of exactly these digits (Thai or Arabic) replaced, in its script.
    static func replacingDigits(in text: String, from: [Int], to: [Int]) -> String? {
        var u = Array(text.unicodeScalars)
        var i = 0
        while i < u.count {
            guard ThaiDigits.value(u[i]) != nil else { i += 1; continue }
            var j = i
            while j < u.count, ThaiDigits.value(u[j]) != nil { j += 1 }
            if u[i..<j].compactMap(ThaiDigits.value) == from {
                let thai = u[i].value >= 0x0E50
                u.replaceSubrange(i..<j, with: to.map { Unicode.Scalar((thai ? 0x0E50 : 0x30) + UInt32($0))! })
                return ScalarString.make(u)
            }
            i = j
        }
        return nil
    }
}
