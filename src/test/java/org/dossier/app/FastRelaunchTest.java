package org.dossier.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastRelaunchTest {

    @TempDir
    Path temp;

    private FastRelaunch relaunch(Path jar) {
        return new FastRelaunch(Path.of(System.getProperty("java.home"), "bin", "java"), jar,
                List.of("-Xmx1g", "-Ddossier.exitAfterFirstFrame=true", "-jar", jar.toString(), "--data", "store"),
                temp.resolve("cache/cds"));
    }

    @Test
    void the_second_jvm_gets_dossiers_options_first_and_then_the_users_own_so_that_theirs_win() throws Exception {
        Path jar = Files.writeString(temp.resolve("dossier.jar"), "jar");
        FastRelaunch relaunch = relaunch(jar);
        Path archive = relaunch.archive();
        List<String> command = relaunch.command(archive, null);
        assertTrue(command.get(0).endsWith("java"));
        List<String> expected = new java.util.ArrayList<>(List.of("-XX:+IgnoreUnrecognizedVMOptions"));
        expected.addAll(FastRelaunch.startUpOptions());
        expected.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                "-Ddossier.relaunched=true", "-Xmx1g", "-Ddossier.exitAfterFirstFrame=true", "-jar", jar.toString(),
                "--data", "store"));
        assertEquals(expected, command.subList(1, command.size()));
    }

    @Test
    void the_start_up_options_delay_the_c2_compiler_and_leave_out_the_comments() {
        List<String> options = FastRelaunch.startUpOptions();
        assertTrue(options.contains("-XX:Tier4InvocationThreshold=50000"), options.toString());
        assertTrue(options.stream().allMatch(o -> o.startsWith("-XX:")), options.toString());
    }

    @Test
    void without_an_archive_the_second_jvm_makes_one_at_its_exit() throws Exception {
        Path jar = Files.writeString(temp.resolve("dossier.jar"), "jar");
        Path making = temp.resolve("making.new");
        assertTrue(relaunch(jar).command(null, making).contains("-XX:ArchiveClassesAtExit=" + making));
    }

    @Test
    void a_rebuilt_jar_gets_an_archive_of_its_own_in_the_users_cache() throws Exception {
        Path jar = Files.writeString(temp.resolve("dossier.jar"), "jar");
        Path before = relaunch(jar).archive();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Path after = relaunch(jar).archive();
        assertNotEquals(before, after);
        assertEquals(temp.resolve("cache/cds"), after.getParent());
    }

    @Test
    void classes_not_run_from_a_jar_open_the_window_in_their_own_jvm() {
        // Tests run from target/classes, as mvn javafx:run does.
        assertTrue(FastRelaunch.ofThisJvm().isEmpty());
    }
}
