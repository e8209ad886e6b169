/// Detects and decodes the encodings Thai offices use: UTF-8 (with or without BOM), UTF-16
/// with a BOM, TIS-620 and Windows-874.
///
/// Detection: a BOM decides; else valid UTF-8 is UTF-8; else bytes that are mostly well-formed
/// UTF-8 sequences are damaged UTF-8 (reported at the first bad byte, not misread as Thai);
/// else a single-byte Thai encoding: Windows-874 if any byte of its extra range 0x80–0xA0
/// occurs, TIS-620 otherwise.
public enum ThaiTextDecoder {
    /// Decodes `bytes`. Strict mode throws at the first undecodable byte; lenient mode replaces
    /// it with U+FFFD and reports a warning naming the byte offset, never silently.
    public static func decode(_ bytes: [UInt8], lenient: Bool = false) throws(DecodingError) -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(bytes, from: 3, name: "utf-8-bom", lenient: lenient)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes, bigEndian: false, lenient: lenient) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes, bigEndian: true, lenient: lenient) }
        let survey = UTF8Survey(bytes)
        if survey.invalid == 0 {
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: "utf-8", warnings: [])
        }
        if survey.multiByte > 0 && survey.multiByte >= 4 * survey.invalid {
            return try decodeUTF8(bytes, from: 0, name: "utf-8", lenient: lenient)
        }
        let encoding: ThaiSingleByteEncoding = bytes.contains(where: ThaiSingleByteEncoding.isWindows874Extra) ? .windows874 : .tis620
        return try decodeSingleByte(bytes, as: encoding, lenient: lenient)
    }

    /// Decodes with a known single-byte encoding.
    public static func decodeSingleByte(_ bytes: [UInt8], as encoding: ThaiSingleByteEncoding, lenient: Bool = false) throws(DecodingError) -> DecodedText {
        // The scalars as UTF-8, made into a string once (appending to a String.UnicodeScalarView
        // cost ~100 instructions a byte).
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 3)
        var warnings = [String]()
        for (offset, b) in bytes.enumerated() {
            if let s = encoding.decode(b) {
                UTF8.encode(s) { out.append($0) }
                continue
            }
            let error = DecodingError(encoding: encoding.rawValue, byteOffset: offset, reason: "byte 0x\(hex(b)) is not defined in \(encoding.rawValue)")
            guard lenient else { throw error }
            warnings.append(error.description + "; replaced with U+FFFD")
            UTF8.encode("\u{FFFD}") { out.append($0) }
        }
        return DecodedText(text: String(decoding: out, as: UTF8.self), encoding: encoding.rawValue, warnings: warnings)
    }

    static func decodeUTF8(_ bytes: [UInt8], from start: Int, name: String, lenient: Bool) throws(DecodingError) -> DecodedText {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var warnings = [String]()
        var i = start
        while i < bytes.count {
            switch UTF8Survey.sequence(bytes, at: i) {
            case .valid(let s, let length):
                UTF8.encode(s) { out.append($0) }
                i += length
            case .invalid(let length):
                let error = DecodingError(encoding: name, byteOffset: i, reason: "byte 0x\(hex(bytes[i])) does not start a valid UTF-8 sequence")
                guard lenient else { throw error }
                warnings.append(error.description + "; replaced with U+FFFD")
                UTF8.encode("\u{FFFD}") { out.append($0) }
                i += length
            }
        }
        return DecodedText(text: String(decoding: out, as: UTF8.self), encoding: name, warnings: warnings)
    }

    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, lenient: Bool) throws(DecodingError) -> DecodedText {
        let name = bigEndian ? "utf-16be" : "utf-16le"
        var out = String.UnicodeScalarView()
        var warnings = [String]()
        func unit(_ i: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
        }
        var i = 2
        while i < bytes.count {
            var problem: String?
            var width = 2
            if i + 1 >= bytes.count {
                problem = "odd trailing byte (UTF-16 needs pairs of bytes)"
                width = 1
            } else {
                let u = unit(i)
                if u >= 0xD800 && u <= 0xDBFF {
                    if i + 3 < bytes.count, case let low = unit(i + 2), low >= 0xDC00 && low <= 0xDFFF {
                        out.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00))!)
                        i += 4
                        continue
                    }
                    problem = "high surrogate 0x\(String(u, radix: 16, uppercase: true)) without a low surrogate"
                } else if u >= 0xDC00 && u <= 0xDFFF {
                    problem = "low surrogate 0x\(String(u, radix: 16, uppercase: true)) without a high surrogate"
                } else {
                    out.append(Unicode.Scalar(u)!)
                    i += 2
                    continue
                }
            }
            let error = DecodingError(encoding: name, byteOffset: i, reason: problem!)
            guard lenient else { throw error }
            warnings.append(error.description + "; replaced with U+FFFD")
            out.append("\u{FFFD}")
            i += width
        }
        return DecodedText(text: String(out), encoding: name, warnings: warnings)
    }

    static func hex(_ b: UInt8) -> String {
        let s = String(b, radix: 16, uppercase: true)
        return s.count == 1 ? "0" + s : s
    }
}

/// Counts well-formed multi-byte UTF-8 sequences and invalid bytes, to tell damaged UTF-8 from
/// a single-byte Thai encoding.
struct UTF8Survey {
    var multiByte = 0
    var invalid = 0

    init(_ bytes: [UInt8]) {
        var i = 0
        while i < bytes.count {
            if bytes[i] < 0x80 { i += 1; continue }
            switch Self.sequence(bytes, at: i) {
            case .valid(_, let length): multiByte += 1; i += length
            case .invalid(let length): invalid += 1; i += length
            }
        }
    }

    enum Step { case valid(Unicode.Scalar, Int), invalid(Int) }

    /// One UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF).
    static func sequence(_ b: [UInt8], at i: Int) -> Step {
        let b0 = b[i]
        if b0 < 0x80 { return .valid(Unicode.Scalar(b0), 1) }
        let length: Int, minimum: UInt32
        var v: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; minimum = 0x80; v = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: length = 3; minimum = 0x800; v = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: length = 4; minimum = 0x10000; v = UInt32(b0 & 0x07)
        default: return .invalid(1)
        }
        guard i + length <= b.count else { return .invalid(1) }
        for k in 1..<length {
            let c = b[i + k]
            guard c & 0xC0 == 0x80 else { return .invalid(1) }
            v = v << 6 | UInt32(c & 0x3F)
        }
        guard v >= minimum, v <= 0x10FFFF, !(v >= 0xD800 && v <= 0xDFFF), let s = Unicode.Scalar(v) else { return .invalid(1) }
        return .valid(s, length)
    }
}

public struct DecodedText: Sendable, Equatable {
    public var text: String
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `tis-620`, `windows-874`
    public var encoding: String
    /// Lenient decoding's replacements, each naming the byte offset.
    public var warnings: [String]
    public init(text: String, encoding: String, warnings: [String]) {
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
    }
}

public struct DecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    public var encoding: String
    public var byteOffset: Int
    public var reason: String
    public init(encoding: String, byteOffset: Int, reason: String) {
        self.encoding = encoding
        self.byteOffset = byteOffset
        self.reason = reason
    }
    public var description: String { "byte \(byteOffset): \(reason) (\(encoding))" }
}
