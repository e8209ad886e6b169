import ThaiDates
import ThaiText

/// Thai weekday names as printed after `วัน` (domain.md), with 0 = Sunday. Longer spellings come
/// first so that `พฤหัสบดี` is not read as its short form `พฤหัส`.
public enum ThaiWeekdays {
    /// Every spelling from ThaiDates' weekday table (1 = Sunday there), longest first.
    public static let table: [(name: String, weekday: Int)] = ThaiDates.ThaiWeekdays.table
        .flatMap { w in w.names.map { (name: $0, weekday: w.number - 1) } }
        .sorted { $0.name.count > $1.name.count }

    /// The first weekday printed in `text` as `วัน<name>` (e.g. `วันอังคารที่ ๑๐ มกราคม ๒๕๖๖`), with the printed word.
    public static func firstWeekday(in text: String) -> (weekday: Int, printed: String)? {
        // Every name is searched as วัน + name, and each opens with a letter that is no mark: a text without
        // วัน (most of them) holds none, found in one pass instead of one search per name.
        guard ThaiScalarSearch.contains("วัน", in: text) else { return nil }
        var best: (range: Range<String.Index>, weekday: Int, printed: String)?
        for (name, weekday) in table {
            // Scalar search (Foundation's answers on Thai text, without its cluster folding: this runs
            // once per weekday name on every text validated).
            guard let r = ThaiScalarSearch.range(of: "วัน" + name, in: text) else { continue }
            // `วันพุธ` must not match the start of a longer word; every name here is a whole word already,
            // so only the earliest (then longest) occurrence matters.
            if best == nil || r.lowerBound < best!.range.lowerBound
                || (r.lowerBound == best!.range.lowerBound && r.upperBound > best!.range.upperBound) {
                best = (r, weekday, String(text[r]))
            }
        }
        return best.map { ($0.weekday, $0.printed) }
    }

    public static let englishNames = ThaiDates.ThaiWeekdays.table.map(\.english)
}
