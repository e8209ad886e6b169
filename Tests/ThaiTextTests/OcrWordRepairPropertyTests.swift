import PropertyBased
import Testing
import ThaiWords

/// Properties of the dictionary repairs: they never crash or lose letters on any mix of Thai
/// letters, marks, digits and spaces; a word split by a space where one side is not a word comes
/// back whole; and what they change differs from the input only by spaces or marks.
@Suite(.enabled(if: ThaiDictionary.shared != nil, "libthai-data's word list is not installed"))
struct OcrWordRepairPropertyTests {
    static let alphabet: [String] = ["ก", "น", "ส", "ร", "ค", "ณ", "ิ", "ี", "ื", "่", "้", "ั", "ำ", "า", "เ", "์", " ", " ", "๒", ".",
                                     "สำนักงาน", "เขต", "ศักดิ", "มันคง", "ประชุม", "คณะ", "นาย"]
    static let text = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...16).map { $0.map { alphabet[$0] }.joined() }
    static let words = ["สำนักงาน", "คณบดี", "โรงพยาบาล", "สิ่งแวดล้อม", "ประชาคม", "มหาวิทยาลัย", "พยาบาล", "รัฐศาสตร์"]
    static let split = zip(Gen.int(in: 0...(words.count - 1)), Gen.int(in: 1...40)).map { w, k in
        (words[w], 1 + k % (words[w].unicodeScalars.count - 1))
    }

    let repair = OcrWordRepair(dictionary: ThaiDictionary.shared!)

    static func letters(_ s: String) -> [Unicode.Scalar] {
        s.unicodeScalars.filter { !(0x0E47...0x0E4E).contains($0.value) && !(0x0E31 == $0.value) && !(0x0E34...0x0E37).contains($0.value) && $0 != " " }
    }

    @Test func repairsChangeOnlySpacesAndMarks() async {
        await propertyCheck(input: Self.text) { s in
            let (joined, _) = repair.joiningSplitWords(s)
            #expect(joined.unicodeScalars.filter { $0 != " " }.elementsEqual(s.unicodeScalars.filter { $0 != " " }))
            for token in joined.split(separator: " ").map(String.init) {
                if let m = repair.restoringMarks(token, preferFewer: true) {
                    // ำ for ้า changes a vowel: compare consonants only.
                    #expect(m.unicodeScalars.filter { (0x0E01...0x0E2E).contains($0.value) }.elementsEqual(token.unicodeScalars.filter { (0x0E01...0x0E2E).contains($0.value) }))
                }
                if let t = repair.restoringFinalThanthakhat(token) {
                    #expect(Self.letters(t) == Self.letters(token))
                }
            }
        }
    }

    /// A word split where one side is not a word of its own comes back whole.
    @Test func splitWordsComeBackWhole() async {
        await propertyCheck(input: Self.split) { pair in
            let (word, at) = pair
            let u = Array(word.unicodeScalars)
            let left = String(String.UnicodeScalarView(u[..<at])), right = String(String.UnicodeScalarView(u[at...]))
            // Only splits OCR makes between letters: not before a mark or a following vowel.
            guard let r = right.unicodeScalars.first, (0x0E01...0x0E2E).contains(r.value) || (0x0E40...0x0E44).contains(r.value) else { return }
            let dict = ThaiDictionary.shared!
            guard dict.fewestWords(left) == nil || dict.fewestWords(right) == nil else { return }
            #expect(repair.joiningSplitWords(left + " " + right).0 == word)
        }
    }
}
