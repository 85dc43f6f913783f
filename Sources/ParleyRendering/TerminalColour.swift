/// Whether to colour terminal output, and the escape codes that do it.
public enum TerminalColour {
    /// The `--color` setting.
    public enum Mode: String, CaseIterable, Sendable {
        /// Colour only on a terminal, and not when `NO_COLOR` is set or `TERM` is `dumb`.
        case auto
        /// Colour always, wherever the output goes and whatever the environment says.
        case always
        /// Never colour.
        case never

        /// The valid names, for error messages.
        public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }

    /// Whether output should carry colour.
    ///
    /// - Parameters:
    ///   - mode: the user's choice.
    ///   - isTerminal: whether the output goes to a terminal (standard output is a tty
    ///     and no output file was given).
    ///   - environment: the process environment. Following no-color.org, `NO_COLOR` set
    ///     to any non-empty value turns `auto` colour off; an empty value does not.
    public static func shouldUse(mode: Mode, isTerminal: Bool, environment: [String: String]) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto:
            guard isTerminal else { return false }
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            return environment["TERM"] != "dumb"
        }
    }

    /// `text` wrapped in the SGR sequence `code` ("1", "36", "1;32") and a reset.
    static func wrap(_ text: String, _ code: String) -> String {
        "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// `text` without its SGR escape sequences (ESC [ digits and semicolons, then m).
    public static func stripped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "\u{1B}", scalars.dropFirst().first == "[" {
                let rest = scalars.dropFirst(2).drop { ("0"..."9").contains($0) || $0 == ";" }
                if rest.first == "m" {
                    scalars = rest.dropFirst()
                    continue
                }
            }
            out.append(scalar)
            scalars = scalars.dropFirst()
        }
        return String(out)
    }
}
