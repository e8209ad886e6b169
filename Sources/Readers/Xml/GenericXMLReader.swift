import SarabanCore

/// Any other XML: text in document order, one paragraph per element that directly holds text
/// (with the text of its inline children, so `<p>ก <b>ข</b></p>` stays one paragraph).
public struct GenericXMLReader: DocumentReader {
    public static let format = SourceFormat.xml
    public var limits: ReaderLimits
    public init(limits: ReaderLimits = .standard) { self.limits = limits }

    public func read(_ input: ReaderInput) throws(SarabanError) -> Document {
        let root = try SafeXML.parse(input.bytes, file: input.path, part: nil, limits: limits)
        var document = Document(source: SourceInfo(path: input.path, format: .xml, sha256: input.sha256, byteCount: input.bytes.count))
        var stack: [XMLElement] = [root]
        while let e = stack.popLast() {
            if !e.directText.allSatisfy(\.isWhitespace) {
                let p = BlockFactory.paragraph(e.textContent, provenance: Provenance(part: e.name, index: document.blocks.count))
                if !p.text.isEmpty { document.blocks.append(.paragraph(p)) }
                continue
            }
            for child in e.elements.reversed() { stack.append(child) }
        }
        return document
    }
}
