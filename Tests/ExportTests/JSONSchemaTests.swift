import Foundation
import Testing
import SarabanCore
import Pipeline
@testable import Export

/// schemas/record.schema.json and schemas/error.schema.json against real output.
@Suite struct JSONSchemaTests {
    static let schemas = Samples.packageRoot.appendingPathComponent("schemas")

    func validator(for item: OutputItem) throws -> JSONSchemaValidator {
        switch item {
        case .record: return try JSONSchemaValidator(path: Self.schemas.appendingPathComponent("record.schema.json"))
        case .error: return try JSONSchemaValidator(path: Self.schemas.appendingPathComponent("error.schema.json"))
        }
    }

    func errors(_ item: OutputItem) throws -> [String] {
        try validator(for: item).errors(try JSONSerialization.jsonObject(with: Data(item.json())))
    }

    @Test(arguments: Samples.items)
    func sampleRecordsConform(_ item: OutputItem) throws {
        #expect(try errors(item) == [])
    }

    /// What the pipeline makes of real inputs: the seed circular, an empty file, a missing file.
    @Test func pipelineOutputConforms() throws {
        let dir = Samples.temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let seed = Samples.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_4bfcf933634aae01.txt").path
        let items = Pipeline().processAll([seed, empty, dir.appendingPathComponent("missing.txt").path])
        #expect(items[0].record != nil)
        #expect(items[1].record == nil && items[2].record == nil)
        for item in items { #expect(try errors(item) == [], "\(item.path)") }
    }

    /// The schema catches what it should: each broken record gives an error at its path.
    @Test(arguments: [
        ("kind", "\"memo2\"", "$.kind"), ("date", "\"6 Dec 2022\"", "$.date"), ("order_no", "\"๑๒๓/๒๕๖๕\"", "$.order_no"),
        ("members", "[{\"seq\":1}]", "$.members[0]"), ("schema", "\"saraban/2\"", "$.schema"), ("surprise", "1", "$"),
        ("contact", "{\"phone\":[\"02-224\"],\"fax\":[],\"email\":[]}", "$.contact.phone[0]"),
    ])
    func brokenRecordsFail(key: String, json: String, path: String) throws {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(OutputItem.record(Samples.full()).json())) as? [String: Any])
        object[key] = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed)
        let errs = try validator(for: .record(Samples.full())).errors(object)
        #expect(errs.contains { $0.hasPrefix(path) }, "\(errs)")
    }

    @Test func missingFieldFails() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: Data(OutputItem.error(Samples.error()).json())) as? [String: Any])
        object.removeValue(forKey: "reason")
        #expect(try validator(for: .error(Samples.error())).errors(object) == ["$: missing reason"])
    }
}

/// A second opinion where Python's jsonschema is installed: the schemas are valid 2020-12
/// schemas, and the same records pass.
@Suite struct PythonJSONSchemaTests {
    static var hasJSONSchema: Bool { Samples.pythonHas("jsonschema") }

    @Test(.enabled(if: hasJSONSchema, "Python's jsonschema is not installed (pip install jsonschema); skipped"))
    func pythonAgrees() throws {
        let dir = Samples.temporaryDirectory()
        let lines = Samples.items.map { String(decoding: $0.json(), as: UTF8.self) }.joined(separator: "\n")
        let records = dir.appendingPathComponent("items.jsonl")
        try lines.write(to: records, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, jsonschema
            rec = json.load(open(sys.argv[1] + '/record.schema.json'))
            err = json.load(open(sys.argv[1] + '/error.schema.json'))
            jsonschema.Draft202012Validator.check_schema(rec)
            jsonschema.Draft202012Validator.check_schema(err)
            n = 0
            for line in open(sys.argv[2]):
                o = json.loads(line)
                jsonschema.validate(o, err if o['schema'] == 'saraban/error/1' else rec, cls=jsonschema.Draft202012Validator)
                n += 1
            bad = json.loads(open(sys.argv[2]).readline()); bad['kind'] = 'nonsense'
            try:
                jsonschema.validate(bad, rec, cls=jsonschema.Draft202012Validator); print('accepted a bad record')
            except jsonschema.ValidationError:
                print(n)
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, JSONSchemaTests.schemas.path, records.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "\(Samples.items.count)")
    }
}
