package org.licensetriage.keys;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes an inventory CSV for the audit benchmarks: {@code asset,host,productKey,edition}, made of keys encoded
 * here (valid by construction, random group, serial and security value) with what real inventories hold besides:
 * per 100 rows, 88 distinct valid keys, 4 look-alike typos (a B typed as 8), 3 published generic or KMS client
 * keys, 3 repeats of an earlier row's key and 2 malformed cells. About 40 bytes a row.
 *
 * <p>{@code java -cp target/classes:target/test-classes org.licensetriage.keys.InventoryFiles FILE ROWS [SEED]}
 */
public final class InventoryFiles {

    private static final String[] EDITIONS = {"Windows 11 Pro", "Windows 10 Pro", "Windows 11 Home",
            "Windows 11 Enterprise", "Windows Server 2022 Standard", ""};

    private InventoryFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        SplittableRandom random = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 13);
        KeyCatalog catalog = KeyCatalog.load();
        int[] groups = catalog.groups().stream().filter(g -> g.editionId() != null && !g.prerelease())
                .mapToInt(KeyGroup::groupId).toArray();
        List<String> published = catalog.publishedKeys().stream().map(PublishedKey::key).toList();
        List<String> earlier = new ArrayList<>();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("asset,host,productKey,edition\n");
            for (int row = 0; row < rows; row++) {
                int kind = row % 100;
                String key;
                if (kind < 88 || earlier.isEmpty()) {
                    key = ProductKeys.grouped(Pkey2009.encode(KeyValue.of(groups[random.nextInt(groups.length)],
                            random.nextLong(1L << 30), random.nextLong(1L << 53), false, false)));
                    earlier.add(key);
                } else if (kind < 92) {
                    String valid = earlier.get(random.nextInt(earlier.size()));
                    int b = valid.indexOf('B');
                    key = b < 0 ? valid.replace('2', 'Z') : valid.substring(0, b) + '8' + valid.substring(b + 1);
                } else if (kind < 95) {
                    key = ProductKeys.grouped(published.get(random.nextInt(published.size())));
                } else if (kind < 98) {
                    key = earlier.get(random.nextInt(earlier.size()));
                } else {
                    key = "see ticket " + row;
                }
                out.write("A-" + row + ",host-" + row + "," + key + "," + EDITIONS[random.nextInt(EDITIONS.length)]
                        + "\n");
            }
        }
    }
}
