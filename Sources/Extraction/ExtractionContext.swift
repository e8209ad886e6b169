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

    /// Dates in a line, checked against the document's evidence and repaired where it agrees.
    func dates(in text: String) -> [FoundDate] {
        DateFinder.dates(in: text).map { DateRepair.repair($0, evidenceYear: evidenceYear, ocr: ocr) }
    }

    mutating func warn(_ code: String, _ message: String, text: String? = nil, field: String? = nil) {
        record.warnings.append(Warning(code: code, message: message, text: text, field: field))
    }

    mutating func trace(_ field: String, line index: Int) {
        guard lines.indices.contains(index) else { return }
        record.provenance[field] = lines[index].source()
    }
}
