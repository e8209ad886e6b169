import Foundation
import SarabanCore
import Validation

/// A report a person reads in a browser, one self-contained file (no network): the compliance
/// table of all districts with status colours (from `check`), committee members per district as
/// an inline-SVG bar chart, and each document's record behind a click (`<details>`). Records are
/// streamed into a side file, so memory holds only per-district counts.
public final class HTMLReportWriter: OutputWriter {
    private let file: AtomicFile
    private let details: AtomicFile
    private var compliance: [ComplianceResult]?
    private var policy: CompliancePolicy?
    private var membersByDistrict: [String: Int] = [:]
    private var kinds: [String: Int] = [:]
    private var documents = 0
    private var errors = 0
    private var issues = 0
    public var title: String

    public init(path: String, title: String = "Saraban — รายงานเอกสาร") throws {
        file = try AtomicFile(path: path)
        details = try AtomicFile(path: path + ".details")
        self.title = title
    }

    public func write(_ item: OutputItem) throws {
        documents += 1
        switch item {
        case .error(let e):
            errors += 1
            try details.write("<details class=\"doc error\" id=\"\(Self.anchor(e.path))\"><summary><span class=\"badge bad\">error</span> "
                              + "\(Self.h(e.path))</summary><p>\(Self.h(e.part.map { "\($0): " } ?? ""))\(Self.h(e.reason))</p></details>\n")
        case .record(let r):
            kinds[r.kind.rawValue, default: 0] += 1
            issues += r.issues.count
            let district = ComplianceChecker.district(of: r)
            if r.kind == .order || !r.members.isEmpty {
                let key = district ?? r.agency ?? "(ไม่ทราบหน่วยงาน)"
                membersByDistrict[key] = max(membersByDistrict[key] ?? 0, ComplianceChecker.committee(r).count)
            }
            try details.write(Self.recordDetails(r, district: district))
        }
    }

    public func write(compliance: [ComplianceResult], policy: CompliancePolicy?) throws {
        self.compliance = compliance
        self.policy = policy
    }

    public func finish() throws {
        try details.commit()
        defer { try? FileManager.default.removeItem(atPath: details.path) }
        try file.write("""
            <!doctype html>
            <html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Self.h(title))</title>
            <style>\(Self.css)</style></head><body>
            <h1>\(Self.h(title))</h1>
            <p class="summary">\(documents) documents · \(kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: " · "))
            · <span class="\(errors > 0 ? "bad" : "")">\(errors) unreadable</span> · \(issues) validation issues</p>

            """)
        if let compliance { try file.write(complianceSection(compliance)) }
        try file.write(chart())
        try file.write("<h2>เอกสาร — Documents</h2>\n")
        try StreamCopy.append(contentsOf: details.path, to: file)
        try file.write("</body></html>\n")
        try file.commit()
    }

    // MARK: sections

