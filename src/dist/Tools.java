import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/** Small helpers: the JDK's tools, files. */
final class Tools {

    private Tools() {
    }

    /** Runs a JDK tool in this JVM and returns what it printed; fails the build if it fails. */
    static String run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException("this JDK has no " + tool + " (a JDK 17 or newer is needed)"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        if (status != 0) {
            throw new IllegalStateException(tool + " failed (" + status + "): " + err + out);
        }
        return out.toString();
    }

    /** Copies a folder; {@code storeFilesOnly} leaves out hidden files (a store's lock file, backups, leftovers). */
    static void copyTree(Path from, Path to, boolean storeFilesOnly) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (!storeFilesOnly || !file.getFileName().toString().startsWith(".")) {
                    Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(file);
            }
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
