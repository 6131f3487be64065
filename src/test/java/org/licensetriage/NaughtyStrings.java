package org.licensetriage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The Big List of Naughty Strings (testdata/blns.json, MIT licence beside it), for every hostile-input test. */
public final class NaughtyStrings {

    private static final List<String> ALL = load();

    private NaughtyStrings() {
    }

    public static List<String> all() {
        return ALL;
    }

    private static List<String> load() {
        try (InputStream in = NaughtyStrings.class.getResourceAsStream("/testdata/blns.json")) {
            return List.copyOf(JsonMapper.builder().build().readValue(in, new TypeReference<List<String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
