package org.licensetriage.keys;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one analysis for (a) a clean valid key, (b) a B typed as 8 somewhere in a valid key, (c) an O typed
 * for a D, and (d) malformed input. Each cycles through 256 random keys so no branch or position is learnt.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class KeyAnalyserBenchmark {

    private static final int KEYS = 256;

    private KeyAnalyser analyser;
    private final String[] valid = new String[KEYS];
    private final String[] lookAlikeTypo = new String[KEYS];
    private final String[] neverValidTypo = new String[KEYS];
    private final String[] malformed = new String[KEYS];
    private int next;

    @Setup
    public void setUp() {
        KeyCatalog catalog = KeyCatalog.load();
        analyser = new KeyAnalyser(catalog);
        int[] groups = catalog.groups().stream().filter(g -> g.editionId() != null).mapToInt(KeyGroup::groupId)
                .toArray();
        SplittableRandom random = new SplittableRandom(2024);
        fill(valid, random, groups, key -> key);
        fill(lookAlikeTypo, random, groups, key -> typo(key, 'B', '8', random));
        fill(neverValidTypo, random, groups, key -> typo(key, 'D', 'O', random));
        for (int i = 0; i < KEYS; i++) {
            // a key copied from a garbled e-mail: wrong characters all over, one group lost
            malformed[i] = ProductKeys.grouped(valid[i]).substring(0, 23).replace('B', 'O').replace('7', '1') + "-#";
        }
    }

    @Benchmark
    public KeyAnalysis validKey() {
        return analyser.analyse(valid[next++ & (KEYS - 1)], null);
    }

    @Benchmark
    public KeyAnalysis lookAlikeTypoOfAValidCharacter() {
        return analyser.analyse(lookAlikeTypo[next++ & (KEYS - 1)], null);
    }

    @Benchmark
    public KeyAnalysis neverValidCharacter() {
        return analyser.analyse(neverValidTypo[next++ & (KEYS - 1)], null);
    }

    @Benchmark
    public KeyAnalysis malformedInput() {
        return analyser.analyse(malformed[next++ & (KEYS - 1)], null);
    }

    private void fill(String[] keys, SplittableRandom random, int[] groups, UnaryOperator<String> typo) {
        for (int i = 0; i < KEYS; ) {
            String key = Pkey2009.encode(KeyValue.of(groups[random.nextInt(groups.length)], random.nextLong(1_000_000),
                    random.nextLong(1L << 53), false, false));
            String typed = typo.apply(key);
            if (typed != null) {
                keys[i++] = ProductKeys.grouped(typed);
            }
        }
    }

    /** The key with one {@code from} replaced by {@code to}, or null when it has none or the typo goes unnoticed. */
    private String typo(String key, char from, char to, SplittableRandom random) {
        int count = (int) key.chars().filter(c -> c == from).count();
        if (count == 0) {
            return null;
        }
        int skip = random.nextInt(count);
        int at = key.indexOf(from);
        while (skip-- > 0) {
            at = key.indexOf(from, at + 1);
        }
        String typed = key.substring(0, at) + to + key.substring(at + 1);
        return analyser.analyse(typed, null).valid() ? null : typed;
    }
}
