import Foundation
import Yams

/// A policy as a file: YAML (or JSON, which YAML reads too), for `--policy FILE` and `--print-policy`.
public enum PolicyFile {
    public struct LoadError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(_ path: String) throws -> CompliancePolicy {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "\(path): cannot read the policy file")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String = "policy") throws -> CompliancePolicy {
        do {
            if text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("{") {
                return try JSONDecoder().decode(CompliancePolicy.self, from: Data(text.utf8))
            }
            return try YAMLDecoder().decode(CompliancePolicy.self, from: text)
        } catch {
            throw LoadError(description: "\(path): not a valid policy (YAML or JSON): \(error)")
        }
    }

    public static func yaml(_ policy: CompliancePolicy) throws -> String {
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.sortKeys = false
        return try encoder.encode(policy)
    }
}
