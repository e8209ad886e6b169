import Foundation
import Testing
import SarabanCore
import Validation
@testable import Export

@Suite struct HTMLReportWriterTests {
    func report(compliance: [ComplianceResult]?) throws -> String {
        let path = Samples.temporaryDirectory().appendingPathComponent("report.html").path
        let w = try HTMLReportWriter(path: path)
        var order = Samples.full()
        order.subject = "<script>alert(1)</script> & คำสั่ง"
        for i in [OutputItem.record(order), .error(Samples.error()), .record(Samples.minimal())] { try w.write(i) }
        if let compliance { try w.write(compliance: compliance, policy: CompliancePolicy(deadline: "2022-12-29", minMembers: 30)) }
        try w.finish()
        #expect(!FileManager.default.fileExists(atPath: path + ".details"))
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func reportHasTableChartAndRecords() throws {
        let results = [
            ComplianceResult(file: Samples.full().source.path, agency: "สำนักงานเขตบางรัก", district: "บางรัก", date: "2022-12-20",
                             checks: [ComplianceCheck(.signedByDeadline, passed: true, detail: "signed 2022-12-20"),
                                      ComplianceCheck(.minMembers, passed: false, detail: "3 members, at least 30 required")]),
            ComplianceResult(file: "in/corrupt.docx", agency: nil, district: nil, checks: [], error: "unreadable"),
        ]
        let html = try report(compliance: results)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<table class=\"compliance\">"))
        #expect(html.contains("<td class=\"pass\""))
        #expect(html.contains("<td class=\"fail\""))
        #expect(html.contains("ไม่ได้รับคำสั่ง"), "districts without an order are listed")
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("<rect"))
        #expect(html.contains("ขั้นต่ำ 30"))
        #expect(html.components(separatedBy: "<details").count - 1 == 3)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; คำสั่ง"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"), "no network resources")
        // The table links to the record's details.
        let anchor = HTMLReportWriter.anchor(Samples.full().source.path)
        #expect(html.contains("href=\"#\(anchor)\"") && html.contains("id=\"\(anchor)\""))
    }

    @Test func reportWithoutComplianceHasNoTable() throws {
        let html = try report(compliance: nil)
        #expect(!html.contains("<table class=\"compliance\">"))
        #expect(html.contains("<svg class=\"chart\""))
    }
}
