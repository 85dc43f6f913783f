import Yams

/// Decodes a `Decodable` value from a text in `YAMLSubsetReader`'s subset, as Yams's
/// `YAMLDecoder` would decode it, without composing the text with Yams.
///
/// Only what `YAMLDecoder` decodes in one obvious way is decoded here: strings (from any
/// scalar), integers (`0`, `-12`), decimals (`0.5`) and booleans (`true`, `false`) from
/// plain scalars, nulls (`~`, `null`) for optionals, sequences, and mappings by key.
/// Anything else (another spelling of a number or boolean, a type Yams constructs from
/// a scalar in its own way, a value that does not fit its type) makes `decode` return
/// nil, and the caller decodes with `YAMLDecoder`, which gives the result or the error
/// it always gave.
enum YAMLSubsetDecoder {
    /// The decoder met something it does not decode exactly as Yams does.
    struct Unsupported: Error {}

    /// The value `text` holds, or nil when `YAMLDecoder` must decode it.
    static func decode<T: Decodable>(_ type: T.Type, from text: String) -> T? {
        guard let root = YAMLSubsetReader.read(text)?.root else { return nil }
        return try? NodeDecoder(node: root).value(T.self)
    }
}

/// Decodes one node; also its own single-value container.
private struct NodeDecoder: Decoder, SingleValueDecodingContainer {
    let node: YAMLSubsetNode

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Plain scalars `YAMLDecoder` reads as null.
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
    /// Keys Yams reads with a meaning of their own (merges, anchors and tags as keys).
    private static let reservedKeys: Set<String> = ["<<", "=", "yamlAnchor", "yamlTag"]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard let pairs = node.pairs, pairs.allSatisfy({ Self.isOrdinaryKey($0.key) }) else { throw YAMLSubsetDecoder.Unsupported() }
        return KeyedDecodingContainer(KeyedContainer<Key>(pairs: pairs))
    }

    /// A key Yams finds by its text alone: not one Yams gives a meaning of its own, and,
    /// when quoted, not one that unquoted would be a number, date, boolean or null (Yams
    /// looks keys up unquoted, so it would not find such a key).
    private static func isOrdinaryKey(_ key: YAMLSubsetNode) -> Bool {
        guard case let .scalar(s, plain) = key.content, !reservedKeys.contains(s) else { return false }
        if plain { return true }
        guard let first = s.unicodeScalars.first, !"0123456789+-.~<=".unicodeScalars.contains(first) else { return false }
        return !implicitWords.contains(s)
    }

    /// Words the default resolver reads as booleans or null.
    private static let implicitWords: Set<String> = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
        "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL"]

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard let items = node.items else { throw YAMLSubsetDecoder.Unsupported() }
        return UnkeyedContainer(items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool {
        if case let .scalar(s, plain: true) = node.content { return Self.nulls.contains(s) }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try value(T.self) }

    /// The node as a `T`: the four scalar types directly, others through `init(from:)`.
    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self {
            guard let s = node.string else { throw YAMLSubsetDecoder.Unsupported() }
            return s as! T
        }
        if T.self == Int.self, let n = plainNumber(fraction: false).flatMap({ Int($0) }) { return n as! T }
        if T.self == Double.self, let x = plainNumber(fraction: true).flatMap({ Double($0) }) { return x as! T }
        if T.self == Bool.self, case let .scalar(s, plain: true) = node.content, s == "true" || s == "false" {
            return (s == "true") as! T
        }
        // Every other type Yams builds from a scalar (and the four above, spelled otherwise).
        if T.self is any ScalarConstructible.Type { throw YAMLSubsetDecoder.Unsupported() }
        return try T(from: self)
    }

    /// A plain scalar spelled as a decimal integer (`0`, `-12`, no leading zeros) or,
    /// with `fraction`, also with a fraction (`0.5`): the spellings Yams reads as Swift does.
    private func plainNumber(fraction: Bool) -> String? {
        guard case let .scalar(s, plain: true) = node.content else { return nil }
        var digits = Substring(s)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        let whole = digits.prefix { $0.isASCII && $0.isNumber }
        guard let first = whole.first, first != "0" || (whole.count == 1 && !negative) else { return nil }
        let rest = digits.dropFirst(whole.count)
        if rest.isEmpty { return s }
        guard fraction, rest.first == ".", rest.count > 1, rest.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return s
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let pairs: [(key: YAMLSubsetNode, value: YAMLSubsetNode)]

    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { pairs.compactMap { $0.key.string.flatMap(Key.init(stringValue:)) } }

    func contains(_ key: Key) -> Bool { node(key) != nil }

    private func node(_ key: Key) -> YAMLSubsetNode? {
        pairs.first { $0.key.string == key.stringValue }?.value
    }

    private func decoder(_ key: Key) throws -> NodeDecoder {
        guard let node = node(key) else { throw YAMLSubsetDecoder.Unsupported() }
        return NodeDecoder(node: node)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try decoder(key).decodeNil() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(key).value(T.self) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { throw YAMLSubsetDecoder.Unsupported() }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw YAMLSubsetDecoder.Unsupported() }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let items: [YAMLSubsetNode]
    var currentIndex = 0

    init(items: [YAMLSubsetNode]) { self.items = items }

    var codingPath: [any CodingKey] { [] }
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> NodeDecoder {
        guard !isAtEnd else { throw YAMLSubsetDecoder.Unsupported() }
        defer { currentIndex += 1 }
        return NodeDecoder(node: items[currentIndex])
    }

    /// Optional items: Yams moves past an item whether or not it is null; not decoded here.
    mutating func decodeNil() throws -> Bool { throw YAMLSubsetDecoder.Unsupported() }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().value(T.self) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { throw YAMLSubsetDecoder.Unsupported() }
}
