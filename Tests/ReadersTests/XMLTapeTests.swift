import Foundation
import Testing
import SarabanCore
@testable import Readers

/// `XMLTape.parse` must give what `SafeXML.parse` gives: the same elements, names, attributes and
/// text, and the same error for XML it refuses, on both of its paths (SAX2, and the streaming
/// reader it falls back to).
@Suite struct XMLTapeTests {
    /// The tree as text: name, attributes in name order, then children; text runs joined.
    static func dump(_ e: XMLElement) -> String {
        var out = "<" + e.name
        for (k, v) in e.attributes.sorted(by: { $0.key < $1.key }) { out += " \(k)=\(v)" }
        out += ">"
        var text = ""
        for c in e.children {
            switch c {
            case .text(let t): text += t
            case .element(let child): out += text.isEmpty ? "" : "[\(text)]"; text = ""; out += dump(child)
            }
        }
        return out + (text.isEmpty ? "" : "[\(text)]") + "</>"
    }

    static func dump(_ tape: XMLTape, _ e: XMLTape.Element) -> String {
        var out = "<" + tape.name(e)
        let node = tape.nodes[e]
        var attributes: [String: String] = [:]
        for a in tape.attributes[Int(node.lower)..<Int(node.upper)] {
            attributes[tape.names[Int(a.name)]] = tape.attribute(e, tape.names[Int(a.name)])
        }
        for (k, v) in attributes.sorted(by: { $0.key < $1.key }) { out += " \(k)=\(v)" }
        out += ">"
        var i = e + 1
        while i < Int(node.end) {
            let child = tape.nodes[i]
            if child.name < 0 {
                out += "[" + String(decoding: tape.bytes[Int(child.lower)..<Int(child.upper)], as: UTF8.self) + "]"
            } else {
                out += dump(tape, i)
            }
            i = Int(child.end)
        }
        return out + "</>"
    }

    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// Well-formed XML of every kind the readers meet, and some they should not.
    static let samples: [String] = [
        "<w:p \(w)><w:r><w:t xml:space=\"preserve\"> ก </w:t></w:r></w:p>",
        "<a>x &amp; y &lt; &#3585; <![CDATA[<z>]]><!-- c --><?pi d?>tail</a>",
        "<a k='1 &amp; 2' j='&#38;' l='&lt;'><b/></a>",
        "<a xmlns='http://www.w3.org/1999/xhtml'><b class='x'>y</b></a>",
        "<x:a xmlns:x='urn:other' x:k='v'><x:b/></x:a>",
        "<w:a xmlns:w='urn:other'><w:p/></w:a>",
        "<a><w:p>undeclared prefix</w:p></a>",
        "<!DOCTYPE a><a>doctype without entities</a>",
        "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'><html xmlns='http://www.w3.org/1999/xhtml'><p class='ocr_par'>x</p></html>",
        "<!DOCTYPE a [<!ELEMENT a ANY>]><a>an element declaration</a>",
        "<!DOCTYPE a [<!ATTLIST a k CDATA 'd'>]><a>an attribute default</a>",
        "<!DOCTYPE a [<!NOTATION n SYSTEM 'x'>]><a>a notation</a>",
        "<a\n k='line\nbreak\ttab'>\n  <b>\n</b>\n</a>",
        "<?xml version='1.0' encoding='ISO-8859-1'?><a>\u{E9}</a>",
        "<a><b><c/></b><b>x</b>y<e k='v'/></a>",
    ]

    @Test(arguments: samples)
    func sameAsTheTree(_ xml: String) throws {
        let bytes = Array(xml.utf8)
        let tree = try SafeXML.parse(bytes, file: "t.xml", part: nil)
        let tape = try XMLTape.parse(bytes, file: "t.xml", part: nil)
        #expect(Self.dump(tape, tape.root) == Self.dump(tree))
        // The reference path on its own agrees too.
        let exact = try XMLTape.readExactly(bytes, limits: .standard, skipping: [], keepingText: true) { k, r in SarabanError(k, file: "t.xml", reason: r) }
        #expect(Self.dump(exact, exact.root) == Self.dump(tree))
    }

    @Test func skippedElementsAreLeftOutOnBothPaths() throws {
        let bytes = Array("<a><b><c>ไม่</c></b><d>x</d><b/>tail<e k='v'/></a>".utf8)
        let tree = try SafeXML.parse(bytes, file: "t.xml", part: nil, skipping: ["b"])
        let tape = try XMLTape.parse(bytes, file: "t.xml", part: nil, skipping: ["b"])
        let exact = try XMLTape.readExactly(bytes, limits: .standard, skipping: ["b"], keepingText: true) { k, r in SarabanError(k, file: "t.xml", reason: r) }
        #expect(Self.dump(tape, tape.root) == Self.dump(tree))
        #expect(Self.dump(exact, exact.root) == Self.dump(tree))
    }

