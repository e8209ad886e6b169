// Benchmark driver (see README, Performance). Filled by the performance issue.
print("saraban-bench: no benchmarks yet")
