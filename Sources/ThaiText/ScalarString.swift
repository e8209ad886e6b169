/// A String made from Unicode scalars in one go.
public enum ScalarString {
    /// `String(String.UnicodeScalarView(scalars))`: the same scalars, encoded to UTF-8 once and
    /// made into a string in one step (the generic `UnicodeScalarView.append(contentsOf:)`
    /// appends scalar by scalar, a few hundred instructions each).
    @inlinable
    public static func make<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 3)
        for s in scalars { UTF8.encode(s) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }
}
