// Benchmark driver (see README, Performance): `saraban-bench CASE ARGS…`, one case per file.
import Foundation

let cases: [String: (summary: String, run: ([String]) -> Void)] = [
    "corpus": ("generated corpus through saraban convert: documents/s, MB/s, stages, --jobs, peak RSS, DOCX peers (see docs/performance.md)",
               { CorpusBenchmark.main($0) }),
    "dates": ("date scanner MB/s on running Thai text next to Foundation's DateFormatter (th_TH, Buddhist)",
              { _ in DateScannerBenchmark.run() }),
    "text": ("DIR: DOCX files per second and MB/s reading to plain text, next to pandoc -t plain",
             { TextBenchmark.run($0) }),
]

let arguments = Array(CommandLine.arguments.dropFirst())
if let name = arguments.first, let c = cases[name] {
    c.run(Array(arguments.dropFirst()))
} else {
    var usage = "usage: saraban-bench CASE ARGS…\n"
    for (name, c) in cases.sorted(by: { $0.key < $1.key }) { usage += "  \(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(c.summary)\n" }
    FileHandle.standardError.write(Data(usage.utf8))
    exit(arguments.isEmpty ? 0 : 2)
}
