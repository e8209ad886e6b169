import Testing
@testable import Extraction

/// The title list drops duplicates by their UTF-8 bytes: the same list as dropping them as
/// Strings (canonical equivalence) as long as no two titles are canonically equal but differ in
/// bytes, which this checks; and it stays longest first, every rank in it.
@Suite struct PersonTitlesTableTests {
    @Test func byteDeduplicationIsStringDeduplication() {
        let all = PersonTitles.all
        #expect(Set(all).count == all.count)
        #expect(Set(all.map { Array($0.utf8) }).count == all.count)
        let counts = all.map(\.count)
        #expect(zip(counts, counts.dropFirst()).allSatisfy { $0 >= $1 })
        let ranks = PersonTitles.ranks
        for r in ranks.acting + ranks.army + ranks.police + ranks.navy + ranks.air { #expect(all.contains(r), "\(r)") }
    }
}
