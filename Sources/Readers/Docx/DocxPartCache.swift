import Foundation
import SarabanCore

/// Parsed parts (styles.xml, numbering.xml) by their exact bytes (and the limits they were read
/// under), so that a batch of documents from one template parses the template's parts once. Parsing is
/// deterministic, so a hit gives what parsing again would; a part that fails to parse is never
/// stored (it fails again, with its own file's name). At most `capacity` parts are kept.
final class DocxPartCache<Value>: @unchecked Sendable {
    private struct Entry {
        let bytes: [UInt8]
        let limits: ReaderLimits
        let value: Value
    }
    /// A ZIP entry (SafeZip.rawKey) that inflated to a stored part.
    private struct ZipEntry {
        let raw: [UInt8]
        let limits: ReaderLimits
        let count: Int
        let value: Value
    }
    private let lock = NSLock()
    private var entries: [Entry] = []
    private var next = 0
    private var zipEntries: [ZipEntry] = []
    private var nextZipEntry = 0
    let capacity: Int

    init(capacity: Int = 8) { self.capacity = capacity }

    private static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0 } }
    }

    /// The value of a part whose ZIP entry (SafeZip.rawKey) was read before, with the number of
    /// bytes it inflated to; nil when it was not.
    func value(forEntry raw: [UInt8], limits: ReaderLimits) -> (value: Value, count: Int)? {
        lock.lock()
        defer { lock.unlock() }
        guard let hit = zipEntries.first(where: { $0.limits == limits && Self.same($0.raw, raw) }) else { return nil }
        return (hit.value, hit.count)
    }

    func value(for bytes: [UInt8], entry raw: [UInt8]? = nil, limits: ReaderLimits,
               parse: () throws(SarabanError) -> Value) throws(SarabanError) -> Value {
        let value = try value(for: bytes, limits: limits, parse: parse)
        if let raw, !raw.isEmpty {
            lock.lock()
            defer { lock.unlock() }
            if !zipEntries.contains(where: { $0.limits == limits && Self.same($0.raw, raw) }) {
                let entry = ZipEntry(raw: raw, limits: limits, count: bytes.count, value: value)
                if zipEntries.count < capacity { zipEntries.append(entry) } else {
                    zipEntries[nextZipEntry] = entry
                    nextZipEntry = (nextZipEntry + 1) % capacity
                }
            }
        }
        return value
    }

    func value(for bytes: [UInt8], limits: ReaderLimits,
               parse: () throws(SarabanError) -> Value) throws(SarabanError) -> Value {
        if !bytes.isEmpty {
            lock.lock()
            let hit = entries.first { $0.limits == limits && Self.same($0.bytes, bytes) }
            lock.unlock()
            if let hit { return hit.value }
        }
        let value = try parse()
        guard !bytes.isEmpty else { return value }
        lock.lock()
        defer { lock.unlock() }
        if !entries.contains(where: { $0.limits == limits && Self.same($0.bytes, bytes) }) {
            let entry = Entry(bytes: bytes, limits: limits, value: value)
            if entries.count < capacity { entries.append(entry) } else { entries[next] = entry; next = (next + 1) % capacity }
        }
        return value
    }
}
