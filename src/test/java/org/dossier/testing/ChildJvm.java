package org.dossier.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a class's {@code main} in a Java process of its own, on this test run's class path: for what only
 * separate processes can show (two writers on one store, a writer killed with SIGKILL, a small heap).
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Starts {@code mainClass} with {@code jvmOptions} (such as "-Xmx128m") and {@code args}; quick to start (class
     * data sharing, the first compiler only).
     */
    public static ProcessBuilder of(Class<?> mainClass, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Duser.home=" + System.getProperty("user.home")); // the tests' home, never the user's
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Starts it with its standard error in its standard output. */
    public static Process start(Class<?> mainClass, List<String> jvmOptions, String... args) throws IOException {
        return of(mainClass, jvmOptions, args).redirectErrorStream(true).start();
    }

    /** Everything the process says, until it ends. */
    public static String output(Process p) {
        StringBuilder all = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                all.append(line).append('\n');
            }
        } catch (IOException e) {
            all.append("(could not read its output: ").append(e.getMessage()).append(")\n");
        }
        return all.toString();
    }
}