    /// Every XML part of the DOCX fixtures is read by the SAX2 path (no fallback), as the reference path reads it.
    @Test(arguments: ["docx/order_python_docx.docx", "docx/order_libreoffice.docx", "docx/notes_and_styles.docx"])
    func docxPartsTakeTheFastPath(_ file: String) throws {
        var zip = try SafeZip(bytes: try Fixtures.bytes(file), file: file)
        for path in zip.paths where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            guard let bytes = try zip.read(path) else { continue }
            let fast = try #require(XMLTapeSAX.parse(bytes, limits: .standard, skipping: [], keepingText: true), "\(path)")
            let exact = try XMLTape.readExactly(bytes, limits: .standard, skipping: [], keepingText: true) { k, r in SarabanError(k, file: file, reason: r) }
            #expect(Self.dump(fast, fast.root) == Self.dump(exact, exact.root), "\(path)")
        }
    }

    /// tesseract's hOCR (XHTML with a bare DOCTYPE) is read by the SAX2 path, as the reference path reads it.
    @Test(arguments: ["ocr/memo_01.hocr", "ocr/order_03.hocr"])
    func hocrTakesTheFastPath(_ file: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../fixtures/corpus/\(file)").standardized))
        let fast = try #require(XMLTapeSAX.parse(bytes, limits: .standard, skipping: [], keepingText: true))
        let exact = try XMLTape.readExactly(bytes, limits: .standard, skipping: [], keepingText: true) { k, r in SarabanError(k, file: file, reason: r) }
        #expect(Self.dump(fast, fast.root) == Self.dump(exact, exact.root))
        #expect(Self.dump(fast, fast.root) == Self.dump(try SafeXML.parse(bytes, file: file, part: nil)))
    }

    /// Numbers read from attribute bytes are what `Double(String)` reads.
    @Test(arguments: ["0", "007", "123", "999999999999999", "9999999999999999", "1.5", "0.93", "-4", "+4", "", " 12", "1e3", "abc", "๑๒"])
    func attributeNumbers(_ value: String) throws {
        let tape = try XMLTape.parse(Array("<a v='\(value)'/>".utf8), file: "t.xml", part: nil)
        #expect(tape.attributeDouble(tape.root, "v") == Double(value))
        #expect(tape.attributeDouble(tape.root, "missing") == nil)
    }

    static let refused: [String] = [
        "<a><b></a>", "<a>", "<a>&undeclared;</a>", "", "<a/><b/>", "<a></a>x",
        String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300),
        String(repeating: "<a>", count: 251) + String(repeating: "</a>", count: 251),
        "<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>",
        "<?xml version='1.0'?><!DOCTYPE a SYSTEM 'a.dtd'><a>&e;</a>",
        "<!DOCTYPE a [<!ENTITY % p 'x'>]><a/>",
        "<!DOCTYPE a [<!ENTITY u SYSTEM 'u' NDATA n>]><a/>",
        "<a b='1' b='2'/>",
    ]

    @Test(arguments: refused)
    func sameErrorAsTheTree(_ xml: String) {
        Self.expectSameError(Array(xml.utf8))
    }

    /// UTF-16 hides `<!ENTITY` from the prolog scan: the SAX2 path stops at the DOCTYPE and the
    /// reference path refuses it, as `SafeXML` does.
    @Test func entitiesInUTF16AreRefusedAsBefore() {
        let xml = "<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>"
        Self.expectSameError([0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, kind: .unsafe)
    }

    static func expectSameError(_ bytes: [UInt8], kind: SarabanError.Kind? = nil) {
        var treeError: SarabanError?
        do throws(SarabanError) { _ = try SafeXML.parse(bytes, file: "t.docx", part: "word/document.xml") } catch { treeError = error }
        var tapeError: SarabanError?
        do throws(SarabanError) { _ = try XMLTape.parse(bytes, file: "t.docx", part: "word/document.xml") } catch { tapeError = error }
        #expect(treeError?.kind == tapeError?.kind)
        #expect(treeError?.reason == tapeError?.reason)
        #expect(treeError?.part == tapeError?.part)
        if let kind { #expect(tapeError?.kind == kind) }
    }
}
