import Foundation
import Glibc

/// The JSON Lines a run appends to, one whole record a line: the output itself for `--format
/// jsonl`, else a journal beside the output from which the final file is rendered. On `--resume`
/// it is read back: the inputs already in it (by path and content hash) are skipped, and a last
/// line cut short by an interruption is dropped, so nothing is lost or written twice.
public final class ResumeJournal {
    public let path: String
    private var fd: Int32 = -1

    public struct Done: Sendable {
        public var keys: Set<String> = []
        public var errors = 0
        public var kinds: [String: Int] = [:]
    }

    public init(path: String) { self.path = path }

    public static func key(path: String, sha256: String?) -> String { path + "\u{0}" + (sha256 ?? "") }

    /// Opens for appending: truncated when starting afresh; when resuming, cut back to its last
    /// complete line and read for the inputs it already holds.
    public func open(resume: Bool) throws -> Done {
        var done = Done()
        if resume, let data = FileManager.default.contents(atPath: path) {
            let bytes = [UInt8](data)
            let complete = (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
            struct Probe: Decodable {
                struct Source: Decodable { var path: String; var sha256: String? }
                var schema: String?
                var path: String?
                var sha256: String?
                var source: Source?
                var kind: String?
            }
            var start = 0
            let decoder = JSONDecoder()
            while start < complete {
                let end = bytes[start..<complete].firstIndex(of: 0x0A)!
                if end > start, let p = try? decoder.decode(Probe.self, from: Data(bytes[start..<end])) {
                    if let s = p.source { done.keys.insert(Self.key(path: s.path, sha256: s.sha256)) }
                    else if let path = p.path { done.keys.insert(Self.key(path: path, sha256: p.sha256)) }
                    if p.schema == "saraban/error/1" { done.errors += 1 } else if let k = p.kind { done.kinds[k, default: 0] += 1 }
                }
                start = end + 1
            }
            if complete < bytes.count { truncate(path, off_t(complete)) }
            fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644)
        } else {
            fd = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_TRUNC, 0o644)
        }
        guard fd >= 0 else { throw JournalError("\(path): cannot open for writing: \(String(cString: strerror(errno)))") }
        return done
    }

    /// Appends one whole line with a single write(2), so an interruption never leaves half a
    /// record followed by another.
    public func append(_ line: [UInt8]) throws {
        var buf = line
        buf.append(0x0A)
        var off = 0
        while off < buf.count {
            let n = buf.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + off, $0.count - off) }
            if n < 0 {
                if errno == EINTR { continue }
                throw JournalError("\(path): write failed: \(String(cString: strerror(errno)))")
            }
            off += n
        }
    }

    public func close() {
        if fd >= 0 { fsync(fd); Glibc.close(fd); fd = -1 }
    }
}

public struct JournalError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ d: String) { description = d }
}