    private func complianceSection(_ results: [ComplianceResult]) -> String {
        var s = "<h2>การปฏิบัติตามหนังสือเวียน — Compliance</h2>\n"
        if let p = policy {
            s += "<p class=\"policy\">"
            s += [p.reference.map { "หนังสือ \(Self.h($0))" }, p.deadline.map { "ภายใน \($0)" },
                  p.minMembers.map { "อย่างน้อย \($0) คน" }, p.meetingFrequency.map { "ประชุม \($0)" },
                  p.categories.isEmpty ? nil : "\(p.categories.count) กลุ่ม: " + p.categories.map { Self.h($0.name) }.joined(separator: ", "),
                  p.mustSend.isEmpty ? nil : "ส่ง " + p.mustSend.map(Self.h).joined(separator: " และ ") + (p.sendTo.map { " ให้ " + Self.h($0) } ?? "")]
                .compactMap { $0 }.joined(separator: " · ")
            s += "</p>\n"
        }
        let codes = ComplianceCheck.Code.allCases
        let ok = results.filter { $0.compliant == true }.count
        let failed = results.filter { $0.compliant == false }.count
        let undecided = results.count - ok - failed
        s += "<p><span class=\"chip pass\">\(ok) compliant</span> <span class=\"chip fail\">\(failed) not compliant</span>"
            + (undecided > 0 ? " <span class=\"chip unknown\">\(undecided) undecided</span>" : "") + "</p>\n"
        s += "<table class=\"compliance\"><thead><tr><th>เขต</th><th>file</th><th>signed</th>"
            + codes.map { "<th>\($0.rawValue.replacingOccurrences(of: "_", with: " "))</th>" }.joined() + "<th>compliant</th></tr></thead><tbody>\n"
        let order = Dictionary(uniqueKeysWithValues: BangkokDistricts.names.enumerated().map { ($1, $0) })
        let sorted = results.sorted {
            (order[$0.district ?? ""] ?? 99, $0.file) < (order[$1.district ?? ""] ?? 99, $1.file)
        }
        for r in sorted {
            s += "<tr><td>\(Self.h(r.district ?? r.agency ?? "—"))</td><td><a href=\"#\(Self.anchor(r.file))\">\(Self.h(Self.basename(r.file)))</a></td>"
            s += "<td class=\"date\">\(Self.h(r.date ?? "—"))</td>"
            if let e = r.error {
                s += "<td colspan=\"\(codes.count)\" class=\"fail\">\(Self.h(e))</td>"
            } else {
                for code in codes {
                    let c = r.check(code)
                    // A pass needs no words (they are in the tooltip); a failure or a gap says why.
                    let why = c?.passed == true ? "" : "<small>\(Self.h(c?.detail ?? ""))</small>"
                    s += "<td class=\"\(Self.status(c?.passed))\" title=\"\(Self.h(c?.detail ?? ""))\">\(Self.mark(c?.passed))\(why)</td>"
                }
            }
            s += "<td class=\"\(Self.status(r.compliant))\"><b>\(r.compliant == true ? "ผ่าน" : r.compliant == false ? "ไม่ผ่าน" : "ไม่ทราบ")</b></td></tr>\n"
        }
        let seen = Set(results.compactMap(\.district))
        if !seen.isEmpty {
            for d in BangkokDistricts.names where !seen.contains(d) {
                s += "<tr class=\"missing\"><td>\(Self.h(d))</td><td colspan=\"\(codes.count + 3)\">ไม่ได้รับคำสั่ง — no order received</td></tr>\n"
            }
        }
        return s + "</tbody></table>\n"
    }

