import ThaiText

/// Small helpers over ThaiText used across the extractors.
enum ThaiTextShim {
    @inline(__always) static func isDigit(_ u: Unicode.Scalar) -> Bool { ThaiDigits.value(u) != nil }
    @inline(__always) static func isThaiConsonant(_ u: Unicode.Scalar) -> Bool { u.value >= 0x0E01 && u.value <= 0x0E2E }
    @inline(__always) static func isThai(_ u: Unicode.Scalar) -> Bool { u.value >= 0x0E01 && u.value <= 0x0E5B }
}
