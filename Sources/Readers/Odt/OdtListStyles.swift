/// ODF list styles (`text:list-style` in content.xml and styles.xml) and the running counters that
/// render each list item's label as LibreOffice shows it.
struct OdtListStyles {
    struct Level {
        var format: ListLabelFormat = .decimal
        var prefix = ""
        var suffix = ""
        var displayLevels = 1
        var start = 1
        var bullet: String?
        /// LibreOffice's own template (`loext:num-list-format`, e.g. "%1%.%2%"), when written.
        var template: String?
    }
    private var styles: [String: [Int: Level]] = [:]

    mutating func add(_ root: XMLElement) {
        for style in root.descendants("text:list-style") {
            guard let name = style["style:name"] else { continue }
            var levels: [Int: Level] = [:]
            for e in style.elements {
                guard let n = e["text:level"].flatMap(Int.init) else { continue }
                var level = Level()
                level.prefix = e["style:num-prefix"] ?? ""
                level.suffix = e["style:num-suffix"] ?? ""
                level.displayLevels = (e["text:display-levels"].flatMap(Int.init) ?? 1).clamped(to: 1...10)
                level.start = (e["text:start-value"].flatMap(Int.init) ?? 1).clamped(to: DocxNumbering.counterRange)
                level.template = e["loext:num-list-format"]
                switch e.name {
                case "text:list-level-style-number": level.format = ListLabelFormat(odf: e["style:num-format"])
                case "text:list-level-style-bullet":
                    level.format = .bullet
                    level.bullet = DocxNumbering.bullet(e["text:bullet-char"] ?? "•")
                default: level.format = .none
                }
                levels[n - 1] = level
            }
            styles[name] = levels
        }
    }

    func level(_ style: String?, _ level: Int) -> Level? {
        guard let style else { return nil }
        return styles[style]?[level]
    }

    /// Counters of one list (a top-level `text:list` and the lists nested in it).
    struct Counters {
        var values: [Int: Int] = [:]
    }

    func label(style: String?, level: Int, counters: inout Counters, startValue: Int?) -> String {
        guard let definition = self.level(style, level) else { return "" }
        let next = (startValue ?? counters.values[level].map { $0 + 1 } ?? definition.start).clamped(to: DocxNumbering.counterRange)
        counters.values[level] = next
        for deeper in counters.values.keys where deeper > level { counters.values[deeper] = nil }
        if definition.format == .bullet { return definition.bullet ?? "•" }
        func value(_ l: Int) -> String {
            let d = self.level(style, l)
            return (d?.format ?? .decimal).render(counters.values[l] ?? d?.start ?? 1)
        }
        if definition.format == .none && definition.template == nil { return definition.prefix + definition.suffix }
        var numbers: [String] = []
        let first = max(0, level - definition.displayLevels + 1)
        for l in first...level { numbers.append(value(l)) }
        return definition.prefix + numbers.joined(separator: ".") + definition.suffix
    }
}
