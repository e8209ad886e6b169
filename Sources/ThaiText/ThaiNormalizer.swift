import Foundation

/// The one Thai text normaliser every reader uses.
///
/// It works on Unicode scalars in four stages, each keeping for every output scalar the scalar
/// offset in the original it came from (so later values can point at their source):
/// 1. character map: private-use font glyphs → standard, invisible characters removed,
///    no-break and typographic spaces → space;
/// 2. clusters (a base and its marks): marks put in standard order, doubled marks collapsed,
///    other scripts composed to NFC (never NFKC, which would split ำ);
/// 3. rebuilt vowels: ํ + า → ำ (also across a tone mark), เ + เ → แ;
/// 4. white space folded (optional).
public enum ThaiNormalizer {
    public struct Options: Sendable {
        /// Fold runs of white space to one space (newlines kept when `keepNewlines`).
        public var foldWhitespace: Bool
        /// Keep "\n" as line separators (folding each run of blank space inside a line only).
        public var keepNewlines: Bool
        /// A run of white space containing a tab folds to one "\t" (tab-aligned columns carry
        /// member lists); other runs fold to one space.
        public var keepTabs: Bool
        public init(foldWhitespace: Bool = true, keepNewlines: Bool = true, keepTabs: Bool = true) {
            self.foldWhitespace = foldWhitespace
            self.keepNewlines = keepNewlines
            self.keepTabs = keepTabs
        }
    }

    public static func normalize(_ text: String, options: Options = Options()) -> NormalizedText {
        // Most text needs no repair at all: then the stages would copy it scalar by scalar.
        if let n = unchangedCount(text, options: options) {
            return NormalizedText(text: text, repairs: [], offsetMap: Array(0...n))
        }
        // Only white space to fold (a run of blanks, a blank at a line's end: aligned columns in
        // text files): stages 1–3 would copy the text as it is, so only stage 4 runs.
        if unchangedCount(text, options: options, exceptBlanks: true) != nil {
            return foldingWhitespaceOnly(text, options: options)
        }
        return normalizeByStages(text, options: options)
    }

    /// Stage 4 alone, for text the first three stages leave as it is.
    static func foldingWhitespaceOnly(_ text: String, options: Options) -> NormalizedText {
        var log = RepairLog()
        var units = [SourcedScalar]()
        units.reserveCapacity(text.utf8.count)
        var offset = 0
        for s in text.unicodeScalars {
            units.append(SourcedScalar(scalar: s, origin: offset))
            offset += 1
        }
        log.originalCount = offset
        units = foldWhitespace(units, options: options, log: &log)
        return assemble(units, log: log)
    }

    /// The scalar count of `text` when every stage would leave it as it is, nil when one might
    /// not (conservative): only ASCII and Thai scalars (stage 1 keeps them); after each base its
    /// Thai marks in standard order, none doubled (stage 2 copies such clusters); no ํ and no
    /// เเ (stage 3); and with white space folded, tabs and newlines kept, no blank but single
    /// spaces and tabs that a line goes on after, no CR, VT or FF (stage 4).
    /// `exceptBlanks`: runs of blanks and blanks at a line's end are allowed (stage 4 folds them;
    /// the answer then says only that stages 1–3 change nothing).
    static func unchangedCount(_ text: String, options: Options, exceptBlanks: Bool = false) -> Int? {
        guard options.foldWhitespace, options.keepNewlines, options.keepTabs else { return nil }
        var count = 0
        var previous: UInt32 = 0x0A      // "the scalar before": a newline, so the first one is a base
        var previousMark: UInt32 = 0
        var previousRank = -1
        var pendingBlank = false         // a space or tab that needs a non-blank after it on its line
        for s in text.unicodeScalars {
            let v = s.value
            if v >= 0x80 {
                guard v >= 0x0E00 && v <= 0x0E7F, v != T.nikhahit else { return nil }
                if v == T.saraE && previous == T.saraE { return nil }
                if T.isThaiMark(v) && count > 0 {
                    // A mark after the cluster's base: ranks never fall, no mark twice in a row.
                    let rank = markRank(v)
                    guard v != previousMark, rank >= previousRank else { return nil }
                    previousMark = v
                    previousRank = rank
                } else {
                    previousMark = 0
                    previousRank = -1
                }
                pendingBlank = false
            } else {
                switch v {
                case 0x20, 0x09:
                    if pendingBlank && !exceptBlanks { return nil }   // a run of two blanks
                    pendingBlank = true
                case 0x0A:
                    if pendingBlank && !exceptBlanks { return nil }   // a blank at a line's end
                    pendingBlank = false
                case 0x0B, 0x0C, 0x0D:
                    return nil
                default:
                    pendingBlank = false
                }
                previousMark = 0
                previousRank = -1
            }
            previous = v
            count += 1
        }
        return pendingBlank && !exceptBlanks ? nil : count
    }

