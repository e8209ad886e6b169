import Foundation
import Testing
import Export
import SarabanCore
@testable import Pipeline
import Readers

@Suite(.serialized) struct ConvertCommandTests {
    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: Saraban.binary.path),
                "build the package first (swift build): \(Saraban.binary.path)")
    }

    /// One output line per input, in sorted path order, an error record for the empty file,
    /// unsupported files ignored, exit status 1 because one input failed.
    @Test func oneOutputPerInputInSortedOrder() throws {
        let dir = try Saraban.generateInputs(12)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "คำสั่ง\n".write(to: dir.appendingPathComponent("sub/a.txt"), atomically: true, encoding: .utf8)
        FileManager.default.createFile(atPath: dir.appendingPathComponent("empty.txt").path, contents: Data())
        try "notes".write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let out = Saraban.temporaryDirectory("out").appendingPathComponent("records.jsonl")
        let r = try Saraban.run(["convert", dir.path, "--out", out.path, "--jobs", "2"])
        #expect(r.status == 1, "an input failed: \(r.stderr)")
        #expect(r.stderr.contains("14 documents"), "\(r.stderr)")
        #expect(r.stderr.contains("1 errors"))
        let items = try Saraban.lines(out).map { try OutputItem.decode(Data($0.utf8)) }
        #expect(items.count == 14)
        #expect(items.map(\.path) == items.map(\.path).sorted())
        let empty = try #require(items.first { $0.path.hasSuffix("empty.txt") })
        guard case .error(let e) = empty else { Issue.record("the empty file gave a record"); return }
        #expect(e.reason.contains("empty"))
        #expect(!items.contains { $0.path.hasSuffix("README.md") })
    }

    @Test func allInputsFineExitsZero() throws {
        let dir = try Saraban.generateInputs(3)
        let out = Saraban.temporaryDirectory("out").appendingPathComponent("r.jsonl")
        let r = try Saraban.run(["convert", dir.path, "--out", out.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Saraban.lines(out).count == 3)
    }

    @Test func noInputsIsAnArgumentError() throws {
        let r = try Saraban.run(["convert", Saraban.temporaryDirectory("empty").path, "--out", "/tmp/none.jsonl"])
        #expect(r.status != 0 && r.status != 1)
        #expect(r.stderr.contains("no supported input files"))
    }

    /// Every format is written atomically: the file in place, no temporary or journal file left.
    @Test(arguments: OutputFormat.allCases)
    func everyFormatWritesItsFile(_ format: OutputFormat) throws {
        let dir = try Saraban.generateInputs(5)
        let outDir = Saraban.temporaryDirectory("fmt")
        let out = outDir.appendingPathComponent("out.\(format.rawValue)")
        let r = try Saraban.run(["convert", dir.path, "--out", out.path, "--format", format.rawValue, "-q"])
        #expect(r.status == 0, "\(r.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: outDir.path).sorted()
        let expected = format == .csv ? ["out.csv", "out.members.csv"] : ["out.\(format.rawValue)"]
        #expect(left == expected)
        #expect((try FileManager.default.attributesOfItem(atPath: out.path)[.size] as? Int ?? 0) > 0)
    }

    /// SIGKILL midway, then `--resume`: the output is byte for byte that of an uninterrupted run.
    @Test(arguments: [OutputFormat.jsonl, .csv])
    func killedRunResumes(_ format: OutputFormat) throws {
        let count = 200
        let dir = try Saraban.generateInputs(count)
        let outDir = Saraban.temporaryDirectory("kill")
        let reference = outDir.appendingPathComponent("reference.\(format.rawValue)")
        let whole = try Saraban.run(["convert", dir.path, "--out", reference.path, "--format", format.rawValue, "--jobs", "2", "-q"])
        #expect(whole.status == 0)

        let out = outDir.appendingPathComponent("out.\(format.rawValue)")
        let journal = format == .jsonl ? out : URL(fileURLWithPath: out.path + ".journal.jsonl")
        var interrupted = false
        for attempt in 0..<5 where !interrupted {
            try? FileManager.default.removeItem(at: journal)
            let p = try Saraban.start(["convert", dir.path, "--out", out.path, "--format", format.rawValue, "--jobs", "1", "-q"])
            let want = 10 + attempt * 5
            let deadline = Date().addingTimeInterval(20)
            while p.isRunning && Date() < deadline && Saraban.lines(journal).count < want { usleep(2000) }
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let done = Saraban.lines(journal).count
            interrupted = p.terminationReason == .uncaughtSignal && done > 0 && done < count
        }
        try #require(interrupted, "could not interrupt the run midway")
        #expect(!FileManager.default.fileExists(atPath: out.path) || format == .jsonl, "the final file appears only when complete")

        let resumed = try Saraban.run(["convert", dir.path, "--out", out.path, "--format", format.rawValue, "--resume", "--jobs", "2"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("already done"))
        #expect(try Data(contentsOf: out) == Data(contentsOf: reference))
        if format == .csv {
            #expect(try Data(contentsOf: URL(fileURLWithPath: CSVWriter.companionPath(out.path, "members")))
                    == Data(contentsOf: URL(fileURLWithPath: CSVWriter.companionPath(reference.path, "members"))))
        }
    }

    /// A last line cut short (the process died inside a write) is dropped and written again whole.
    @Test func resumeDropsACutLine() throws {
        let dir = try Saraban.generateInputs(20)
        let outDir = Saraban.temporaryDirectory("cut")
        let reference = outDir.appendingPathComponent("reference.jsonl")
        #expect(try Saraban.run(["convert", dir.path, "--out", reference.path, "-q"]).status == 0)
        let lines = Saraban.lines(reference)
        let cut = lines.prefix(7).joined(separator: "\n") + "\n" + String(lines[7].prefix(100))
        let out = outDir.appendingPathComponent("out.jsonl")
        try cut.write(to: out, atomically: true, encoding: .utf8)
        let r = try Saraban.run(["convert", dir.path, "--out", out.path, "--resume"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("7 already done"), "\(r.stderr)")
        #expect(try Data(contentsOf: out) == Data(contentsOf: reference))
        // Resuming a finished run changes nothing.
        #expect(try Saraban.run(["convert", dir.path, "--out", out.path, "--resume", "-q"]).status == 0)
        #expect(try Data(contentsOf: out) == Data(contentsOf: reference))
    }
}

/// The converter in process: order, and the bound on the reorder buffer.
@Suite struct BulkConverterTests {
    @Test(arguments: [1, 2, 4])
    func boundedReorderBuffer(jobs: Int) throws {
        let dir = try Saraban.generateInputs(60)
        let out = Saraban.temporaryDirectory("bulk").appendingPathComponent("o.jsonl")
        let inputs = InputCollector.collect([dir.path])
        let converter = BulkConverter(options: .init(inputs: inputs, output: out.path, jobs: jobs))
        var seen: [Int] = []
        let summary = try converter.run { seen.append($0.done) }
        #expect(summary.processed == 60 && summary.errors == 0)
        #expect(converter.peakBuffered <= 2 * jobs)
        #expect(seen.starts(with: Array(1...60)))
        let paths = try Saraban.lines(out).map { try OutputItem.decode(Data($0.utf8)).path }
        #expect(paths == inputs)
    }

    /// A folder's inputs: supported extensions only, hidden files and folders left out, a link to a
    /// file read, a link to a folder not followed (a loop back to the top stays harmless), sorted.
    @Test func inputsOfAFolder() throws {
        let fm = FileManager.default
        let dir = Saraban.temporaryDirectory("inputs")
        try fm.createDirectory(at: dir.appendingPathComponent("sub/.hidden"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.DOCX", "notes.md", ".secret.txt", "sub/c.hocr", "sub/.hidden/d.txt"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: dir.appendingPathComponent("b.txt").path)
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("sub/up").path, withDestinationPath: dir.path)
        let found = InputCollector.collect([dir.path]).map { String($0.dropFirst(dir.path.count + 1)) }
        #expect(found == ["a.DOCX", "b.txt", "link.txt", "sub/c.hocr"])
    }

    @Test func contentHashIsSHA256() {
        #expect(ContentHash.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(ContentHash.sha256(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256(Array(repeating: 0x61, count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
