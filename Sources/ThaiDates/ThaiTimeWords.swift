/// The words of Thai times, each written once.
public enum ThaiTimeWords {
    /// Printed before a time (`เวลา ๐๙.๓๐ น.`); makes a bare `๐๙.๓๐` a time.
    public static let label = "เวลา"
    /// Printed after a time; `น.` is the abbreviation of นาฬิกา ("o'clock").
    public static let suffixes: [(text: String, canonical: Bool)] = [("นาฬิกา", true), ("น.", true)]
    /// `น` without its dot, as OCR leaves it: accepted with a warning when no letter follows.
    public static let damagedSuffix = "น"

    /// Spoken clock: `เก้าโมงเช้า` 09:00, `บ่ายสองโมง` 14:00, `สองทุ่ม` 20:00.
    public enum Unit: String, Sendable { case mong = "โมง", thum = "ทุ่ม" }
    public enum DayPart: String, Sendable { case morning = "เช้า", evening = "เย็น" }
    public static let afternoon = "บ่าย"
    public static let half = "ครึ่ง"
    public static let noon = "เที่ยงวัน"
    public static let noonShort = "เที่ยง"
    public static let midnight = "เที่ยงคืน"

    public struct SpokenRule: Sendable {
        public let afternoon: Bool
        public let unit: Unit
        public let dayPart: DayPart?
        /// Nil: the phrase has no number and means `hour` itself.
        public let numbers: ClosedRange<Int>?
        public let hour: Int
    }

    /// Hour = number + `hour` (or `hour` alone when the phrase has no number). Thai counts the
    /// morning hours 7–11 as หนึ่ง–ห้าโมงเช้า too, and the evening from ทุ่ม (19:00).
    public static let spokenRules: [SpokenRule] = [
        SpokenRule(afternoon: false, unit: .mong, dayPart: .morning, numbers: nil, hour: 7), // โมงเช้า
        SpokenRule(afternoon: false, unit: .mong, dayPart: .morning, numbers: 1...5, hour: 6), // สองโมงเช้า 08
        SpokenRule(afternoon: false, unit: .mong, dayPart: .morning, numbers: 6...11, hour: 0), // เก้าโมงเช้า 09
        SpokenRule(afternoon: false, unit: .mong, dayPart: nil, numbers: 7...11, hour: 0), // เก้าโมง 09
        SpokenRule(afternoon: true, unit: .mong, dayPart: nil, numbers: nil, hour: 13), // บ่ายโมง
        SpokenRule(afternoon: true, unit: .mong, dayPart: nil, numbers: 1...5, hour: 12), // บ่ายสองโมง 14
        SpokenRule(afternoon: true, unit: .mong, dayPart: .evening, numbers: 4...5, hour: 12), // บ่ายสี่โมงเย็น
        SpokenRule(afternoon: false, unit: .mong, dayPart: .evening, numbers: 4...6, hour: 12), // ห้าโมงเย็น 17
        SpokenRule(afternoon: false, unit: .thum, dayPart: nil, numbers: 1...5, hour: 18), // สองทุ่ม 20
    ]

    /// The hour a spoken phrase means, nil when no rule covers it.
    public static func spokenHour(afternoon: Bool, number: Int?, unit: Unit, dayPart: DayPart?) -> Int? {
        for r in spokenRules where r.afternoon == afternoon && r.unit == unit && r.dayPart == dayPart {
            switch (r.numbers, number) {
            case (nil, nil): return r.hour
            case (let range?, let n?) where range.contains(n): return n + r.hour
            default: continue
            }
        }
        return nil
    }
}

/// What may stand between the two ends of a range.
public enum ThaiRangeWords {
    /// Dashes and words, longest first.
    public static let connectors = ["จนถึง", "ถึง", "\u{2013}", "\u{2014}", "-", "~"]
    /// Labels that may follow the connector (`ถึงวันที่`, `ถึงเวลา`).
    public static let dateLabel = "วันที่"
    /// Words that may open a time range after a date, before `เวลา` (`ตั้งแต่เวลา ๑๖.๐๐ น. ถึงเวลา …`,
    /// `ระหว่างเวลา ๐๙.๐๐ – ๑๒.๐๐ น.`).
    public static let timeOpeners = ["ตั้งแต่", "ระหว่าง"]
}

/// When a year without an era marker is read as BE or CE.
public enum ThaiYearRules {
    /// Unmarked 4-digit years from here up are Buddhist era.
    public static let buddhistMinimum = 2400
    /// Unmarked 4-digit years in this range are Gregorian (with an `unmarked_year` warning).
    public static let gregorianRange = 1800...2200
    /// Two-digit BE years are read in this century (`๖๕` → ๒๕๖๕).
    public static let twoDigitBuddhistCentury = 2500
    public static let twoDigitGregorianCentury = 2000
    /// BE years outside this range are accepted but warned about (`implausible_year`).
    public static let plausibleBuddhist = 2300...2700
}
