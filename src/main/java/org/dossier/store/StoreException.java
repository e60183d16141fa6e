package org.dossier.store;

/** A store operation that could not be done, with a message fit to show a user. */
public class StoreException extends Exception {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
