import Foundation
import Testing
import PropertyBased
import SarabanCore
@testable import Export

/// The fast writer must write exactly the JSON of the Codable form: same bytes, and the same
/// record when decoded.
@Suite struct FastJSONWriterTests {
    static func codable(_ item: OutputItem) throws -> [UInt8] {
        switch item {
        case .record(let r): return [UInt8](try JSONRecordWriter.encode(r))
        case .error(let e): return [UInt8](try JSONRecordWriter.encode(e))
        }
    }

    @Test(arguments: Samples.items)
    func sameBytesAsCodable(_ item: OutputItem) throws {
        let fast = item.json()
        let reference = try Self.codable(item)
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
        #expect(try OutputItem.decode(Data(fast)) == item)
    }

    /// Any text in any string field — control characters, quotes, backslashes, Thai, emoji — and
    /// any provenance keys come out as the Codable form writes them, and decode back.
    @Test func randomTextRoundTrip() async throws {
        // A pool of characters: all of ASCII (control characters included), Thai, and a few that
        // need care (emoji outside the BMP, a combining accent, zero-width space, a PUA glyph).
        let pool: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
            + (0x0E01...0x0E5B).compactMap { Unicode.Scalar($0).map(Character.init) }
            + ["\u{1F600}", "é", "\u{200B}", "\u{F70B}", "\u{2028}"]
        let any = Gen.int(in: 0...(pool.count - 1)).map { pool[$0] }.array(of: 0...40).map { String($0) }
        await propertyCheck(count: 200, input: any, Gen.int(in: 0...1000), Gen.bool) { s, n, flag in
            var r = Samples.full()
            r.subject = s
            r.members[0].name = s
            r.provenance["members[\(n)].\(s)"] = FieldSource(block: n, confidence: flag ? Double(n) / 7 : nil)
            r.extra[s] = .number(n)
            let item = OutputItem.record(r)
            let fast = item.json()
            let reference = try! Self.codable(item)
            #expect(fast == reference, "\(String(decoding: fast, as: UTF8.self))\n\(String(decoding: reference, as: UTF8.self))")
            #expect(try! OutputItem.decode(Data(fast)) == item)
        }
    }
}
