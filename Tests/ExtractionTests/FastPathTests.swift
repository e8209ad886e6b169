import Testing
@testable import Extraction

/// The byte-level fast paths give what the Character-level code they replaced gave.
@Suite struct FastPathTests {
    static let samples = [
        "", "\n", "\n\n", "a\nb", "a\r\nb\nc", "\r\n\n\r", "ก\u{0E31}\nข\u{0E48}\t\tค", "\t", "a\t\tb\t", "\u{A0}x\u{A0}\u{A0}y\u{A0}",
        " \u{0C} ทดสอบ\u{00A0} ข้อความ \r", "é\u{00C2}\u{00A9}\tñ", "\u{0E40}\u{0E02}\u{0E49}\u{0E32}\n\u{0E19}\u{0E33}", "\n\u{0E31}",
    ]

    /// The old `fold`: scalar by scalar.
    static func referenceFold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for u in s.unicodeScalars {
            if u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{A0}" || u == "\u{0C}" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(u)
            }
        }
        return String(out)
    }

    @Test(arguments: samples) func splitMatchesCharacterSplit(_ s: String) {
        #expect(LineBuilder.splitUTF8(s[...], at: 0x0A, omittingEmpty: false).map(String.init)
                == s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        #expect(LineBuilder.splitUTF8(s[...], at: 0x09, omittingEmpty: true).map(String.init)
                == s.split(separator: "\t").map(String.init))
    }

    @Test(arguments: samples) func foldMatchesScalarFold(_ s: String) {
        #expect(LineBuilder.fold(s) == Self.referenceFold(s))
        #expect(LineBuilder.fold(s.dropFirst()) == Self.referenceFold(String(s.dropFirst())))
    }
}
