/// An enumeration's raw values as `JSONKeys`, and its cases in the same order: a value is
/// matched in place, without a String made for it.
struct JSONEnum<T: RawRepresentable & CaseIterable & Sendable>: Sendable where T.RawValue == String {
    let names: JSONKeys
    let cases: [T]

    init(_ type: T.Type) {
        cases = Array(T.allCases)
        names = JSONKeys(cases.map(\.rawValue))
    }
}
