import Foundation

/// `saraban-bench corpus`: generate a corpus, time the stages in process, time `saraban convert`
/// as a child (documents/s, MB/s, peak RSS) for each --jobs, time the DOCX peers on the same
/// files with the same number of processes, and measure peak RSS for growing corpora.
/// Prints Markdown tables (docs/performance.md holds a run of them).
struct CorpusBenchmark {
    struct Options {
        var count = 5_000
        /// Documents timed stage by stage in process (whole mix cycles spread evenly over the corpus).
        var stageCount = 1_000
        var jobs = [1, 2]
        var fixtures = CorpusGenerator.defaultFixtures()
        /// DOCX files the peers convert (pandoc needs ~0.2 s a file: all of them would take minutes).
        var peerFiles = 200
        var rssCounts = [1_000, 20_000]
        var skipPeers = false
        var keep = false
        var saraban: String?

        static let usage = """
            usage: saraban-bench corpus [--count N] [--stage-count M] [--jobs 1,2] [--fixtures DIR]
                                        [--peer-files K] [--rss-counts 1000,20000] [--skip-peers] [--keep] [--saraban PATH]
              --count N           documents in the generated corpus (default 5000)
              --stage-count M     of which about M (whole mix cycles spread over the corpus) are timed stage by stage in process (default 1000)
              --jobs LIST         worker counts to time (default 1,2)
              --fixtures DIR      fixture folder with corpus/ and districts/ (default: the repository's fixtures/)
              --peer-files K      DOCX files pandoc and python-docx convert (default 200; Saraban is timed on the same files)
              --rss-counts LIST   corpus sizes (small text documents) for the peak-RSS runs (default 1000,20000)
              --skip-peers        do not run pandoc or python-docx
              --keep              keep the generated corpus and outputs (printed path)
              --saraban PATH      the saraban executable (default: beside this one)
            """

        init(_ args: [String]) throws {
            var i = 0
            func value() throws -> String {
                i += 1
                guard i < args.count else { throw BenchError("\(args[i - 1]) needs a value\n\(Self.usage)") }
                return args[i]
            }
            func int(_ s: String, _ name: String) throws -> Int {
                guard let n = Int(s.replacingOccurrences(of: "_", with: "")), n > 0 else {
                    throw BenchError("\(name): '\(s)' is not a positive whole number")
                }
                return n
            }
            func list(_ s: String, _ name: String) throws -> [Int] {
                try s.split(separator: ",").map { try int(String($0), name) }
            }
            while i < args.count {
                switch args[i] {
                case "--count": count = try int(try value(), "--count")
                case "--stage-count": stageCount = try int(try value(), "--stage-count")
                case "--jobs": jobs = try list(try value(), "--jobs")
                case "--fixtures": fixtures = try value()
                case "--peer-files": peerFiles = try int(try value(), "--peer-files")
                case "--rss-counts": rssCounts = try list(try value(), "--rss-counts")
                case "--skip-peers": skipPeers = true
                case "--keep": keep = true
                case "--saraban": saraban = try value()
                case "-h", "--help": throw BenchError(Self.usage)
                default: throw BenchError("unknown option \(args[i])\n\(Self.usage)")
                }
                i += 1
            }
            if jobs.isEmpty { throw BenchError("--jobs needs at least one value") }
        }
    }

    var options: Options

    /// The case's entry point: a bad option or a failure prints its reason and exits 2.
    static func main(_ args: [String]) {
        do {
            try CorpusBenchmark(options: .init(args)).run()
        } catch {
            FileHandle.standardError.write(Data("saraban-bench corpus: \(error)\n".utf8))
            exit(2)
        }
    }

    func run() throws {
        let o = options
        let scratch = NSTemporaryDirectory() + "saraban-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer {
            if o.keep { print("\nkept: \(scratch)") } else { try? FileManager.default.removeItem(atPath: scratch) }
        }
        let saraban = o.saraban ?? Self.siblingExecutable("saraban")
        guard FileManager.default.isExecutableFile(atPath: saraban) else {
            throw BenchError("\(saraban): no saraban executable (build it: swift build -c release, or pass --saraban PATH)")
        }
        let report = Report()
        report.machine(load: Measure.loadAverage(), saraban: saraban, fixtures: o.fixtures)

        let generator = try CorpusGenerator(fixtures: o.fixtures)
        let corpusDir = scratch + "/corpus"
        var t = Measure.now()
        let files = try generator.generate(count: o.count, into: corpusDir)
        report.corpus(files, seconds: Measure.now() - t, pool: generator.pool)

