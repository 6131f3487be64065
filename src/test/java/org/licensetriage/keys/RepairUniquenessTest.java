package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * Measures per typo class how often a single typo in a random valid key gets exactly one repair, and how often
 * that repair is not the original key (a look-alike-first search can be misled by a typo that is no look-alike).
 */
class RepairUniquenessTest {

    private static final long SEED = 77_001L;
    private static final int KEYS = 3_000;
    /** Meant, then typed: each never-valid character for the key characters it looks like. */
    private static final String[] LOOK_ALIKE_TYPOS = {"DO", "QO", "D0", "Q0", "7I", "TI", "71", "T1", "7L", "TL",
        "8S", "65", "2Z", "4A", "FE", "VU"};

    /** Makes one typo in a valid key, or returns null when the key has no place for this class of typo. */
    private interface Typo extends BiFunction<String, SplittableRandom, String> {
    }

    private static double measure(String name, long seed, Typo typo, double atLeast, double maxWrongPercent) {
        SplittableRandom random = new SplittableRandom(seed);
        int tried = 0;
        int unique = 0;
        int wrong = 0;
        int undetected = 0;
        while (tried < KEYS) {
            String key = KeyFixtures.randomValidKey(random);
            String typed = typo.apply(key, random);
            if (typed == null) {
                continue;
            }
            tried++;
            KeyAnalysis analysis = KeyFixtures.analyser().analyse(typed, null);
            if (analysis.format() == KeyFormat.WIN8_PLUS && analysis.valid()) {
                undetected++;
                continue;
            }
            if (analysis.suggestionUnique()) {
                unique++;
                if (!analysis.suggestions().get(0).productKey().equals(ProductKeys.grouped(key))) {
                    wrong++;
                }
            }
        }
        double rate = 100.0 * unique / (tried - undetected);
        System.out.printf(Locale.ROOT, "repair uniqueness %-34s %6.2f%% unique of %d (%d undetected, %d unique but wrong)"
                + " seed %d%n", name, rate, tried, undetected, wrong, seed);
        assertThat(100.0 * wrong / tried).as("%s: unique repairs that are not the original key (seed %d)", name, seed)
                .isLessThanOrEqualTo(maxWrongPercent);
        assertThat(rate).as("%s, seed %d", name, seed).isGreaterThanOrEqualTo(atLeast);
        return rate;
    }

    @Test
    void neverValidCharacterInPlaceOfItsLookAlike() {
        measure("never-valid look-alike (O for D ...)", SEED, (key, random) -> {
            String pair = LOOK_ALIKE_TYPOS[random.nextInt(LOOK_ALIKE_TYPOS.length)];
            int at = key.indexOf(pair.charAt(0));
            return at < 0 ? null : KeyFixtures.replace(key, at, pair.charAt(1));
        }, 99.0, 0.0);
    }

    @Test
    void neverValidCharacterAnywhere() {
        measure("never-valid character, any place", SEED + 1, (key, random) -> {
            int at = random.nextInt(25);
            return key.charAt(at) == 'N' ? null
                    : KeyFixtures.replace(key, at, LookAlikes.NEVER_VALID.charAt(random.nextInt(LookAlikes.NEVER_VALID.length())));
        }, 97.0, 0.5);
    }

    @Test
    void nTypedAsALookAlike() {
        measure("N typed as M, W or H", SEED + 2,
                (key, random) -> key.replace('N', "MWH".charAt(random.nextInt(3))), 99.0, 0.0);
    }

    @Test
    void lookAlikeTypedAsN() {
        measure("M, W or H typed as N", SEED + 3, (key, random) -> {
            int at = -1;
            for (int i = 0; i < 25 && at < 0; i++) {
                at = LookAlikes.looksLikeN(key.charAt(i)) ? i : -1;
            }
            return at < 0 ? null : KeyFixtures.replace(key, at, 'N');
        }, 99.0, 0.0);
    }

    @Test
    void validLookAlikeSwappedPositionUnknown() {
        measure("valid look-alike swap (B/8, 6/G ...)", SEED + 4, (key, random) -> {
            int at = random.nextInt(25);
            String likes = LookAlikes.of(key.charAt(at));
            return key.charAt(at) == 'N' || likes.isEmpty() ? null
                    : KeyFixtures.replace(key, at, likes.charAt(random.nextInt(likes.length())));
        }, 97.0, 0.0);
    }

    @Test
    void anySubstitutionOfAValidCharacter() {
        measure("any valid character for another", SEED + 5, (key, random) -> {
            int at = random.nextInt(25);
            char typed = ProductKeys.ALPHABET.charAt(random.nextInt(24));
            return key.charAt(at) == 'N' || key.charAt(at) == typed ? null : KeyFixtures.replace(key, at, typed);
        }, 60.0, 3.0);
    }
}
