import Testing
import Foundation
import SarabanCore
@testable import Readers

/// SafeXML's name cache and subtree skipping, and the text reader's line splitting.
@Suite struct SafeXMLTests {
    static func parse(_ xml: String, skipping: Set<String> = []) throws -> XMLElement {
        try SafeXML.parse(Array(xml.utf8), file: "t.xml", part: nil, skipping: skipping)
    }

    /// One local name in several namespaces, repeated: each occurrence keeps its own canonical name.
    @Test func namesStayApartAcrossNamespaces() throws {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let root = try Self.parse("""
            <r xmlns:w="\(w)" xmlns:x="urn:other" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0">\
            <w:p/><x:p/><t:p/><p/><w:p w:val="1" x:val="2" val="3"/><x:p/></r>
            """)
        #expect(root.elements.map(\.name) == ["w:p", "x:p", "text:p", "p", "w:p", "x:p"])
        #expect(root.elements[4].attributes == ["w:val": "1", "x:val": "2", "val": "3"])
    }

    @Test func skippedSubtreesAreLeftOutAndSiblingsKept() throws {
        let root = try Self.parse("<a><b><c/><c><d/></c></b><e/><b/><f>text</f></a>", skipping: ["b"])
        #expect(root.elements.map(\.name) == ["e", "f"])
        #expect(root.textContent == "text")
    }

    @Test func elementsFollowChildren() throws {
        let root = try Self.parse("<a><b/>x<c/></a>")
        #expect(root.elements.map(\.name) == ["b", "c"])
        root.children = [.element(XMLElement(name: "z", attributes: [:]))]
        #expect(root.elements.map(\.name) == ["z"])
    }

    @Test func docxStylesSurviveTheSkippedParts() throws {
        let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let xml = """
            <w:styles xmlns:w="\(w)"><w:docDefaults><w:rPrDefault/></w:docDefaults><w:latentStyles><w:lsdException w:name="x"/></w:latentStyles>\
            <w:style w:type="table" w:styleId="T"><w:tblPr/></w:style><w:style w:type="paragraph" w:styleId="P"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr/></w:style>\
            <w:style w:type="paragraph" w:styleId="Q"><w:basedOn w:val="P"/></w:style></w:styles>
            """
        let root = try Self.parse(xml, skipping: DocxStyles.unused)
        #expect(!root.elements.contains { $0.name == "w:latentStyles" })
        let tape = try XMLTape.parse(Array(xml.utf8), file: "t.xml", part: nil, skipping: DocxStyles.unused, keepingText: false)
        #expect(!tape.elements(tape.root).contains { tape.name($0) == "w:latentStyles" })
        #expect(DocxStyles(tape).resolved("Q").alignment == "center")
    }

    /// The styles cache: equal bytes under equal limits hit; other bytes, other limits and failed
    /// parses do not; the oldest entry makes room when full.
    @Test func docxStylesCacheHitsOnlyOnEqualBytesAndLimits() throws {
        let cache = DocxPartCache<DocxStyles>(capacity: 2)
        var parses = 0
        func get(_ s: String, _ limits: ReaderLimits = .standard) throws -> DocxStyles {
            try cache.value(for: Array(s.utf8), limits: limits) { () throws(SarabanError) -> DocxStyles in
                parses += 1
                return DocxStyles()
            }
        }
        _ = try get("a"); _ = try get("a"); #expect(parses == 1)
        _ = try get("b"); #expect(parses == 2)
        var small = ReaderLimits(); small.maxXMLNodes = 10
        _ = try get("a", small); #expect(parses == 3)
        _ = try get("b"); #expect(parses == 3)
        _ = try get("a"); #expect(parses == 4)   // evicted by the entry for small limits
        #expect(throws: SarabanError.self) {
            try cache.value(for: Array("c".utf8), limits: .standard) { () throws(SarabanError) -> DocxStyles in
                throw SarabanError(.malformed, file: "c", reason: "bad")
            }
        }
        _ = try get("c"); #expect(parses == 5)
    }
}

@Suite struct TextReaderLineTests {
    static func lines(_ text: String) -> [String] {
        TextReader.blocks(text).compactMap { block -> String? in
            if case .paragraph(let p) = block { return p.text }
            if case .pageBreak = block { return "<page>" }
            return nil
        }
    }

    @Test(arguments: [
        ("a\nb\n\nc", ["a\nb", "c"]),
        ("a\r\nb\r\n\r\nc", ["a\nb", "c"]),
        ("a\rb\r\rc", ["a\nb", "c"]),
        ("a\u{0C}b", ["a", "<page>", "b"]),
        ("ก่\nข\u{0C}\nค", ["ก่\nข", "<page>", "ค"]),
        ("  \n\t\nก", ["ก"]),
    ])
    func linesParagraphsAndPages(text: String, expected: [String]) {
        #expect(Self.lines(text) == expected)
    }
}

/// hOCR's title and word-text fast paths give what the Character/Foundation versions give.
@Suite struct HocrFastPathTests {
    static func reference(_ title: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for part in title.split(separator: ";") {
            let fields = part.split(separator: " ").map(String.init)
            if let key = fields.first { out[key] = Array(fields.dropFirst()) }
        }
        return out
    }

    @Test(arguments: ["", ";", " ; ;", "bbox 1 2 3 4; x_wconf 95", "bbox  1 2 3 4 ;x_wconf 95;", "a;a 1", "image \"p.png\"; ppageno 0",
                      "bbox 1 2 3 4; x_font ไทย", "k\u{0E31} v"])
    func titleMatchesCharacterSplit(_ t: String) {
        #expect(HocrReader.title(t) == Self.reference(t))
    }

