import Foundation
import SarabanCore
import ZIPFoundation

/// A ZIP container (DOCX, ODT) opened with limits: entry count, total bytes actually inflated
/// (counted chunk by chunk, so a lying header does not help a zip bomb) and compression ratio.
struct SafeZip {
    let file: String
    let limits: ReaderLimits
    private let archive: Archive
    private let entries: [String: Entry]
    /// Entry paths in archive order.
    let paths: [String]
    private var inflated = 0
    /// The archive's bytes and, by path, where each entry's records and data lie in them (`rawKey`).
    private let bytes: [UInt8]
    private let rawRanges: [String: RawRanges]
    private struct RawRanges {
        var directory: Range<Int>, local: Range<Int>, descriptor: Range<Int>
    }

    /// Thrown from inside ZIPFoundation's consumer to stop inflating at a limit.
    private struct Stop: Error { let error: SarabanError }

    init(bytes: [UInt8], file: String, limits: ReaderLimits = .standard) throws(SarabanError) {
        self.file = file
        self.limits = limits
        guard let eocd = SafeZip.endOfCentralDirectory(bytes) else {
            throw SarabanError(.malformed, file: file, reason: "not a complete ZIP archive (no end of central directory: truncated?)")
        }
        // Check the declared entry count before ZIPFoundation walks the directory.
        if eocd.entries > limits.maxZipEntries {
            throw SarabanError(.unsafe, file: file, reason: "ZIP declares \(eocd.entries) entries, more than the limit of \(limits.maxZipEntries)")
        }
        guard eocd.directoryOffset + eocd.directorySize <= bytes.count else {
            throw SarabanError(.malformed, file: file, reason: "ZIP central directory lies outside the file (truncated?)")
        }
        // ZIPFoundation trusts the offsets it reads (its in-memory reader traps on one past the end),
        // so every offset and size is checked against the bytes first.
        if let reason = SafeZip.structureProblem(bytes, eocd: eocd) {
            throw SarabanError(.malformed, file: file, reason: reason)
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw SarabanError(.malformed, file: file, reason: "not a readable ZIP archive (\(error))")
        }
        var map: [String: Entry] = [:]
        var order: [String] = []
        var declaredTotal: UInt64 = 0
        for entry in archive {
            // ZIPFoundation decodes the path anew on every call (~9K instructions): once here.
            let path = entry.path
            order.append(path)
            map[path] = entry
            if order.count > limits.maxZipEntries {
                throw SarabanError(.unsafe, file: file, reason: "ZIP has more than \(limits.maxZipEntries) entries")
            }
            let (sum, overflow) = declaredTotal.addingReportingOverflow(entry.uncompressedSize)
            declaredTotal = overflow ? .max : sum
            if declaredTotal > UInt64(limits.maxZipTotalBytes) {
                throw SarabanError(.unsafe, file: file, part: path,
                                   reason: "ZIP declares more than \(limits.maxZipTotalBytes / 1_048_576) MB uncompressed (zip bomb?); refused")
            }
            if let reason = SafeZip.ratioProblem(uncompressed: entry.uncompressedSize, compressed: entry.compressedSize, limits: limits) {
                throw SarabanError(.unsafe, file: file, part: path, reason: reason)
            }
        }
        if order.count != eocd.entries {
            throw SarabanError(.malformed, file: file, reason: "ZIP central directory lists \(eocd.entries) entries but \(order.count) could be read (truncated or corrupt)")
        }
        entries = map
        paths = order
        self.bytes = bytes
        // The walk structureProblem has checked, in the order ZIPFoundation lists the entries;
        // a path listed twice is read from its last entry, as `entries` keeps it.
        var ranges: [String: RawRanges] = [:]
        func u16(_ o: Int) -> Int { Int(bytes[o]) | Int(bytes[o + 1]) << 8 }
        func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
        var p = eocd.directoryOffset
        for path in order {
            let flags = u16(p + 8), compressed = u32(p + 20)
            let directoryEnd = p + 46 + u16(p + 28) + u16(p + 30) + u16(p + 32)
            let local = u32(p + 42)
            let dataEnd = local + 30 + u16(local + 26) + u16(local + 28) + compressed
            let descriptorEnd = flags & 0x0008 != 0 ? min(bytes.count, dataEnd + 16) : dataEnd
            ranges[path] = RawRanges(directory: p..<directoryEnd, local: local..<dataEnd, descriptor: dataEnd..<descriptorEnd)
            p = directoryEnd
        }
        rawRanges = ranges
    }

    /// Everything that decides what `read(path)` gives, but the budget: the entry's central
    /// directory record (without the offset of its local header, which only says where the next
    /// part is), its local header and data, and its data descriptor. Two entries with equal keys
    /// inflate to the same bytes or fail the same way. Nil when the entry is absent.
    func rawKey(_ path: String) -> [UInt8]? {
        guard entries[path] != nil, let r = rawRanges[path] else { return nil }
        var key: [UInt8] = []
        key.reserveCapacity(r.directory.count + r.local.count + r.descriptor.count)
        key += bytes[r.directory.lowerBound..<r.directory.lowerBound + 42]
        key += [0, 0, 0, 0]
        key += bytes[r.directory.lowerBound + 46..<r.directory.upperBound]
        key += bytes[r.local]
        key += bytes[r.descriptor]
        return key
    }

    /// Counts a part read before from an entry with the same `rawKey` (`count` bytes inflated)
    /// against this archive's budget, as `read` would have. False, counting nothing, when reading
    /// it would pass the budget: then `read` it, which refuses it.
    mutating func accountForCopy(inflating count: Int) -> Bool {
        guard inflated + count <= limits.maxZipTotalBytes else { return false }
        inflated += count
        return true
    }

