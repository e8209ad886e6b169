import Foundation
import Export

extension Pipeline {
    /// Processes a modest list of inputs in parallel and returns their items in input order. For
    /// commands that need all records at once (`check`, `validate`); bulk runs use BulkConverter.
    public func processAll(_ paths: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount) -> [OutputItem] {
        final class Box: @unchecked Sendable {
            var items: [OutputItem?]
            let lock = NSLock()
            init(_ n: Int) { items = Array(repeating: nil, count: n) }
        }
        let box = Box(paths.count)
        let pipeline = self
        let queue = DispatchQueue(label: "saraban.batch", attributes: .concurrent)
        let group = DispatchGroup()
        let limit = DispatchSemaphore(value: max(1, jobs))
        for (i, path) in paths.enumerated() {
            limit.wait()
            queue.async(group: group) {
                let item = pipeline.process(path: path)
                box.lock.lock()
                box.items[i] = item
                box.lock.unlock()
                limit.signal()
            }
        }
        group.wait()
        return box.items.map { $0! }
    }
}
