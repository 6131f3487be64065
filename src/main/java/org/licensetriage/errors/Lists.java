package org.licensetriage.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read-only copies of lists bound from data files, which may be absent or hold empty items. */
final class Lists {

    private Lists() {
    }

    // Unlike List.copyOf this keeps null items, so the validator can name them instead of failing here.
    static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