    static func ratioProblem(uncompressed: UInt64, compressed: UInt64, limits: ReaderLimits) -> String? {
        guard uncompressed > UInt64(limits.ratioCheckMinBytes) else { return nil }
        if compressed == 0 || uncompressed / max(compressed, 1) > UInt64(limits.maxZipRatio) {
            return "compression ratio above \(limits.maxZipRatio):1 on a part of \(uncompressed / 1_048_576) MB (zip bomb?); refused"
        }
        return nil
    }

    func contains(_ path: String) -> Bool { entries[path] != nil }

    /// The bytes of one entry, nil when it is absent. Counts inflated bytes against the limits as it goes.
    mutating func read(_ path: String) throws(SarabanError) -> [UInt8]? {
        guard let entry = entries[path] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(Int(min(entry.uncompressedSize, 16 << 20)))
        let budget = limits.maxZipTotalBytes - inflated
        let compressed = max(Int(entry.compressedSize), 1)
        let declared = Int(clamping: entry.uncompressedSize)
        let limits = self.limits
        let file = self.file
        do {
            // ZIPFoundation only returns the CRC-32 of what the consumer gets (it checks it when it
            // writes a file, not here) and computes it in Swift a byte at a time on Linux:
            // skipping it changes nothing but the time.
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                out.append(contentsOf: chunk)
                if out.count > budget {
                    throw Stop(error: SarabanError(.unsafe, file: file, part: path,
                        reason: "inflates past \(limits.maxZipTotalBytes / 1_048_576) MB in all (zip bomb?); refused"))
                }
                // A part never inflates past the size its header declares, unless the header lies.
                if out.count > declared {
                    throw Stop(error: SarabanError(.unsafe, file: file, part: path,
                        reason: "inflates past the \(declared) bytes its header declares (zip bomb?); refused"))
                }
                if out.count > limits.ratioCheckMinBytes && out.count / compressed > limits.maxZipRatio {
                    throw Stop(error: SarabanError(.unsafe, file: file, part: path,
                        reason: "inflates more than \(limits.maxZipRatio):1 (zip bomb?); refused"))
                }
            }
        } catch let stop as Stop {
            throw stop.error
        } catch {
            throw SarabanError(.malformed, file: file, part: path, reason: "cannot inflate (\(error))")
        }
        inflated += out.count
        return out
    }

    /// Walks the central directory and each entry's local header, checking that every offset and
    /// size stays inside the file. Returns the first problem found.
    static func structureProblem(_ bytes: [UInt8], eocd: (entries: Int, directorySize: Int, directoryOffset: Int)) -> String? {
        func u16(_ o: Int) -> Int { Int(bytes[o]) | Int(bytes[o + 1]) << 8 }
        func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
        let count = bytes.count
        var p = eocd.directoryOffset
        for i in 0..<eocd.entries {
            guard p + 46 <= count, u32(p) == 0x0201_4B50 else { return "central directory entry \(i + 1) is damaged (truncated or corrupt)" }
            let version = u16(p + 6) & 0xFF
            let flags = u16(p + 8)
            let method = u16(p + 10)
            let compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            guard p + 46 + nameLength + extraLength + commentLength <= count else {
                return "central directory entry \(i + 1) runs past the end of the file (truncated or corrupt)"
            }
            // ZIPFoundation switches to ZIP64 rules on version 4.5 or a ZIP64 extra field; an office
            // document never needs them, and their sizes are not checked here.
            var extra = p + 46 + nameLength
            var zip64 = version >= 45 || compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF
            while extra + 4 <= p + 46 + nameLength + extraLength {
                if u16(extra) == 0x0001 { zip64 = true }
                extra += 4 + u16(extra + 2)
            }
            if zip64 { return "entry \(i + 1) uses ZIP64, which an office document never needs; refused" }
            if method == 0 && compressed != uncompressed {
                return "stored entry \(i + 1) declares different compressed and uncompressed sizes (corrupt)"
            }
            guard local + 30 <= count, u32(local) == 0x0403_4B50 else { return "entry \(i + 1)'s local header lies outside the file (truncated or corrupt)" }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            guard dataStart + compressed <= count else { return "entry \(i + 1)'s data runs past the end of the file (truncated or corrupt)" }
            if flags & 0x0008 != 0 {
                // ZIPFoundation takes the sizes from the data descriptor: they must agree.
                let d = dataStart + compressed
                guard d + 16 <= count else { return "entry \(i + 1)'s data descriptor runs past the end of the file (truncated or corrupt)" }
                let o = u32(d) == 0x0807_4B50 ? d + 4 : d
                guard u32(o + 4) == compressed && u32(o + 8) == uncompressed else {
                    return "entry \(i + 1)'s data descriptor disagrees with the central directory (corrupt)"
                }
            }
            p += 46 + nameLength + extraLength + commentLength
        }
        return nil
    }

    /// End of central directory record: entry count and directory position.
    static func endOfCentralDirectory(_ bytes: [UInt8]) -> (entries: Int, directorySize: Int, directoryOffset: Int)? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 65_535)
        var i = bytes.count - 22
        while i >= lowest {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x05, bytes[i + 3] == 0x06 {
                func u16(_ o: Int) -> Int { Int(bytes[i + o]) | Int(bytes[i + o + 1]) << 8 }
                func u32(_ o: Int) -> Int { u16(o) | u16(o + 2) << 16 }
                return (u16(10), u32(12), u32(16))
            }
            i -= 1
        }
        return nil
    }
}
