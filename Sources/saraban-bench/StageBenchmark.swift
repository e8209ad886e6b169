import Foundation
import SarabanCore
import ThaiText
import Readers
import Extraction
import Validation
import Export
import Pipeline

/// The pipeline's stages, timed one document at a time inside this process.
enum Stage: String, CaseIterable {
    /// File bytes read, hashed, detected and parsed into the document model (the readers
    /// normalise every block as they build it, so this includes the repair work).
    case read
    /// The Thai normaliser run again over the document's text, alone: what repair costs. It is
    /// timed separately and NOT part of the conversion (subtract it from nothing).
    case repair
    case extract
    case validate
    /// The record rendered to JSON and appended to a JSON Lines file.
    case write
}

/// Seconds spent per stage and per input class by one or more worker threads.
struct StageTimes {
    var seconds: [Stage: Double] = [:]
    var classSeconds: [InputClass: Double] = [:]
    var classBytes: [InputClass: Int] = [:]
    var classCount: [InputClass: Int] = [:]
    var errors = 0

    mutating func merge(_ o: StageTimes) {
        for (k, v) in o.seconds { seconds[k, default: 0] += v }
        for (k, v) in o.classSeconds { classSeconds[k, default: 0] += v }
        for (k, v) in o.classBytes { classBytes[k, default: 0] += v }
        for (k, v) in o.classCount { classCount[k, default: 0] += v }
        errors += o.errors
    }

    /// Time of the conversion proper (every stage but the separately timed repair).
    var conversionSeconds: Double { Stage.allCases.filter { $0 != .repair }.reduce(0) { $0 + (seconds[$1] ?? 0) } }
}

/// Runs every file of a corpus through read → extract → validate → write on `jobs` threads
/// (each thread takes the next file; output order is not kept here: `saraban convert` is timed
/// for that) and times each stage.
struct StageBenchmark {
    var files: [CorpusFile]
    var jobs: Int
    var outputFolder: String

    struct Result {
        var wallSeconds: Double
        var times: StageTimes
        var jobs: Int
        var documents: Int
        var bytes: Int
        var documentsPerSecond: Double { Double(documents) / wallSeconds }
        var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / wallSeconds }
    }

    func run() -> Result {
        final class Shared: @unchecked Sendable {
            let lock = NSLock()
            var next = 0
            var times = StageTimes()
        }
        let shared = Shared()
        let files = self.files
        let done = DispatchSemaphore(value: 0)
        let start = Measure.now()
        for worker in 0..<jobs {
            let out = outputFolder + "/stages-\(jobs)-\(worker).jsonl"
            let t = Thread {
                var local = StageTimes()
                let sink = FileSink(path: out)
                while true {
                    shared.lock.lock()
                    let i = shared.next
                    shared.next += 1
                    shared.lock.unlock()
                    guard i < files.count else { break }
                    Self.convert(files[i], into: &local, sink: sink)
                }
                sink.close()
                shared.lock.lock()
                shared.times.merge(local)
                shared.lock.unlock()
                done.signal()
            }
            t.stackSize = 8 << 20
            t.start()
        }
        for _ in 0..<jobs { done.wait() }
        let wall = Measure.now() - start
        return Result(wallSeconds: wall, times: shared.times, jobs: jobs, documents: files.count,
                      bytes: files.reduce(0) { $0 + $1.bytes })
    }

    /// One document through the stages, each timed.
    static func convert(_ file: CorpusFile, into t: inout StageTimes, sink: FileSink) {
        let extractor = Extractor()
        let validator = Validator()
        var clock = Measure.now()
        func lap(_ stage: Stage) {
            let now = Measure.now()
            t.seconds[stage, default: 0] += now - clock
            clock = now
        }
        let begin = clock
        let item: OutputItem
        switch Pipeline.load(file.path) {
        case .failure(let e):
            item = .error(e)
            lap(.read)
        case .input(let input):
            do throws(SarabanError) {
                let document = try ReaderRegistry.read(input)
                lap(.read)
                var record = extractor.extract(document)
                lap(.extract)
                record.issues += validator.validate(record)
                lap(.validate)
                item = .record(record)
                // Repair alone, timed but kept out of the conversion's own time.
                let repairStart = Measure.now()
                _ = ThaiNormalizer.normalize(Pipeline.plainText(document),
                                             options: .init(foldWhitespace: true, keepNewlines: true))
                t.seconds[.repair, default: 0] += Measure.now() - repairStart
                clock = Measure.now()
                t.classSeconds[file.inputClass, default: 0] -= clock - repairStart
            } catch {
                item = .error(ErrorRecord(path: input.path, sha256: input.sha256, part: error.part, reason: error.reason))
                lap(.read)
            }
        }
        if item.record == nil { t.errors += 1 }
        sink.append(item.json())
        lap(.write)
        t.classSeconds[file.inputClass, default: 0] += clock - begin
        t.classBytes[file.inputClass, default: 0] += file.bytes
        t.classCount[file.inputClass, default: 0] += 1
    }
}

/// A buffered append-only file (JSON Lines), written with write(2) in 64 KB chunks.
final class FileSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    init(path: String) {
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        buffer.reserveCapacity(1 << 16)
    }
    func append(_ line: [UInt8]) {
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }
    func flush() {
        guard fd >= 0 else { buffer.removeAll(keepingCapacity: true); return }
        buffer.withUnsafeBytes { b in
            var off = 0
            while off < b.count {
                let n = write(fd, b.baseAddress! + off, b.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
    func close() {
        flush()
        if fd >= 0 { Foundation.close(fd) }
    }
}
