import Foundation
import SarabanCore

/// The record being filled and the lines it is filled from, with the bookkeeping every
/// extractor step shares: warnings with field paths, and provenance for each value.
struct ExtractionContext {
    var lines: [SourceLine]
    var record: Record
    /// Indices of lines already consumed as head or signature parts (not body).
    var used = Set<Int>()
    /// The match the document date was read from (for OCR plausibility checks).
    var documentDateMatch: FoundDate?
    /// True when the document date's printed weekday agrees with it: the document checked itself.
    var dateVerifiedByWeekday = false

    /// The length (scalars) of a full line in this document: lines this long were wrapped, so the
    /// next line continues them. The 80th percentile of line lengths.
    var wrapWidth: Int = 0

    /// The year (CE) the document's evidence points to: valid dates and the order number's year.
    var evidenceYear: Int?
    /// True for an OCR'd page (hOCR, ALTO, tesseract text): dates are read by OCR digit distance.
    var ocr = false
    /// Where each meeting frequency's meetings are held (`ทุกวันพุธแรกของเดือน … ณ ห้องประชุม…`), by
    /// its RRULE: a recurring meeting with no date of its own takes it.
    var recurringPlaces: [String: String] = [:]
    /// The order number's year as printed (digit values), kept so the signing date can settle it.
    var orderYearDigits: [Int]?

    /// Dates in a line, checked against the document's evidence and repaired where it agrees.
    /// On an OCR'd page, dates whose month name or day OCR damaged (`LooseDateReader`) are added
    /// where the scanner found no valid date.
    func dates(in text: String) -> [FoundDate] {
        // Deadlines, requirements and meetings each read the same paragraph's dates.
        let key = DateCache.Key(text: text, evidenceYear: evidenceYear, ocr: ocr)
        if let hit = dateCache.found[key] { return hit }
        let found = readDates(in: text)
        dateCache.found[key] = found
        return found
    }

    /// Dates already read in this document, by text (a reference: the context is copied freely,
    /// the cache is one per document).
    final class DateCache {
        /// Hashed and compared by the text's UTF-8 bytes: String's own hashing and == normalise
        /// Thai text (NFC) every time, which cost more than reading the dates. Two texts with the
        /// same bytes are the same text; the extractors' paragraphs come from the normaliser, so
        /// canonically equal paragraphs have equal bytes.
        struct Key: Hashable {
            var text: String; var evidenceYear: Int?; var ocr: Bool
            static func == (a: Key, b: Key) -> Bool {
                guard a.evidenceYear == b.evidenceYear, a.ocr == b.ocr, a.text.utf8.count == b.text.utf8.count else { return false }
                var x = a.text, y = b.text
                return x.withUTF8 { p in y.withUTF8 { q in
                    p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0
                } }
            }
            /// The length and the first and last 48 bytes: paragraphs of one document differ there,
            /// and hashing whole paragraphs cost more than the dictionary saved (== is exact).
            func hash(into h: inout Hasher) {
                var t = text
                t.withUTF8 { b in
                    let raw = UnsafeRawBufferPointer(b)
                    if raw.count <= 96 {
                        h.combine(bytes: raw)
                    } else {
                        h.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[..<48]))
                        h.combine(bytes: UnsafeRawBufferPointer(rebasing: raw[(raw.count - 48)...]))
                    }
                }
                h.combine(text.utf8.count)
                h.combine(evidenceYear)
                h.combine(ocr)
            }
        }
        var found: [Key: [FoundDate]] = [:]
    }
    let dateCache = DateCache()

    private func readDates(in text: String) -> [FoundDate] {
        let scanned = DateFinder.dates(in: text)
        var found = scanned.map { DateRepair.repair($0, evidenceYear: evidenceYear, ocr: ocr) }
        guard ocr else { return found }
        found = found.map { $0.start?.hour != nil || $0.end?.hour != nil ? DateRepair.repairTimeOCR($0) : $0 }
        for loose in LooseDateReader.readAll(text) {
            // A date the scanner read as printed stands; one it could not (day ๐ of `๑ ๐ ธันวาคม`,
            // whose ๑ the scanner left out) gives way to the loose reading that covers more of it.
            let taken = scanned.contains { f in
                f.hasDate && f.range.overlaps(loose.range) && (f.isValid || f.range.lowerBound <= loose.range.lowerBound)
            }
            guard !taken else { continue }
            var repaired = DateRepair.repair(loose, evidenceYear: evidenceYear, ocr: ocr)
            guard repaired.isValid else { continue }
            // The scanner's reading it replaces may hold the time printed after the date
            // (`… ๒๕๒ เวลา ๑๐.๐๐ น.`: an invalid date with a readable time): the date keeps it.
            if repaired.start?.hour == nil, var s = repaired.start,
               let timed = found.first(where: { $0.range.overlaps(loose.range) && $0.start?.hasDate == false && $0.start?.hour != nil
                                                && $0.range.upperBound > loose.range.upperBound }) {
                s.hour = timed.start?.hour; s.minute = timed.start?.minute
                repaired.start = s
                if let e = timed.end, e.hour != nil, !e.hasDate {
                    repaired.end = FoundDate.DateTime(year: s.year, month: s.month, day: s.day, hour: e.hour, minute: e.minute)
                }
                repaired.kind = repaired.end == nil ? .dateTime : .range
                repaired.range = repaired.range.lowerBound..<timed.range.upperBound
                repaired = DateRepair.repairTimeOCR(repaired)
            }
            found.removeAll { $0.range.overlaps(loose.range) }
            found.append(repaired)
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    mutating func warn(_ code: String, _ message: String, text: String? = nil, field: String? = nil) {
        record.warnings.append(Warning(code: code, message: message, text: text, field: field))
    }

    mutating func trace(_ field: String, line index: Int) {
        guard lines.indices.contains(index) else { return }
        record.provenance[field] = lines[index].source()
    }
}