    /// `T.markRank[v]` for a Thai mark, without the dictionary.
    @inline(__always)
    static func markRank(_ v: UInt32) -> Int {
        switch v {
        case 0x0E3A: return 0
        case 0x0E38, 0x0E39: return 1
        case 0x0E31, 0x0E34...0x0E37, 0x0E47: return 2
        case 0x0E48...0x0E4B: return 3
        case 0x0E4C...0x0E4E: return 4
        default: return 9
        }
    }

    /// The four stages (see the type's comment), run whatever the text.
    static func normalizeByStages(_ text: String, options: Options = Options()) -> NormalizedText {
        var log = RepairLog()
        var units = mapCharacters(text, log: &log)
        // Marks are ordered before vowels are rebuilt, so ํ pushed behind ั or a tone mark
        // still meets its า.
        units = repairClusters(units, log: &log)
        units = rebuildVowels(units, log: &log)
        if options.foldWhitespace { units = foldWhitespace(units, options: options, log: &log) }
        return assemble(units, log: log)
    }

    /// The stages' scalars as the repaired text, its map to the original and the repairs.
    static func assemble(_ units: [SourcedScalar], log: RepairLog) -> NormalizedText {
        // The text as UTF-8, made into a string once (String.UnicodeScalarView.append cost ~500
        // instructions a scalar here).
        var bytes: [UInt8] = []
        bytes.reserveCapacity(units.count * 3)
        var map = [Int]()
        map.reserveCapacity(units.count + 1)
        for u in units {
            UTF8.encode(u.scalar) { bytes.append($0) }
            map.append(u.origin)
        }
        map.append(log.originalCount)
        let repairs = log.repairs.map { r -> TextRepair in
            var r = r
            r.offset = firstIndex(in: map, atLeast: r.originalOffset)
            return r
        }
        return NormalizedText(text: String(decoding: bytes, as: UTF8.self), repairs: repairs, offsetMap: map)
    }

