package org.dossier.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Where Dossier keeps what belongs to the user rather than to a store, on each system, following its conventions:
 *
 * <table>
 *   <tr><th></th><th>Linux</th><th>macOS</th><th>Windows</th></tr>
 *   <tr><td>data (the sample store's copy)</td><td>{@code $XDG_DATA_HOME/dossier}, {@code ~/.local/share/dossier}</td>
 *       <td>{@code ~/Library/Application Support/Dossier}</td><td>{@code %APPDATA%\Dossier}</td></tr>
 *   <tr><td>logs</td><td>{@code $XDG_STATE_HOME/dossier/logs}, {@code ~/.local/state/dossier/logs}</td>
 *       <td>{@code ~/Library/Logs/Dossier}</td><td>{@code %LOCALAPPDATA%\Dossier\logs}</td></tr>
 *   <tr><td>cache (search indexes)</td><td>{@code $XDG_CACHE_HOME/dossier}, {@code ~/.cache/dossier}</td>
 *       <td>{@code ~/Library/Caches/Dossier}</td><td>{@code %LOCALAPPDATA%\Dossier\cache}</td></tr>
 * </table>
 *
 * A system property overrides each ({@value #DATA_PROPERTY}, {@value #LOGS_PROPERTY}, {@value #CACHE_PROPERTY}): tests
 * use them to stay out of the user's folders. An XDG variable that is not an absolute path is ignored, as the XDG
 * specification says. Nothing here creates a folder.
 */
public final class UserFolders {

    public static final String DATA_PROPERTY = "dossier.dataFolder";
    public static final String LOGS_PROPERTY = "dossier.logs";
    public static final String CACHE_PROPERTY = "dossier.cache";

    private final String os;
    private final Function<String, String> environment;
    private final Function<String, String> properties;
    private final Path home;

    UserFolders(String osName, Map<String, String> environment, Map<String, String> properties, Path home) {
        this(osName, environment::get, properties::get, home);
    }

    private UserFolders(String osName, Function<String, String> environment, Function<String, String> properties,
                        Path home) {
        this.os = osName.toLowerCase(Locale.ROOT);
        this.environment = environment;
        this.properties = properties;
        this.home = home;
    }

    /** The folders of the user running this program. */
    public static UserFolders ofThisUser() {
        return new UserFolders(System.getProperty("os.name", ""), System::getenv, System::getProperty,
                Path.of(System.getProperty("user.home")));
    }

    public Path data() {
        return overridden(DATA_PROPERTY, windows() ? roaming().resolve("Dossier")
                : mac() ? home.resolve("Library").resolve("Application Support").resolve("Dossier")
                : xdg("XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve("dossier"));
    }

    public Path logs() {
        return overridden(LOGS_PROPERTY, windows() ? local().resolve("Dossier").resolve("logs")
                : mac() ? home.resolve("Library").resolve("Logs").resolve("Dossier")
                : xdg("XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve("dossier").resolve("logs"));
    }

    public Path cache() {
        return overridden(CACHE_PROPERTY, windows() ? local().resolve("Dossier").resolve("cache")
                : mac() ? home.resolve("Library").resolve("Caches").resolve("Dossier")
                : xdg("XDG_CACHE_HOME", home.resolve(".cache")).resolve("dossier"));
    }

    private Path overridden(String property, Path usual) {
        String value = properties.apply(property);
        return value != null && !value.isBlank() ? Path.of(value) : usual;
    }

    private Path xdg(String variable, Path fallback) {
        String value = environment.apply(variable);
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private Path roaming() {
        return windowsVariable("APPDATA", home.resolve("AppData").resolve("Roaming"));
    }

    private Path local() {
        return windowsVariable("LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
    }

    private Path windowsVariable(String variable, Path fallback) {
        String value = environment.apply(variable);
        return value != null && !value.isBlank() ? Path.of(value) : fallback;
    }

    private boolean windows() {
        return os.startsWith("windows");
    }

    private boolean mac() {
        return os.startsWith("mac");
    }
}
