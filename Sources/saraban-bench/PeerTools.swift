import Foundation

/// Other programs that turn DOCX into text, timed on the same files with the same number of
/// processes running at once. A peer that is not installed is skipped with a message, never
/// estimated.
struct PeerResult {
    var name: String
    var version: String
    var files: Int
    var seconds: Double
    var failures: Int
    var filesPerSecond: Double { Double(files) / seconds }
}

enum PeerTools {
    /// `pandoc -f docx -t plain FILE -o /dev/null`, one process per file, `jobs` at a time
    /// (pandoc converts one document per run).
    static func pandoc(_ files: [String], jobs: Int) -> Result<PeerResult, BenchError> {
        guard let version = Measure.firstLine(["pandoc", "--version"]) else {
            return .failure(BenchError("pandoc not found: skipped (apt-get install -y pandoc)"))
        }
        let commands = files.map { ["pandoc", "-f", "docx", "-t", "plain", $0, "-o", "/dev/null"] }
        let r = Measure.runPool(commands, jobs: jobs)
        return .success(PeerResult(name: "pandoc -t plain", version: version, files: files.count,
                                   seconds: r.seconds, failures: r.failures))
    }

    /// python-docx's text extraction (every paragraph, then every table cell's paragraphs, as
    /// its documentation shows), the files split over `jobs` Python processes so that the
    /// interpreter starts once per process, not once per file.
    static func pythonDocx(_ files: [String], jobs: Int, scratch: String) -> Result<PeerResult, BenchError> {
        let python = "python3"
        guard let version = Measure.firstLine([python, "-c", "import docx; print('python-docx', docx.__version__)"]) else {
            return .failure(BenchError("python-docx not importable by python3: skipped (pip install python-docx)"))
        }
        let script = scratch + "/python_docx_text.py"
        let source = """
            import sys, docx
            out = open('/dev/null', 'w')
            for path in open(sys.argv[1], encoding='utf-8').read().split('\\n'):
                if not path:
                    continue
                d = docx.Document(path)
                parts = [p.text for p in d.paragraphs]
                for t in d.tables:
                    for row in t.rows:
                        for cell in row.cells:
                            parts.extend(p.text for p in cell.paragraphs)
                out.write('\\n'.join(parts))
            """
        var commands: [[String]] = []
        do {
            try source.write(toFile: script, atomically: true, encoding: .utf8)
            for j in 0..<jobs {
                let list = scratch + "/python_docx_files_\(j).txt"
                let share = stride(from: j, to: files.count, by: jobs).map { files[$0] }
                try share.joined(separator: "\n").write(toFile: list, atomically: true, encoding: .utf8)
                commands.append([python, script, list])
            }
        } catch {
            return .failure(BenchError("python-docx: cannot write its script to \(scratch): \(error)"))
        }
        let r = Measure.runPool(commands, jobs: jobs)
        return .success(PeerResult(name: "python-docx", version: version, files: files.count,
                                   seconds: r.seconds, failures: r.failures))
    }
}
