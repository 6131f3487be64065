package org.licensetriage.errors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The loaded, validated, immutable knowledge base: entries by code, the cause catalogue, the version. */
public final class KnowledgeBase {

    private final Map<ErrorCode, KnowledgeEntry> entries;
    private final Map<ErrorCode, ErrorCode> aliases;
    private final Map<CauseId, CauseDescription> causes;
    private final Map<EscalationContact, ContactDescription> contacts;
    private final String version;
    private final WindowsErrorNames names;
    private final ErrorSearch search;

    KnowledgeBase(Map<ErrorCode, KnowledgeEntry> entries, Map<CauseId, CauseDescription> causes,
            Map<EscalationContact, ContactDescription> contacts, String version, WindowsErrorNames names) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        Map<ErrorCode, ErrorCode> aliases = new HashMap<>();
        // each alias belongs to one entry and is no entry's own code (checked at load)
        entries.values().forEach(entry -> entry.aliases().forEach(alias -> aliases.put(alias, entry.code())));
        this.aliases = Map.copyOf(aliases);
        this.causes = Map.copyOf(causes);
        this.contacts = Map.copyOf(contacts);
        this.version = version;
        this.names = names;
        this.search = new ErrorSearch(this.entries.values());
    }

    /** Entries matching the query (all of the category when the query is blank), best first. */
    public List<SearchHit> search(String query, @Nullable ErrorCategory category) {
        return search.search(query, category);
    }

    /** The search postings of these entries, waiting for them if they are not ready yet. */
    SearchPostings searchPostings() {
        return search.postings();
    }

    /**
     * The known code a malformed one reads as once look-alike characters are fixed ({@code 0xC004FO5O}
     * with letters O), or nothing.
     */
    public List<ErrorCode> lookAlikeRepair(String malformed) {
        if (malformed.length() > 16) {
            return List.of();
        }
        StringBuilder repaired = new StringBuilder(malformed.strip());
        for (int i = 0; i < repaired.length(); i++) {
            char c = repaired.charAt(i);
            int at = LOOK_ALIKES.indexOf(c);
            // keep the x of a 0x prefix
            if (at >= 0 && !(i == 1 && (c == 'x' || c == 'X'))) {
                repaired.setCharAt(i, LOOK_ALIKE_DIGITS.charAt(at));
            }
        }
        return ErrorCode.parse(repaired.toString()).filter(entries::containsKey).map(List::of).orElse(List.of());
    }

    private static final String LOOK_ALIKES = "OoQIilL|SsZzGg";
    private static final String LOOK_ALIKE_DIGITS = "00011111552266";

    /** The entry of a code, or of the code it is an alias of (an older header's number). */
    public Optional<KnowledgeEntry> find(ErrorCode code) {
        ErrorCode canonical = aliases.getOrDefault(code, code);
        return Optional.ofNullable(entries.get(canonical));
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

    /** The symbolic names Windows' headers give a code, as err.exe shows them; empty when they define none. */
    public List<String> symbolicNames(ErrorCode code) {
        return names.names(code);
    }

    /** What kind of failure a code reports (DNS, access, service …), from its names or its number. */
    public ErrorKind kind(ErrorCode code) {
        return ErrorKind.of(code, names.names(code));
    }

    /** Who a contact is and how to reach them; every contact has a description (checked at load). */
    public ContactDescription contact(EscalationContact contact) {
        return contacts.get(contact);
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
