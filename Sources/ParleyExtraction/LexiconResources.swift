import Foundation

/// The bundled YAML files: `Lexicons/NAME.yaml` among the module's resources.
///
/// `Bundle.url(forResource:withExtension:subdirectory:)` searches the bundle's folders
/// (localizations included) at every call, about a millisecond each for the nine files
/// read at startup; here the folder is found once and a file is looked for by its path.
enum LexiconResources {
    static let folder: URL? = Bundle.module.resourceURL?.appendingPathComponent("Lexicons", isDirectory: true)

    /// The file `Lexicons/NAME.yaml`, nil when the bundle lacks it.
    static func url(_ name: String) -> URL? {
        guard let url = folder?.appendingPathComponent(name + ".yaml", isDirectory: false),
              FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }
}
