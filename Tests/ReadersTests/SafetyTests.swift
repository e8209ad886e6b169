import Foundation
import Testing
import SarabanCore
@testable import Readers

@Suite struct SafetyTests {
    static let refused = ["malicious/xxe.xml", "malicious/billion_laughs.xml", "malicious/xxe.docx",
                          "malicious/zip_bomb.docx", "malicious/zip_bomb_lying.docx"]

    @Test(arguments: refused)
    func hostileFilesAreRefusedWithAClearError(_ file: String) throws {
        let bytes = try Fixtures.bytes(file)
        let start = Date()
        let error = #expect(throws: SarabanError.self) {
            _ = try ReaderRegistry.read(ReaderInput(path: file, bytes: bytes))
        }
        #expect(Date().timeIntervalSince(start) < 1.0)
        #expect(error?.kind == .unsafe)
        #expect(error?.file == file)
        #expect(error?.description.contains("refused") == true)
    }

    @Test func zipBombNamesThePartAndIsSmallOnDisk() throws {
        let bytes = try Fixtures.bytes("malicious/zip_bomb.docx")
        #expect(bytes.count < 400_000)
        let error = #expect(throws: SarabanError.self) {
            _ = try ReaderRegistry.read(ReaderInput(path: "bomb.docx", bytes: bytes))
        }
        #expect(error?.part == "word/document.xml")
    }

    @Test func truncatedArchiveNamesFileAndReason() throws {
        let error = #expect(throws: SarabanError.self) {
            _ = try Fixtures.read("malicious/truncated.docx")
        }
        #expect(error?.kind == .malformed)
        #expect(error?.file == "malicious/truncated.docx")
        #expect(error?.reason.contains("truncated") == true)
    }

    @Test func tooManyEntriesIsRefused() throws {
        var limits = ReaderLimits()
        limits.maxZipEntries = 5
        let bytes = try Fixtures.bytes("docx/order_python_docx.docx")
        let error = #expect(throws: SarabanError.self) {
            _ = try DocxReader(limits: limits).read(ReaderInput(path: "many.docx", bytes: bytes))
        }
        #expect(error?.kind == .unsafe)
    }

    @Test func inflatedBytesAreCountedAgainstTheTotal() throws {
        var limits = ReaderLimits()
        limits.maxZipTotalBytes = 100_000  // the fixture's styles part alone inflates to ~350 KB
        let bytes = try Fixtures.bytes("docx/order_python_docx.docx")
        let error = #expect(throws: SarabanError.self) {
            _ = try DocxReader(limits: limits).read(ReaderInput(path: "big.docx", bytes: bytes))
        }
        #expect(error?.kind == .unsafe)
    }

    @Test func deepNestingIsRefused() {
        let xml = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        let error = #expect(throws: SarabanError.self) {
            _ = try SafeXML.parse(Array(xml.utf8), file: "deep.xml", part: nil)
        }
        #expect(error?.kind == .unsafe)
        #expect(error?.reason.contains("deeper") == true)
    }

    /// (XML, what must be in the error)
    static let malformed: [(String, String)] = [
        ("<a><b></a>", "line"), ("<a>", "line"), ("<a>&undeclared;</a>", ""), ("", "empty"),
    ]

    @Test(arguments: malformed)
    func malformedXMLGivesAnErrorNamingFileAndPart(_ xml: String, _ mention: String) {
        let error = #expect(throws: SarabanError.self) {
            _ = try SafeXML.parse(Array(xml.utf8), file: "bad.docx", part: "word/document.xml")
        }
        #expect(error?.file == "bad.docx")
        #expect(error?.part == "word/document.xml")
        #expect(error.map { !$0.reason.isEmpty && (mention.isEmpty || $0.reason.contains(mention)) } == true)
    }

    @Test func aPublicDoctypeWithoutEntitiesIsAccepted() throws {
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><body><p>ก &amp; ข</p></body></html>
        """
        let root = try SafeXML.parse(Array(xml.utf8), file: "ok.html", part: nil)
        #expect(root.name == "html")
        #expect(root.textContent == "ก & ข")
    }
}

/// Inputs the fuzzer found that once trapped (in ZIPFoundation's in-memory reader): each must now
/// be refused with an error naming the file.
@Suite struct FuzzRegressionTests {
    static let files = ["fuzz/docx-local-header-past-end.bin", "fuzz/odt-local-header-past-end.bin", "fuzz/odt-data-descriptor-sizes.bin"]

    @Test(arguments: files)
    func refusedNotTrapped(_ file: String) throws {
        let bytes = try Fixtures.bytes(file)
        let error = #expect(throws: SarabanError.self) {
            _ = try ReaderRegistry.read(ReaderInput(path: file, bytes: bytes))
        }
        #expect(error?.file == file)
        #expect(error?.kind == .malformed)
    }
}

@Suite struct SafeXMLTreeTests {
    @Test func skippedSubtreesAreLeftOutAndTheRestKept() throws {
        let xml = "<a><b><c>ไม่</c></b><d>x</d><b/>tail<e k='v'/></a>"
        let root = try SafeXML.parse(Array(xml.utf8), file: "t.xml", part: nil, skipping: ["b"])
        #expect(root.elements.map(\.name) == ["d", "e"])
        #expect(root.textContent == "xtail")
        #expect(root.first("e")?["k"] == "v")
    }

    @Test func namespacesGetCanonicalPrefixes() throws {
        let xml = "<x:document xmlns:x='http://schemas.openxmlformats.org/wordprocessingml/2006/main'><x:body x:val='1'/></x:document>"
        let root = try SafeXML.parse(Array(xml.utf8), file: "t.xml", part: nil)
        #expect(root.name == "w:document")
        #expect(root.first("w:body")?["w:val"] == "1")
    }
}
