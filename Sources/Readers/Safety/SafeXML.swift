import CLibXML2
import Foundation
import SarabanCore

/// An XML element read from an untrusted part. Names are canonical: a known namespace gets its
/// usual prefix (`w:p`, `text:p`, `dc:title`), the XHTML and ALTO namespaces get none (`div`,
/// `String`), anything else keeps the prefix it was written with.
final class XMLElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    subscript(attribute: String) -> String? { attributes[attribute] }

    var elements: [XMLElement] {
        children.compactMap { if case .element(let e) = $0 { return e } else { return nil } }
    }
    func first(_ name: String) -> XMLElement? { elements.first { $0.name == name } }
    func all(_ name: String) -> [XMLElement] { elements.filter { $0.name == name } }

    /// Every descendant element named `name`, in document order.
    func descendants(_ name: String) -> [XMLElement] {
        var out: [XMLElement] = []
        var stack: [XMLElement] = [self]
        while let e = stack.popLast() {
            for child in e.elements.reversed() { stack.append(child) }
            if e !== self && e.name == name { out.append(e) }
        }
        return out
    }

    /// All text below this element in document order.
    var textContent: String {
        var out = ""
        func walk(_ e: XMLElement) {
            for c in e.children {
                switch c {
                case .text(let t): out += t
                case .element(let child): walk(child)
                }
            }
        }
        walk(self)
        return out
    }

    /// The text held directly by this element (not by its child elements).
    var directText: String {
        children.reduce(into: "") { if case .text(let t) = $1 { $0 += t } }
    }
}

enum XMLNode {
    case element(XMLElement)
    case text(String)
}