    private func chart() -> String {
        guard !membersByDistrict.isEmpty else { return "" }
        let order = Dictionary(uniqueKeysWithValues: BangkokDistricts.names.enumerated().map { ($1, $0) })
        let rows = membersByDistrict.sorted { (order[$0.key] ?? 99, $0.key) < (order[$1.key] ?? 99, $1.key) }.prefix(80)
        let minimum = policy?.minMembers
        let maxValue = max(rows.map(\.value).max() ?? 1, minimum ?? 0, 1)
        let label = 190.0, width = 560.0, bar = 18.0, gap = 6.0, top = 24.0
        let height = top + Double(rows.count) * (bar + gap) + 10
        var s = "<h2>กรรมการต่อเขต — Committee members per district</h2>\n"
        s += "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(label + width + 60))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"members per district\">\n"
        // The minimum line first, so the bars (and their counts) are drawn over it.
        if let minimum {
            let x = Int(label + width * Double(minimum) / Double(maxValue))
            s += "<line x1=\"\(x)\" y1=\"\(Int(top - 6))\" x2=\"\(x)\" y2=\"\(Int(height - 6))\" class=\"min\"/>"
            s += "<text x=\"\(x + 4)\" y=\"\(Int(top - 10))\" class=\"min\">ขั้นต่ำ \(minimum)</text>\n"
        }
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * (bar + gap)
            let w = max(1, width * Double(row.value) / Double(maxValue))
            let ok = minimum.map { row.value >= $0 } ?? true
            s += "<text x=\"\(Int(label - 8))\" y=\"\(Int(y + bar - 4))\" text-anchor=\"end\">\(Self.h(row.key))</text>"
            s += "<rect x=\"\(Int(label))\" y=\"\(Int(y))\" width=\"\(Int(w))\" height=\"\(Int(bar))\" class=\"\(ok ? "bar" : "bar short")\"><title>\(Self.h(row.key)): \(row.value)</title></rect>"
            // The count sits inside the bar's end, so it never crosses the minimum line.
            s += w > 30 ? "<text x=\"\(Int(label + w - 5))\" y=\"\(Int(y + bar - 4))\" text-anchor=\"end\" class=\"in\">\(row.value)</text>\n"
                        : "<text x=\"\(Int(label + w + 4))\" y=\"\(Int(y + bar - 4))\">\(row.value)</text>\n"
        }
        return s + "</svg>\n"
    }

    static func recordDetails(_ r: Record, district: String?) -> String {
        var s = "<details class=\"doc\" id=\"\(anchor(r.source.path))\"><summary><span class=\"badge\">\(r.kind.rawValue)</span> "
        s += h([district, r.subject].compactMap { $0 }.joined(separator: " · "))
        s += " <small>\(h(r.source.path))</small>"
        if r.issues.contains(where: { $0.severity == .error }) { s += " <span class=\"badge bad\">\(r.issues.count) issues</span>" }
        s += "</summary>\n<dl>"
        let fields: [(String, String?)] = [
            ("agency", r.agency), ("reference", r.referenceNo), ("order no", r.orderNo), ("date", r.date.map { "\($0) (\(r.dateText ?? ""))" }),
            ("subject", r.subject), ("to", r.addressee), ("signed", r.signatory.map { [$0.name, $0.position].compactMap { $0 }.joined(separator: ", ") }),
            ("sha256", r.source.sha256),
        ]
        for (k, v) in fields where v != nil { s += "<dt>\(k)</dt><dd>\(h(v!))</dd>" }
        s += "</dl>\n"
        if !r.members.isEmpty {
            s += "<table class=\"members\"><tr><th>#</th><th>name</th><th>position</th><th>role</th><th>group</th></tr>"
            for m in r.members {
                s += "<tr><td>\(m.seq.map(String.init) ?? "")</td><td>\(h(m.name ?? "—"))</td><td>\(h(m.position ?? ""))</td>"
                    + "<td>\(m.role?.rawValue ?? "")</td><td>\(h(m.group ?? ""))</td></tr>"
            }
            s += "</table>\n"
        }
        let lists: [(String, [String])] = [
            ("meetings", r.meetings.map { [$0.start, $0.recurrence, $0.place].compactMap { $0 }.joined(separator: " · ") + " — " + $0.text }),
            ("deadlines", r.deadlines.map { ($0.date ?? "?") + " — " + ($0.action ?? $0.text) }),
            ("issues", r.issues.map { "[\($0.severity.rawValue)] \($0.code): \($0.message)" }),
            ("warnings", r.warnings.map { "\($0.code): \($0.message)" }),
        ]
        for (name, items) in lists where !items.isEmpty {
            s += "<h4>\(name)</h4><ul>" + items.map { "<li>\(h($0))</li>" }.joined() + "</ul>"
        }
        return s + "</details>\n"
    }

    // MARK: helpers

    static func status(_ passed: Bool?) -> String { passed == true ? "pass" : passed == false ? "fail" : "unknown" }
    static func mark(_ passed: Bool?) -> String { passed == true ? "✓" : passed == false ? "✗" : "?" }
    static func basename(_ p: String) -> String { (p as NSString).lastPathComponent }

    /// An element id from a path (FNV-1a), so the table links to a record without keeping a map.
    static func anchor(_ path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in path.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return "doc-" + String(hash, radix: 16)
    }

    public static func h(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    static let css = """
        body{font-family:"Sarabun","TH Sarabun New","Noto Sans Thai","Loma",sans-serif;margin:24px;color:#1d2430;background:#fafbfc}
        h1{font-size:1.5em;margin:0 0 .3em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
        .summary,.policy{color:#57606a}
        table{border-collapse:collapse;background:#fff}th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
        th{background:#f0f3f6;font-weight:600;font-size:.85em}
        table.compliance td small{display:block;color:#57606a;font-size:.72em;max-width:18em}
        table.compliance td.date{white-space:nowrap}table.compliance td{font-size:.92em}
        td.pass{background:#dafbe1}td.fail{background:#ffebe9}td.unknown{background:#fff8c5}
        tr.missing td{background:#eaeef2;color:#57606a}
        .chip{display:inline-block;padding:2px 8px;border-radius:10px;margin-right:4px}.chip.pass{background:#dafbe1}.chip.fail{background:#ffebe9}.chip.unknown{background:#fff8c5}
        .bad{color:#cf222e}.badge{display:inline-block;font-size:.75em;padding:0 6px;border-radius:8px;background:#ddf4ff;color:#0969da}.badge.bad{background:#ffebe9}
        svg.chart{background:#fff;border:1px solid #d0d7de;font-size:12px}svg .bar{fill:#2da44e}svg .bar.short{fill:#fb8f44}
        svg line.min{stroke:#cf222e;stroke-dasharray:4 3}svg text.in{fill:#fff;font-weight:600}svg text.min{fill:#cf222e}
        details.doc{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin:4px 0;padding:4px 10px}
        details.doc summary{cursor:pointer}details.doc small{color:#57606a}
        dl{display:grid;grid-template-columns:8em 1fr;gap:2px 12px}dt{color:#57606a}dd{margin:0}
        table.members{font-size:.9em;margin:6px 0}h4{margin:.6em 0 .2em}
        """
}
