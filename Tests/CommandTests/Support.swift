import Foundation

/// Runs the built `saraban` binary as a subprocess and makes input folders for it.
enum Saraban {
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `saraban` beside the test bundle (`.build/debug/saraban`).
    static var binary: URL {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("saraban"),
            Bundle.main.bundleURL.appendingPathComponent("saraban"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("saraban"),
            packageRoot.appendingPathComponent(".build/debug/saraban"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    static func start(_ args: [String], stdout: FileHandle? = nil) throws -> Process {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.standardOutput = stdout ?? FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        return p
    }

    static func run(_ args: [String]) throws -> Result {
        // Output to files, so that a full pipe can never block the child.
        let dir = temporaryDirectory("io")
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        try p.run()
        p.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: dir) }
        return Result(status: p.terminationStatus, stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8))
    }

    static func temporaryDirectory(_ name: String = "t") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("saraban-cmd-\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static var seed: URL { packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_4bfcf933634aae01.txt") }

    /// `count` small text documents (variations of the seed circular) in a new folder.
    static func generateInputs(_ count: Int, in dir: URL = temporaryDirectory("in")) throws -> URL {
        let seedText = (try? String(contentsOf: seed, encoding: .utf8)) ?? "บันทึกข้อความ\n\nเรื่อง ทดสอบ\n"
        for i in 0..<count {
            let text = "เอกสารที่ \(i)\n\n" + seedText.replacingOccurrences(of: "๗๗๗", with: String(i))
            try text.write(to: dir.appendingPathComponent(String(format: "doc_%04d.txt", i)), atomically: true, encoding: .utf8)
        }
        return dir
    }

    static func lines(_ url: URL) -> [String] {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
