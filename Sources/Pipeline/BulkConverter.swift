import Foundation
import SarabanCore
import Export

/// `saraban convert`: every input through the pipeline on `jobs` threads, output in the sorted
/// input order. Memory stays flat however many inputs there are: a worker may run at most
/// `2 × jobs` inputs ahead of the one being written (a bounded reorder buffer), and records are
/// appended to JSON Lines as they come — the output itself for `jsonl`, else a journal from which
/// the final file is rendered, streaming, and renamed into place.
public final class BulkConverter: @unchecked Sendable {
    public struct Options: Sendable {
        public var inputs: [String]
        public var output: String
        public var format: OutputFormat
        public var jobs: Int
        public var resume: Bool
        public init(inputs: [String], output: String, format: OutputFormat = .jsonl,
                    jobs: Int = ProcessInfo.processInfo.activeProcessorCount, resume: Bool = false) {
            self.inputs = inputs
            self.output = output
            self.format = format
            self.jobs = max(1, jobs)
            self.resume = resume
        }
        /// Where records are appended as they come.
        public var journalPath: String { format == .jsonl ? output : output + ".journal.jsonl" }
    }

    /// One input's outcome, waiting in the reorder buffer.
    enum Slot {
        case skipped
        case item(line: [UInt8], kind: String?, warnings: Int, issues: Int, failed: Bool)
    }

    public let options: Options
    public var pipeline = Pipeline()
    private let condition = NSCondition()
    private var nextDispatch = 0
    private var nextWrite = 0
    private var buffer: [Int: Slot] = [:]
    /// The most items held at once in the reorder buffer (measured, for tests of the bound).
    public private(set) var peakBuffered = 0

    public init(options: Options) { self.options = options }

    public var window: Int { 2 * options.jobs }

    public func run(progress: (ConversionProgress) -> Void = { _ in }) throws -> ConversionSummary {
        let started = Date()
        let inputs = options.inputs
        let journal = ResumeJournal(path: options.journalPath)
        let done = try journal.open(resume: options.resume)
        var summary = ConversionSummary()
        summary.inputs = inputs.count
        summary.errors = done.errors

        let pipeline = self.pipeline
        let work: @Sendable (Int) -> Slot = { i in
            let path = inputs[i]
            let item: OutputItem
            switch Pipeline.load(path) {
            case .failure(let e):
                if done.keys.contains(ResumeJournal.key(path: path, sha256: nil)) { return .skipped }
                item = .error(e)
            case .input(let input):
                if done.keys.contains(ResumeJournal.key(path: path, sha256: input.sha256)) { return .skipped }
                item = pipeline.process(input)
            }
            let r = item.record
            return .item(line: item.json(), kind: r?.kind.rawValue, warnings: r?.warnings.count ?? 0,
                         issues: r?.issues.count ?? 0, failed: r == nil)
        }

        for _ in 0..<min(options.jobs, max(inputs.count, 1)) {
            let t = Thread { [self] in self.workerLoop(count: inputs.count, work: work) }
            t.stackSize = 8 << 20
            t.start()
        }

        do {
            for i in 0..<inputs.count {
                condition.lock()
                while buffer[i] == nil { condition.wait() }
                let slot = buffer.removeValue(forKey: i)!
                nextWrite = i + 1
                condition.broadcast()
                condition.unlock()
                switch slot {
                case .skipped:
                    summary.skipped += 1
                case .item(let line, let kind, let warnings, let issues, let failed):
                    try journal.append(line)
                    summary.processed += 1
                    summary.warnings += warnings
                    summary.issues += issues
                    if failed { summary.errors += 1 }
                    if let kind { summary.byKind[kind, default: 0] += 1 }
                }
                progress(ConversionProgress(done: i + 1, total: inputs.count, errors: summary.errors,
                                            elapsed: Date().timeIntervalSince(started), finished: false))
            }
        } catch {
            stopWorkers(count: inputs.count)
            journal.close()
            throw error
        }
        journal.close()
        for (k, n) in done.kinds { summary.byKind[k, default: 0] += n }

        if options.format != .jsonl {
            try Self.render(journal: options.journalPath, format: options.format, to: options.output)
            try? FileManager.default.removeItem(atPath: options.journalPath)
        }
        summary.seconds = Date().timeIntervalSince(started)
        progress(ConversionProgress(done: inputs.count, total: inputs.count, errors: summary.errors,
                                    elapsed: summary.seconds, finished: true))
        return summary
    }

    private func workerLoop(count: Int, work: (Int) -> Slot) {
        while true {
            condition.lock()
            while nextDispatch < count && nextDispatch >= nextWrite + window { condition.wait() }
            if nextDispatch >= count { condition.unlock(); return }
            let i = nextDispatch
            nextDispatch += 1
            condition.unlock()
            let slot = work(i)
            condition.lock()
            buffer[i] = slot
            peakBuffered = max(peakBuffered, buffer.count)
            condition.broadcast()
            condition.unlock()
        }
    }

    private func stopWorkers(count: Int) {
        condition.lock()
        nextDispatch = count
        condition.broadcast()
        condition.unlock()
    }

    /// Streams a JSON Lines file of output items into a writer of `format`.
    public static func render(journal: String, format: OutputFormat, to output: String) throws {
        let writer = try format.makeWriter(path: output)
        try JSONLinesReader.forEach(path: journal) { try writer.write($0) }
        try writer.finish()
    }
}

/// Reads a JSON Lines file of output items one line at a time.
public enum JSONLinesReader {
    public static func forEach(path: String, _ body: (OutputItem) throws -> Void) throws {
        guard let h = FileHandle(forReadingAtPath: path) else { throw JournalError("\(path): cannot read") }
        defer { try? h.close() }
        var pending: [UInt8] = []
        var lineNo = 0
        func emit(_ line: ArraySlice<UInt8>) throws {
            lineNo += 1
            guard !line.isEmpty else { return }
            do { try body(try OutputItem.decode(Data(line))) } catch let e as DecodingError {
                throw JournalError("\(path): line \(lineNo): not a record: \(e)")
            }
        }
        while let chunk = try h.read(upToCount: 1 << 16), !chunk.isEmpty {
            pending.append(contentsOf: chunk)
            var start = 0
            while let nl = pending[start...].firstIndex(of: 0x0A) {
                try emit(pending[start..<nl])
                start = nl + 1
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try emit(pending[...]) }
    }
}
