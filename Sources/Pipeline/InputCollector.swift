import Foundation

/// Turns the PATH arguments of a command into the sorted list of inputs: folders are walked
/// (hidden entries skipped) for files with a supported extension; a file named explicitly is
/// always an input. The order of the run, and of its output, is this sorted order.
public enum InputCollector {
    /// Extensions of the formats the readers take (text, Word, ODF, OCR XML/hOCR).
    public static let supportedExtensions: Set<String> = ["txt", "text", "docx", "odt", "xml", "hocr", "html", "htm", "alto"]

    public static func collect(_ paths: [String]) -> [String] {
        var out = Set<String>()
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
                let root = URL(fileURLWithPath: path)
                guard let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                 options: [.skipsHiddenFiles]) else { continue }
                for case let url as URL in walker {
                    guard supportedExtensions.contains(url.pathExtension.lowercased()),
                          (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                    // Keep the path as the user spelled the folder, so output paths are relative when the argument was.
                    let rel = String(url.path.dropFirst(root.path.count)).drop { $0 == "/" }
                    out.insert((path.hasSuffix("/") ? String(path.dropLast()) : path) + "/" + rel)
                }
            } else {
                // A missing file is still an input: it yields an error record naming it.
                out.insert(path)
            }
        }
        return out.sorted()
    }
}
