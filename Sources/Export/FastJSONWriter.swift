import SarabanCore

/// A hand-written JSON writer for records: the same bytes as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` (the Codable form), several times faster because it builds bytes
/// directly. Keys are written in sorted order by hand; ExportTests compares its output with the
/// Codable form byte for byte and by decoding both.
public struct FastJSONWriter {
    public private(set) var bytes: [UInt8] = []
    public init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    // MARK: values

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ s: String) {
        bytes.append(0x22)
        var s = s
        s.withUTF8 { buf in
            // Copy runs of bytes that need no escaping in one go; escape the rest one by one.
            var run = 0
            for i in 0..<buf.count {
                let b = buf[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                if run < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[run..<i])) }
                run = i + 1
                switch b {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                case 0x08: bytes.append(0x5C); bytes.append(0x62)
                case 0x0C: bytes.append(0x5C); bytes.append(0x66)
                default:
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
                }
            }
            if run < buf.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buf[run...])) }
        }
        bytes.append(0x22)
    }

    static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func string(_ s: String?) { if let s { string(s) } else { raw("null") } }
    mutating func int(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }
    mutating func int(_ n: Int?) { if let n { int(n) } else { raw("null") } }
    mutating func bool(_ b: Bool) { if b { raw("true") } else { raw("false") } }

    /// Doubles as JSONEncoder writes them: integral values without `.0`.
    mutating func double(_ d: Double) {
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        bytes.append(contentsOf: s.utf8)
    }

    mutating func key(_ k: StaticString, first: Bool = false) {
        if !first { bytes.append(0x2C) }
        bytes.append(0x22)
        raw(k)
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    mutating func strings(_ list: [String]) {
        bytes.append(0x5B)
        for (i, s) in list.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            string(s)
        }
        bytes.append(0x5D)
    }

    mutating func array<T>(_ list: [T], _ each: (inout FastJSONWriter, T) -> Void) {
        bytes.append(0x5B)
        for (i, v) in list.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            each(&self, v)
        }
        bytes.append(0x5D)
    }

    // MARK: the record (keys in sorted order)

    public mutating func write(_ r: Record) {
        raw("{")
        key("addressee", first: true); string(r.addressee)
        key("agency"); string(r.agency)
        key("body"); strings(r.body)
        key("contact"); raw("{"); key("email", first: true); strings(r.contact.email)
        key("fax"); strings(r.contact.fax); key("phone"); strings(r.contact.phone); raw("}")
        key("date"); string(r.date)
        key("date_text"); string(r.dateText)
        key("deadlines"); array(r.deadlines) { w, d in
            w.raw("{"); w.key("action", first: true); w.string(d.action); w.key("date"); w.string(d.date)
            w.key("text"); w.string(d.text); w.raw("}")
        }
        key("enclosures"); strings(r.enclosures)
        key("extra"); dictionary(r.extra) { w, v in
            switch v {
            case .string(let s): w.string(s)
            case .strings(let s): w.strings(s)
            case .number(let n): w.int(n)
            }
        }
        key("issues"); array(r.issues) { w, i in
            w.raw("{"); w.key("code", first: true); w.string(i.code); w.key("field"); w.string(i.field)
            w.key("message"); w.string(i.message); w.key("severity"); w.string(i.severity.rawValue); w.raw("}")
        }
        key("kind"); string(r.kind.rawValue)
        key("meetings"); array(r.meetings) { w, m in
            w.raw("{"); w.key("end", first: true); w.string(m.end); w.key("place"); w.string(m.place)
            w.key("recurrence"); w.string(m.recurrence); w.key("start"); w.string(m.start)
            w.key("text"); w.string(m.text); w.raw("}")
        }
        key("members"); array(r.members) { w, m in
            w.raw("{"); w.key("family_name", first: true); w.string(m.familyName); w.key("given_name"); w.string(m.givenName)
            w.key("group"); w.string(m.group); w.key("name"); w.string(m.name); w.key("position"); w.string(m.position)
            w.key("role"); w.string(m.role?.rawValue); w.key("seq"); w.int(m.seq); w.key("title"); w.string(m.title)
            w.raw("}")
        }
        key("order_no"); string(r.orderNo)
        key("provenance"); dictionary(r.provenance) { w, f in
            // Synthesized Codable: absent optionals are left out.
            w.raw("{"); w.key("block", first: true); w.int(f.block)
            if let c = f.confidence { w.key("confidence"); w.double(c) }
            if let l = f.line { w.key("line"); w.int(l) }
            if let p = f.page { w.key("page"); w.int(p) }
            if let p = f.part { w.key("part"); w.string(p) }
            w.raw("}")
        }
        key("reference")
        if let ref = r.reference {
            raw("{"); key("circular", first: true); bool(ref.circular); key("number"); string(ref.number)
            key("office"); string(ref.office); key("prefix"); string(ref.prefix); key("year"); int(ref.year); raw("}")
        } else { raw("null") }
        key("reference_no"); string(r.referenceNo)
        key("references"); strings(r.references)
        key("requirements"); array(r.requirements) { w, q in
            w.raw("{"); w.key("kind", first: true); w.string(q.kind); w.key("text"); w.string(q.text)
            w.key("unit"); w.string(q.unit); w.key("value")
            switch q.value {
            case .number(let n): w.int(n)
            case .string(let s): w.string(s)
            }
            w.raw("}")
        }
        key("schema"); string(Record.schema)
        key("secrecy"); string(r.secrecy?.rawValue)
        key("signatory")
        if let s = r.signatory {
            raw("{"); key("family_name", first: true); string(s.familyName); key("given_name"); string(s.givenName)
            key("name"); string(s.name); key("position"); string(s.position); key("title"); string(s.title); raw("}")
        } else { raw("null") }
        key("source"); raw("{"); key("bytes", first: true); int(r.source.byteCount)
        if let e = r.source.encoding { key("encoding"); string(e) }
        key("format"); string(r.source.format.rawValue); key("path"); string(r.source.path)
        key("sha256"); string(r.source.sha256); raw("}")
        key("subject"); string(r.subject)
        key("urgency"); string(r.urgency?.rawValue)
        key("warnings"); array(r.warnings) { w, x in
            w.raw("{"); w.key("code", first: true); w.string(x.code); w.key("field"); w.string(x.field)
            w.key("message"); w.string(x.message); w.key("text"); w.string(x.text); w.raw("}")
        }
        raw("}")
    }

    public mutating func write(_ e: ErrorRecord) {
        raw("{"); key("part", first: true); string(e.part); key("path"); string(e.path)
        key("reason"); string(e.reason); key("schema"); string(ErrorRecord.schema); key("sha256"); string(e.sha256); raw("}")
    }

    /// A dictionary with its keys sorted as JSONEncoder sorts them.
    mutating func dictionary<V>(_ d: [String: V], _ each: (inout FastJSONWriter, V) -> Void) {
        raw("{")
        for (i, k) in d.keys.sorted(by: FastJSONWriter.keyOrder).enumerated() {
            if i > 0 { bytes.append(0x2C) }
            string(k)
            bytes.append(0x3A)
            each(&self, d[k]!)
        }
        raw("}")
    }

    /// JSONEncoder's `.sortedKeys` order: by UTF-8 bytes.
    /// (`a.utf8.lexicographicallyPrecedes(b.utf8)`, compared on the two byte buffers: the generic
    /// iterator comparison cost most of writing a record's provenance.)
    static func keyOrder(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                var i = 0
                while i < n {
                    if x[i] != y[i] { return x[i] < y[i] }
                    i += 1
                }
                return x.count < y.count
            }
        }
    }
}
