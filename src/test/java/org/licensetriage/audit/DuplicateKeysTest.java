package org.licensetriage.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensetriage.keys.KeyFixtures;

class DuplicateKeysTest {

    @Test
    void tensOfThousandsOfDistinctKeysKeepTheirOwnCountsAndRowsAcrossTableGrowth() {
        DuplicateKeys table = new DuplicateKeys();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add(KeyFixtures.key(3309, i));
        }
        int row = 2;
        for (String key : keys) {
            assertThat(table.count(table.add(key, row++))).isEqualTo(1);
        }
        // Every 1,000th key comes back twice more, with and without its dashes (the analyser's normalised forms).
        for (int i = 0; i < keys.size(); i += 1000) {
            table.add(keys.get(i).replace("-", ""), row++);
            int slot = table.add(keys.get(i), row++);
            assertThat(table.count(slot)).isEqualTo(3);
            assertThat(table.firstRow(slot)).isEqualTo(2 + i);
        }
        assertThat(table.duplicateKeys()).isEqualTo(20);
        assertThat(table.repeatedRows()).isEqualTo(40);
        List<DuplicateKeys.Group> groups = table.groups(1000, 100);
        assertThat(groups).hasSize(20);
        assertThat(groups.get(1).rows()).containsExactly(1002, 20_004, 20_005);
        assertThat(groups.get(1).maskedKey()).isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-" + keys.get(1000).substring(24));
        assertThat(table.groups(5, 2)).hasSize(5).allSatisfy(group -> assertThat(group.rows()).hasSize(2));
    }

    @Test
    void inputThatIsNotTwentyFiveKeyCharactersIsNotTracked() {
        DuplicateKeys table = new DuplicateKeys();
        for (String input : List.of("", "BBBBB", "BBBBB-BBBBB-BBBBB-BBBBB-BBBBA", "BBBBB-BBBBB-BBBBB-BBBBB-BBBBBB",
                "ＢＢＢＢＢ-BBBBB-BBBBB-BBBBB-BBBBB")) {
            assertThat(table.add(input, 2)).as(input).isEqualTo(-1);
        }
        assertThat(table.add("BBBBB-BBBBB-BBBBB-BBBBB-BBBBB", 3)).isNotNegative();
        assertThat(table.add("NBBBB-BBBBB-BBBBB-BBBBB-BBBBB", 4)).isNotNegative();
        assertThat(table.duplicateKeys()).isZero();
    }
}