/// Parses untrusted XML with libxml2's streaming reader into a small tree, safely:
/// no network, no DTD loading, no entity substitution, no "huge" mode; a DTD that declares
/// entities (billion laughs, XXE) is refused; depth, size and node count are limited.
/// Foundation's XMLParser is not used because it substitutes entities.
enum SafeXML {
    /// libxml2 options: never NOENT, DTDLOAD, DTDATTR or HUGE.
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                               | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue
                               | XML_PARSE_NOXINCNODE.rawValue)

    static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Namespace URI → canonical prefix ("" for none).
    static let prefixes: [String: String] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
        "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
        "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
        "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "cp",
        "http://purl.org/dc/elements/1.1/": "dc",
        "http://purl.org/dc/terms/": "dcterms",
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": "wp",
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": "wps",
        "urn:schemas-microsoft-com:vml": "v",
        "http://www.w3.org/XML/1998/namespace": "xml",
        "urn:oasis:names:tc:opendocument:xmlns:office:1.0": "office",
        "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
        "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
        "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
        "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
        "urn:oasis:names:tc:opendocument:xmlns:meta:1.0": "meta",
        "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0": "fo",
        "http://www.w3.org/1999/xhtml": "",
    ]

    static func canonical(prefix: String?, namespace: String?, local: String) -> String {
        guard let namespace, !namespace.isEmpty else { return local }
        if let p = prefixes[namespace] { return p.isEmpty ? local : p + ":" + local }
        // ALTO has one namespace per version (v2, v3, v4 …): treat them all as unprefixed.
        if namespace.contains("www.loc.gov/standards/alto") { return local }
        if let prefix, !prefix.isEmpty { return prefix + ":" + local }
        return local
    }

    /// Parses `bytes` (one part of `file`) into its root element.
    /// Elements named in `skipping` are parsed (and checked) by libxml2 but not built into the tree:
    /// a reader that needs only part of a big part (styles.xml) says so.
    /// Text nodes are left out of the tree when `keepingText` is false (a reader that reads only
    /// attributes, as ALTO's CONTENT: its pages hold thousands of whitespace nodes).
    static func parse(_ bytes: [UInt8], file: String, part: String?, limits: ReaderLimits = .standard,
                      skipping: Set<String> = [], keepingText: Bool = true) throws(SarabanError) -> XMLElement {
        _ = initialised
        func fail(_ kind: SarabanError.Kind, _ reason: String) -> SarabanError {
            SarabanError(kind, file: file, part: part, reason: reason)
        }
        guard bytes.count <= limits.maxXMLBytes else {
            throw fail(.tooLarge, "XML part of \(bytes.count) bytes exceeds the limit of \(limits.maxXMLBytes)")
        }
        guard !bytes.isEmpty else { throw fail(.malformed, "empty XML") }
        if let reason = prologDeclaresEntities(bytes) { throw fail(.unsafe, reason) }

        let maybeReader: xmlTextReaderPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { base in
                xmlReaderForMemory(base, Int32(buf.count), nil, nil, options)
            }
        }
        guard let reader = maybeReader else { throw fail(.malformed, "libxml2 could not start reading") }
        defer { xmlFreeTextReader(reader) }
        // The reader must keep the buffer alive while it reads: it was handed a pointer into `bytes`,
        // which lives until this function returns.
        return try withExtendedLifetime(bytes) { () throws(SarabanError) -> XMLElement in
            var names = NameCache()
            var stack: [XMLElement] = []
            var root: XMLElement?
            var nodes = 0
            var entityRefs = 0
            var pending: Int32?
            while true {
                let status = pending ?? xmlTextReaderRead(reader)
                pending = nil
                if status == 0 { break }
                if status < 0 {
                    let message = lastError() ?? "not well-formed XML"
                    // libxml2 reads ahead, so its own depth guard (256) can fire before ours.
                    if message.contains("Excessive depth") {
                        throw fail(.unsafe, "XML nested deeper than \(limits.maxXMLDepth) elements")
                    }
                    throw fail(.malformed, message)
                }
                nodes += 1
                if nodes > limits.maxXMLNodes { throw fail(.tooLarge, "more than \(limits.maxXMLNodes) XML nodes") }
                let type = xmlTextReaderNodeType(reader)
                switch type {
                case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                    let depth = Int(xmlTextReaderDepth(reader))
                    if depth >= limits.maxXMLDepth {
                        throw fail(.unsafe, "XML nested deeper than \(limits.maxXMLDepth) elements")
                    }
                    let name = names.name(reader)
                    if skipping.contains(name) {
                        // Move past the whole subtree; the node after it is handled next time round.
                        pending = xmlTextReaderNext(reader)
                        continue
                    }
                    let element = XMLElement(name: name, attributes: attributes(reader, &names))
                    if let parent = stack.last { parent.children.append(.element(element)) } else if root == nil { root = element }
                    if xmlTextReaderIsEmptyElement(reader) != 1 { stack.append(element) }
                case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                    _ = stack.popLast()
                case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                     Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                    if keepingText, let parent = stack.last, let value = xmlTextReaderConstValue(reader) {
                        parent.children.append(.text(String(cString: value)))
                    }
                case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                    if let reason = doctypeDeclaresEntities(reader) { throw fail(.unsafe, reason) }
                case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
                    entityRefs += 1
                    throw fail(.unsafe, "entity reference &\(names.name(reader)); refused (entities are never expanded)")
                default:
                    break
                }
            }
            _ = entityRefs
            guard let root else { throw fail(.malformed, "no root element") }
            if !stack.isEmpty { throw fail(.malformed, "truncated XML: <\(stack.last!.name)> is not closed") }
            return root
        }
    }

    /// Canonical names by libxml2's name pointers: the reader interns names in its dictionary, so
    /// each distinct name is turned into a Swift string once. Namespace strings are not interned
    /// (they can be freed and their memory reused), so every hit is checked against copies.
    struct NameCache {
        struct Key: Hashable {
            let local: UnsafeRawPointer?, namespace: UnsafeRawPointer?, prefix: UnsafeRawPointer?
        }
        struct Entry {
            let name: String
            let local: [CChar]?
            let namespace: [CChar]?
            let prefix: [CChar]?
        }
        private var cache: [Key: Entry] = [:]

        private static func copy(_ p: UnsafePointer<xmlChar>?) -> [CChar]? {
            guard let p else { return nil }
            return p.withMemoryRebound(to: CChar.self, capacity: 1) { Array(UnsafeBufferPointer(start: $0, count: strlen($0) + 1)) }
        }
        private static func same(_ p: UnsafePointer<xmlChar>?, _ copy: [CChar]?) -> Bool {
            switch (p, copy) {
            case (nil, nil): return true
            case (let p?, let c?): return p.withMemoryRebound(to: CChar.self, capacity: 1) { strcmp($0, c) == 0 }
            default: return false
            }
        }

        mutating func name(_ reader: xmlTextReaderPtr) -> String {
            let local = xmlTextReaderConstLocalName(reader), ns = xmlTextReaderConstNamespaceUri(reader)
            let prefix = xmlTextReaderConstPrefix(reader)
            let key = Key(local: local.map(UnsafeRawPointer.init), namespace: ns.map(UnsafeRawPointer.init),
                          prefix: prefix.map(UnsafeRawPointer.init))
            if let hit = cache[key], Self.same(local, hit.local), Self.same(ns, hit.namespace), Self.same(prefix, hit.prefix) {
                return hit.name
            }
            let name = SafeXML.canonical(prefix: prefix.map { String(cString: $0) }, namespace: ns.map { String(cString: $0) },
                                         local: local.map { String(cString: $0) } ?? "")
            if cache.count < 4096 { cache[key] = Entry(name: name, local: Self.copy(local), namespace: Self.copy(ns), prefix: Self.copy(prefix)) }
            return name
        }
    }

    private static func attributes(_ reader: xmlTextReaderPtr, _ names: inout NameCache) -> [String: String] {
        guard xmlTextReaderHasAttributes(reader) == 1 else { return [:] }
        var out: [String: String] = [:]
        // Sized once (namespace declarations included): growing it by inserting cost more than
        // the lookups.
        out.reserveCapacity(Int(max(0, xmlTextReaderAttributeCount(reader))))
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            let name = names.name(reader)
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            out[name] = value
        }
        xmlTextReaderMoveToElement(reader)
        return out
    }

    /// The DTD node's entity tables: any general or parameter entity declared → refuse.
    static func doctypeDeclaresEntities(_ reader: xmlTextReaderPtr) -> String? {
        guard let node = xmlTextReaderCurrentNode(reader) else { return nil }
        let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self)
        if dtd.pointee.entities != nil || dtd.pointee.pentities != nil {
            return "the DTD declares entities (billion laughs / external entity attack); refused"
        }
        return nil
    }

    /// A cheap scan of the prolog (before the root element) for `<!ENTITY`, so that an entity
    /// bomb is refused before libxml2 starts on it. Catches ASCII-compatible encodings; the DTD
    /// node check above covers the rest.
    static func prologDeclaresEntities(_ bytes: [UInt8]) -> String? {
        let pattern = Array("<!ENTITY".utf8)
        let limit = min(bytes.count, 1 << 20)
        var i = 0
        while i < limit {
            if bytes[i] == UInt8(ascii: "<") {
                if bytes[i...].starts(with: pattern) {
                    return "the DTD declares entities (billion laughs / external entity attack); refused"
                }
                // The root element starts: the prolog is over.
                if i + 1 < bytes.count {
                    let next = bytes[i + 1]
                    if next != UInt8(ascii: "?") && next != UInt8(ascii: "!") { return nil }
                }
            }
            i += 1
        }
        return nil
    }

    static func lastError() -> String? {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return nil }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return "line \(error.pointee.line): \(text)"
    }
}
