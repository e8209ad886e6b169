import Foundation
import Testing
import PropertyBased
import SarabanCore
import ThaiText
@testable import Readers

@Suite struct TextReaderTests {
    func paragraphs(_ d: Document) -> [Paragraph] {
        d.blocks.compactMap { if case .paragraph(let p) = $0 { return p } else { return nil } }
    }

    @Test func paragraphsLinesIndentAndPages() throws {
        let d = try Fixtures.read("text/order_utf8.txt")
        #expect(d.source.format == .text)
        #expect(d.source.encoding == "utf-8")
        let ps = paragraphs(d)
        #expect(ps.map(\.text) == ["คำสั่งโรงเรียนบ้านหนองบัว\nที่ ๔๕/๒๕๖๗",
                                   "ด้วยโรงเรียนบ้านหนองบัวจะจัดงานวันครู\nประจำปี ๒๕๖๗ จึงแต่งตั้งคณะกรรมการ",
                                   "๑. นายสมชาย ใจดี ประธานกรรมการ",
                                   "สั่ง ณ วันที่ ๑๐ มกราคม พ.ศ. ๒๕๖๗"])
        #expect(ps.map(\.provenance.line) == [1, 4, 7, 8])
        #expect(ps.map { $0.layout?.indent } == [0, 8, 4, 0])
        #expect(ps.map(\.provenance.page) == [1, 1, 1, 2])
        #expect(d.blocks.contains { if case .pageBreak = $0 { return true } else { return false } })
        #expect(PlainTextRenderer.render(d).contains("\u{0C}"))
    }

    @Test func crlfAndFormFeedInsideALine() {
        let blocks = TextReader.blocks("ก\r\nข\r\n\r\nค\u{0C}ง")
        #expect(blocks.count == 4)
        #expect(blocks.map(\.plainText) == ["ก\nข", "ค", "", "ง"])
        #expect(blocks.map(\.provenance.line) == [1, 4, 4, 4])
    }

    /// True once the foundation's real decoder is merged (the placeholder is UTF-8 only).
    static let decoderKnowsThaiEncodings: Bool = {
        guard let d = try? ThaiTextDecoder.decode([0xA1, 0xD2, 0xC3]) else { return false }
        return d.encoding == "tis-620" || d.encoding == "windows-874"
    }()

    @Test(.enabled(if: decoderKnowsThaiEncodings, "needs the foundation's TIS-620/Windows-874 decoder"))
    func tis620ReadsLikeUTF8() throws {
        let legacy = try Fixtures.read("text/order_tis620.txt")
        let utf8 = try Fixtures.read("text/order_utf8.txt")
        #expect(legacy.source.encoding == "tis-620")
        #expect(legacy.blocks == utf8.blocks)
    }

    @Test(.enabled(if: decoderKnowsThaiEncodings, "needs the foundation's TIS-620/Windows-874 decoder"))
    func windows874KeepsQuotesEllipsisAndNBSP() throws {
        let legacy = try Fixtures.read("text/order_cp874.txt")
        let expected = try ReaderRegistry.read(ReaderInput(path: "x", bytes: Fixtures.bytes("text/order_cp874.expected.txt")))
        #expect(legacy.source.encoding == "windows-874")
        #expect(legacy.blocks == expected.blocks)
        #expect(PlainTextRenderer.render(legacy).contains("“งานวันครู”…"))
    }

    @Test func undecodableBytesGiveAnErrorOrAWarningNamingTheFile() {
        // Not UTF-8: the placeholder decoder refuses it, the real one decodes it as TIS-620 or warns.
        let input = ReaderInput(path: "legacy.txt", bytes: [0xA1, 0xD2, 0xC3, 0x0A, 0xFF, 0xFE, 0x80])
        do {
            let d = try ReaderRegistry.read(input)
            #expect(d.source.encoding != nil)
        } catch {
            #expect(error.kind == .encoding)
            #expect(error.file == "legacy.txt")
        }
    }

    static let words = ["คำสั่ง", "โรงเรียน", "ที่", "๑๒๓", "นาย", "สมชาย", "ใจดี", "ประธาน", "กรรมการ", "order", "2567"]

    /// Round trip: paragraphs written as lines separated by blank lines read back as the same paragraphs.
    @Test func paragraphsRoundTrip() async {
        let line = Gen.int(in: 0...(Self.words.count - 1)).map { Self.words[$0] }.array(of: 1...5).map { $0.joined(separator: " ") }
        let paragraph = line.array(of: 1...3)
        await propertyCheck(input: paragraph.array(of: 1...6)) { paragraphs in
            let text = paragraphs.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
            let blocks = TextReader.blocks(text)
            #expect(blocks.map(\.plainText) == paragraphs.map { $0.joined(separator: "\n") })
            // each paragraph's line number is its first line in the input
            var line = 1
            for (block, p) in zip(blocks, paragraphs) {
                #expect(block.provenance.line == line)
                line += p.count + 1
            }
        }
    }
}

/// The byte-level line helpers against the standard library calls they replace.
@Suite struct TextReaderByteHelperTests {
    @Test func blankLinesAgreeWithCharacterWhitespace() {
        let pool = [" ", "\t", "ก", "\u{0E31}", "\u{0E49}", "ำ", "a", "\u{0B}", "\u{0C}", "\u{00A0}", "\u{3000}", "é", "\u{0301}", "1"]
        var rng = SystemRandomNumberGenerator()
        var blanks = 0
        for _ in 0..<5000 {
            let line = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            let sub = ("x" + line + "x").dropFirst().dropLast()
            let expected = sub.allSatisfy(\.isWhitespace)
            #expect(TextReader.isBlank(sub) == expected, "\(Array(line.unicodeScalars))")
            if expected { blanks += 1 }
        }
        #expect(blanks > 100)
    }

    @Test(arguments: ["", "a", "a\nb", "\n\n", "ก\u{0C}ข\nค", "x\r\ny", "\u{0C}"])
    func linesAreTheLFSplit(_ text: String) {
        let lines = TextReader.lines(text)
        let expected = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        #expect(lines.map { String($0.line) } == expected.map { String(Substring($0)) })
        #expect(lines.map(\.hasFormFeed) == expected.map { $0.contains(0x0C) })
        #expect(ThaiScalarSearch.containsByte(0x0C, in: text) == text.utf8.contains(0x0C))
    }
}
