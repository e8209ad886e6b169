import SarabanCore

/// Word documents (.docx): the body, headers, footers, footnotes and core properties.
/// ZIPFoundation opens the archive (with limits), libxml2 parses each part into an `XMLTape`.
public struct DocxReader: DocumentReader {
    public static let format = SourceFormat.docx
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .standard) { self.limits = limits }

    public func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        var zip = try SafeZip(bytes: input.bytes, file: input.path, limits: limits)
        func xml(_ part: String, keepingText: Bool = true) throws(SarabanError) -> XMLTape? {
            guard let bytes = try zip.read(part) else { return nil }
            return try XMLTape.parse(bytes, file: input.path, part: part, limits: limits, keepingText: keepingText)
        }
        let mainPart = try mainDocumentPart(&zip, file: input.path)
        guard let main = try xml(mainPart) else {
            throw SarabanError(.malformed, file: input.path, part: mainPart, reason: "the main document part is missing")
        }
        guard let body = main.first(main.root, "w:body") else {
            throw SarabanError(.malformed, file: input.path, part: mainPart, reason: "no w:body element: not a WordprocessingML document")
        }
        let numbering = try cached("word/numbering.xml", in: DocxNumbering.cache, &zip, file: input.path, build: DocxNumbering.init)
            ?? DocxNumbering()
        let styles = try cached("word/styles.xml", in: DocxStyles.cache, &zip, file: input.path, skipping: DocxStyles.unused,
                                build: DocxStyles.init) ?? DocxStyles()

        var document = Document(source: SourceInfo(path: input.path, format: .docx, sha256: input.sha256, byteCount: input.bytes.count))
        var bodyReader = DocxPartReader(part: mainPart, xml: main, numbering: numbering, styles: styles)
        document.blocks = bodyReader.blocks(in: body)
        document.warnings += bodyReader.warnings

        for part in Self.numbered(zip.paths, prefix: "word/header") {
            guard let root = try xml(part) else { continue }
            var reader = DocxPartReader(part: part, xml: root, numbering: numbering, styles: styles)
            document.headers += reader.blocks(in: root.root)
            document.warnings += reader.warnings
        }
        for part in Self.numbered(zip.paths, prefix: "word/footer") {
            guard let root = try xml(part) else { continue }
            var reader = DocxPartReader(part: part, xml: root, numbering: numbering, styles: styles)
            document.footers += reader.blocks(in: root.root)
            document.warnings += reader.warnings
        }
        for (part, element) in [("word/footnotes.xml", "w:footnote"), ("word/endnotes.xml", "w:endnote")] {
            guard let root = try xml(part) else { continue }
            var reader = DocxPartReader(part: part, xml: root, numbering: numbering, styles: styles)
            for note in root.all(root.root, element)
            where !["separator", "continuationSeparator", "continuationNotice"].contains(root.attribute(note, "w:type") ?? "") {
                document.footnotes += reader.blocks(in: note)
            }
            document.warnings += reader.warnings
        }
        if let core = try xml("docProps/core.xml") { document.properties = Self.coreProperties(core) }
        return document
    }

    /// Documents made from one template share styles.xml byte for byte (~350 KB in Word's and
    /// python-docx's templates), and most often numbering.xml and _rels/.rels: each is parsed once
    /// per process. Found by the part's compressed entry, it is not even inflated again (but its
    /// size still counts against the archive's budget). Their text (white space) is not kept: what
    /// is read from them lies in attributes.
    private func cached<Value>(_ part: String, in cache: DocxPartCache<Value>, _ zip: inout SafeZip, file: String,
                               skipping: Set<String> = [], build: (XMLTape) -> Value) throws(SarabanError) -> Value? {
        let raw = zip.rawKey(part)
        if let raw, let copy = cache.value(forEntry: raw, limits: limits), zip.accountForCopy(inflating: copy.count) {
            return copy.value
        }
        guard let bytes = try zip.read(part) else { return nil }
        let limits = self.limits
        return try cache.value(for: bytes, entry: raw, limits: limits) { () throws(SarabanError) -> Value in
            build(try XMLTape.parse(bytes, file: file, part: part, limits: limits, skipping: skipping, keepingText: false))
        }
    }

    /// The targets of the officeDocument relationships in _rels/.rels, in order, without a leading `/`.
    static let officeDocumentTargets = DocxPartCache<[String]>()

    /// The first officeDocument relationship in _rels/.rels whose target is in the archive;
    /// word/document.xml when there is none.
    private func mainDocumentPart(_ zip: inout SafeZip, file: String) throws(SarabanError) -> String {
        let targets = try cached("_rels/.rels", in: Self.officeDocumentTargets, &zip, file: file) { rels in
            rels.elements(rels.root).compactMap { rel -> String? in
                guard (rels.attribute(rel, "Type") ?? "").hasSuffix("/officeDocument"), var target = rels.attribute(rel, "Target") else { return nil }
                if target.hasPrefix("/") { target.removeFirst() }
                return target
            }
        }
        for target in targets ?? [] where zip.contains(target) { return target }
        return "word/document.xml"
    }

    /// `word/header1.xml`, `word/header2.xml` … in number order.
    static func numbered(_ paths: [String], prefix: String) -> [String] {
        paths.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".xml") && !$0.contains("/_rels/") }
            .sorted { a, b in
                let na = Int(a.dropFirst(prefix.count).dropLast(4)) ?? 0
                let nb = Int(b.dropFirst(prefix.count).dropLast(4)) ?? 0
                return na == nb ? a < b : na < nb
            }
    }

    /// docProps/core.xml element → property name.
    static let corePropertyNames: [String: String] = [
        "dc:title": "title", "dc:creator": "creator", "dcterms:created": "created", "dcterms:modified": "modified",
        "cp:lastModifiedBy": "last_modified_by", "dc:subject": "subject", "cp:keywords": "keywords",
        "dc:description": "description", "cp:revision": "revision", "cp:category": "category",
    ]

    static func coreProperties(_ xml: XMLTape) -> [String: String] {
        var out: [String: String] = [:]
        for e in xml.elements(xml.root) {
            guard let key = corePropertyNames[xml.name(e)] else { continue }
            let value = Repairing.text(xml.textContent(e))
            if !value.isEmpty { out[key] = value }
        }
        return out
    }
}
