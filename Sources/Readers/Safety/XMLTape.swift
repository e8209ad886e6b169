/// An XML part read into flat arrays instead of a tree of objects: one `Node` per element and text
/// run, in document order, each element knowing where its subtree ends. Names are interned once
/// per part (canonical, as `SafeXML.canonical`), attribute values and text lie in one byte array.
/// A part of thousands of elements costs four arrays, not thousands of objects with a dictionary
/// each (the DOCX reader spent most of its time building and freeing `XMLElement`s).
///
/// An element is named by its index; `root` is the first element. `XMLTape.parse` reads a part.
struct XMLTape {
    struct Node {
        /// Index in `names`; `-1` for a text run.
        var name: Int32
        /// The index just past this node's subtree (a text run: its own index + 1).
        var end: Int32
        /// An element: its attributes `attributes[lower..<upper]`; a text run: `bytes[lower..<upper]`.
        var lower: Int32
        var upper: Int32
    }
    struct Attribute {
        var name: Int32
        var lower: Int32
        var upper: Int32
    }
    typealias Element = Int

    private(set) var nodes: [Node] = []
    private(set) var names: [String] = []
    private(set) var attributes: [Attribute] = []
    private(set) var bytes: [UInt8] = []
    private var nameIDs: [String: Int32] = [:]
    /// Whether the last node added is a text run still open for more text (no element opened or
    /// closed since): libxml2 hands one run over in pieces.
    private var textOpen = false

    let root: Element = 0

    // MARK: reading

    func name(_ e: Element) -> String { names[Int(nodes[e].name)] }

    /// The value of the attribute named `name` (canonical); the last one when two map to one name,
    /// as a dictionary built in document order would keep.
    func attribute(_ e: Element, _ name: String) -> String? {
        let node = nodes[e]
        var i = Int(node.upper) - 1
        while i >= Int(node.lower) {
            let a = attributes[i]
            if names[Int(a.name)] == name { return string(a.lower, a.upper) }
            i -= 1
        }
        return nil
    }

    /// `attribute(e, name).flatMap(Double.init)`, without a String for the common case: a value of
    /// 1–15 decimal digits is that whole number exactly (what `Double(String)` gives); any other
    /// value goes through `Double(String)`. (ALTO gives four such numbers for every word.)
    func attributeDouble(_ e: Element, _ name: String) -> Double? {
        let node = nodes[e]
        var i = Int(node.upper) - 1
        while i >= Int(node.lower) {
            let a = attributes[i]
            if names[Int(a.name)] == name {
                let lower = Int(a.lower), upper = Int(a.upper)
                if upper > lower && upper - lower <= 15 {
                    var v = 0
                    var digits = true
                    for k in lower..<upper {
                        let b = bytes[k]
                        guard b >= 0x30 && b <= 0x39 else { digits = false; break }
                        v = v * 10 + Int(b - 0x30)
                    }
                    if digits { return Double(v) }
                }
                return Double(string(a.lower, a.upper))
            }
            i -= 1
        }
        return nil
    }

    /// Whether the element has an attribute named `name`.
    func has(_ e: Element, _ name: String) -> Bool {
        let node = nodes[e]
        return attributes[Int(node.lower)..<Int(node.upper)].contains { names[Int($0.name)] == name }
    }

    private func string(_ lower: Int32, _ upper: Int32) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(lower)..<Int(upper)]), as: UTF8.self) }
    }

    /// Whether node `i` is an element (not a text run).
    func isElement(_ i: Int) -> Bool { nodes[i].name >= 0 }

    /// The index just past `e`'s subtree: the nodes `e + 1 ..< subtreeEnd(e)` are inside it.
    func subtreeEnd(_ e: Element) -> Int { Int(nodes[e].end) }

    /// The child elements of `e`, in order.
    func elements(_ e: Element) -> Children { Children(tape: self, cursor: e + 1, end: Int(nodes[e].end)) }

    struct Children: Sequence, IteratorProtocol {
        let tape: XMLTape
        var cursor: Int
        let end: Int
        mutating func next() -> Element? {
            while cursor < end {
                let i = cursor
                let node = tape.nodes[i]
                cursor = Int(node.end)
                if node.name >= 0 { return i }
            }
            return nil
        }
    }

    func first(_ e: Element, _ name: String) -> Element? {
        for child in elements(e) where self.name(child) == name { return child }
        return nil
    }

    func all(_ e: Element, _ name: String) -> [Element] {
        elements(e).filter { self.name($0) == name }
    }

    /// Every element below `e` named `name`, in document order.
    func descendants(_ e: Element, _ name: String) -> [Element] {
        var out: [Element] = []
        var i = e + 1
        let end = Int(nodes[e].end)
        while i < end {
            if nodes[i].name >= 0 && names[Int(nodes[i].name)] == name { out.append(i) }
            i += 1
        }
        return out
    }

    /// All text below `e` in document order.
    func textContent(_ e: Element) -> String {
        var out: [UInt8] = []
        var i = e + 1
        let end = Int(nodes[e].end)
        while i < end {
            let node = nodes[i]
            if node.name < 0 { out += bytes[Int(node.lower)..<Int(node.upper)] }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: building (XMLTape.parse)

    /// The id of a canonical name, interned on first use.
    mutating func intern(_ name: String) -> Int32 {
        if let id = nameIDs[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        nameIDs[name] = id
        return id
    }

    /// Opens an element; its attributes follow (`addAttribute`), then its content, then `close`.
    mutating func open(_ name: Int32) -> Int {
        let count = Int32(attributes.count)
        nodes.append(Node(name: name, end: 0, lower: count, upper: count))
        textOpen = false
        return nodes.count - 1
    }

    mutating func addAttribute(_ name: Int32, _ value: UnsafeBufferPointer<UInt8>) {
        let lower = Int32(bytes.count)
        bytes.append(contentsOf: value)
        attributes.append(Attribute(name: name, lower: lower, upper: Int32(bytes.count)))
        nodes[nodes.count - 1].upper += 1
    }

    mutating func close(_ element: Int) {
        nodes[element].end = Int32(nodes.count)
        textOpen = false
    }

    /// Text inside the innermost open element; joined to the run before it when there is one.
    mutating func addText(_ text: UnsafeBufferPointer<UInt8>) {
        if textOpen {
            bytes.append(contentsOf: text)
            nodes[nodes.count - 1].upper = Int32(bytes.count)
            return
        }
        let lower = Int32(bytes.count)
        bytes.append(contentsOf: text)
        nodes.append(Node(name: -1, end: Int32(nodes.count + 1), lower: lower, upper: Int32(bytes.count)))
        textOpen = true
    }
}
