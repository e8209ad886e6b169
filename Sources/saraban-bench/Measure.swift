import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Clocks, resource usage and child processes: the measuring instruments of the benchmark.
enum Measure {
    /// Monotonic wall-clock seconds (CLOCK_MONOTONIC: not moved by NTP).
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Peak resident set of this process so far, in MB (ru_maxrss is in KB on Linux).
    static func selfPeakRSSMB() -> Double {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return Double(u.ru_maxrss) / 1024
    }

    /// What one child process did.
    struct ChildRun {
        var status: Int32
        var seconds: Double
        /// Peak resident set of that child alone (wait4's rusage), MB.
        var peakRSSMB: Double
        var cpuSeconds: Double
    }

    /// Starts `argv` (argv[0] looked up in PATH) with stdin from /dev/null and stdout/stderr to
    /// `output` (default /dev/null). Returns the pid, or nil when it cannot be started.
    static func spawn(_ argv: [String], output: String = "/dev/null") -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cargs.append(nil)
        defer { for p in cargs { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cargs, environ)
        return rc == 0 ? pid : nil
    }

    /// Waits for one child (`pid`, or any child when -1) and returns its pid and usage.
    static func wait(_ pid: pid_t = -1) -> (pid: pid_t, status: Int32, usage: rusage)? {
        var status: Int32 = 0
        var usage = rusage()
        while true {
            let r = wait4(pid, &status, 0, &usage)
            if r > 0 { return (r, status, usage) }
            if r < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Runs one child to completion and measures it.
    ///
    /// Its peak RSS is read through `/usr/bin/time -f %M`, not from our own wait4: Linux carries
    /// the RSS high-water mark of the process that execs into the new program, and a child
    /// spawned from this (large) benchmark would report the benchmark's own peak. GNU time is a
    /// small process that forks and execs the command, so what it reports is the command's own.
    static func run(_ argv: [String], output: String = "/dev/null") -> ChildRun? {
        let timeTool = "/usr/bin/time"
        let useTime = FileManager.default.isExecutableFile(atPath: timeTool)
        let rssFile = NSTemporaryDirectory() + "saraban-bench-\(getpid())-rss.txt"
        defer { unlink(rssFile) }
        let command = useTime ? [timeTool, "-f", "%M", "-o", rssFile] + argv : argv
        let start = now()
        guard let pid = spawn(command, output: output), let done = wait(pid) else { return nil }
        let seconds = now() - start
        let u = done.usage
        var rss = Double(u.ru_maxrss) / 1024
        if useTime, let text = try? String(contentsOfFile: rssFile, encoding: .utf8),
           let kb = text.split(separator: "\n").last(where: { Int($0) != nil }).flatMap({ Int($0) }) {
            rss = Double(kb) / 1024
        } else {
            rssNote = "peak RSS from wait4 (no /usr/bin/time): it includes the benchmark's own peak"
        }
        return ChildRun(status: exitStatus(done.status), seconds: seconds, peakRSSMB: rss, cpuSeconds: cpu(u))
    }

    /// Set when a peak RSS could not be measured cleanly.
    nonisolated(unsafe) static var rssNote: String?

    /// Runs one command per item with at most `jobs` running at once (like `xargs -P`), and
    /// returns the wall time and how many exited non-zero.
    static func runPool(_ commands: [[String]], jobs: Int) -> (seconds: Double, failures: Int, cpuSeconds: Double) {
        let start = now()
        var running = 0, next = 0, failures = 0
        var cpuTotal = 0.0
        while next < commands.count || running > 0 {
            while running < jobs && next < commands.count {
                if spawn(commands[next]) != nil { running += 1 } else { failures += 1 }
                next += 1
            }
            guard let done = wait() else { break }
            running -= 1
            cpuTotal += cpu(done.usage)
            if exitStatus(done.status) != 0 { failures += 1 }
        }
        return (now() - start, failures, cpuTotal)
    }

    static func cpu(_ u: rusage) -> Double {
        Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6 + Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6
    }

    /// The exit code of a wait status; 128 + signal for a killed child.
    static func exitStatus(_ status: Int32) -> Int32 {
        let sig = status & 0x7F
        return sig == 0 ? (status >> 8) & 0xFF : 128 + sig
    }

    /// The first line a command prints, or nil when it cannot run (for tool versions).
    static func firstLine(_ argv: [String]) -> String? {
        let tmp = NSTemporaryDirectory() + "saraban-bench-\(getpid())-version.txt"
        defer { unlink(tmp) }
        guard let r = run(argv, output: tmp), r.status == 0,
              let text = try? String(contentsOfFile: tmp, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").first.map(String.init)
    }

    /// Load average over the last minute, for the report (how busy the shared machine was).
    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "?"
    }
}
