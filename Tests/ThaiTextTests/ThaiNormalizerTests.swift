import PropertyBased
import Testing
@testable import ThaiText

@Suite struct ThaiNormalizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let input: String
        let output: String
        let code: String?
        var testDescription: String { code ?? "unchanged" }
    }

    static let repairs: [Case] = [
        Case(input: "น\u{0E49}\u{0E4D}\u{0E32}", output: "น้ำ", code: "sara_am"), // ํ า after the tone
        Case(input: "น\u{0E4D}\u{0E49}\u{0E32}", output: "น้ำ", code: "sara_am"), // tone between ํ and า
        Case(input: "ก\u{0E4D}\u{0E32}หนด", output: "กำหนด", code: "sara_am"),
        Case(input: "\u{0E40}\u{0E40}ต่งตั้ง", output: "แต่งตั้ง", code: "sara_ae"),
        Case(input: "ก\u{F70B}าว", output: "ก้าว", code: "pua_glyph"),
        Case(input: "ป\u{F701}ด", output: "ปิด", code: "pua_glyph"),
        Case(input: "ก\u{F88F}าว", output: "ก้าว", code: "pua_glyph"), // Mac range: U+F884 + 11
        Case(input: "\u{F700}าน", output: "ฐาน", code: "pua_glyph"),
        Case(input: "กรุง\u{200B}เทพ", output: "กรุงเทพ", code: "zero_width"),
        Case(input: "\u{FEFF}เรื่อง", output: "เรื่อง", code: "zero_width"),
        Case(input: "เขต\u{2060}บางรัก", output: "เขตบางรัก", code: "zero_width"),
        Case(input: "ก\u{200C}\u{200D}ข", output: "กข", code: "zero_width"),
        Case(input: "ประ\u{00AD}ชุม", output: "ประชุม", code: "soft_hyphen"),
        Case(input: "นาย\u{00A0}ขจิต", output: "นาย ขจิต", code: "nbsp"),
        Case(input: "ก\u{0E48}\u{0E48}อน", output: "ก่อน", code: "doubled_mark"),
        Case(input: "ท\u{0E35}\u{0E35}่", output: "ที่", code: "doubled_mark"),
        // A tone mark doubled before า is tesseract's ำ with its ํ read as the mark.
        Case(input: "น\u{0E49}\u{0E49}\u{0E32}ท่วม", output: "น้ำท่วม", code: "ocr_sara_am"),
        Case(input: "ก\u{0E48}\u{0E48}\u{0E32}", output: "ก่ำ", code: "ocr_sara_am"),
        // Tripled: one becomes ํ, the third is a twin all the same (found by normalisingTwiceChangesNothing).
        Case(input: "ก\u{0E48}\u{0E48}\u{0E48}\u{0E32}", output: "ก่ำ", code: "ocr_sara_am"),
        Case(input: "ท\u{0E48}\u{0E35}", output: "ที่", code: "mark_order"), // tone before the upper vowel
        Case(input: "ก\u{0E48}\u{0E38}", output: "กุ่", code: "mark_order"),
        Case(input: "ก  ข", output: "ก ข", code: "whitespace"),
        Case(input: "ก \t ข", output: "ก\tข", code: "whitespace"),
        Case(input: "ก   \nข", output: "ก\nข", code: "trailing_space"),
        Case(input: "ก\r\nข", output: "ก\nข", code: "line_ending"),
        Case(input: "e\u{0301}", output: "\u{00E9}", code: "nfc"),
        Case(input: "\u{212B}", output: "\u{00C5}", code: "nfc"),
        Case(input: "กำหนด ๖ ธันวาคม ๒๕๖๕", output: "กำหนด ๖ ธันวาคม ๒๕๖๕", code: nil),
        Case(input: "“สภา” – ๑", output: "“สภา” – ๑", code: nil),
    ]

    @Test(arguments: repairs)
    func repairsOneThing(c: Case) {
        let n = ThaiNormalizer.normalize(c.input)
        #expect(n.text == c.output)
        #expect(Array(n.text.unicodeScalars) == Array(c.output.unicodeScalars))
        if let code = c.code {
            #expect(n.repairs.contains { $0.code == code }, "\(n.repairs)")
        } else {
            #expect(n.repairs.isEmpty)
        }
        #expect(n.offsetMap.count == n.text.unicodeScalars.count + 1)
        #expect(n.offsetMap.last == c.input.unicodeScalars.count)
    }

    @Test func neverDecomposesSaraAm() {
        // NFKC would split ำ into ํ + า; the normaliser must keep it whole.
        let n = ThaiNormalizer.normalize("สำนัก")
        #expect(n.text.unicodeScalars.contains { $0.value == 0x0E33 })
        #expect(!n.text.unicodeScalars.contains { $0.value == 0x0E4D })
    }

    @Test func repairRecordsOffsets() {
        let n = ThaiNormalizer.normalize("ab\u{200B}ก\u{0E4D}\u{0E32}")
        let zw = n.repairs.first { $0.code == "zero_width" }
        #expect(zw?.originalOffset == 2)
        #expect(zw?.offset == 2)
        let am = n.repairs.first { $0.code == "sara_am" }
        #expect(am?.originalOffset == 4)
        #expect(am?.offset == 3)
        #expect(am?.original == "\u{0E4D}\u{0E32}")
        #expect(am?.replacement == "\u{0E33}")
        #expect(n.originalOffset(of: 3) == 5) // ำ points at its า
        #expect(n.originalRange(of: 2..<4) == 3..<6)
    }

    @Test func optionsChangeWhitespaceFolding() {
        let text = "ก \t ข\n\nค  "
        #expect(ThaiNormalizer.normalize(text).text == "ก\tข\n\nค")
        #expect(ThaiNormalizer.normalize(text, options: .init(keepTabs: false)).text == "ก ข\n\nค")
        #expect(ThaiNormalizer.normalize(text, options: .init(keepNewlines: false, keepTabs: false)).text == "ก ข ค")
        #expect(ThaiNormalizer.normalize(text, options: .init(foldWhitespace: false)).text == text)
    }

    // MARK: properties

    /// Scalars the generator draws from: Thai letters and marks, the broken forms the
    /// normaliser repairs, white space, invisible characters, Latin with accents.
    static let alphabet: [Unicode.Scalar] = {
        let codes: [UInt32] = [
            0x0E01, 0x0E02, 0x0E19, 0x0E17, 0x0E40, 0x0E41, 0x0E32, 0x0E33, 0x0E31, 0x0E34, 0x0E35, 0x0E38, 0x0E39,
            0x0E3A, 0x0E47, 0x0E48, 0x0E49, 0x0E4A, 0x0E4C, 0x0E4D, 0x0E51, 0x0E52,
            0xF700, 0xF701, 0xF705, 0xF70B, 0xF710, 0xF718, 0xF71A, 0xF884, 0xF89E,
            0x200B, 0xFEFF, 0x2060, 0x200C, 0x200D, 0x00AD, 0x00A0, 0x2003,
            0x20, 0x20, 0x09, 0x0A, 0x0D, 0x2028,
            0x61, 0x65, 0x0301, 0x0323, 0x212B, 0x00E9, 0x201C, 0x2013,
        ]
        return codes.map { Unicode.Scalar($0)! }
    }()

    static let messyText = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...40)
        .map { String(String.UnicodeScalarView($0.map { alphabet[$0] })) }

    /// Whether repaired scalar `r` may stand for original scalar `o`.
    static func related(_ r: Unicode.Scalar, _ o: Unicode.Scalar) -> Bool {
        if r == o { return true }
        let rv = r.value, ov = o.value
        if ThaiCharacterTables.standardForPrivateUse(ov) == rv { return true }
        if rv == 0x0E33 && (ov == 0x0E4D || ov == 0x0E32) { return true } // ำ from ํ or า
        if rv == 0x0E41 && ov == 0x0E40 { return true } // แ from เ เ
        let blanks: Set<UInt32> = [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029, 0xA0, 0x2003]
        if blanks.contains(rv) && blanks.contains(ov) { return true }
        let thaiMark = { (v: UInt32) in ThaiCharacterTables.isThaiMark(v) || ThaiCharacterTables.standardForPrivateUse(v).map(ThaiCharacterTables.isThaiMark) == true }
        let combining = { (s: Unicode.Scalar) in thaiMark(s.value) || s.properties.canonicalCombiningClass.rawValue != 0 }
        if combining(r) && combining(o) { return true } // marks of one cluster, reordered
        if rv > 0x7F && !(0x0E00...0x0E7F).contains(rv) { return true } // NFC compositions
        return false
    }

    @Test func offsetMapIsMonotonicAndPointsAtRelatedScalars() async {
        await propertyCheck(count: 400, input: Self.messyText) { text in
            let original = Array(text.unicodeScalars)
            for options in [ThaiNormalizer.Options(), .init(keepNewlines: false), .init(foldWhitespace: false)] {
                let n = ThaiNormalizer.normalize(text, options: options)
                let repaired = Array(n.text.unicodeScalars)
                #expect(n.offsetMap.count == repaired.count + 1)
                #expect(n.offsetMap.last == original.count)
                let decreasing = (1..<n.offsetMap.count).filter { n.offsetMap[$0 - 1] > n.offsetMap[$0] }
                #expect(decreasing.isEmpty, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                let unrelated = repaired.indices.filter { !Self.related(repaired[$0], original[n.offsetMap[$0]]) }
                #expect(unrelated.isEmpty, "\(unrelated.map { "U+\(String(repaired[$0].value, radix: 16)) from U+\(String(original[n.offsetMap[$0]].value, radix: 16))" })")
            }
        }
    }

    @Test func normalisingTwiceChangesNothing() async {
        await propertyCheck(count: 400, input: Self.messyText) { text in
            for options in [ThaiNormalizer.Options(), .init(keepNewlines: false), .init(keepTabs: false)] {
                let once = ThaiNormalizer.normalize(text, options: options)
                let twice = ThaiNormalizer.normalize(once.text, options: options)
                #expect(Array(twice.text.unicodeScalars) == Array(once.text.unicodeScalars), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(twice.repairs.isEmpty, "\(twice.repairs)")
            }
        }
    }

    @Test func leavesNoRepairableCharacter() async {
        await propertyCheck(count: 300, input: Self.messyText) { text in
            let n = ThaiNormalizer.normalize(text)
            let left = n.text.unicodeScalars.filter { s in
                ThaiCharacterTables.standardForPrivateUse(s.value) != nil || ThaiCharacterTables.removed.contains { $0.scalar == s.value }
                    || s.value == 0xA0 || s.value == 0x0D
            }
            #expect(left.isEmpty, "\(left.map { String($0.value, radix: 16) })")
        }
    }
}
