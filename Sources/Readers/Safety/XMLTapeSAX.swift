import CLibXML2
import Foundation

/// The fast path of `XMLTape.parse`: libxml2's SAX2 parser calls back with each element's
/// interned name pointers and its attributes as pointer ranges, and the tape copies what it keeps.
/// (libxml2's streaming reader, which `SafeXML` uses, builds a libxml2 node for every element and
/// text and frees it again; that was most of a DOCX's reading time.)
///
/// It handles ordinary XML only, and gives up (returns nil) at anything else, leaving the part to
/// `XMLTape.readExactly`, whose result or error is the reference: any error or warning of the
/// parser, a declaration inside a DOCTYPE (a bare DOCTYPE is read past), an entity declaration or reference, a depth or node
/// count near the limits, an `&` in an attribute value (SAX2 hands it over re-escaped as `&#38;`).
/// Same options as `SafeXML`: no network, no DTD loading, no entity substitution.
enum XMLTapeSAX {
    static func parse(_ bytes: [UInt8], limits: ReaderLimits, skipping: Set<String>, keepingText: Bool) -> XMLTape? {
        var handler = xmlSAXHandler()
        xmlSAXVersion(&handler, 2)
        handler.startElement = nil
        handler.endElement = nil
        handler.startElementNs = { ctx, local, prefix, uri, _, _, count, defaulted, attributes in
            Sink.of(ctx).pointee.start(local, prefix, uri, Int(count), Int(defaulted), attributes)
        }
        handler.endElementNs = { ctx, _, _, _ in Sink.of(ctx).pointee.end() }
        handler.characters = { ctx, text, count in Sink.of(ctx).pointee.text(text, count) }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        handler.comment = { ctx, _ in Sink.of(ctx).pointee.count() }
        handler.processingInstruction = { ctx, _, _ in Sink.of(ctx).pointee.count() }
        // A bare DOCTYPE (a name and public/system identifiers, as tesseract's hOCR has) is read
        // past: these two do nothing, so no DTD node is built and no external subset is loaded.
        handler.internalSubset = { _, _, _, _ in }
        handler.externalSubset = { _, _, _, _ in }
        // Any declaration inside it, and any entity: the reference path decides what to make of them.
        handler.entityDecl = { ctx, _, _, _, _, _ in Sink.of(ctx).pointee.giveUp() }
        handler.unparsedEntityDecl = { ctx, _, _, _, _ in Sink.of(ctx).pointee.giveUp() }
        handler.attributeDecl = { ctx, _, _, _, _, _, tree in xmlFreeEnumeration(tree); Sink.of(ctx).pointee.giveUp() }
        handler.elementDecl = { ctx, _, _, _ in Sink.of(ctx).pointee.giveUp() }
        handler.notationDecl = { ctx, _, _, _ in Sink.of(ctx).pointee.giveUp() }
        handler.reference = { ctx, _ in Sink.of(ctx).pointee.giveUp() }

        // No user data: libxml2's own SAX2 handlers (start of document, entity look-up) expect the
        // parser context as theirs; the sink rides in the context's `_private`.
        guard let ctxt = xmlCreatePushParserCtxt(&handler, nil, nil, 0, nil) else { return nil }
        // The sink lives outside Swift's exclusivity checks (a class's stored properties cost a
        // runtime check on every access, in every callback).
        let sink = UnsafeMutablePointer<Sink>.allocate(capacity: 1)
        sink.initialize(to: Sink(ctxt: ctxt, limits: limits, skipping: skipping, keepingText: keepingText))
        defer {
            sink.deinitialize(count: 1)
            sink.deallocate()
            if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc); ctxt.pointee.myDoc = nil }
            xmlFreeParserCtxt(ctxt)
        }
        ctxt.pointee._private = UnsafeMutableRawPointer(sink)
        _ = xmlCtxtUseOptions(ctxt, SafeXML.options)
        let status = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { xmlParseChunk(ctxt, $0, Int32(buf.count), 1) }
        }
        guard status == 0, ctxt.pointee.wellFormed == 1, ctxt.pointee.nsWellFormed == 1, ctxt.pointee.errNo == 0,
              !sink.pointee.gaveUp, sink.pointee.hasRoot, sink.pointee.open.isEmpty else { return nil }
        return sink.pointee.tape
    }

    /// What the callbacks write to: the tape, the open elements, the counts the limits need.
    struct Sink {
        var tape = XMLTape()
        var open: [Int] = []
        var hasRoot = false
        var gaveUp = false
        let ctxt: xmlParserCtxtPtr
        private var depth = 0
        private var nodes = 0
        /// > 0 inside a skipped element: how deep.
        private var skipDepth = 0
        private let limits: ReaderLimits
        private let skipping: Set<String>
        private let keepingText: Bool
        private var names = NameSlots()
        /// By name id: whether the element is skipped.
        private var skipped: [Bool] = []
        /// Canonical prefixes ("w:", "" …) by libxml2's prefix and namespace pointers: a part uses a
        /// handful, so a name seen for the first time costs no hashing of its namespace.
        private var prefixes: [(prefix: UnsafePointer<xmlChar>?, uri: UnsafePointer<xmlChar>?, canonical: String)] = []

        init(ctxt: xmlParserCtxtPtr, limits: ReaderLimits, skipping: Set<String>, keepingText: Bool) {
            self.ctxt = ctxt
            self.limits = limits
            self.skipping = skipping
            self.keepingText = keepingText
        }

        static func of(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<Sink> {
            ctx!.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private!.assumingMemoryBound(to: Sink.self)
        }

        mutating func giveUp() {
            gaveUp = true
            xmlStopParser(ctxt)
        }

        mutating func count() {
            nodes += 1
            if nodes > limits.maxXMLNodes { giveUp() }
        }

        /// libxml2's dictionary keeps the strings it owns until the parser is freed, so their
        /// addresses name them for the whole part; any other pointer is not remembered.
        private func owned(_ p: UnsafePointer<xmlChar>?) -> Bool {
            p == nil || xmlDictOwns(ctxt.pointee.dict, p) == 1
        }

        /// `SafeXML.canonical`'s prefix for this prefix and namespace: the name is it + the local name.
        private mutating func canonicalPrefix(_ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> String {
            for entry in prefixes where entry.prefix == prefix && entry.uri == uri { return entry.canonical }
            let canonical = SafeXML.canonical(prefix: prefix.map { String(cString: $0) }, namespace: uri.map { String(cString: $0) }, local: "")
            if owned(prefix) && owned(uri) && prefixes.count < 64 { prefixes.append((prefix, uri, canonical)) }
            return canonical
        }

        private mutating func id(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> Int32 {
            if let id = names.find(local, prefix, uri) { return id }
            let name = canonicalPrefix(prefix, uri) + (local.map { String(cString: $0) } ?? "")
            let id = tape.intern(name)
            while skipped.count <= Int(id) { skipped.append(false) }
            skipped[Int(id)] = !skipping.isEmpty && skipping.contains(name)
            if owned(local) && owned(prefix) && owned(uri) { names.insert(local, prefix, uri, id) }
            return id
        }

        mutating func start(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?,
                            _ count: Int, _ defaulted: Int, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            guard !gaveUp else { return }
            self.count()
            depth += 1
            // depth - 1 is the reader's depth of this element; an undeclared prefix or a defaulted
            // attribute (from a DTD) are for the reference path.
            if depth - 1 >= limits.maxXMLDepth || (prefix != nil && uri == nil) || defaulted != 0 { return giveUp() }
            if skipDepth > 0 { skipDepth += 1; return }
            let name = id(local, prefix, uri)
            if skipped[Int(name)] { skipDepth = 1; return }
            hasRoot = true
            let element = tape.open(name)
            if count > 0, let attributes {
                for i in 0..<count {
                    let a = attributes + 5 * i
                    guard let value = a[3], let end = a[4] else { return giveUp() }
                    let length = end - value
                    if length > 0 && memchr(value, Int32(UInt8(ascii: "&")), length) != nil { return giveUp() }
                    if a[1] != nil && a[2] == nil { return giveUp() }
                    tape.addAttribute(id(a[0], a[1], a[2]), UnsafeBufferPointer(start: value, count: length))
                }
            }
            open.append(element)
        }

        mutating func end() {
            guard !gaveUp else { return }
            count()
            depth -= 1
            if skipDepth > 0 { skipDepth -= 1; return }
            if let element = open.popLast() { tape.close(element) }
        }

        mutating func text(_ text: UnsafePointer<xmlChar>?, _ length: Int32) {
            guard !gaveUp else { return }
            count()
            guard keepingText, skipDepth == 0, !open.isEmpty, let text, length > 0 else { return }
            tape.addText(UnsafeBufferPointer(start: text, count: Int(length)))
        }
    }

    /// Name ids by libxml2's interned name pointers (local name, prefix, namespace): a small
    /// open-addressing table, probed a few slots deep; a name that finds no slot is simply
    /// worked out again next time.
    struct NameSlots {
        private struct Slot {
            var local: UnsafeRawPointer?, prefix: UnsafeRawPointer?, uri: UnsafeRawPointer?
            var id: Int32 = -1
        }
        private var slots = [Slot](repeating: Slot(), count: 512)
        private static let probes = 8

        private static func hash(_ local: UnsafeRawPointer?, _ prefix: UnsafeRawPointer?, _ uri: UnsafeRawPointer?) -> Int {
            let bits = UInt(bitPattern: local) ^ (UInt(bitPattern: prefix) &* 31) ^ (UInt(bitPattern: uri) &* 131)
            return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 55)  // 9 bits: 0..<512
        }

        func find(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> Int32? {
            let l = local.map(UnsafeRawPointer.init), p = prefix.map(UnsafeRawPointer.init), u = uri.map(UnsafeRawPointer.init)
            var i = Self.hash(l, p, u)
            for _ in 0..<Self.probes {
                let slot = slots[i]
                if slot.id < 0 { return nil }
                if slot.local == l && slot.prefix == p && slot.uri == u { return slot.id }
                i = (i + 1) & 511
            }
            return nil
        }

        mutating func insert(_ local: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?, _ id: Int32) {
            let l = local.map(UnsafeRawPointer.init), p = prefix.map(UnsafeRawPointer.init), u = uri.map(UnsafeRawPointer.init)
            var i = Self.hash(l, p, u)
            for _ in 0..<Self.probes {
                if slots[i].id < 0 { slots[i] = Slot(local: l, prefix: p, uri: u, id: id); return }
                i = (i + 1) & 511
            }
        }
    }
}
