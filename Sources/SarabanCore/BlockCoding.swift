/// Codable form of blocks for `saraban text --json`: `{"type": "paragraph", …}`.
extension Block: Codable {
    enum CodingKeys: String, CodingKey { case type, paragraph = "value" }
    enum Kind: String, Codable { case paragraph, listItem = "list_item", table, pageBreak = "page_break" }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .paragraph(let p): try c.encode(Kind.paragraph, forKey: .type); try c.encode(p, forKey: .paragraph)
        case .listItem(let l): try c.encode(Kind.listItem, forKey: .type); try c.encode(l, forKey: .paragraph)
        case .table(let t): try c.encode(Kind.table, forKey: .type); try c.encode(t, forKey: .paragraph)
        case .pageBreak(let p): try c.encode(Kind.pageBreak, forKey: .type); try c.encode(p, forKey: .paragraph)
        }
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .type) {
        case .paragraph: self = .paragraph(try c.decode(Paragraph.self, forKey: .paragraph))
        case .listItem: self = .listItem(try c.decode(ListItem.self, forKey: .paragraph))
        case .table: self = .table(try c.decode(Table.self, forKey: .paragraph))
        case .pageBreak: self = .pageBreak(try c.decode(Provenance.self, forKey: .paragraph))
        }
    }
}

