import Foundation
import Testing
import SarabanCore
@testable import Extraction

@Suite struct DebugDump {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SARABAN_DUMP"] != nil)) func dump() throws {
        let dir = ProcessInfo.processInfo.environment["SARABAN_DUMP"]!
        let enc = JSONEncoder(); enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".txt") {
            let r = try extractRecord(at: URL(fileURLWithPath: dir + "/" + name))
            try enc.encode(r).write(to: URL(fileURLWithPath: "/tmp/dbg/" + name + ".json"))
        }
    }
}
