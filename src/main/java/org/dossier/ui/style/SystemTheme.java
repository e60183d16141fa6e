package org.dossier.ui.style;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop prefers a dark theme. JavaFX 21 cannot tell (its {@code Platform.Preferences} came in 22), so
 * this asks the desktop the way its own tools do, off the FX thread, each answer bounded in time:
 * <ul>
 *   <li>Linux: {@code GTK_THEME} (a name ending in {@code :dark} or {@code -dark}), else GNOME's
 *   {@code gsettings get org.gnome.desktop.interface color-scheme} ({@code 'prefer-dark'}), else the GTK theme's
 *   name ({@code gsettings get org.gnome.desktop.interface gtk-theme}, dark when it says "dark");</li>
 *   <li>Windows: {@code AppsUseLightTheme} under {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Themes\Personalize}
 *   (0 is dark);</li>
 *   <li>macOS: {@code defaults read -g AppleInterfaceStyle} ("Dark"; the key is missing in light mode).</li>
 * </ul>
 * Anything else, or a desktop that does not answer within two seconds, is taken as light.
 */
public final class SystemTheme {

    private static final long WAIT_SECONDS = 2;
    private static final int MOST_OUTPUT = 4096;
    private static CompletableFuture<Boolean> asked;

    private SystemTheme() {
    }

    /** Asks once per run, on a thread of its own; the answer is kept. Start it early: it is ready by the window. */
    public static synchronized CompletableFuture<Boolean> isDark() {
        if (asked == null) {
            asked = CompletableFuture.supplyAsync(() -> isDark(System.getProperty("os.name", ""), System.getenv(),
                    SystemTheme::run), runnable -> {
                        Thread t = new Thread(runnable, "dossier-system-theme");
                        t.setDaemon(true);
                        t.start();
                    });
        }
        return asked;
    }

    /**
     * @param run runs a command and gives what it printed, or empty when it could not be run or failed
     */
    static boolean isDark(String osName, Map<String, String> env, Function<List<String>, Optional<String>> run) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return run.apply(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).map(SystemTheme::windowsSaysDark).orElse(false);
        }
        if (os.startsWith("mac")) {
            return run.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(s -> s.strip().equalsIgnoreCase("dark")).orElse(false);
        }
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (!gtkTheme.isBlank()) {
            return gtkNameSaysDark(gtkTheme);
        }
        Optional<String> scheme = run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
        if (scheme.map(s -> s.contains("prefer-dark")).orElse(false)) {
            return true;
        }
        if (scheme.map(s -> s.contains("prefer-light")).orElse(false)) {
            return false;
        }
        return run.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme"))
                .map(SystemTheme::gtkNameSaysDark).orElse(false);
    }

    /** "Adwaita:dark", "Yaru-dark", "'Arc-Dark'": dark; "Adwaita", "Breeze": light. */
    static boolean gtkNameSaysDark(String name) {
        String n = name.strip().replace("'", "").toLowerCase(Locale.ROOT);
        return n.contains("dark");
    }

    /** {@code reg query} prints a line "AppsUseLightTheme    REG_DWORD    0x0" when apps are dark. */
    static boolean windowsSaysDark(String output) {
        return output.lines().filter(l -> l.contains("AppsUseLightTheme"))
                .anyMatch(l -> l.strip().toLowerCase(Locale.ROOT).endsWith("0x0"));
    }

    private static Optional<String> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException | RuntimeException notThere) {
            return Optional.empty(); // no such tool on this desktop: it says nothing
        }
        try (InputStream out = process.getInputStream()) {
            process.getOutputStream().close();
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> readAtMost(out));
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            byte[] bytes = read.get(WAIT_SECONDS, TimeUnit.SECONDS);
            return process.exitValue() == 0 ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        } catch (IOException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            return Optional.empty(); // an answer that cannot be read is no answer: light
        }
    }

    private static byte[] readAtMost(InputStream in) {
        try {
            return in.readNBytes(MOST_OUTPUT);
        } catch (IOException e) {
            return new byte[0]; // the pipe closed under us: nothing was said
        }
    }
}
