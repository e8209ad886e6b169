import Foundation
import PropertyBased
import Testing
import ThaiText
@testable import ThaiDates

@Suite struct ThaiDateScannerTests {
    static func seedPath() -> String {
        // Tests/ThaiDatesTests/ThisFile.swift → package root → ../shared/seeds
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent("../shared/seeds/000_4bfcf933634aae01.txt").standardizedFileURL.path
    }

    @Test func findsExactlyTheTwoDatesOfTheSeedCircular() throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.seedPath())))
        let text = try ThaiTextDecoder.decode(bytes).text
        let normalized = ThaiNormalizer.normalize(text)
        let matches = ThaiDateScanner.scan(normalized.text)
        #expect(matches.map(\.iso) == ["2022-12-06", "2022-12-29"])
        #expect(matches.map(\.text) == ["๖ ธันวาคม ๒๕๖๕", "๒๙ ธันวาคม ๒๕๖๕"])
        let original = Array(text.unicodeScalars)
        for m in matches {
            let span = normalized.originalRange(of: m.range)
            #expect(String(String.UnicodeScalarView(original[span])) == m.text)
        }
    }

    @Test func findsDatesTimesAndRangesInRunningText() {
        let text = "ขอเชิญประชุมในวันอังคารที่ ๖ ธันวาคม ๒๕๖๕ เวลา ๐๙.๓๐ น. ณ ห้องประชุม และส่งรายงานภายในวันที่ ๒๙ ธ.ค. ๖๕ โดยอบรม ๑๐ – ๑๒ มกราคม ๒๕๖๖ ช่วง ๑๓.๓๐ น. ถึง ๑๖.๐๐ น. ผู้เข้าร่วม ๓๐ คน โทร. ๐ ๒๒๒๔ ๒๕๕๕ ที่ กท ๐๔๐๖/ว ๗๗๗"
        let m = ThaiDateScanner.scan(text)
        #expect(m.map(\.kind) == [.dateTime, .date, .range, .range])
        #expect(m.map(\.iso) == ["2022-12-06T09:30:00+07:00", "2022-12-29", "2023-01-10/2023-01-12", "13:30:00+07:00/16:00:00+07:00"])
        #expect(m.map(\.text) == ["วันอังคารที่ ๖ ธันวาคม ๒๕๖๕ เวลา ๐๙.๓๐ น.", "๒๙ ธ.ค. ๖๕", "๑๐ – ๑๒ มกราคม ๒๕๖๖", "๑๓.๓๐ น. ถึง ๑๖.๐๐ น."])
        let scalars = Array(text.unicodeScalars)
        for x in m {
            #expect(String(String.UnicodeScalarView(scalars[x.range])) == x.text)
        }
        #expect(m[0].printed?.weekday == 3)
        #expect(m[3].startTime == ThaiTime(hour: 13, minute: 30))
        #expect(m[3].endTime == ThaiTime(hour: 16, minute: 0))
    }

    @Test(arguments: [
        "โทร. ๐ ๒๒๒๔ ๒๕๕๕ โทรสาร ๐ ๒๒๒๔ ๒๕๕๑", "ที่ กท ๐๔๐๖/๐ ๗๗๗", "คำสั่งที่ ๑๒๓/๒๕๖๕", "อย่างน้อย ๓๐ คน",
        "ข้อ ๑.๒.๓ และ ๒.๕๐ บาท", "ราคา ๙.๓๐ บาท", "ใช้เวลา ๒ ชั่วโมง", "ความเที่ยงธรรม", "ภายใน ๗ วัน", "ปี พ.ศ. ๒๕๖๕",
        "เดือนละ ๑ ครั้ง", "มาตรา ๑๒ มค", "1.2.2565.3",
    ])
    func findsNothingInTextWithoutDates(text: String) {
        #expect(ThaiDateScanner.scan(text).isEmpty, "\(ThaiDateScanner.scan(text).map(\.text))")
    }

    @Test func returnsInvalidCandidatesWithTheirProblem() {
        let m = ThaiDateScanner.scan("ประชุม ๓๑ เมษายน ๒๕๖๖ และ ๖ ธันวาคม ๒๕๖๕")
        #expect(m.count == 2)
        #expect(m[0].problem?.contains("31 April") == true)
        #expect(m[0].start == nil)
        #expect(m[0].iso == nil)
        #expect(m[0].printed?.day == 31)
        #expect(m[1].problem == nil)
        #expect(m[1].iso == "2022-12-06")
    }

    @Test func spansAreInScalarsNotCharacters() {
        // "น้ำ" is 1 character of 3 scalars; the date starts at scalar 4.
        let m = ThaiDateScanner.scan("น้ำ ๖ ธ.ค. ๒๕๖๕")
        #expect(m.first?.range == 4..<15)
    }
}

