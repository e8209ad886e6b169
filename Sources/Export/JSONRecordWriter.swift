import Foundation
import SarabanCore

/// Records as JSON (one object) or JSON Lines (one object a line), through Codable. The reference
/// form: `FastJSONWriter` must produce exactly these bytes.
public enum JSONRecordWriter {
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
