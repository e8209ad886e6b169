import SarabanCore
import ThaiText

/// `member_duplicate`: the same person is listed twice. Names are compared without spaces, so
/// `นายสมชาย ใจดี` and `นายสมชาย  ใจดี` are one person; position-only entries are not compared.
public struct DuplicatePersonCheck: RecordCheck {
    public init() {}
    public var codes: [String] { ["member_duplicate"] }
    public func check(_ r: Record, context: ValidationContext) -> [ValidationIssue] {
        var keyed: [(index: Int, name: String, key: String)] = []
        keyed.reserveCapacity(r.members.count)
        for (i, m) in r.members.enumerated() {
            guard let name = m.name else { continue }
            let key = Self.withoutWhitespace(name)
            guard !key.isEmpty else { continue }
            keyed.append((i, name, key))
        }
        guard keyed.count > 1 else { return [] }
        // Keys that are all plain (ASCII, Thai, punctuation, marks in canonical order) are equal
        // as Strings exactly when their bytes are: compare and hash those by bytes, which spares
        // String's normalising hash per member. Otherwise the String dictionary, as before.
        if keyed.allSatisfy({ ThaiScalarSearch.isPlain($0.key.unicodeScalars) }) {
            var seen: [ByteKey: Int] = [:]
            seen.reserveCapacity(keyed.count)
            return report(keyed) { key, i in
                let k = ByteKey(text: key)
                if let first = seen[k] { return first }
                seen[k] = i
                return nil
            }
        }
        var seen: [String: Int] = [:]
        return report(keyed) { key, i in
            if let first = seen[key] { return first }
            seen[key] = i
            return nil
        }
    }

    /// Issues in member order; `firstIndex(key, i)` answers the first member with the key, or
    /// records member i as the first and answers nil.
    private func report(_ keyed: [(index: Int, name: String, key: String)],
                        firstIndex: (String, Int) -> Int?) -> [ValidationIssue] {
        var out: [ValidationIssue] = []
        for (i, name, key) in keyed {
            if let first = firstIndex(key, i) {
                out.append(ValidationIssue(severity: .error, code: "member_duplicate",
                                           message: "\(name) is listed as members[\(first)] and members[\(i)]", field: "members[\(i)].name"))
            }
        }
        return out
    }

    /// `String(name.unicodeScalars.filter { !$0.properties.isWhitespace })`, with ASCII and Thai
    /// decided without the property look-up, encoded to UTF-8 once.
    static func withoutWhitespace(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for s in name.unicodeScalars {
            let v = s.value
            let whitespace: Bool
            if v < 0x80 { whitespace = v == 0x20 || (v >= 0x09 && v <= 0x0D) }
            else if v >= 0x0E00 && v <= 0x0E7F { whitespace = false }
            else { whitespace = s.properties.isWhitespace }
            if !whitespace { UTF8.encode(s) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A key hashed and compared by its UTF-8 bytes.
    struct ByteKey: Hashable {
        var text: String
        static func == (a: ByteKey, b: ByteKey) -> Bool {
            guard a.text.utf8.count == b.text.utf8.count else { return false }
            var x = a.text, y = b.text
            return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
        }
        func hash(into h: inout Hasher) {
            var t = text
            t.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
