/// The twelve months, full and abbreviated: the one table the parser, scanner and formatter use.
public enum ThaiMonths {
    public struct Month: Sendable {
        public let number: Int
        public let full: String
        /// With its dots, as the regulation prints it (`ธ.ค.`).
        public let abbreviation: String
        public let english: String
        /// The letters of the abbreviation without dots (`ธ`, `ค`), for OCR-damaged forms.
        public var abbreviationParts: [String] {
            abbreviation.split(separator: ".").map(String.init)
        }
    }

    public static let table: [Month] = [
        Month(number: 1, full: "มกราคม", abbreviation: "ม.ค.", english: "January"),
        Month(number: 2, full: "กุมภาพันธ์", abbreviation: "ก.พ.", english: "February"),
        Month(number: 3, full: "มีนาคม", abbreviation: "มี.ค.", english: "March"),
        Month(number: 4, full: "เมษายน", abbreviation: "เม.ย.", english: "April"),
        Month(number: 5, full: "พฤษภาคม", abbreviation: "พ.ค.", english: "May"),
        Month(number: 6, full: "มิถุนายน", abbreviation: "มิ.ย.", english: "June"),
        Month(number: 7, full: "กรกฎาคม", abbreviation: "ก.ค.", english: "July"),
        Month(number: 8, full: "สิงหาคม", abbreviation: "ส.ค.", english: "August"),
        Month(number: 9, full: "กันยายน", abbreviation: "ก.ย.", english: "September"),
        Month(number: 10, full: "ตุลาคม", abbreviation: "ต.ค.", english: "October"),
        Month(number: 11, full: "พฤศจิกายน", abbreviation: "พ.ย.", english: "November"),
        Month(number: 12, full: "ธันวาคม", abbreviation: "ธ.ค.", english: "December"),
    ]

    /// "เดือน" may stand before a month name (`เดือนธันวาคม`).
    public static let monthWord = "เดือน"

    static let fullScalars: [[Unicode.Scalar]] = table.map { Array($0.full.unicodeScalars) }
    static let partScalars: [[[Unicode.Scalar]]] = table.map { $0.abbreviationParts.map { Array($0.unicodeScalars) } }
    /// The scalars a month name can begin with (a quick rejection before the table is tried).
    static let firstScalars: Set<UInt32> = Set(table.flatMap { [$0.full.unicodeScalars.first!.value, $0.abbreviation.unicodeScalars.first!.value] })
}

/// The seven weekdays as printed before a date (`วันอังคารที่ ๖ ธันวาคม ๒๕๖๕`).
public enum ThaiWeekdays {
    public struct Weekday: Sendable {
        /// 1 = Sunday … 7 = Saturday.
        public let number: Int
        /// The name after วัน; the first spelling is the standard one.
        public let names: [String]
        public let english: String
    }

    public static let dayWord = "วัน"
    /// "ที่" between the weekday and the day number.
    public static let ordinalWord = "ที่"

    public static let table: [Weekday] = [
        Weekday(number: 1, names: ["อาทิตย์"], english: "Sunday"),
        Weekday(number: 2, names: ["จันทร์"], english: "Monday"),
        Weekday(number: 3, names: ["อังคาร"], english: "Tuesday"),
        Weekday(number: 4, names: ["พุธ"], english: "Wednesday"),
        Weekday(number: 5, names: ["พฤหัสบดี", "พฤหัส"], english: "Thursday"),
        Weekday(number: 6, names: ["ศุกร์"], english: "Friday"),
        Weekday(number: 7, names: ["เสาร์"], english: "Saturday"),
    ]

    /// Every spelling, longest first, with its weekday number.
    static let spellings: [(scalars: [Unicode.Scalar], number: Int)] =
        table.flatMap { w in w.names.map { (Array($0.unicodeScalars), w.number) } }
            .sorted { $0.scalars.count > $1.scalars.count }
}

/// The era markers that may stand before a year.
public enum ThaiEraMarkers {
    public struct Marker: Sendable {
        public let era: ThaiEra
        /// The standard abbreviation (`พ.ศ.`) whose letters, without dots, are matched through
        /// OCR's missing, doubled or spaced dots.
        public let abbreviation: String
        public let fullName: String
    }

    public static let table: [Marker] = [
        Marker(era: .buddhist, abbreviation: "พ.ศ.", fullName: "พุทธศักราช"),
        Marker(era: .gregorian, abbreviation: "ค.ศ.", fullName: "คริสต์ศักราช"),
        Marker(era: .rattanakosin, abbreviation: "ร.ศ.", fullName: "รัตนโกสินทร์ศก"),
    ]
}
