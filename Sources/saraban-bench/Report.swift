import Foundation

/// Prints the benchmark's findings as Markdown tables, as they come (a long run shows progress).
final class Report {
    private var notes: [String] = []

    static func f(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
    static func mb(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }

    func line(_ s: String = "") {
        // One write per line, unbuffered: a long run shows each table as it is measured.
        FileHandle.standardOutput.write(Data((s + "\n").utf8))
    }

    func note(_ s: String) {
        notes.append(s)
        line("note: \(s)")
    }

    func machine(load: String, saraban: String, fixtures: String) {
        line("# saraban-bench corpus")
        line()
        line("- date: \(ISO8601DateFormatter().string(from: Date()))")
        line("- cores: \(ProcessInfo.processInfo.activeProcessorCount); load average at start: \(load)")
        line("- saraban: \(saraban)")
        line("- fixtures: \(fixtures)")
    }

    func corpus(_ files: [CorpusFile], seconds: Double, pool: [InputClass: [(name: String, bytes: [UInt8])]]) {
        line()
        line("## Corpus: \(files.count) documents, \(Self.f(Self.mb(files.reduce(0) { $0 + $1.bytes }))) MB (generated in \(Self.f(seconds, 2)) s)")
        line()
        line("| class | documents | MB | mean KB | distinct fixtures |")
        line("|---|---:|---:|---:|---:|")
        for c in InputClass.allCases {
            let these = files.filter { $0.inputClass == c }
            guard !these.isEmpty else { continue }
            let bytes = these.reduce(0) { $0 + $1.bytes }
            line("| \(c.rawValue) | \(these.count) | \(Self.f(Self.mb(bytes))) | \(Self.f(Double(bytes) / 1024 / Double(these.count))) | \(pool[c]?.count ?? 0) |")
        }
    }

    func stages(_ results: [StageBenchmark.Result]) {
        line()
        line("## In process: read → extract → validate → write (\(results.first?.documents ?? 0) documents: whole mix cycles spread over the corpus)")
        line()
        line("| jobs | wall s | documents/s | MB/s | speed-up | errors |")
        line("|---:|---:|---:|---:|---:|---:|")
        let base = results.first { $0.jobs == 1 }
        for r in results {
            let speedup = base.map { Self.f(r.documentsPerSecond / $0.documentsPerSecond, 2) + "×" } ?? "–"
            line("| \(r.jobs) | \(Self.f(r.wallSeconds, 2)) | \(Self.f(r.documentsPerSecond)) | \(Self.f(r.megabytesPerSecond)) | \(speedup) | \(r.times.errors) |")
        }
        guard let one = base ?? results.first else { return }
        line()
        line("Time per stage (jobs \(one.jobs), summed over documents; repair is timed apart, see below):")
        line()
        line("| stage | s | µs/document | share of conversion |")
        line("|---|---:|---:|---:|")
        let total = one.times.conversionSeconds
        for s in Stage.allCases {
            let sec = one.times.seconds[s] ?? 0
            let share = s == .repair ? "(\(Self.f(100 * sec / total))% if added)" : Self.f(100 * sec / total) + "%"
            line("| \(s.rawValue) | \(Self.f(sec, 3)) | \(Self.f(1e6 * sec / Double(one.documents), 0)) | \(share) |")
        }
        line()
        line("repair = the Thai normaliser re-run alone over each document's text; the readers already ran it inside read.")
        line()
        line("Per input class (jobs \(one.jobs): one core), end to end without repair:")
        line()
        line("| class | documents | MB/s per core | documents/s per core | µs/document |")
        line("|---|---:|---:|---:|---:|")
        for c in InputClass.allCases {
            guard let n = one.times.classCount[c], n > 0, let sec = one.times.classSeconds[c], sec > 0 else { continue }
            let bytes = one.times.classBytes[c] ?? 0
            line("| \(c.rawValue) | \(n) | \(Self.f(Self.mb(bytes) / sec)) | \(Self.f(Double(n) / sec)) | \(Self.f(1e6 * sec / Double(n), 0)) |")
        }
    }

    func convert(_ runs: [(jobs: Int, run: Measure.ChildRun)], files: [CorpusFile]) {
        line()
        line("## saraban convert (child process, JSON Lines, ordered output)")
        line()
        line("| jobs | wall s | documents/s | MB/s | speed-up | CPU s | peak RSS MB |")
        line("|---:|---:|---:|---:|---:|---:|---:|")
        let bytes = Self.mb(files.reduce(0) { $0 + $1.bytes })
        let base = runs.first { $0.jobs == 1 }?.run
        for (j, r) in runs {
            let speedup = base.map { Self.f($0.seconds / r.seconds, 2) + "×" } ?? "–"
            line("| \(j) | \(Self.f(r.seconds, 2)) | \(Self.f(Double(files.count) / r.seconds)) | \(Self.f(bytes / r.seconds)) | \(speedup) | \(Self.f(r.cpuSeconds, 2)) | \(Self.f(r.peakRSSMB)) |")
        }
    }

    func peers(files: Int, bytes: Int, jobs: Int, saraban: Double, peers: [Result<PeerResult, BenchError>]) {
        line()
        line("## DOCX: \(files) files (\(Self.f(Self.mb(bytes))) MB), \(jobs) processes at once")
        line()
        let ours = Double(files) / saraban
        line("| program | files/s | Saraban's ratio | failures |")
        line("|---|---:|---:|---:|")
        line("| saraban convert (full extraction to JSON Lines) | \(Self.f(ours)) | 1× | 0 |")
        for p in peers {
            switch p {
            case .success(let r):
                line("| \(r.name) (\(r.version)) | \(Self.f(r.filesPerSecond, 2)) | \(Self.f(ours / r.filesPerSecond))× | \(r.failures) |")
            case .failure(let e):
                note(e.description)
            }
        }
    }

    func rss(_ runs: [(count: Int, run: Measure.ChildRun)], jobs: Int) {
        guard !runs.isEmpty else { return }
        line()
        line("## Peak RSS of saraban convert as the corpus grows (small text documents: the first 12 lines of a memo or letter, jobs \(jobs))")
        line()
        line("| documents | wall s | documents/s | peak RSS MB | vs the first |")
        line("|---:|---:|---:|---:|---:|")
        let base = runs[0].run.peakRSSMB
        for (n, r) in runs {
            line("| \(n) | \(Self.f(r.seconds, 2)) | \(Self.f(Double(n) / r.seconds)) | \(Self.f(r.peakRSSMB)) | \(Self.f(r.peakRSSMB / base, 2))× |")
        }
    }

    func finish(load: String) {
        if let n = Measure.rssNote { note(n) }
        line()
        line("load average at end: \(load)")
        if !notes.isEmpty {
            line()
            line("Notes:")
            for n in notes { line("- \(n)") }
        }
    }
}
