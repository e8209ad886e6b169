// libFuzzer entry point: runs one reader (or format detection plus every reader) over mutated bytes.
// Built by Fuzz/run.sh with `swiftc -sanitize=fuzzer,address`; not part of `swift build`.
import Foundation
import Readers
import SarabanCore

/// Which reader to fuzz, from SARABAN_FUZZ_READER (text, docx, odt, xml, hocr, alto, all).
private let selected: String = ProcessInfo.processInfo.environment["SARABAN_FUZZ_READER"] ?? "all"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let input = ReaderInput(path: "fuzz-input", bytes: bytes, sha256: "")
    do {
        let document: Document
        if let format = SourceFormat(rawValue: selected) {
            document = try ReaderRegistry.reader(for: format).read(input)
        } else {
            document = try ReaderRegistry.read(input)
        }
        // Rendering and encoding walk the whole model: they must not trap either.
        _ = PlainTextRenderer.render(document)
        _ = try? JSONEncoder().encode(document)
    } catch {
        // A clear refusal is the expected outcome for most mutated inputs.
        precondition(!error.description.isEmpty)
    }
    return 0
}
