import Testing
import Foundation
import SarabanCore
@testable import Export

@Suite struct RecordJSONTests {
    @Test func absentFieldsAreNull() throws {
        let r = Record(source: SourceInfo(path: "x", format: .text, sha256: "", byteCount: 0))
        let json = String(decoding: try JSONRecordWriter.encode(r), as: UTF8.self)
        #expect(json.contains("\"urgency\":null"))
        #expect(json.contains("\"schema\":\"saraban\\/1\"") || json.contains("\"schema\":\"saraban/1\""))
        let back = try JSONDecoder().decode(Record.self, from: Data(json.utf8))
        #expect(back == r)
    }
}
