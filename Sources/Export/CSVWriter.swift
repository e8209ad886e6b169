import Foundation
import SarabanCore
import Validation

/// CSV for spreadsheets: `OUT` holds the documents table, `OUT` with `.members.csv` the members
/// table (and `.compliance.csv` the verdicts of `check`). RFC 4180 (CRLF, fields with `,` `"` or
/// line breaks quoted, quotes doubled), UTF-8 with a BOM so that Excel shows Thai.
public final class CSVWriter: OutputWriter {
    public static let documentColumns = [
        "path", "sha256", "format", "encoding", "status", "error", "kind", "district", "agency", "reference_no", "order_no",
        "date", "date_text", "subject", "addressee", "signatory", "signatory_position", "urgency", "secrecy",
        "members", "deadlines", "meetings", "warnings", "issues",
    ]
    public static let memberColumns = [
        "path", "sha256", "district", "seq", "name", "title", "given_name", "family_name", "position", "role", "group",
    ]
    public static let complianceColumns = ["file", "district", "agency", "date", "compliant"]
        + ComplianceCheck.Code.allCases.flatMap { [$0.rawValue, $0.rawValue + "_detail"] } + ["error"]

    private let documents: AtomicFile
    private let members: AtomicFile
    private var compliance: [ComplianceResult]?
    public let membersPath: String
    public let compliancePath: String

    public static func companionPath(_ path: String, _ suffix: String) -> String {
        let base = path.hasSuffix(".csv") ? String(path.dropLast(4)) : path
        return base + "." + suffix + ".csv"
    }

    public init(path: String) throws {
        membersPath = Self.companionPath(path, "members")
        compliancePath = Self.companionPath(path, "compliance")
        documents = try AtomicFile(path: path)
        members = try AtomicFile(path: membersPath)
        try documents.write(Self.bom + Self.row(Self.documentColumns))
        try members.write(Self.bom + Self.row(Self.memberColumns))
    }

    static let bom = "\u{FEFF}"

    /// One RFC 4180 row with its CRLF.
    public static func row(_ fields: [String?]) -> String {
        fields.map { field($0 ?? "") }.joined(separator: ",") + "\r\n"
    }

    public static func field(_ s: String) -> String {
        let needsQuotes = s.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || s.hasPrefix(" ") || s.hasSuffix(" ")
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    public func write(_ item: OutputItem) throws {
        switch item {
        case .error(let e):
            var fields = [String?](repeating: nil, count: Self.documentColumns.count)
            fields[0] = e.path; fields[1] = e.sha256; fields[4] = "error"
            fields[5] = e.part.map { "\($0): \(e.reason)" } ?? e.reason
            try documents.write(Self.row(fields))
        case .record(let r):
            let district = ComplianceChecker.district(of: r)
            try documents.write(Self.row([
                r.source.path, r.source.sha256, r.source.format.rawValue, r.source.encoding, "ok", nil, r.kind.rawValue,
                district, r.agency, r.referenceNo, r.orderNo, r.date, r.dateText, r.subject, r.addressee,
                r.signatory?.name, r.signatory?.position, r.urgency?.rawValue, r.secrecy?.rawValue,
                String(r.members.count), r.deadlines.compactMap(\.date).joined(separator: "; "),
                r.meetings.compactMap { $0.start ?? $0.recurrence }.joined(separator: "; "),
                String(r.warnings.count), r.issues.map(\.code).joined(separator: "; "),
            ]))
            for m in r.members {
                try members.write(Self.row([
                    r.source.path, r.source.sha256, district, m.seq.map(String.init), m.name, m.title, m.givenName,
                    m.familyName, m.position, m.role?.rawValue, m.group,
                ]))
            }
        }
    }

    public func write(compliance: [ComplianceResult], policy: CompliancePolicy?) throws { self.compliance = compliance }

    public func finish() throws {
        if let compliance {
            let file = try AtomicFile(path: compliancePath)
            try file.write(Self.bom + Self.row(Self.complianceColumns))
            for r in compliance {
                var fields: [String?] = [r.file, r.district, r.agency, r.date, r.compliant.map { String($0) }]
                for code in ComplianceCheck.Code.allCases {
                    let c = r.check(code)
                    fields.append(c.map { $0.passed.map { String($0) } ?? "unknown" })
                    fields.append(c?.detail)
                }
                fields.append(r.error)
                try file.write(Self.row(fields))
            }
            try file.commit()
        }
        try members.commit()
        try documents.commit()
    }
}
