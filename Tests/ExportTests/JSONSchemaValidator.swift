import Foundation
import Testing

/// A validator for the subset of JSON Schema (2020-12) that schemas/*.schema.json use: `type`
/// (one or a list), `properties`, `required`, `additionalProperties` (false or a schema), `items`,
/// `enum`, `const`, `pattern`, `minimum`, `maximum`, `minLength`, and local `$ref` into `$defs`.
/// A keyword it does not know is an error, so the schema cannot silently outgrow the check.
struct JSONSchemaValidator {
    let root: [String: Any]
    static let known: Set<String> = [
        "$schema", "$id", "title", "description", "$defs", "type", "properties", "required", "additionalProperties",
        "items", "enum", "const", "pattern", "minimum", "maximum", "minLength", "$ref",
    ]

    init(path: URL) throws {
        struct NotAnObject: Error {}
        guard let r = try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any] else { throw NotAnObject() }
        root = r
    }

    /// The violations of `value` against the root schema, each with its JSON path.
    func errors(_ value: Any) -> [String] {
        var out: [String] = []
        check(value, root, "$", &out)
        return out
    }

    private func check(_ v: Any, _ schema: [String: Any], _ path: String, _ out: inout [String]) {
        for key in schema.keys where !Self.known.contains(key) { out.append("\(path): schema keyword \(key) not supported") }
        if let ref = schema["$ref"] as? String {
            let name = String(ref.dropFirst("#/$defs/".count))
            guard ref.hasPrefix("#/$defs/"), let def = (root["$defs"] as? [String: Any])?[name] as? [String: Any] else {
                out.append("\(path): unresolved \(ref)"); return
            }
            check(v, def, path, &out)
        }
        if let t = schema["type"] {
            let types = (t as? [String]) ?? [t as! String]
            if !types.contains(where: { Self.isType(v, $0) }) { out.append("\(path): \(Self.describe(v)) is not \(types)") ; return }
        }
        if let c = schema["const"], !Self.equal(c, v) { out.append("\(path): not the constant \(c)") }
        if let e = schema["enum"] as? [Any], !e.contains(where: { Self.equal($0, v) }) { out.append("\(path): \(Self.describe(v)) not in enum") }
        if let s = v as? String {
            if let p = schema["pattern"] as? String, s.range(of: p, options: .regularExpression) == nil { out.append("\(path): \"\(s)\" does not match \(p)") }
            if let m = schema["minLength"] as? Int, s.count < m { out.append("\(path): shorter than \(m)") }
        }
        if let n = v as? NSNumber, !(v is Bool), !Self.isBool(v) {
            if let m = schema["minimum"] as? Double, n.doubleValue < m { out.append("\(path): below \(m)") }
            if let m = schema["maximum"] as? Double, n.doubleValue > m { out.append("\(path): above \(m)") }
        }
        if let o = v as? [String: Any] {
            let props = schema["properties"] as? [String: Any] ?? [:]
            for r in schema["required"] as? [String] ?? [] where o[r] == nil { out.append("\(path): missing \(r)") }
            for (k, value) in o {
                if let p = props[k] as? [String: Any] { check(value, p, "\(path).\(k)", &out) }
                else if let extra = schema["additionalProperties"] {
                    if let allowed = extra as? Bool { if !allowed { out.append("\(path): unexpected key \(k)") } }
                    else if let s = extra as? [String: Any] { check(value, s, "\(path).\(k)", &out) }
                }
            }
        }
        if let a = v as? [Any], let items = schema["items"] as? [String: Any] {
            for (i, x) in a.enumerated() { check(x, items, "\(path)[\(i)]", &out) }
        }
    }

    static func isBool(_ v: Any) -> Bool {
        // Foundation on Linux reads true/false as __NSCFBoolean; numbers are plain NSNumber.
        String(describing: type(of: v)).contains("Boolean") || type(of: v) == Bool.self
    }

    static func isType(_ v: Any, _ t: String) -> Bool {
        switch t {
        case "null": return v is NSNull
        case "string": return v is String
        case "boolean": return isBool(v)
        case "integer": if let n = v as? NSNumber, !isBool(v) { return n.doubleValue == n.doubleValue.rounded() } else { return false }
        case "number": return v is NSNumber && !isBool(v)
        case "array": return v is [Any]
        case "object": return v is [String: Any]
        default: return false
        }
    }

    static func equal(_ a: Any, _ b: Any) -> Bool {
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let x = a as? String, let y = b as? String { return x == y }
        if let x = a as? NSNumber, let y = b as? NSNumber { return x == y && isBool(x) == isBool(y) }
        return false
    }

    static func describe(_ v: Any) -> String { v is NSNull ? "null" : "\(type(of: v)) \(v)" }
}
