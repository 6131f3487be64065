package org.licensetriage.errors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The loaded, validated, immutable knowledge base: entries by code, the cause catalogue, the version. */
public final class KnowledgeBase {

    private final Map<ErrorCode, KnowledgeEntry> entries;
    private final Map<CauseId, CauseDescription> causes;
    private final String version;

    KnowledgeBase(Map<ErrorCode, KnowledgeEntry> entries, Map<CauseId, CauseDescription> causes, String version) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.causes = Map.copyOf(causes);
        this.version = version;
    }

    public Optional<KnowledgeEntry> find(ErrorCode code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** Every entry, ordered by code. */
    public Collection<KnowledgeEntry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }

    /** The catalogue text of a cause; every cause of the vocabulary has one (checked at load). */
    public CauseDescription cause(CauseId id) {
        return causes.get(id);
    }

    /** A short hash of every file loaded: changes whenever any text or fact changes. */
    public String version() {
        return version;
    }

    /** Known codes that differ from {@code code} in exactly one hex digit, the usual misreading. */
    public List<ErrorCode> oneDigitAway(ErrorCode code) {
        List<ErrorCode> near = new ArrayList<>();
        for (int shift = 0; shift < 32; shift += 4) {
            for (int digit = 0; digit < 16; digit++) {
                int candidate = (code.value() & ~(0xF << shift)) | (digit << shift);
                if (candidate != code.value() && entries.containsKey(new ErrorCode(candidate))) {
                    near.add(new ErrorCode(candidate));
                }
            }
        }
        Collections.sort(near);
        return near;
    }
}
