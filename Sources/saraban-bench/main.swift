// Benchmark driver (see README, Performance): `saraban-bench CASE ARGS…`.
// Each case lives in its own file; add a line to the dispatcher for a new one.
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "text":
    TextBenchmark.run(Array(arguments.dropFirst()))
default:
    print("usage: saraban-bench CASE ARGS…")
    print("  text DIR   DOCX files per second and MB/s reading to plain text, next to pandoc -t plain")
}
