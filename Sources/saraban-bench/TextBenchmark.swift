import Foundation
import Readers
import SarabanCore

/// `saraban-bench text DIR`: reads every .docx in DIR to plain text, repeatedly for at least a few
/// seconds, and reports files per second and MB/s; then does the same with `pandoc -t plain` on the
/// same files in the same run, so both numbers come from one machine state. Besides wall-clock
/// rates it reports rates per CPU second (getrusage: this process for saraban, its children for
/// pandoc), which stay comparable when other work shares the machine.
enum TextBenchmark {
    static let minimumSeconds = 3.0

    static func run(_ arguments: [String]) {
        guard let dir = arguments.first else {
            print("usage: saraban-bench text DIR")
            return
        }
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
            .filter { $0.lowercased().hasSuffix(".docx") }.sorted().map { dir + "/" + $0 }
        let inputs = files.compactMap { path in FileManager.default.contents(atPath: path).map { (path, [UInt8]($0)) } }
        guard !inputs.isEmpty else {
            print("saraban-bench text: no .docx files in \(dir)")
            return
        }
        // Files that cannot be read (the hostile fixtures) are refused quickly; count only readable ones.
        let readable = inputs.filter { (try? ReaderRegistry.read(ReaderInput(path: $0.0, bytes: $0.1, sha256: ""))) != nil }
        let bytes = readable.reduce(0) { $0 + $1.1.count }
        print("files: \(readable.count) readable DOCX (\(inputs.count - readable.count) refused), \(bytes) bytes")

        var done = 0, doneBytes = 0, characters = 0
        let saraban = measure(who: RUSAGE_SELF.rawValue) {
            for (path, data) in readable {
                if let document = try? ReaderRegistry.read(ReaderInput(path: path, bytes: data, sha256: "")) {
                    characters &+= PlainTextRenderer.render(document).unicodeScalars.count
                }
                done += 1
                doneBytes += data.count
            }
        }
        report("saraban text", files: done, bytes: doneBytes, seconds: saraban.wall, cpu: saraban.cpu)
        print("  (\(characters) characters of text produced)")

        guard let pandoc = which("pandoc") else {
            print("pandoc -t plain: pandoc not found (apt-get install -y pandoc)")
            return
        }
        var pandocFiles = 0, pandocBytes = 0
        let pandocSeconds = measure(who: RUSAGE_CHILDREN.rawValue) {
            for (path, data) in readable {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: pandoc)
                p.arguments = ["-f", "docx", "-t", "plain", path]
                p.standardOutput = FileHandle.nullDevice
                p.standardError = FileHandle.nullDevice
                do { try p.run(); p.waitUntilExit() } catch { return }
                pandocFiles += 1
                pandocBytes += data.count
            }
        }
        report("pandoc -t plain", files: pandocFiles, bytes: pandocBytes, seconds: pandocSeconds.wall, cpu: pandocSeconds.cpu)
    }

    /// CPU seconds (user + system) used so far by `who` (this process, or its waited-for children).
    static func cpuSeconds(_ who: Int32) -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(who), &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Runs `body` (one pass over all files) until `minimumSeconds` have passed; returns wall and CPU time.
    static func measure(who: Int32, _ body: () -> Void) -> (wall: Double, cpu: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = cpuSeconds(who)
        var elapsed = 0.0
        repeat {
            body()
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        } while elapsed < minimumSeconds
        return (elapsed, cpuSeconds(who) - cpuStart)
    }

    static func report(_ name: String, files: Int, bytes: Int, seconds: Double, cpu: Double) {
        let mb = Double(bytes) / 1_048_576
        print(String(format: "%@: %d files in %.2f s wall: %.1f files/s, %.2f MB/s; per CPU second (%.2f s): %.1f files/s, %.2f MB/s",
                     name, files, seconds, Double(files) / seconds, mb / seconds, cpu, Double(files) / max(cpu, 1e-9), mb / max(cpu, 1e-9)))
    }

    static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
