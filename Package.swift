// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Parley", targets: ["Parley"]),
        .executable(name: "parley", targets: ["ParleyCLI"]),
        .executable(name: "parley-corpus", targets: ["ParleyCorpus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Value types and the events.json contract. No I/O.
        .target(name: "ParleyModel"),
        // Text -> mentions -> events, one stage per file; lexicons are YAML resources.
        .target(
            name: "ParleyExtraction",
            dependencies: ["ParleyModel", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/Lexicons")]
        ),
        // Pure Swift renderers: DOT, timelines, the HTML report.
        .target(name: "ParleyRendering", dependencies: ["ParleyModel"]),
        // libgraphviz through pkg-config; only GraphvizRendering imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "GraphvizRendering", dependencies: ["CGraphviz"]),
        // The public face: input collection, the pipeline run, report writing.
        .target(
            name: "Parley",
            dependencies: ["ParleyModel", "ParleyExtraction", "ParleyRendering", "GraphvizRendering"]
        ),
        .executableTarget(
            name: "ParleyCLI",
            dependencies: ["Parley", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // libFuzzer target over decoding, extraction and DOT/HTML encoding (scripts/fuzz);
        // a plain build replays inputs through the same harness.
        .executableTarget(name: "ParleyFuzz", dependencies: ["Parley"]),
        // Deterministic synthetic corpora for scripts/bench.
        .executableTarget(name: "ParleyCorpus", dependencies: ["Parley", "ParleyExtraction", "ParleyModel"]),
        .testTarget(name: "ParleyModelTests", dependencies: ["ParleyModel"]),
        .testTarget(name: "ParleyExtractionTests", dependencies: ["ParleyExtraction"]),
        .testTarget(name: "ParleyRenderingTests", dependencies: ["ParleyRendering", "ParleyExtraction"]),
        .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
        .testTarget(name: "ParleyTests", dependencies: ["Parley"], exclude: ["Golden"]),
        .testTarget(name: "ParleyCLITests", dependencies: ["ParleyCLI", "ParleyFuzz"]),
    ]
)
