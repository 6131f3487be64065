package org.licensetriage.keys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The "did you mean" search. Stages run in the order of the key-format notes, each only where it applies:
 * (1) near a published key; (2) one never-valid character, look-alikes first; (3) a missing or doubled
 * {@code N}, look-alikes first; (4) look-alike swaps of valid characters; (5) any single substitution, insertion
 * or deletion. The first stage with candidates decides: of its candidates, those with a known group and no
 * upgrade or extra bit survive if there are any, ranked by smaller serial; the result is unique when exactly one
 * survives. Every candidate except a published key differs from the input in one character.
 */
final class RepairSearch {

    private static final int LENGTH = ProductKeys.LENGTH;

    /** A repaired key (25 characters, no dashes) and how it was reached. */
    record Candidate(String key, List<Change> changes, RepairReason reason, boolean lookAlike,
            @Nullable KeyValue value, @Nullable PublishedKey published) {

        @Override
        public String toString() {
            return "Candidate[" + ProductKeys.mask(key) + ", " + reason + "]";
        }
    }

    /** The surviving candidates, best first. */
    record Result(List<Candidate> candidates, boolean unique) {
        static final Result NONE = new Result(List.of(), false);
    }

    private final KeyCatalog catalog;
    private final NearPublishedKeys nearPublished;

    RepairSearch(KeyCatalog catalog) {
        this.catalog = catalog;
        this.nearPublished = new NearPublishedKeys(catalog.publishedKeys());
    }

    /** Searches repairs of {@code input}; {@code decoded} is its value when it is a well-formed Windows 8+ key. */
    Result search(NormalizedKey input, @Nullable KeyValue decoded) {
        int[] key = input.codePoints().clone();
        Shape shape = Shape.of(key);
        List<Candidate> found = new ArrayList<>(4);
        nearPublished.find(key, found);
        if (found.isEmpty() && shape.invalid() > 0) {
            if (key.length == LENGTH && shape.invalid() == 1) {
                neverValid(key, shape, true, found);
                if (found.isEmpty()) {
                    neverValid(key, shape, false, found);
                }
            }
            return survivors(found);
        }
        if (found.isEmpty() && key.length == LENGTH && shape.nCount() == 0) {
            replaceWithN(key, true, found);
            if (found.isEmpty()) {
                replaceWithN(key, false, found);
            }
        }
        if (found.isEmpty() && key.length == LENGTH && shape.nCount() == 2) {
            replaceN(key, true, found);
            if (found.isEmpty()) {
                replaceN(key, false, found);
            }
        }
        if (found.isEmpty() && key.length == LENGTH - 1 && shape.nCount() == 0) {
            insert(key, "N", RepairReason.MISSING_N, found);
        }
        if (found.isEmpty() && key.length == LENGTH + 1 && shape.nCount() == 2) {
            delete(key, true, RepairReason.MULTIPLE_N, found);
        }
        if (found.isEmpty() && decoded != null && !decoded.checksumPasses()) {
            substitute(key, shape.nIndex(), decoded, true, found);
            if (found.isEmpty()) {
                substitute(key, shape.nIndex(), decoded, false, found);
            }
        }
        if (found.isEmpty() && key.length == LENGTH - 1 && shape.nCount() == 1) {
            insert(key, ProductKeys.ALPHABET, RepairReason.MISSING_OR_EXTRA_CHARACTER, found);
        }
        if (found.isEmpty() && key.length == LENGTH + 1 && shape.nCount() == 1) {
            delete(key, false, RepairReason.MISSING_OR_EXTRA_CHARACTER, found);
        }
        return survivors(found);
    }

