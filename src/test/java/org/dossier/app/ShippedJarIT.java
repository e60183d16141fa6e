package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dossier.store.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as it is shipped ({@code target/dossier.jar}, run by {@code mvn verify} after it is packaged): its
 * commands run with nothing but the jar, and say nothing on standard error when all is well. The unit tests run on
 * the test class path, which can hold what the jar lacks: a logging provider declared twice in the POM ended up in
 * test scope only, and every `suggest` of the shipped jar printed SLF4J's "no providers" warning.
 */
class ShippedJarIT {

    @TempDir
    Path temp;

    private record Run(int exitCode, String out, String err) {
    }

    private Run dossier(String... args) throws IOException, InterruptedException {
        Path home = Files.createDirectories(temp.resolve("home"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + home, "-Ddossier.relaunch=false", "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        for (String xdg : List.of("XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")) {
            env.put(xdg, home.resolve(xdg.toLowerCase()).toString());
        }
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "dossier " + String.join(" ", args) + " did not finish");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("dossier.jar", "target/dossier.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is not built");
        return jar;
    }

    @Test
    void check_runs_on_the_bundled_store_with_nothing_on_standard_error() throws Exception {
        Path store = TestStore.copyFolder(Path.of("data"), temp.resolve("store"));
        Run run = dossier("check", "--data", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void suggest_analyses_with_the_models_inside_the_jar_and_warns_of_nothing() throws Exception {
        Path store = TestStore.copyFolder(Path.of("data"), temp.resolve("store"));
        Run run = dossier("suggest", "entities", "--json", "--data", store.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(!run.err().contains("SLF4J") && !run.err().contains("WARNING"), run.err());
        assertTrue(JsonParser.parseString(run.out()).isJsonArray(), run.out());
    }
}
