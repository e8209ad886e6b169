import Foundation
import Validation

/// The per-district compliance table printed for people (`saraban check`), aligned by display
/// width (Thai combining marks take no column).
enum ComplianceTable {
    static func render(_ results: [ComplianceResult], policy: CompliancePolicy) -> String {
        var lines: [String] = []
        var head = "Policy:"
        if let d = policy.deadline { head += " deadline \(d);" }
        if let m = policy.minMembers { head += " ≥ \(m) members;" }
        if let f = policy.meetingFrequency { head += " meets \(f);" }
        head += " \(policy.categories.count) categories"
        lines.append(head)
        let header = ["district", "file", "signed", "deadline", "members", "categories", "1st meeting", "frequency", "compliant"]
        let order = Dictionary(uniqueKeysWithValues: BangkokDistricts.names.enumerated().map { ($1, $0) })
        let sorted = results.sorted { (order[$0.district ?? ""] ?? 99, $0.file) < (order[$1.district ?? ""] ?? 99, $1.file) }
        var rows: [[String]] = []
        for r in sorted {
            if r.error != nil {
                rows.append([r.district ?? "?", (r.file as NSString).lastPathComponent, "unreadable", "", "", "", "", "", "✗ no"])
                continue
            }
            func cell(_ code: ComplianceCheck.Code, _ info: String = "") -> String {
                let c = r.check(code)
                let mark = c?.passed == true ? "✓" : c?.passed == false ? "✗" : "?"
                return info.isEmpty ? mark : "\(mark) \(info)"
            }
            let members = r.check(.minMembers)?.detail.split(separator: " ").first.map(String.init) ?? ""
            let missing = r.check(.categories).flatMap { $0.passed == false ? "missing \($0.detail.split(separator: ";").count)" : nil } ?? ""
            rows.append([
                r.district ?? r.agency ?? "?", (r.file as NSString).lastPathComponent, r.date ?? "—",
                cell(.signedByDeadline), cell(.minMembers, members), cell(.categories, missing), cell(.firstMeeting),
                cell(.meetingFrequency), r.compliant == true ? "✓ yes" : r.compliant == false ? "✗ no" : "? unknown",
            ])
        }
        let widths = header.indices.map { i in ([header[i]] + rows.map { $0[i] }).map(width).max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in c + String(repeating: " ", count: max(0, widths[i] - width(c))) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        lines.append(line(header))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += rows.map(line)
        let ok = results.filter { $0.compliant == true }.count
        let unreadable = results.filter { $0.error != nil }
        lines.append("\(results.count - unreadable.count) orders: \(ok) compliant, \(results.count - unreadable.count - ok) not compliant")
        for r in unreadable { lines.append("Unreadable: \(r.file): \(r.error!)") }
        let seen = Set(results.compactMap(\.district))
        let missing = BangkokDistricts.names.filter { !seen.contains($0) }
        if !seen.isEmpty && !missing.isEmpty { lines.append("No order from: " + missing.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }

    /// Terminal columns: combining marks (Thai vowels above/below, tone marks) take none.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            switch u.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format: return n
            default: return n + 1
            }
        }
    }
}