    /// The first repaired offset whose original offset is at least `original` (binary search).
    static func firstIndex(in map: [Int], atLeast original: Int) -> Int {
        var lo = 0, hi = map.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if map[mid] < original { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}

/// A repaired scalar and the original scalar offset it came from.
struct SourcedScalar {
    var scalar: Unicode.Scalar
    var origin: Int
}

/// Collects repairs as the stages run; repaired offsets are filled in at the end.
struct RepairLog {
    var repairs: [TextRepair] = []
    var originalCount = 0
    mutating func add(_ code: String, _ original: String, _ replacement: String, at originalOffset: Int) {
        repairs.append(TextRepair(code: code, original: original, replacement: replacement, offset: 0, originalOffset: originalOffset))
    }
}

extension ThaiNormalizer {
    typealias T = ThaiCharacterTables

    static let removedCodes: [UInt32: String] = Dictionary(uniqueKeysWithValues: T.removed.map { ($0.scalar, $0.code) })

    /// Stage 1: one scalar at a time.
    static func mapCharacters(_ text: String, log: inout RepairLog) -> [SourcedScalar] {
        var out = [SourcedScalar]()
        out.reserveCapacity(text.utf8.count / 2)
        var offset = 0
        for s in text.unicodeScalars {
            defer { offset += 1 }
            let v = s.value
            if v < 0x80 || (v >= 0x0E00 && v <= 0x0E7F) {
                out.append(SourcedScalar(scalar: s, origin: offset))
                continue
            }
            if let std = T.standardForPrivateUse(v) {
                let r = Unicode.Scalar(std)!
                log.add("pua_glyph", String(s), String(r), at: offset)
                out.append(SourcedScalar(scalar: r, origin: offset))
            } else if let code = removedCodes[v] {
                log.add(code, String(s), "", at: offset)
            } else if T.foldedSpaces.contains(v) {
                log.add("nbsp", String(s), " ", at: offset)
                out.append(SourcedScalar(scalar: " ", origin: offset))
            } else {
                out.append(SourcedScalar(scalar: s, origin: offset))
            }
        }
        log.originalCount = offset
        return out
    }

    /// Stage 3: ํ (+ tone marks) + า → (tone marks +) ำ, and เ + เ → แ.
    static func rebuildVowels(_ input: [SourcedScalar], log: inout RepairLog) -> [SourcedScalar] {
        var out = [SourcedScalar]()
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let u = input[i]
            let v = u.scalar.value
            if v == T.nikhahit {
                var j = i + 1
                while j < input.count && T.isToneMark(input[j].scalar.value) { j += 1 }
                if j < input.count && input[j].scalar.value == T.saraAa {
                    let tones = input[(i + 1)..<j]
                    out.append(contentsOf: tones)
                    // ำ points at า: the tone marks before it keep their own origins, and the
                    // ํ's origin may have been reassigned when its cluster was reordered.
                    out.append(SourcedScalar(scalar: Unicode.Scalar(T.saraAm)!, origin: input[j].origin))
                    let original = String(String.UnicodeScalarView(input[i...j].map(\.scalar)))
                    let replacement = String(String.UnicodeScalarView(tones.map(\.scalar))) + "\u{0E33}"
                    log.add("sara_am", original, replacement, at: u.origin)
                    i = j + 1
                    continue
                }
            } else if v == T.saraE && i + 1 < input.count && input[i + 1].scalar.value == T.saraE {
                out.append(SourcedScalar(scalar: Unicode.Scalar(T.saraAe)!, origin: u.origin))
                log.add("sara_ae", "\u{0E40}\u{0E40}", "\u{0E41}", at: u.origin)
                i += 2
                continue
            }
            out.append(u)
            i += 1
        }
        return out
    }

    /// Whether a scalar continues the cluster of the base before it.
    @inline(__always)
    static func isCombining(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        if v >= 0x0E00 && v <= 0x0E7F { return T.isThaiMark(v) }
        return s.properties.canonicalCombiningClass.rawValue != 0
            || s.properties.generalCategory == .nonspacingMark
            || s.properties.generalCategory == .spacingMark
    }

    /// Scalars that NFC never changes and that start no composition: ASCII, the Thai block
    /// (whose marks stage 3 orders itself), and general punctuation U+2010–U+2027.
    @inline(__always)
    static func isStableUnderNFC(_ v: UInt32) -> Bool {
        v < 0x80 || (v >= 0x0E00 && v <= 0x0E7F) || (v >= 0x2010 && v <= 0x2027)
    }

    /// Stage 2: a base with its marks.
    static func repairClusters(_ input: [SourcedScalar], log: inout RepairLog) -> [SourcedScalar] {
        var out = [SourcedScalar]()
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            var j = i + 1
            while j < input.count && isCombining(input[j].scalar) { j += 1 }
            let cluster = input[i..<j]
            if j == i + 1 && isStableUnderNFC(input[i].scalar.value) {
                out.append(input[i])
            } else if cluster.dropFirst().allSatisfy({ T.isThaiMark($0.scalar.value) }) {
                // Thai marks on any base (a letter, or a space or line break they were split
                // from): order and de-duplicate them; NFC would leave them as they are.
                if isStableUnderNFC(input[i].scalar.value) {
                    repairThaiCluster(cluster, into: &out, log: &log, beforeSaraAa: j < input.count && input[j].scalar.value == 0x0E32)
                } else {
                    composeCluster(input[i..<(i + 1)], into: &out, log: &log)
                    let base = out.removeLast()
                    repairThaiCluster([base] + cluster.dropFirst(), into: &out, log: &log)
                }
            } else {
                // Mixed marks: compose first; if only Thai marks are left on the composed base,
                // order them too, as a second pass would.
                var composed: [SourcedScalar] = []
                composeCluster(cluster, into: &composed, log: &log)
                if composed.count > 1 && composed.dropFirst().allSatisfy({ T.isThaiMark($0.scalar.value) }) {
                    repairThaiCluster(composed[...], into: &out, log: &log)
                } else {
                    out.append(contentsOf: composed)
                }
            }
            i = j
        }
        return out
    }

