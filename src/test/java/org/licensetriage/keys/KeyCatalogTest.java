package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The shipped data files load into the catalogue, and a broken row is reported by file and line, never by key. */
class KeyCatalogTest {

    private static final String GROUPS_HEADER = String.join("\t", KeyCatalog.GROUPS_HEADER);
    private static final String PUBLISHED_HEADER = String.join("\t", KeyCatalog.PUBLISHED_HEADER);

    @Test
    void shippedFilesLoadWithEveryGroupAndPublishedKey() {
        KeyCatalog catalog = KeyFixtures.catalog();

        // 1,009 rows; the 26 rows of the placeholder group 999999 become one group.
        assertThat(catalog.groupCount()).isEqualTo(1_009 - 25);
        assertThat(catalog.publishedKeys()).hasSize(123);
        assertThat(catalog.publishedKeys()).filteredOn(k -> k.knownAs() == KnownAs.KMS_CLIENT).hasSize(94);
        assertThat(catalog.publishedKeys()).filteredOn(k -> k.format() == KeyFormat.LEGACY).hasSize(25);
    }

    @Test
    void rowsSharingAGroupIdAreMergedWithAllTheirKeyTypes() {
        KeyGroup placeholder = KeyFixtures.catalog().group(999_999).orElseThrow();

        assertThat(placeholder.keyTypes()).containsExactly("Retail");
        assertThat(placeholder.editionId()).as("the rows name different editions").isNull();
        assertThat(placeholder.description()).isNull();
        assertThat(placeholder.channel()).isEqualTo(Channel.RETAIL);
    }

    @Test
    void aGroupWithSeveralEditionsKeepsThemAll() {
        KeyGroup mak = KeyFixtures.catalog().group(1785).orElseThrow();

        assertThat(mak.editionIds()).containsExactly("Professional", "ProfessionalN", "Enterprise", "EnterpriseN");
        assertThat(mak.channel()).isEqualTo(Channel.VOLUME_MAK);
        assertThat(mak.release()).isEqualTo(WindowsRelease.WINDOWS_8);
    }

    @Test
    void keyTypesMapToChannels() {
        assertThat(KeyGroup.channelOf("Retail")).isEqualTo(Channel.RETAIL);
        assertThat(KeyGroup.channelOf("OEM:NONSLP")).isEqualTo(Channel.OEM);
        assertThat(KeyGroup.channelOf("OEM:DM")).isEqualTo(Channel.OEM);
        assertThat(KeyGroup.channelOf("Volume:MAK")).isEqualTo(Channel.VOLUME_MAK);
        assertThat(KeyGroup.channelOf("Volume:GVLK")).isEqualTo(Channel.VOLUME_GVLK);
        assertThat(KeyGroup.channelOf("Volume:CSVLK")).isEqualTo(Channel.VOLUME_CSVLK);
        assertThat(KeyGroup.channelOf("Retail:TB:Eval")).isEqualTo(Channel.EVALUATION);
        assertThat(KeyGroup.channelOf("Retail:TB:Sub")).isEqualTo(Channel.RETAIL);
        assertThat(KeyGroup.channelOf("VT:IA")).isEqualTo(Channel.UNKNOWN);
        assertThat(new KeyGroup(1, "Core", "x", java.util.List.of("Retail", "OEM:DM", "Volume:GVLK")).channel())
                .isEqualTo(Channel.VOLUME_GVLK);
    }

    @Test
    void aGroupRowWithABadIdNamesFileAndLine() {
        String tsv = GROUPS_HEADER + "\n3308\tProfessional\tWin 10 RTM Professional Retail\tRetail\t26\t10240\n"
                + "33O8\tProfessional\tWin 10 RTM Professional Retail\tRetail\t26\t10240\n";

        assertThatThrownBy(() -> KeyCatalog.readGroups("keys/key-groups.tsv", stream(tsv)))
                .isInstanceOf(KeyCatalogException.class)
                .hasMessage("keys/key-groups.tsv, line 3: column group_id must be a whole number from 0 to 1048575");
    }

    @Test
    void aRowWithMissingColumnsNamesFileAndLine() {
        String tsv = GROUPS_HEADER + "\n3308\tProfessional\tWin 10 RTM Professional Retail\tRetail\n";

        assertThatThrownBy(() -> KeyCatalog.readGroups("groups.tsv", stream(tsv)))
                .hasMessage("groups.tsv, line 2: expected 6 tab-separated columns, found 4");
    }

    @Test
    void aWrongHeaderIsReported() {
        assertThatThrownBy(() -> KeyCatalog.readGroups("groups.tsv", stream("id\tedition\n")))
                .hasMessageStartingWith("groups.tsv, line 1: expected the header group_id | edition_id");
    }

    @Test
    void aPublishedKeyThatDoesNotDecodeToItsGroupIsReportedWithoutTheKey() {
        String row = "VK7JG-NPHTM-C97JM-9MPGT-3V66T\tWindows 11\tPro\tgeneric/default\twin8+\t3309\t0\tRetail\t"
                + "Professional\thttps://example.org";

        assertThatThrownBy(() -> KeyCatalog.readPublished("public-keys.tsv", stream(PUBLISHED_HEADER + "\n" + row),
                KeyFixtures.catalog().editionNames()))
                .isInstanceOf(KeyCatalogException.class)
                .hasMessageStartingWith("public-keys.tsv, line 2: the key does not decode")
                .hasMessageNotContaining("VK7JG").hasMessageNotContaining("3V66T");
    }

    @Test
    void aPublishedKeyWithACharacterOutsideTheAlphabetIsReportedByPosition() {
        String row = "VK7JG-NPHTM-C97JM-9MPGT-3V66O\tWindows 11\tPro\tgeneric/default\twin8+\t3308\t0\tRetail\t"
                + "Professional\thttps://example.org";

        assertThatThrownBy(() -> KeyCatalog.readPublished("public-keys.tsv", stream(PUBLISHED_HEADER + "\n" + row),
                KeyFixtures.catalog().editionNames()))
                .hasMessage("public-keys.tsv, line 2: column key has a character outside the key alphabet at position 25");
    }

    @Test
    void anUnknownChannelIsReported() {
        String row = "VK7JG-NPHTM-C97JM-9MPGT-3V66T\tWindows 11\tPro\tretail\twin8+\t3308\t0\tRetail\t"
                + "Professional\thttps://example.org";

        assertThatThrownBy(() -> KeyCatalog.readPublished("public-keys.tsv", stream(PUBLISHED_HEADER + "\n" + row),
                KeyFixtures.catalog().editionNames()))
                .hasMessage("public-keys.tsv, line 2: column channel must start with 'GVLK' or 'generic'");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
