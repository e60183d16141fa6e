package org.dossier.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Another Dossier holding a store's lock, for {@link StoreLockTest}: in a process of its own, takes the lock of the
 * store named by its argument, says "locked", and holds it until a line (or the end) arrives on its standard input,
 * or until it is killed.
 */
public final class HoldStoreLock {

    private HoldStoreLock() {
    }

    public static void main(String[] args) throws Exception {
        try (StoreLock lock = StoreLock.acquire(Path.of(args[0]), Duration.ofSeconds(30), m -> { })) {
            System.out.println("locked");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        System.out.println("released");
        System.out.flush();
    }
}