    /** Stage 2: the one character outside the alphabet replaced by look-alikes, then by every symbol. */
    private void neverValid(int[] key, Shape shape, boolean lookAlikes, List<Candidate> found) {
        int at = shape.invalidIndex();
        int original = key[at];
        if (shape.nCount() == 0) {
            if (!lookAlikes) {
                key[at] = 'N';
                check(key, Change.substitution(at + 1, safeChar(original), 'N'), RepairReason.NEVER_VALID_CHARACTER,
                        false, found);
                key[at] = original;
            }
            return;
        }
        if (shape.nCount() != 1 || shape.nIndex() == LENGTH - 1) {
            return;
        }
        key[at] = ProductKeys.ALPHABET.charAt(0);
        KeyValue base = Pkey2009.decode(key, shape.nIndex());
        key[at] = original;
        String symbols = lookAlikes ? LookAlikes.of(original) : ProductKeys.ALPHABET;
        int k = Pkey2009.weight(at, shape.nIndex());
        for (int s = 0; s < symbols.length(); s++) {
            int digit = ProductKeys.digit(symbols.charAt(s));
            tryDigit(key, at, k, base, 0, digit, safeChar(original), RepairReason.NEVER_VALID_CHARACTER, lookAlikes,
                    found);
        }
    }

    /** Stage 3, no N in 25 characters: an M, W or H becomes the N first, then any character does. */
    private void replaceWithN(int[] key, boolean lookAlikes, List<Candidate> found) {
        for (int i = 0; i < LENGTH - 1; i++) {
            int original = key[i];
            if (lookAlikes != LookAlikes.looksLikeN(original)) {
                continue;
            }
            key[i] = 'N';
            check(key, Change.substitution(i + 1, (char) original, 'N'), RepairReason.MISSING_N, lookAlikes, found);
            key[i] = original;
        }
    }

    /** Stage 3, two Ns: one of them becomes M, W or H first, then any symbol. */
    private void replaceN(int[] key, boolean lookAlikes, List<Candidate> found) {
        String symbols = lookAlikes ? "MWH" : ProductKeys.ALPHABET;
        for (int i = 0; i < LENGTH; i++) {
            if (key[i] != 'N') {
                continue;
            }
            for (int s = 0; s < symbols.length(); s++) {
                char symbol = symbols.charAt(s);
                if (!lookAlikes && LookAlikes.looksLikeN(symbol)) {
                    continue;
                }
                key[i] = symbol;
                check(key, Change.substitution(i + 1, 'N', symbol), RepairReason.MULTIPLE_N, lookAlikes, found);
            }
            key[i] = 'N';
        }
    }

    /** Stages 4 and 5: each valid character swapped for its look-alikes, then for every other symbol. */
    private void substitute(int[] key, int nIndex, KeyValue value, boolean lookAlikes, List<Candidate> found) {
        for (int i = 0; i < LENGTH; i++) {
            if (i == nIndex) {
                continue;
            }
            int old = ProductKeys.digit(key[i]);
            int k = Pkey2009.weight(i, nIndex);
            String likes = LookAlikes.of(key[i]);
            RepairReason reason = lookAlikes ? RepairReason.LOOK_ALIKE : RepairReason.SUBSTITUTION;
            if (lookAlikes) {
                for (int s = 0; s < likes.length(); s++) {
                    tryDigit(key, i, k, value, old, ProductKeys.digit(likes.charAt(s)), (char) key[i], reason, true,
                            found);
                }
            } else {
                for (int digit = 0; digit < 24; digit++) {
                    if (digit != old && likes.indexOf(ProductKeys.ALPHABET.charAt(digit)) < 0) {
                        tryDigit(key, i, k, value, old, digit, (char) key[i], reason, false, found);
                    }
                }
            }
        }
    }

    // The hot loop of the search: one 128-bit add, one 16-byte CRC, and objects only for a passing candidate.
    private static void tryDigit(int[] key, int at, int k, KeyValue value, int oldDigit, int newDigit, char from,
            RepairReason reason, boolean lookAlike, List<Candidate> found) {
        long lo = Pkey2009.replacedLo(value.lo(), k, oldDigit, newDigit);
        long hi = Pkey2009.replacedHi(value.hi(), value.lo(), k, oldDigit, newDigit);
        if (!KeyValue.checksumPasses(hi, lo)) {
            return;
        }
        char to = ProductKeys.ALPHABET.charAt(newDigit);
        int original = key[at];
        key[at] = to;
        String repaired = new String(key, 0, LENGTH);
        key[at] = original;
        found.add(new Candidate(repaired, List.of(Change.substitution(at + 1, from, to)), reason, lookAlike,
                new KeyValue(hi, lo), null));
    }

