import Foundation
import Testing
@testable import ThaiText

@Suite struct ThaiTextDecoderTests {
    static let sample = "วันที่ ๖ ธันวาคม ๒๕๖๕ เรียน ผู้อำนวยการเขต"

    @Test func decodesUTF8WithAndWithoutBOM() throws {
        let bytes = Array(Self.sample.utf8)
        #expect(try ThaiTextDecoder.decode(bytes) == DecodedText(text: Self.sample, encoding: "utf-8", warnings: []))
        let bom = try ThaiTextDecoder.decode([0xEF, 0xBB, 0xBF] + bytes)
        #expect(bom.text == Self.sample)
        #expect(bom.encoding == "utf-8-bom")
    }

    @Test(arguments: [false, true])
    func decodesUTF16WithBOM(bigEndian: Bool) throws {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for u in (Self.sample + "😀").utf16 {
            bytes += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)]
        }
        let d = try ThaiTextDecoder.decode(bytes)
        #expect(d.text == Self.sample + "😀")
        #expect(d.encoding == (bigEndian ? "utf-16be" : "utf-16le"))
    }

    @Test func invalidUTF16NamesTheOffset() {
        // "ก" then a lone low surrogate at byte 4.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x01, 0x0E, 0x00, 0xDC, 0x02, 0x0E]
        #expect(throws: DecodingError(encoding: "utf-16le", byteOffset: 4, reason: "low surrogate 0xDC00 without a high surrogate")) {
            try ThaiTextDecoder.decode(bytes)
        }
        let lenient = try? ThaiTextDecoder.decode(bytes, lenient: true)
        #expect(lenient?.text == "ก\u{FFFD}ข")
        #expect(lenient?.warnings.count == 1)
        #expect(lenient?.warnings.first?.contains("byte 4") == true)
    }

    @Test func detectsTIS620() throws {
        let bytes = ThaiSingleByteEncoding.tis620.encode(Self.sample)!
        let d = try ThaiTextDecoder.decode(bytes)
        #expect(d.encoding == "tis-620")
        #expect(d.text == Self.sample)
    }

    @Test func detectsWindows874FromItsPunctuation() throws {
        let text = "“สภาคนเมืองประจำเขต…” – ๑๐๐ €"
        let bytes = ThaiSingleByteEncoding.windows874.encode(text)!
        #expect(ThaiSingleByteEncoding.tis620.encode(text) == nil)
        let d = try ThaiTextDecoder.decode(bytes)
        #expect(d.encoding == "windows-874")
        #expect(d.text == text)
    }

    @Test(arguments: ThaiSingleByteEncoding.allCases)
    func wholeThaiBlockRoundTrips(encoding: ThaiSingleByteEncoding) throws {
        // Every byte the encoding defines decodes to one scalar that encodes back to it.
        var defined: [UInt8] = []
        for b in UInt8(0x80)...UInt8(0xFF) {
            if let s = encoding.decode(b) {
                #expect(encoding.encode(s) == b)
                defined.append(b)
            }
        }
        let thaiBlock = (0xA1...0xFB).filter { !(0xDB...0xDE).contains($0) }.map(UInt8.init)
        #expect(Set(thaiBlock).isSubset(of: Set(defined)))
        #expect(defined.count == thaiBlock.count + (encoding == .windows874 ? ThaiSingleByteEncoding.windows874Extras.count : 0))
        let decoded = try ThaiTextDecoder.decodeSingleByte(defined, as: encoding)
        #expect(encoding.encode(decoded.text) == defined)
        #expect(decoded.text.unicodeScalars.filter { (0x0E01...0x0E5B).contains($0.value) }.count == thaiBlock.count)
    }

    @Test(arguments: [(UInt8(0xDB), 3), (0xDE, 3), (0xFC, 3), (0xFF, 3)])
    func undefinedTIS620BytesNameTheOffset(bad: UInt8, offset: Int) throws {
        let bytes: [UInt8] = [0xA1, 0xA2, 0xA3, bad, 0xA4]
        do {
            _ = try ThaiTextDecoder.decode(bytes)
            Issue.record("expected an error for byte \(bad)")
        } catch {
            #expect(error.byteOffset == offset)
            #expect(error.encoding == "tis-620")
            #expect(error.description.contains("byte \(offset)"))
        }
        let lenient = try ThaiTextDecoder.decode(bytes, lenient: true)
        #expect(lenient.text == "กขฃ\u{FFFD}ค")
        #expect(lenient.warnings == ["byte 3: byte 0x\(String(bad, radix: 16, uppercase: true)) is not defined in tis-620 (tis-620); replaced with U+FFFD"])
    }

    @Test func undefinedWindows874ByteNamesTheOffset() {
        // 0x81 is in Windows-874's extra range (so the file is Windows-874) but undefined.
        #expect(throws: DecodingError(encoding: "windows-874", byteOffset: 1, reason: "byte 0x81 is not defined in windows-874")) {
            try ThaiTextDecoder.decode([0xA1, 0x81, 0x93])
        }
    }

    @Test func damagedUTF8IsReportedAsUTF8() {
        var bytes = Array(Self.sample.utf8)
        bytes[10] = 0xFF
        #expect(throws: DecodingError.self) { try ThaiTextDecoder.decode(bytes) }
        do {
            _ = try ThaiTextDecoder.decode(bytes)
        } catch {
            #expect(error.encoding == "utf-8")
            #expect(error.byteOffset == 9 || error.byteOffset == 10)
        }
        let lenient = try? ThaiTextDecoder.decode(bytes, lenient: true)
        #expect(lenient?.encoding == "utf-8")
        #expect(lenient?.text.contains("\u{FFFD}") == true)
        #expect(lenient?.warnings.isEmpty == false)
    }
}

/// The seed circular, re-encoded in each single-byte encoding it fits, is detected and decoded
/// back to the same text (real Thai text holds many byte pairs that happen to be valid UTF-8,
/// such as ั + ก = C3 A1; detection must not be fooled by them).
@Suite struct SeedEncodingTests {
    static func seed() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let url = root.appendingPathComponent("../shared/seeds/000_4bfcf933634aae01.txt").standardizedFileURL
        return try ThaiTextDecoder.decode(Array(Data(contentsOf: url))).text
    }

    @Test func seedRoundTripsThroughWindows874() throws {
        let text = try Self.seed()
        #expect(ThaiSingleByteEncoding.tis620.encode(text) == nil) // it has “ ” quotes
        let bytes = try #require(ThaiSingleByteEncoding.windows874.encode(text))
        let decoded = try ThaiTextDecoder.decode(bytes)
        #expect(decoded.encoding == "windows-874")
        #expect(decoded.text == text)
    }

    @Test func seedWithoutQuotesRoundTripsThroughTIS620() throws {
        let text = try Self.seed().replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"")
        let bytes = try #require(ThaiSingleByteEncoding.tis620.encode(text))
        let decoded = try ThaiTextDecoder.decode(bytes)
        #expect(decoded.encoding == "tis-620")
        #expect(decoded.text == text)
    }
}