    /// Marks sorted by `markRank` (stable, so different marks of one
    /// rank keep their order). Origins are reassigned in ascending order so the map stays
    /// monotonic; each still points at a mark of the same cluster.
    /// `beforeSaraAa`: the cluster stands before า. A tone mark doubled there is tesseract's ำ
    /// (written ํ + า) with its ํ read as the tone mark: `น้้า` is น้ำ. The twin becomes ํ, which
    /// stage 3 joins with the า (logged as `ocr_sara_am`). Every น้ำ of the corpus renders came out
    /// so, and no other word did; a keyboard makes a doubled mark only by a slip.
    static func repairThaiCluster(_ cluster: ArraySlice<SourcedScalar>, into out: inout [SourcedScalar], log: inout RepairLog,
                                  beforeSaraAa: Bool = false) {
        guard let base = cluster.first else { return }
        // Nearly every Thai cluster is already right (marks in rank order, none doubled): copy
        // it as it is, without the arrays the repair below builds (it made Thai text the
        // normaliser's hot spot).
        if isInStandardOrder(cluster) {
            out.append(contentsOf: cluster)
            return
        }
        var marks = [SourcedScalar]()
        var baseOut = [base]
        for u in cluster.dropFirst() {
            if T.isThaiMark(u.scalar.value) { marks.append(u) } else { baseOut.append(u) }
        }
        let sorted = marks.enumerated().sorted { a, b in
            let ra = T.markRank[a.element.scalar.value] ?? 9, rb = T.markRank[b.element.scalar.value] ?? 9
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        // Doubled marks are dropped after sorting, so ่ ั ่ loses its second tone mark too.
        var kept = [SourcedScalar]()
        for m in sorted {
            // Twins are next to each other after sorting, unless a ํ put in for one stands between.
            if let last = kept.last(where: { $0.scalar == m.scalar }) {
                if beforeSaraAa, m.scalar.value == 0x0E48 || m.scalar.value == 0x0E49, !kept.contains(where: { $0.scalar.value == 0x0E4D }) {
                    log.add("ocr_sara_am", String(m.scalar) + String(m.scalar) + "\u{0E32}", String(m.scalar) + "\u{0E33}", at: m.origin)
                    kept.append(SourcedScalar(scalar: "\u{0E4D}", origin: m.origin))
                    continue
                }
                log.add("doubled_mark", String(m.scalar) + String(m.scalar), String(m.scalar), at: min(last.origin, m.origin))
                continue
            }
            kept.append(m)
        }
        let unsortedKept = marks.filter { m in kept.contains { $0.origin == m.origin } }
        if kept.map(\.scalar) != unsortedKept.map(\.scalar) {
            let before = String(String.UnicodeScalarView([base.scalar] + marks.map(\.scalar)))
            let after = String(String.UnicodeScalarView([base.scalar] + kept.map(\.scalar)))
            log.add("mark_order", before, after, at: base.origin)
        }
        let origins = kept.map(\.origin).sorted()
        out.append(contentsOf: baseOut)
        for (k, m) in kept.enumerated() { out.append(SourcedScalar(scalar: m.scalar, origin: origins[k])) }
    }

    /// Whether every scalar after the base is a Thai mark, no mark repeats the one before it and
    /// the ranks never fall: then `repairThaiCluster` would change nothing (its sort is stable,
    /// so nothing moves; a doubled mark would sit next to its twin, and there is none; the
    /// origins are already ascending).
    @inline(__always)
    static func isInStandardOrder(_ cluster: ArraySlice<SourcedScalar>) -> Bool {
        var previous: UInt32 = 0
        var previousRank = -1
        for u in cluster.dropFirst() {
            let v = u.scalar.value
            guard T.isThaiMark(v), v != previous else { return false }
            let rank = T.markRank[v] ?? 9
            guard rank >= previousRank else { return false }
            previous = v
            previousRank = rank
        }
        return true
    }

    /// Other scripts: NFC of the cluster.
    static func composeCluster(_ cluster: ArraySlice<SourcedScalar>, into out: inout [SourcedScalar], log: inout RepairLog) {
        let original = String(String.UnicodeScalarView(cluster.map(\.scalar)))
        let nfc = original.precomposedStringWithCanonicalMapping
        if nfc == original && Array(nfc.unicodeScalars) == cluster.map(\.scalar) {
            out.append(contentsOf: cluster)
            return
        }
        log.add("nfc", original, nfc, at: cluster.first!.origin)
        // An output scalar found among the inputs points at it; a composed one points at the
        // first input not yet used (where its composition began). Origins never decrease.
        let inputs = Array(cluster)
        var j = 0
        for s in nfc.unicodeScalars {
            if let f = inputs[min(j, inputs.count - 1)...].firstIndex(where: { $0.scalar == s }), f >= j {
                out.append(SourcedScalar(scalar: s, origin: inputs[f].origin))
                j = f + 1
            } else {
                out.append(SourcedScalar(scalar: s, origin: inputs[min(j, inputs.count - 1)].origin))
                j += 1
            }
        }
    }

    enum Blank { case none, space, tab, newline }

    @inline(__always)
    static func blankKind(_ v: UInt32) -> Blank {
        switch v {
        case 0x20, 0x0B, 0x0C: return .space
        case 0x09: return .tab
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return .newline
        default: return .none
        }
    }

    /// Stage 4: runs of blanks inside a line fold to one space (or one tab when the run holds a
    /// tab and `keepTabs`); blanks at a line's end are trimmed; every line break becomes "\n"
    /// (one per break, so line numbers survive) or, without `keepNewlines`, part of a run.
    static func foldWhitespace(_ input: [SourcedScalar], options: ThaiNormalizer.Options, log: inout RepairLog) -> [SourcedScalar] {
        var out = [SourcedScalar]()
        out.reserveCapacity(input.count)
        var i = 0
        while i < input.count {
            let kind = blankKind(input[i].scalar.value)
            if kind == .none {
                out.append(input[i])
                i += 1
                continue
            }
            if kind == .newline && options.keepNewlines {
                let isCRLF = input[i].scalar.value == 0x0D && i + 1 < input.count && input[i + 1].scalar.value == 0x0A
                let width = isCRLF ? 2 : 1
                if input[i].scalar.value != 0x0A {
                    log.add("line_ending", String(String.UnicodeScalarView(input[i..<(i + width)].map(\.scalar))), "\n", at: input[i].origin)
                }
                out.append(SourcedScalar(scalar: "\n", origin: input[i].origin))
                i += width
                continue
            }
            // A run of blanks (including newlines when they are not kept).
            var j = i
            var hasTab = false
            while j < input.count {
                let k = blankKind(input[j].scalar.value)
                if k == .none || (k == .newline && options.keepNewlines) { break }
                if k == .tab { hasTab = true }
                j += 1
            }
            let run = input[i..<j]
            let atLineEnd = j == input.count || blankKind(input[j].scalar.value) == .newline
            let folded: Unicode.Scalar? = atLineEnd ? nil : (hasTab && options.keepTabs ? "\t" : " ")
            if !(run.count == 1 && run.first!.scalar == folded) {
                log.add(atLineEnd ? "trailing_space" : "whitespace",
                        String(String.UnicodeScalarView(run.map(\.scalar))),
                        folded.map { String($0) } ?? "", at: input[i].origin)
            }
            if let f = folded { out.append(SourcedScalar(scalar: f, origin: input[i].origin)) }
            i = j
        }
        return out
    }
}

/// Repaired text with the map back to the original and the list of repairs made.
public struct NormalizedText: Sendable, Equatable {
    public let text: String
    public let repairs: [TextRepair]
    /// `offsetMap[i]` is the scalar offset in the original of repaired scalar `i`;
    /// it has `text.unicodeScalars.count + 1` entries (the last maps the end).
    public let offsetMap: [Int]

