package org.dossier.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.dossier.model.KnowledgeBase;

/**
 * Makes a new, empty store (the window's File › New Store…): {@code store.json} with the store's name, and empty
 * {@code entities.json} and {@code relations.json}, in a folder that is new or empty. A folder that holds anything
 * else is refused, whatever it holds: a new store never mixes with files already there, and nothing is overwritten.
 * It is written under the store's lock, like every write, and the folder is checked again once the lock is held.
 */
public final class NewStore {

    private NewStore() {
    }

    /** @param name the store's name; blank: the folder's name */
    public static void create(Path dir, String name) throws StoreException {
        Path folder = dir.toAbsolutePath().normalize();
        String storeName = name == null || name.isBlank() ? String.valueOf(folder.getFileName()) : name.strip();
        refuseIfNotEmpty(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StoreException("the folder '" + folder + "' cannot be made: " + e.getMessage(), e);
        }
        try (StoreLock lock = StoreLock.acquire(folder, StoreLock.defaultWait(), waiting -> { })) {
            refuseIfNotEmpty(folder);
            StoreWriter.save(KnowledgeBase.empty(storeName), folder);
        }
    }

    private static void refuseIfNotEmpty(Path folder) throws StoreException {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)
                && (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !StoreLayout.isEmptyFolder(folder))) {
            throw new StoreException("'" + folder + "' is not an empty folder: a new store is made in a new or "
                    + "empty folder, so that it never mixes with other files (open a store with File › Open Store…)");
        }
    }
}