    /** Stage 3 or 5 for 24 characters: each of {@code symbols} inserted at each place. */
    private void insert(int[] key, String symbols, RepairReason reason, List<Candidate> found) {
        int[] longer = new int[LENGTH];
        for (int at = 0; at < LENGTH; at++) {
            System.arraycopy(key, 0, longer, 0, at);
            System.arraycopy(key, at, longer, at + 1, key.length - at);
            for (int s = 0; s < symbols.length(); s++) {
                longer[at] = symbols.charAt(s);
                check(longer, Change.insertion(at + 1, symbols.charAt(s)), reason, false, found);
            }
        }
    }

    /** Stage 3 or 5 for 26 characters: each N (or each other character) deleted in turn. */
    private void delete(int[] key, boolean onlyN, RepairReason reason, List<Candidate> found) {
        int[] shorter = new int[LENGTH];
        for (int at = 0; at < key.length; at++) {
            if (onlyN != (key[at] == 'N')) {
                continue;
            }
            System.arraycopy(key, 0, shorter, 0, at);
            System.arraycopy(key, at + 1, shorter, at, key.length - at - 1);
            check(shorter, Change.deletion(at + 1, (char) key[at]), reason, false, found);
        }
    }

    /** Decodes a complete candidate with one N and keeps it if its checksum passes. */
    private static void check(int[] candidate, Change change, RepairReason reason, boolean lookAlike,
            List<Candidate> found) {
        int nIndex = -1;
        for (int i = 0; i < LENGTH; i++) {
            if (candidate[i] == 'N') {
                if (nIndex >= 0) {
                    return;
                }
                nIndex = i;
            } else if (ProductKeys.digit(candidate[i]) < 0) {
                return;
            }
        }
        if (nIndex < 0 || nIndex == LENGTH - 1) {
            return;
        }
        KeyValue value = Pkey2009.decode(candidate, nIndex);
        if (value.checksumPasses()) {
            found.add(new Candidate(new String(candidate, 0, LENGTH), List.of(change), reason, lookAlike, value,
                    null));
        }
    }

    private Result survivors(List<Candidate> found) {
        if (found.isEmpty()) {
            return Result.NONE;
        }
        List<Candidate> plausible = found.stream().filter(this::plausible).toList();
        List<Candidate> survivors = new ArrayList<>(plausible.isEmpty() ? found : plausible);
        survivors.sort(Comparator.comparingLong((Candidate c) -> c.value() == null ? 0 : c.value().serial())
                .thenComparingInt(c -> c.changes().get(0).position()));
        return new Result(List.copyOf(survivors), survivors.size() == 1);
    }

    private boolean plausible(Candidate candidate) {
        KeyValue value = candidate.value();
        return candidate.published() != null || value != null && !value.upgrade() && !value.extra()
                && catalog.group(value.groupId()).isPresent();
    }

    // Changes carry a char; a code point beyond the BMP (an emoji) is shown as the replacement character.
    static char safeChar(int cp) {
        return Character.isBmpCodePoint(cp) ? (char) cp : '\uFFFD';
    }

    /** How many Ns and characters outside the alphabet the input has, and where. */
    private record Shape(int nCount, int nIndex, int invalid, int invalidIndex) {
        static Shape of(int[] key) {
            int nCount = 0;
            int nIndex = -1;
            int invalid = 0;
            int invalidIndex = -1;
            for (int i = 0; i < key.length; i++) {
                if (key[i] == 'N') {
                    nCount++;
                    nIndex = nIndex < 0 ? i : nIndex;
                } else if (ProductKeys.digit(key[i]) < 0) {
                    invalid++;
                    invalidIndex = invalidIndex < 0 ? i : invalidIndex;
                }
            }
            return new Shape(nCount, nIndex, invalid, invalidIndex);
        }
    }
}
