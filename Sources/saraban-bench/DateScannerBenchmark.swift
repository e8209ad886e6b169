import Foundation
import ThaiDates
import ThaiText

/// The date scanner on a few MB of Thai running text (the seed circular repeated, with date
/// sentences in every printed form between the copies), next to Foundation's DateFormatter
/// (th_TH, Buddhist calendar) given the easier job of parsing the same dates already cut out
/// of the text.
enum DateScannerBenchmark {
    static func run() {
        let seed = loadSeed()
        let (corpus, isolated) = buildCorpus(seed: seed, targetBytes: 4_000_000)
        let corpusBytes = corpus.utf8.count
        print("corpus: \(mb(corpusBytes)) MB of Thai text, \(isolated.count) date sentences inserted")

        // Scanner: best of 5 runs over the whole corpus (string → scalars → matches).
        var found = 0
        let scanTime = best(of: 5) {
            found = ThaiDateScanner.scan(corpus).count
        }
        let scanMBs = Double(corpusBytes) / 1_000_000 / scanTime
        print(String(format: "ThaiDateScanner.scan: %.1f MB/s (%.3f s for %@ MB, %d matches, %.0f matches/s)",
                     scanMBs, scanTime, mb(corpusBytes), found, Double(found) / scanTime))

        // The same on ordinary paperwork density: the seed alone repeated (2 dates per copy).
        let plain = String(repeating: seed, count: max(1, corpusBytes / max(1, seed.utf8.count)))
        var plainFound = 0
        let plainTime = best(of: 5) { plainFound = ThaiDateScanner.scan(plain).count }
        print(String(format: "ThaiDateScanner.scan on the seed repeated: %.1f MB/s (%.3f s for %@ MB, %d matches)",
                     Double(plain.utf8.count) / 1_000_000 / plainTime, plainTime, mb(plain.utf8.count), plainFound))

        // DateFormatter: parse each isolated date string (Arabic digits, full month, BE year).
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "th_TH")
        formatter.calendar = Calendar(identifier: .buddhist)
        formatter.timeZone = TimeZone(identifier: "Asia/Bangkok")
        formatter.dateFormat = "d MMMM yyyy"
        let strings = isolated.map { ThaiDateFormatter.format($0, style: .full, digits: .arabic) }
        let stringBytes = strings.reduce(0) { $0 + $1.utf8.count }
        var parsed = 0
        let dfTime = best(of: 3) {
            parsed = 0
            for s in strings where formatter.date(from: s) != nil { parsed += 1 }
        }
        print(String(format: "DateFormatter(th_TH, buddhist).date(from:) on isolated strings: %.2f MB/s (%.3f s for %@ MB, %d/%d parsed, %.0f dates/s)",
                     Double(stringBytes) / 1_000_000 / dfTime, dfTime, mb(stringBytes), parsed, strings.count, Double(strings.count) / dfTime))

        // The parser on the same isolated strings, for a like-for-like comparison.
        var ok = 0
        let parserTime = best(of: 3) {
            ok = 0
            for s in strings { if case .success = ThaiDateParser.parse(s) { ok += 1 } }
        }
        print(String(format: "ThaiDateParser.parse on the same isolated strings: %.2f MB/s (%.3f s, %d/%d parsed, %.0f dates/s)",
                     Double(stringBytes) / 1_000_000 / parserTime, parserTime, ok, strings.count, Double(strings.count) / parserTime))
    }

    static func loadSeed() -> String {
        let candidates = ["../shared/seeds/000_4bfcf933634aae01.txt", "/work/shared/seeds/000_4bfcf933634aae01.txt"]
        for path in candidates {
            if let data = FileManager.default.contents(atPath: path), let text = try? ThaiTextDecoder.decode(Array(data)).text {
                return text
            }
        }
        FileHandle.standardError.write(Data("saraban-bench: seed circular not found (looked in \(candidates.joined(separator: ", "))); using a built-in paragraph\n".utf8))
        return "ตามที่ผู้ว่าราชการกรุงเทพมหานครได้กำหนดนโยบายในการบริหารจัดการกรุงเทพมหานคร ด้านการบริหารจัดการดี วันที่ ๖ ธันวาคม ๒๕๖๕\n"
    }

    /// The seed, then sentences carrying dates in varied forms, until `targetBytes`.
    static func buildCorpus(seed: String, targetBytes: Int) -> (String, [ThaiDateTime]) {
        let frames = [
            ("ขอเชิญประชุมคณะกรรมการในวันที่ ", " ณ ห้องประชุมสำนักงานเขต\n"),
            ("ให้ส่งรายงานภายในวันที่ ", " และแจ้งผลให้สำนักงานปกครองและทะเบียนทราบ\n"),
            ("สั่ง ณ วันที่ ", "\n"),
            ("กำหนดการอบรมระหว่าง ", " ณ ศาลาว่าการกรุงเทพมหานคร\n"),
        ]
        let styles: [(ThaiDateFormatter.Style, DigitStyle, Bool)] = [
            (.full, .thai, false), (.abbreviated, .thai, false), (.full, .arabic, true), (.numeric, .thai, false),
        ]
        var out = ""
        var dates: [ThaiDateTime] = []
        var day = ThaiCalendar.daysSinceEpoch(year: 2020, month: 1, day: 1)
        var k = 0
        while out.utf8.count < targetBytes {
            out += seed
            for _ in 0..<20 {
                let (y, m, d) = ThaiCalendar.date(daysSinceEpoch: day)
                var date = ThaiDateTime(year: y, month: m, day: d)
                if k % 3 == 1 { date.hour = 9 + k % 8; date.minute = (k * 7) % 60 }
                let (style, digits, marker) = styles[k % styles.count]
                let frame = frames[k % frames.count]
                out += frame.0 + ThaiDateFormatter.format(date, style: style, digits: digits, eraMarker: marker) + frame.1
                date.hour = nil
                date.minute = nil
                dates.append(date)
                day += 1
                k += 1
            }
        }
        return (out, dates)
    }

    static func best(of n: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        let clock = ContinuousClock()
        for _ in 0..<n {
            let d = clock.measure(body)
            let s = Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
            best = min(best, s)
        }
        return best
    }

    static func mb(_ bytes: Int) -> String { String(format: "%.2f", Double(bytes) / 1_000_000) }
}