/// The scanner on random text made of the pieces dates are built from: it never crashes, its
/// matches are in order, do not overlap, carry their own text, and a valid one has no problem.
@Suite struct ThaiDateScannerPropertyTests {
    static let pieces: [String] = [
        "๖", "๑๒", "๒๕๖๕", "๖๕", "2565", "31", " ", " ", "  ", "\n", "/", "-", "–", ".", ":", "ธันวาคม", "ม.ค.", "ธ. ค", "มค",
        "พ.ศ.", "พศ", "ค.ศ.", "ร.ศ.", "วันที่", "วันอังคารที่", "วันพฤหัส", "เวลา", "น.", "นาฬิกา", "ถึง", "ถึงวันที่",
        "บ่าย", "สอง", "โมง", "เช้า", "ทุ่ม", "เที่ยง", "คืน", "ครึ่ง", "สิบ", "เอ็ด", "ล้าน", "กรุงเทพ", "ที่", "๐๙.๓๐", "๒๔๘๓",
    ]

    static let text = Gen.int(in: 0...(pieces.count - 1)).array(of: 0...30).map { $0.map { pieces[$0] }.joined() }

    @Test func scannerInvariantsHoldOnRandomText() async {
        await propertyCheck(count: 1500, input: Self.text) { text in
            let scalars = Array(text.unicodeScalars)
            var previousEnd = 0
            for m in ThaiDateScanner.scan(text) {
                #expect(m.range.lowerBound >= previousEnd)
                #expect(m.range.upperBound <= scalars.count)
                #expect(!m.range.isEmpty)
                #expect(String(String.UnicodeScalarView(scalars[m.range])) == m.text)
                if m.problem == nil {
                    #expect(m.iso != nil, "\(m.text)")
                    #expect(m.start != nil || m.startTime != nil, "\(m.text)")
                } else {
                    #expect(m.start == nil && m.end == nil && m.iso == nil, "\(m.text)")
                }
                if let s = m.start {
                    #expect((1...ThaiCalendar.daysInMonth(year: s.year, month: s.month)).contains(s.day))
                    #expect(ThaiDateParser.parse(m.text).map(\.iso) == .success(m.iso), "\(m.text)")
                }
                previousEnd = m.range.upperBound
            }
        }
    }
}

/// Times after a date opened by ตั้งแต่ or ระหว่าง, and an event that runs to midnight.
@Suite struct TimeRangeAfterDateTests {
    @Test(arguments: [
        ("ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๖ ตั้งแต่เวลา ๑๖.๐๐ น. ถึงเวลา ๒๓.๐๐ น. ณ สวนสันติภาพ",
         "2023-11-27T16:00:00+07:00/2023-11-27T23:00:00+07:00"),
        ("ในวันที่ ๒๗ พฤศจิกายน ๒๕๖๖ ระหว่างเวลา ๐๙.๐๐ – ๑๒.๐๐ น.", "2023-11-27T09:00:00+07:00/2023-11-27T12:00:00+07:00"),
        ("ในวันที่ ๒๗ พฤศจิกายน ๒๕๖๖ ตั้งแต่ ๙.๐๐ น. เป็นต้นไป", "2023-11-27T09:00:00+07:00"),
        // ๒๔.๐๐ น. at a range's end is midnight: 00:00 of the next day (here the next year).
        ("วันที่ ๓๑ ธันวาคม ๒๕๖๖ เวลา ๒๒.๐๐ - ๒๔.๐๐ น.", "2023-12-31T22:00:00+07:00/2024-01-01T00:00:00+07:00"),
        // ตั้งแต่ before a date range is the range's, not a time's.
        ("ตั้งแต่วันที่ ๑ - ๕ มกราคม ๒๕๖๗", "2024-01-01/2024-01-05"),
        // A start at ๒๔.๐๐ is no time of day.
        ("วันที่ ๓๑ ธันวาคม ๒๕๖๖ ตั้งแต่เวลา ๒๔.๐๐ น.", nil),
        // An end that is no time of day (OCR read ๒๔ as ๒๕) leaves the date and its start.
        ("ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๖ ตั้งแต่เวลา ๑๖.๐๐ น. ถึงเวลา ๒๕.๐๐ น.", "2023-11-27T16:00:00+07:00"),
        // Daily hours after a run of days: the first day at the opening hour, the last at the closing.
        ("ระหว่างวันที่ ๒๑ – ๒๓ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๓๐ – ๑๖.๓๐ น. ณ ลานกิจกรรม",
         "2025-02-21T09:30:00+07:00/2025-02-23T16:30:00+07:00"),
        ("ระหว่างวันที่ ๒๑-๒๓ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๓๐-๑๖.๓๐ น.", "2025-02-21T09:30:00+07:00/2025-02-23T16:30:00+07:00"),
        ("ตั้งแต่วันที่ ๒๑ ถึงวันที่ ๒๓ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๓๐ – ๑๖.๓๐ น.", "2025-02-21T09:30:00+07:00/2025-02-23T16:30:00+07:00"),
        ("ระหว่างวันที่ ๒๘ กุมภาพันธ์ – ๒ มีนาคม ๒๕๖๘ ตั้งแต่เวลา ๐๙.๓๐ น. ถึง ๑๖.๓๐ น.", "2025-02-28T09:30:00+07:00/2025-03-02T16:30:00+07:00"),
        // One time after the run of days is when each day opens: the first day's, not the last's.
        ("ระหว่างวันที่ ๒๑ – ๒๓ กุมภาพันธ์ ๒๕๖๘ เวลา ๐๙.๓๐ น.", "2025-02-21T09:30:00+07:00/2025-02-23"),
    ])
    func timeRange(text: String, iso: String?) {
        #expect(ThaiDateScanner.scan(text).first?.iso == iso)
    }
}
