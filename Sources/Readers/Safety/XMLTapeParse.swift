import CLibXML2
import Foundation
import SarabanCore

extension XMLTape {
    /// Parses `bytes` (one part of `file`) into a tape, with every safety check of `SafeXML.parse`
    /// and the same result: the same elements, names, attributes and text, and, for XML it refuses,
    /// the same error.
    ///
    /// libxml2's SAX2 parser reads it first (`XMLTapeSAX`): no libxml2 node is built or freed, no
    /// Swift string made until a reader asks. Anything out of the ordinary for that path (a parse
    /// error, a DOCTYPE, an entity, a limit neared, an `&` in an attribute value) makes it give up,
    /// and the part is read again by `SafeXML`'s own streaming-reader loop, whose result and error
    /// messages are the reference. Real DOCX parts never take the second path.
    /// Elements named in `skipping` are parsed but left out, with what they hold; text is left out
    /// when `keepingText` is false.
    static func parse(_ bytes: [UInt8], file: String, part: String?, limits: ReaderLimits = .standard,
                      skipping: Set<String> = [], keepingText: Bool = true) throws(SarabanError) -> XMLTape {
        _ = SafeXML.initialised
        func fail(_ kind: SarabanError.Kind, _ reason: String) -> SarabanError {
            SarabanError(kind, file: file, part: part, reason: reason)
        }
        // The checks SafeXML.parse makes before libxml2 starts, in its order.
        guard bytes.count <= limits.maxXMLBytes else {
            throw fail(.tooLarge, "XML part of \(bytes.count) bytes exceeds the limit of \(limits.maxXMLBytes)")
        }
        guard !bytes.isEmpty else { throw fail(.malformed, "empty XML") }
        if let reason = SafeXML.prologDeclaresEntities(bytes) { throw fail(.unsafe, reason) }

        if let tape = XMLTapeSAX.parse(bytes, limits: limits, skipping: skipping, keepingText: keepingText) { return tape }
        return try readExactly(bytes, limits: limits, skipping: skipping, keepingText: keepingText, fail: fail)
    }

    /// `SafeXML.parse`'s loop over libxml2's streaming reader, building a tape instead of a tree.
    static func readExactly(_ bytes: [UInt8], limits: ReaderLimits, skipping: Set<String>, keepingText: Bool,
                                    fail: (SarabanError.Kind, String) -> SarabanError) throws(SarabanError) -> XMLTape {
        let maybeReader: xmlTextReaderPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { base in
                xmlReaderForMemory(base, Int32(buf.count), nil, nil, SafeXML.options)
            }
        }
        guard let reader = maybeReader else { throw fail(.malformed, "libxml2 could not start reading") }
        defer { xmlFreeTextReader(reader) }
        return try withExtendedLifetime(bytes) { () throws(SarabanError) -> XMLTape in
            var tape = XMLTape()
            var names = SafeXML.NameCache()
            var stack: [(element: Int, name: String)] = []
            var hasRoot = false
            var nodes = 0
            var pending: Int32?
            while true {
                let status = pending ?? xmlTextReaderRead(reader)
                pending = nil
                if status == 0 { break }
                if status < 0 {
                    let message = SafeXML.lastError() ?? "not well-formed XML"
                    if message.contains("Excessive depth") {
                        throw fail(.unsafe, "XML nested deeper than \(limits.maxXMLDepth) elements")
                    }
                    throw fail(.malformed, message)
                }
                nodes += 1
                if nodes > limits.maxXMLNodes { throw fail(.tooLarge, "more than \(limits.maxXMLNodes) XML nodes") }
                switch xmlTextReaderNodeType(reader) {
                case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                    if Int(xmlTextReaderDepth(reader)) >= limits.maxXMLDepth {
                        throw fail(.unsafe, "XML nested deeper than \(limits.maxXMLDepth) elements")
                    }
                    let name = names.name(reader)
                    if skipping.contains(name) {
                        pending = xmlTextReaderNext(reader)
                        continue
                    }
                    // A second root (only in XML libxml2 refuses further on) is kept out of the tape.
                    if stack.isEmpty && hasRoot {
                        if xmlTextReaderIsEmptyElement(reader) != 1 { stack.append((-1, name)) }
                        continue
                    }
                    if stack.last?.element == -1 {
                        if xmlTextReaderIsEmptyElement(reader) != 1 { stack.append((-1, name)) }
                        continue
                    }
                    hasRoot = true
                    let element = tape.open(tape.intern(name))
                    if xmlTextReaderHasAttributes(reader) == 1 {
                        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
                            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
                            let id = tape.intern(names.name(reader))
                            let value = xmlTextReaderConstValue(reader)
                            let count = value.map { strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) } ?? 0
                            tape.addAttribute(id, UnsafeBufferPointer(start: value, count: count))
                        }
                        xmlTextReaderMoveToElement(reader)
                    }
                    if xmlTextReaderIsEmptyElement(reader) == 1 { tape.close(element) } else { stack.append((element, name)) }
                case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                    if let top = stack.popLast(), top.element >= 0 { tape.close(top.element) }
                case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                     Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                    if keepingText, let top = stack.last, top.element >= 0, let value = xmlTextReaderConstValue(reader) {
                        let count = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
                        tape.addText(UnsafeBufferPointer(start: value, count: count))
                    }
                case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                    if let reason = SafeXML.doctypeDeclaresEntities(reader) { throw fail(.unsafe, reason) }
                case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue):
                    throw fail(.unsafe, "entity reference &\(names.name(reader)); refused (entities are never expanded)")
                default:
                    break
                }
            }
            guard hasRoot else { throw fail(.malformed, "no root element") }
            if let open = stack.last { throw fail(.malformed, "truncated XML: <\(open.name)> is not closed") }
            return tape
        }
    }
}
