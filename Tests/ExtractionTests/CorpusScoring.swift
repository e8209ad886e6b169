import Foundation
import SarabanCore
import ThaiText
@testable import Extraction

/// Scores extracted records against a set's expected records (fixtures/corpus/expected, the
/// held-out fixtures/holdout/expected, which is only ever reported, never tuned on, and the
/// development set fixtures/dev/expected, which may be tuned on):
/// field accuracy, member precision/recall/F1 (names matched allowing small OCR differences),
/// and the share of values that are wrong *without* a warning on their field.
struct CorpusScore {
    var fields = 0
    var right = 0
    var wrongSilently = 0
    var memberTP = 0, memberExpected = 0, memberFound = 0
    var documents = 0
    /// Deadlines' actions (what is due) equal to the expected ones, deadline by deadline. Reported
    /// beside the table, not a field of the accuracy: an action is free text whose cut is a judgment.
    var actionsExpected = 0, actionsRight = 0
    /// Matched members whose role is the expected one, and whose position is (within a small OCR distance).
    var memberRoleRight = 0, memberPositionRight = 0
    var misses: [String] = []

    var accuracy: Double { fields == 0 ? 1 : Double(right) / Double(fields) }
    var silentRate: Double { fields == 0 ? 0 : Double(wrongSilently) / Double(fields) }
    var precision: Double { memberFound == 0 ? 1 : Double(memberTP) / Double(memberFound) }
    var recall: Double { memberExpected == 0 ? 1 : Double(memberTP) / Double(memberExpected) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    static func fold(_ s: String?) -> String? {
        guard let s else { return nil }
        let f = s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
        return f.isEmpty ? nil : f
    }

    /// Names and positions as OCR leaves them: equal after folding, or within a small look-alike distance.
    static func near(_ a: String?, _ b: String?, tolerance: Double = 0.2) -> Bool {
        guard let a = fold(a), let b = fold(b) else { return fold(a) == fold(b) }
        if a == b { return true }
        return ThaiLookalike.normalizedDistance(a.replacingOccurrences(of: " ", with: ""), b.replacingOccurrences(of: " ", with: "")) <= tolerance
    }

    mutating func add(expected e: [String: Any], got r: Record, id: String) {
        documents += 1
        func check(_ field: String, _ expected: String?, _ got: String?, warnField: String? = nil) {
            guard expected != nil || got != nil else { return }
            fields += 1
            if Self.fold(expected) == Self.fold(got) { right += 1; return }
            let wf = warnField ?? field
            let warned = r.warnings.contains { w in
                guard let f = w.field else { return false }
                return f == wf || f.hasPrefix(wf + ".") || f.hasPrefix(wf + "[") || wf.hasPrefix(f)
            }
            if !warned { wrongSilently += 1 }
            misses.append("\(id) \(field): expected \(expected ?? "null"), got \(got ?? "null")\(warned ? " (warned)" : "")")
        }
        func str(_ k: String) -> String? { e[k] as? String }
        check("kind", str("kind"), r.kind.rawValue)
        check("urgency", str("urgency"), r.urgency?.rawValue)
        check("secrecy", str("secrecy"), r.secrecy?.rawValue)
        check("agency", str("agency"), r.agency)
        check("reference_no", str("reference_no"), r.referenceNo)
        check("order_no", str("order_no"), r.orderNo)
        check("date", str("date"), r.date)
        check("subject", str("subject"), r.subject)
        check("addressee", str("addressee"), r.addressee)
        let sig = e["signatory"] as? [String: Any]
        check("signatory.name", sig?["name"] as? String, r.signatory?.name, warnField: "signatory")
        check("signatory.position", sig?["position"] as? String, r.signatory?.position, warnField: "signatory")
        let contact = e["contact"] as? [String: Any] ?? [:]
        func list(_ v: Any?) -> String? {
            let a = (v as? [String] ?? []).sorted()
            return a.isEmpty ? nil : a.joined(separator: "|")
        }
        check("contact.phone", list(contact["phone"]), list(r.contact.phone), warnField: "contact")
        check("contact.fax", list(contact["fax"]), list(r.contact.fax), warnField: "contact")
        check("contact.email", list(contact["email"]), list(r.contact.email), warnField: "contact")
        check("references", list((e["references"] as? [String])?.map { Self.fold($0) ?? "" }), list(r.references.map { Self.fold($0) ?? "" }))
        check("enclosures", list((e["enclosures"] as? [String])?.map { Self.fold($0) ?? "" }), list(r.enclosures.map { Self.fold($0) ?? "" }))
        let deadlines = (e["deadlines"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
        check("deadlines", list(deadlines), list(r.deadlines.compactMap(\.date)))
        for (k, d) in (e["deadlines"] as? [[String: Any]] ?? []).enumerated() {
            guard let action = d["action"] as? String else { continue }
            actionsExpected += 1
            let got = k < r.deadlines.count ? r.deadlines[k].action : nil
            if Self.fold(got) == Self.fold(action) { actionsRight += 1 }
            else { misses.append("\(id) deadlines[\(k)].action: expected \(action), got \(got ?? "null") (not scored)") }
        }
        let reqs = (e["requirements"] as? [[String: Any]] ?? []).map { "\($0["kind"] ?? "")=\($0["value"].map { "\($0)" } ?? "")" }
        check("requirements", list(reqs), list(r.requirements.map { req in
            switch req.value { case .number(let n): return "\(req.kind)=\(n)"; case .string(let s): return "\(req.kind)=\(s)" }
        }))
        let starts = (e["meetings"] as? [[String: Any]] ?? []).compactMap { $0["start"] as? String }
        check("meetings", list(starts), list(r.meetings.compactMap(\.start)))
        scoreMembers(expected: e["members"] as? [[String: Any]] ?? [], got: r.members, id: id)
    }

    mutating func scoreMembers(expected: [[String: Any]], got: [Member], id: String) {
        memberExpected += expected.count
        memberFound += got.count
        var used = Set<Int>()
        for m in expected {
            let name = m["name"] as? String
            let position = m["position"] as? String
            if let j = got.indices.first(where: { j in
                !used.contains(j) && (name != nil ? Self.near(name, got[j].name) : (got[j].name == nil && Self.near(position, got[j].position, tolerance: 0.25)))
            }) {
                used.insert(j)
                memberTP += 1
                // The role and position of a matched member (reported beside the table, not in F1).
                if (m["role"] as? String) == got[j].role?.rawValue { memberRoleRight += 1 }
                else { misses.append("\(id) member role: \(name ?? position ?? "?") expected \(m["role"] as? String ?? "null"), got \(got[j].role?.rawValue ?? "null") (not scored)") }
                if Self.near(position, got[j].position, tolerance: 0.1) { memberPositionRight += 1 }
            } else {
                misses.append("\(id) member missing: \(name ?? position ?? "?")")
            }
        }
        for j in got.indices where !used.contains(j) {
            misses.append("\(id) member extra: \(got[j].name ?? "-") | \(got[j].position ?? "-")")
        }
    }
}