    public init(text: String, repairs: [TextRepair], offsetMap: [Int]) {
        self.text = text
        self.repairs = repairs
        self.offsetMap = offsetMap
    }

    /// The original scalar offset of a repaired scalar offset.
    public func originalOffset(of repairedOffset: Int) -> Int {
        offsetMap[min(max(repairedOffset, 0), offsetMap.count - 1)]
    }

    /// The original scalar range of a repaired scalar range (from the first scalar's origin to
    /// the origin of the scalar after the last; removed invisible characters at the end are
    /// inside it).
    public func originalRange(of repaired: Range<Int>) -> Range<Int> {
        let lo = originalOffset(of: repaired.lowerBound)
        return lo..<max(lo, originalOffset(of: repaired.upperBound))
    }
}

/// One repair made by the normaliser.
public struct TextRepair: Sendable, Equatable {
    /// `sara_am`, `sara_ae`, `pua_glyph`, `zero_width`, `soft_hyphen`, `nbsp`, `doubled_mark`,
    /// `mark_order`, `nfc`, `whitespace`, `trailing_space`, `line_ending`
    public var code: String
    public var original: String
    public var replacement: String
    /// Scalar offset in the repaired text.
    public var offset: Int
    /// Scalar offset in the original text.
    public var originalOffset: Int
    public init(code: String, original: String, replacement: String, offset: Int, originalOffset: Int) {
        self.code = code
        self.original = original
        self.replacement = replacement
        self.offset = offset
        self.originalOffset = originalOffset
    }
}