        // 1. Stages in process, on whole mix cycles (20 documents) spread evenly over the corpus:
        //    the first M documents alone have the mix but only the first fixtures of each pool
        //    (the corpus's own small documents; the district documents come later).
        let sample = Self.stageSample(files, count: o.stageCount)
        var stageResults: [StageBenchmark.Result] = []
        for j in o.jobs {
            stageResults.append(StageBenchmark(files: sample, jobs: j, outputFolder: scratch).run())
        }
        report.stages(stageResults)

        // 2. `saraban convert` as a child: end to end, ordered output, peak RSS.
        var convertRuns: [(jobs: Int, run: Measure.ChildRun)] = []
        for j in o.jobs {
            let out = scratch + "/convert-\(j).jsonl"
            guard let r = Measure.run([saraban, "convert", corpusDir, "--out", out, "--jobs", "\(j)", "--quiet"]) else {
                throw BenchError("\(saraban): cannot start")
            }
            if r.status != 0 { report.note("saraban convert --jobs \(j) exited with status \(r.status)") }
            if let problem = Self.checkOrder(output: out, files: files) { report.note("saraban convert --jobs \(j): \(problem)") }
            convertRuns.append((j, r))
        }
        report.convert(convertRuns, files: files)

        // 3. DOCX against the peers: the same files, the same number of processes at once.
        if o.skipPeers {
            report.note("peers skipped (--skip-peers)")
        } else {
            let docx = Array(files.filter { $0.inputClass == .docx }.prefix(o.peerFiles))
            let sampleDir = scratch + "/docx-sample"
            try FileManager.default.createDirectory(atPath: sampleDir, withIntermediateDirectories: true)
            for f in docx { try FileManager.default.linkItem(atPath: f.path, toPath: sampleDir + "/" + (f.path as NSString).lastPathComponent) }
            let paths = docx.map { sampleDir + "/" + ($0.path as NSString).lastPathComponent }
            let jobs = o.jobs.max()!
            t = Measure.now()
            let ours = Measure.run([saraban, "convert", sampleDir, "--out", scratch + "/docx-sample.jsonl", "--jobs", "\(jobs)", "--quiet"])
            let oursSeconds = Measure.now() - t
            if let ours, ours.status != 0 { report.note("saraban convert on the DOCX sample exited with status \(ours.status)") }
            let peers = [PeerTools.pandoc(paths, jobs: jobs), PeerTools.pythonDocx(paths, jobs: jobs, scratch: scratch)]
            report.peers(files: docx.count, bytes: docx.reduce(0) { $0 + $1.bytes }, jobs: jobs,
                         saraban: oursSeconds, peers: peers)
        }

        // 4. Peak RSS as the corpus grows (small text documents keep the large runs short).
        var rssRuns: [(count: Int, run: Measure.ChildRun)] = []
        for n in o.rssCounts {
            let dir = scratch + "/rss-\(n)"
            _ = try generator.generate(count: n, into: dir, mix: [(.smallText, 1)])
            let jobs = o.jobs.max()!
            if let r = Measure.run([saraban, "convert", dir, "--out", scratch + "/rss-\(n).jsonl", "--jobs", "\(jobs)", "--quiet"]) {
                rssRuns.append((n, r))
            }
            try? FileManager.default.removeItem(atPath: dir)
            try? FileManager.default.removeItem(atPath: scratch + "/rss-\(n).jsonl")
        }
        report.rss(rssRuns, jobs: o.jobs.max()!)
        report.finish(load: Measure.loadAverage())
    }

    /// The output has one line per input, in the sorted input order (generated names sort by number).
    static func checkOrder(output: String, files: [CorpusFile]) -> String? {
        guard let data = FileManager.default.contents(atPath: output) else { return "no output written" }
        let lines = data.split(separator: 0x0A)
        guard lines.count == files.count else { return "\(lines.count) output lines for \(files.count) inputs" }
        for (i, line) in lines.enumerated() {
            let name = Array((files[i].path as NSString).lastPathComponent.utf8)
            if line.firstRange(of: name) == nil { return "line \(i + 1) is not the record of \(files[i].path): order lost" }
        }
        return nil
    }

    /// An executable in the same folder as this one (both are products of one build).
    static func siblingExecutable(_ name: String) -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return ((me as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
    }
}

extension CorpusBenchmark {
    /// About `count` documents of `files` in whole mix cycles, the cycles spread evenly over the
    /// corpus (all of it when `count` covers it).
    static func stageSample(_ files: [CorpusFile], count: Int) -> [CorpusFile] {
        let cycle = InputClass.mix.reduce(0) { $0 + $1.1 }
        let cycles = files.count / cycle
        let wanted = max(1, count / cycle)
        guard cycles > wanted else { return Array(files.prefix(count)) }
        var out: [CorpusFile] = []
        out.reserveCapacity(wanted * cycle)
        for k in 0..<wanted {
            let c = k * cycles / wanted
            out += files[(c * cycle)..<((c + 1) * cycle)]
        }
        return out
    }
}
