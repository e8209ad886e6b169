import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file written under a temporary name beside its destination and renamed into place by
/// `commit()`: readers see the old file or the whole new one, never half of it. Writes are
/// buffered; `abandon()` removes the temporary file.
public final class AtomicFile {
    public let path: String
    public let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let h = FileHandle(forWritingAtPath: temporaryPath) else {
            throw ExportError("\(path): cannot create the temporary file \(temporaryPath)")
        }
        handle = h
        buffer.reserveCapacity(Self.flushSize)
    }

    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }
    public func write(_ s: String) throws { try write(Array(s.utf8)) }
    public func write(_ d: Data) throws { try write([UInt8](d)) }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, closes and renames the temporary file over the destination.
    public func commit() throws {
        try flush()
        try handle.synchronize()
        try handle.close()
        try Self.rename(temporaryPath, to: path)
    }

    public func abandon() {
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    /// rename(2): atomic replacement of `to` within one file system.
    public static func rename(_ from: String, to: String) throws {
        if Glibc.rename(from, to) != 0 {
            throw ExportError("\(to): cannot rename \(from) into place: \(String(cString: strerror(errno)))")
        }
    }
}

/// A writer's failure, naming the file and the reason.
public struct ExportError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
