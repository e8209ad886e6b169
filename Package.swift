// swift-tools-version: 6.1
// Saraban: Thai government paperwork (สารบรรณ) into checked, structured data.
//
// The targets read like the pipeline (see docs/ARCHITECTURE.md):
//   ThaiText → ThaiDates → SarabanCore → Readers → Extraction → Validation → Export → Pipeline → saraban
// Data flows one way: no target imports one that comes later.
import PackageDescription

let package = Package(
    name: "Saraban",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Saraban", targets: [
            "ThaiText", "ThaiDates", "SarabanCore", "Readers", "Extraction", "Validation", "Export", "Pipeline",
        ]),
        .executable(name: "saraban", targets: ["saraban"]),
        .executable(name: "saraban-bench", targets: ["saraban-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // libxml2 through pkg-config; never Foundation's XMLParser (it substitutes entities).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Thai text: normaliser with offset map, encodings, numerals, number words, look-alike matching.
        .target(name: "ThaiText"),
        // libdatrie through pkg-config: it reads libthai's Thai word list (Debian libthai-data).
        .systemLibrary(
            name: "CDatrie",
            pkgConfig: "datrie-0.2",
            providers: [.apt(["libdatrie-dev"])]
        ),
        // Thai words: libthai's dictionary, segmentation into words, and the OCR repairs that need
        // to know what a word is (spaces inside words, lost marks).
        .target(name: "ThaiWords", dependencies: ["ThaiText", "CDatrie"]),
        // Buddhist-era dates and times: calendar, parser, scanner, formatter.
        .target(name: "ThaiDates", dependencies: ["ThaiText"]),
        // The document model (what readers produce) and the record model (what extractors produce).
        .target(name: "SarabanCore", dependencies: ["ThaiText"]),
        // One reader per input format, all producing SarabanCore.Document.
        .target(name: "Readers", dependencies: [
            "SarabanCore", "ThaiText", "CLibXML2",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Document → Record: classification, head fields, members, deadlines, meetings.
        .target(name: "Extraction", dependencies: ["SarabanCore", "ThaiText", "ThaiDates", "ThaiWords"]),
        // Record checks and compliance against a circular's policy.
        .target(name: "Validation", dependencies: [
            "SarabanCore", "ThaiText", "ThaiDates",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Writers: JSON, JSON Lines, CSV, SQLite, iCalendar, HTML.
        .target(name: "Export", dependencies: [
            "SarabanCore", "Validation",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // Wires reader → extractor → validator for one file; bulk conversion.
        .target(name: "Pipeline", dependencies: ["SarabanCore", "Readers", "Extraction", "Validation", "Export"]),
        .executableTarget(name: "saraban", dependencies: [
            "Pipeline", "SarabanCore", "ThaiText", "ThaiDates", "Readers", "Extraction", "Validation", "Export",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "saraban-bench", dependencies: [
            "Pipeline", "SarabanCore", "ThaiText", "ThaiDates", "Readers", "Extraction", "Validation", "Export",
        ]),
        .testTarget(name: "ThaiTextTests", dependencies: [
            "ThaiText", "ThaiWords", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ThaiDatesTests", dependencies: [
            "ThaiDates", "ThaiText", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ReadersTests", dependencies: [
            "Readers", "SarabanCore", "ThaiText", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ExtractionTests", dependencies: [
            "Extraction", "Readers", "SarabanCore", "Pipeline", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ValidationTests", dependencies: [
            "Validation", "Pipeline", "SarabanCore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ExportTests", dependencies: [
            "Export", "Pipeline", "SarabanCore", "Validation",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "CommandTests", dependencies: ["Pipeline", "Readers", "Export", "SarabanCore", "Validation"]),
    ]
)
