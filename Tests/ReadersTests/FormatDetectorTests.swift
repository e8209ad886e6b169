import Testing
import SarabanCore
@testable import Readers

@Suite struct FormatDetectorTests {
    static let fixtures: [(String, SourceFormat)] = [
        ("docx/order_python_docx.docx", .docx), ("docx/order_libreoffice.docx", .docx),
        ("odt/order_libreoffice.odt", .odt), ("ocr/member_order.hocr", .hocr), ("ocr/member_order.xml", .alto),
        ("text/order_utf8.txt", .text), ("text/order_tis620.txt", .text), ("malicious/xxe.xml", .xml),
    ]

    @Test(arguments: fixtures)
    func detectsFixtures(_ file: String, _ format: SourceFormat) throws {
        #expect(FormatDetector.detect(try Fixtures.bytes(file)) == format)
    }

    static let snippets: [(String, SourceFormat)] = [
        ("<?xml version='1.0'?><!-- c --><alto xmlns='http://www.loc.gov/standards/alto/ns-v4#'/>", .alto),
        ("\u{FEFF}<html><body><div class='ocr_page'/></body></html>", .hocr),
        ("<html><body>no ocr</body></html>", .xml),
        ("<x:order xmlns:x='urn:x'/>", .xml),
        ("คำสั่ง < ที่ ๑", .text),
        ("", .text),
    ]

    @Test(arguments: snippets)
    func detectsFromContentNotName(_ content: String, _ format: SourceFormat) {
        #expect(FormatDetector.detect(Array(content.utf8)) == format)
    }
}
