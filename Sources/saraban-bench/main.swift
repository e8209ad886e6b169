// Benchmark driver: `saraban-bench CASE [options]`. Each case lives in its own file.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "corpus":
        try CorpusBenchmark(options: .init(Array(arguments.dropFirst()))).run()
    default:
        print("usage: saraban-bench corpus [options]   (saraban-bench corpus --help)")
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("saraban-bench: \(error)\n".utf8))
    exit(2)
}
