/// Word's automatic numbering (word/numbering.xml), rendered as Word shows it.
///
/// A `w:num` points at a `w:abstractNum` (the level definitions) and may override a level's start
/// (`w:lvlOverride/w:startOverride`) or the whole level (`w:lvlOverride/w:lvl`). Lists that share
/// an abstract definition without overrides continue one count, as in Word.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format: ListLabelFormat = .decimal
        var text = "%1."
        /// Restart after a higher level (`w:lvlRestart`); nil means after any higher level.
        var restartAfter: Int?
        /// `w:isLgl`: all levels shown as Arabic numbers.
        var legal = false
    }
    struct Instance {
        var abstractId: String
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    /// Word has nine list levels (0…8); a counter never needs more than a million.
    static let levels = 0...8
    static let counterRange = 0...1_000_000

    var abstracts: [String: [Int: Level]] = [:]
    var instances: [String: Instance] = [:]
    /// Running counters, keyed by the list they count (see `counterKey`).
    private var counters: [String: [Int: Int]] = [:]
    private var startApplied: Set<String> = []

    init() {}

    init(_ xml: XMLTape) {
        /// `w:val` of the first child named `name` of `e`.
        func value(_ e: XMLTape.Element, _ name: String) -> String? { xml.first(e, name).flatMap { xml.attribute($0, "w:val") } }
        for abstract in xml.all(xml.root, "w:abstractNum") {
            guard let id = xml.attribute(abstract, "w:abstractNumId") else { continue }
            var levels: [Int: Level] = [:]
            for lvl in xml.all(abstract, "w:lvl") {
                if let i = xml.attribute(lvl, "w:ilvl").flatMap(Int.init), Self.levels.contains(i) { levels[i] = Self.level(xml, lvl) }
            }
            abstracts[id] = levels
        }
        for num in xml.all(xml.root, "w:num") {
            guard let id = xml.attribute(num, "w:numId"), let abstractId = value(num, "w:abstractNumId") else { continue }
            var instance = Instance(abstractId: abstractId)
            for override in xml.all(num, "w:lvlOverride") {
                guard let i = xml.attribute(override, "w:ilvl").flatMap(Int.init), Self.levels.contains(i) else { continue }
                if let start = value(override, "w:startOverride").flatMap(Int.init) {
                    instance.startOverrides[i] = start.clamped(to: Self.counterRange)
                }
                if let lvl = xml.first(override, "w:lvl") { instance.levelOverrides[i] = Self.level(xml, lvl) }
            }
            instances[id] = instance
        }
    }

    private static func level(_ xml: XMLTape, _ lvl: XMLTape.Element) -> Level {
        func value(_ name: String) -> String? { xml.first(lvl, name).flatMap { xml.attribute($0, "w:val") } }
        var level = Level()
        if let s = value("w:start").flatMap(Int.init) { level.start = s.clamped(to: counterRange) }
        if let f = value("w:numFmt") { level.format = ListLabelFormat(word: f) ?? .decimal }
        if let t = value("w:lvlText") { level.text = t } else { level.text = "" }
        if let r = value("w:lvlRestart").flatMap(Int.init) { level.restartAfter = r }
        if let legal = xml.first(lvl, "w:isLgl") { level.legal = xml.attribute(legal, "w:val").map { $0 != "0" && $0 != "false" } ?? true }
        return level
    }

    private func levelDefinition(numId: String, level: Int) -> Level? {
        guard let instance = instances[numId] else { return nil }
        return instance.levelOverrides[level] ?? abstracts[instance.abstractId]?[level]
    }

    /// Lists that share an abstract definition share one count, as in Word; a `w:num` with a start
    /// override restarts that count at the override the first time it is used.
    private func counterKey(_ numId: String) -> String {
        guard let instance = instances[numId] else { return "num:" + numId }
        return "abs:" + instance.abstractId
    }

    /// The label of the next paragraph numbered `numId` at `level`; nil when the reference is empty
    /// (`numId` 0 means "no numbering") or unknown.
    mutating func nextLabel(numId: String, level: Int) -> String? {
        guard numId != "0", Self.levels.contains(level), let definition = levelDefinition(numId: numId, level: level) else { return nil }
        let key = counterKey(numId)
        var counts = counters[key] ?? [:]
        let snapshot = self
        func startOf(_ lvl: Int) -> Int {
            snapshot.levelDefinition(numId: numId, level: lvl)?.start ?? 1
        }
        let override = startApplied.contains(numId) ? nil : instances[numId]?.startOverrides[level]
        if override != nil { startApplied.insert(numId) }
        if let override {
            counts[level] = override
        } else if let current = counts[level] {
            counts[level] = min(current + 1, Self.counterRange.upperBound)
        } else {
            counts[level] = startOf(level)
        }
        // A higher level restarts the deeper ones (unless w:lvlRestart says otherwise).
        for deeper in counts.keys where deeper > level {
            let restart = levelDefinition(numId: numId, level: deeper)?.restartAfter
            if restart == nil || restart! > level { counts[deeper] = nil }
        }
        // Levels above that were never used count as their start value, as Word shows them.
        for higher in 0..<level where counts[higher] == nil { counts[higher] = startOf(higher) }
        counters[key] = counts

        if definition.format == .bullet { return Self.bullet(definition.text) }
        if definition.format == .none { return definition.text.contains("%") ? "" : definition.text }
        var label = ""
        var scalars = Array(definition.text.unicodeScalars)[...]
        while let s = scalars.first {
            scalars.removeFirst()
            if s == "%", let d = scalars.first, let n = Int(String(d)), n >= 1, n <= 9 {
                scalars.removeFirst()
                let lvl = n - 1
                let value = counts[lvl] ?? startOf(lvl)
                var format = levelDefinition(numId: numId, level: lvl)?.format ?? .decimal
                if definition.legal && lvl != level { format = .decimal }
                label += format.render(value)
            } else {
                label.unicodeScalars.append(s)
            }
        }
        return label
    }

    /// Bullets written with the Symbol or Wingdings private-use code points, shown as Word shows them.
    static func bullet(_ text: String) -> String {
        guard let s = text.unicodeScalars.first else { return "•" }
        if let mapped = DocxSymbols.map(font: nil, code: s.value) { return mapped }
        return text
    }
}

extension DocxNumbering {
    /// Parsed before any counting: a copy starts every list afresh.
    static let cache = DocxPartCache<DocxNumbering>()
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}
