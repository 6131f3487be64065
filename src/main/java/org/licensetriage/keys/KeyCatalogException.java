package org.licensetriage.keys;

/** A data file of the key analyser is missing or broken; the message names the file and line, never a key. */
public class KeyCatalogException extends RuntimeException {

    public KeyCatalogException(String message) {
        super(message);
    }

    public KeyCatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
