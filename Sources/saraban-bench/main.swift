// Benchmark driver (see README, Performance): `saraban-bench <name>`, one benchmark per file.
import Foundation

let benchmarks: [String: () -> Void] = [
    "dates": DateScannerBenchmark.run,
]

let name = CommandLine.arguments.dropFirst().first ?? ""
if let run = benchmarks[name] {
    run()
} else {
    let known = benchmarks.keys.sorted().joined(separator: ", ")
    FileHandle.standardError.write(Data("usage: saraban-bench <benchmark>   (known: \(known))\n".utf8))
    exit(name.isEmpty ? 0 : 2)
}