    @Test(arguments: ["", " ", "ก", " ไทย ", "abc", "\u{A0}ข\u{A0}", "ก\n", "\u{2003}x", "ก\u{0E31}", "a b"])
    func trimMatchesFoundation(_ t: String) {
        #expect(HocrReader.trimmed(t) == t.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}

/// TextReader.leadingBlanks against the Character version it replaces.
@Suite struct LeadingBlanksTests {
    @Test(arguments: ["", "a", "  a", "\t\tก", "  \u{0E31}x", " \u{0E33}", "    ", " \t ไทย", "  \u{200D}a", "  é", "  e\u{301}", "\t"])
    func matchesCharacters(_ s: String) {
        let line = Substring(s)
        let indent = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? TextReader.tabWidth : 1) }
        let rest = line.drop { $0 == " " || $0 == "\t" }
        let fast = TextReader.leadingBlanks(line)
        #expect(fast.indent == indent)
        #expect(String(fast.rest) == String(rest))
    }
}

/// styles.xml found again by its ZIP entry: same document, and the archive's inflation budget is
/// still counted (a copy that would pass it is read, and refused, as before).
@Suite struct DocxStylesEntryCacheTests {
    static func corpusDocx() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Fixtures.root.appendingPathComponent("fixtures/corpus/docx/letter_01.docx")))
    }

    @Test func secondReadFromTheEntryGivesTheSameDocument() throws {
        let bytes = try Self.corpusDocx()
        let a = try DocxReader().read(ReaderInput(path: "a.docx", bytes: bytes))
        let b = try DocxReader().read(ReaderInput(path: "a.docx", bytes: bytes))
        #expect(a == b)
        var zip = try SafeZip(bytes: bytes, file: "a.docx")
        let key = try #require(zip.rawKey("word/styles.xml"))
        #expect(DocxStyles.cache.value(forEntry: key, limits: .standard) != nil)
        // numbering.xml and _rels/.rels too; the second read's lists counted afresh (a == b).
        let numbering = try #require(zip.rawKey("word/numbering.xml"))
        #expect(DocxNumbering.cache.value(forEntry: numbering, limits: .standard) != nil)
        let rels = try #require(zip.rawKey("_rels/.rels"))
        #expect(DocxReader.officeDocumentTargets.value(forEntry: rels, limits: .standard)?.value == ["word/document.xml"])
        #expect(zip.rawKey("word/missing.xml") == nil)
        #expect(zip.rawKey("word/document.xml") != key)
        let counted = zip.accountForCopy(inflating: 1000)
        #expect(counted)
    }

    @Test func budgetStillCounts() throws {
        let bytes = try Self.corpusDocx()
        var zip = try SafeZip(bytes: bytes, file: "a.docx")
        let over = zip.accountForCopy(inflating: ReaderLimits.standard.maxZipTotalBytes + 1)
        #expect(!over)
        let fits = zip.accountForCopy(inflating: ReaderLimits.standard.maxZipTotalBytes)
        #expect(fits)
        let full = zip.accountForCopy(inflating: 1)
        #expect(!full)
    }
}

/// hOCR word properties and class tests in one pass, against the dictionary/Character versions.
@Suite struct HocrWordPropertiesTests {
    @Test(arguments: ["", "bbox 1 2 3 4; x_wconf 95", "bbox 1 2 3 4", "x_wconf 95.5;bbox 10 20 30 40", "bbox 1 2 x 3 4", "bbox 4 3 2 1",
                      "bbox 1 2 3 4; bbox 5 6 7 8", "bbox 1 2 3 4 5", "bbox +1 02 3 40000000", "x_wconf abc; bbox 1 1 1 1", "x_wconf",
                      ";;bbox  1  2 3 4 ;", "bbox 1 2 3 ๔", "baseline 0 0; x_size 30; x_wconf 1e2; bbox 0 0 9 9", "bboxx 1 2 3 4"])
    func matchesDictionary(_ t: String) {
        let props = HocrReader.title(t)
        let fast = HocrReader.wordProperties(t)
        #expect(fast.box == props["bbox"].flatMap(HocrReader.box))
        #expect(fast.confidence == props["x_wconf"].flatMap { $0.first.flatMap(Double.init) })
    }

    @Test(arguments: [("ocrx_word", "ocrx_word"), ("ocr_line ocrx_word", "ocrx_word"), ("ocrx_words", "ocrx_word"), ("", "ocr_page"),
                      ("  ocr_page  ", "ocr_page"), ("ocr_page\u{0E31}", "ocr_page"), ("a\r\nocr_page", "ocr_page")] as [(String, String)])
    func classMatchesCharacterSplit(_ c: String, _ cls: String) {
        #expect(HocrReader.hasClass(c, cls) == c.split(separator: " ").contains(Substring(cls)))
    }
}

@Suite struct HocrIntTests {
    @Test(arguments: ["0", "12", "+5", "-7", "-0", "007", "", "+", "-", "1a", " 1", "9223372036854775807", "9223372036854775808",
                      "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "1.5", "٣"])
    func matchesIntInit(_ s: String) {
        var t = s
        let fast = t.withUTF8 { HocrReader.int($0) }
        if s.utf8.allSatisfy({ $0 < 0x80 }) { #expect(fast == Int(s)) }
    }
}
