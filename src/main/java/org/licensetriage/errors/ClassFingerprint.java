package org.licensetriage.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytecode of the classes that turn knowledge files into what the build writes into the jar: a file written
 * by another version of that code no longer fits, even where the knowledge files are the same.
 */
final class ClassFingerprint {

    private ClassFingerprint() {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Adds each class's bytecode and that of its nested and anonymous classes ({@code Name$1} …). */
    static void add(MessageDigest digest, List<Class<?>> types) {
        for (Class<?> type : types) {
            List<String> names = new ArrayList<>(List.of(type.getSimpleName()));
            for (Class<?> nested : type.getDeclaredClasses()) {
                names.add(type.getSimpleName() + "$" + nested.getSimpleName());
            }
            for (int i = 1; type.getResource(type.getSimpleName() + "$" + i + ".class") != null; i++) {
                names.add(type.getSimpleName() + "$" + i);
            }
            for (String name : names) {
                try (InputStream in = type.getResourceAsStream(name + ".class")) {
                    if (in == null) {
                        throw new IllegalStateException("class file of " + name + " not found");
                    }
                    digest.update(in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException("reading the class file of " + name, e);
                }
            }
        }
    }
}
