package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every published key is recognised as what the list says: format, group, edition, channel and kind. */
class PublishedKeysTest {

    // The list gives no key-configuration edition for these; the analyser reads it from the edition column.
    private static final Map<String, String> EDITION_FROM_NAME = Map.ofEntries(
            Map.entry("Windows Server 2025|Standard", "ServerStandard"),
            Map.entry("Windows Server 2025|Datacenter", "ServerDatacenter"),
            Map.entry("Windows Server 2025|Datacenter: Azure Edition", "ServerTurbine"),
            Map.entry("Windows Server 2025|Azure Core (ServerAzureCor)", "ServerAzureCor"),
            Map.entry("Windows Server 2008 R2|Web", "ServerWeb"),
            Map.entry("Windows Server 2008 R2|HPC edition", "ServerHPC"),
            Map.entry("Windows Server 2008 R2|Standard", "ServerStandard"),
            Map.entry("Windows Server 2008 R2|Enterprise", "ServerEnterprise"),
            Map.entry("Windows Server 2008 R2|Datacenter", "ServerDatacenter"),
            Map.entry("Windows Server 2008 R2|for Itanium-based Systems", "ServerEnterpriseIA64"),
            Map.entry("Windows Server 2008|Web", "ServerWeb"),
            Map.entry("Windows Server 2008|Standard", "ServerStandard"),
            Map.entry("Windows Server 2008|Standard without Hyper-V", "ServerStandardV"),
            Map.entry("Windows Server 2008|Enterprise", "ServerEnterprise"),
            Map.entry("Windows Server 2008|Enterprise without Hyper-V", "ServerEnterpriseV"),
            Map.entry("Windows Server 2008|HPC", "ServerHPC"),
            Map.entry("Windows Server 2008|Datacenter", "ServerDatacenter"),
            Map.entry("Windows Server 2008|Datacenter without Hyper-V", "ServerDatacenterV"),
            Map.entry("Windows Server 2008|for Itanium-Based Systems", "ServerEnterpriseIA64"),
            Map.entry("Windows 7|Professional", "Professional"),
            Map.entry("Windows 7|Professional N", "ProfessionalN"),
            Map.entry("Windows 7|Professional E", "ProfessionalE"),
            Map.entry("Windows 7|Enterprise", "Enterprise"),
            Map.entry("Windows 7|Enterprise N", "EnterpriseN"),
            Map.entry("Windows 7|Enterprise E", "EnterpriseE"),
            Map.entry("Windows Vista|Business", "Business"),
            Map.entry("Windows Vista|Business N", "BusinessN"),
            Map.entry("Windows Vista|Enterprise", "Enterprise"),
            Map.entry("Windows Vista|Enterprise N", "EnterpriseN"),
            Map.entry("Windows 10/11|IoT Enterprise Subscription (IoTEnterpriseK)", "IoTEnterpriseK"),
            Map.entry("Windows 11|IoT Enterprise LTSC 2024", "IoTEnterpriseS"),
            Map.entry("Windows 11|IoT Enterprise LTSC Subscription 2024", "IoTEnterpriseSK"));

    static Stream<Row> rows() throws IOException {
        try (InputStream in = PublishedKeysTest.class.getResourceAsStream("/keys/public-keys.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            assertThat(lines).hasSize(123);
            return lines.stream().map(line -> new Row(line.split("\t", -1)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void slmgrsFiveLastCharactersFindThePublishedKey(Row published) {
        String key = published.cells()[0];
        String lastGroup = key.substring(key.length() - 5);
        KeyIdentity identity = KeyFixtures.analyser().analyse(key, null).key();

        assertThat(KeyFixtures.analyser().publishedEndingWith(lastGroup)).containsExactly(identity);
        assertThat(KeyFixtures.analyser().publishedEndingWith(lastGroup.toLowerCase(java.util.Locale.ROOT)))
                .containsExactly(identity);
        assertThat(KeyFixtures.analyser().publishedEndingWith(lastGroup.substring(1))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyPublishedKeyIsRecognisedAsTheListSays(Row published) {
        String[] row = published.cells();
        String product = row[1];
        String edition = row[2];
        boolean gvlk = row[3].startsWith("GVLK");
        boolean legacy = row[4].equals("legacy");
        String keyType = row[7];

        KeyAnalysis analysis = KeyFixtures.analyser().analyse(row[0], null);

        assertThat(analysis.valid()).isTrue();
        assertThat(analysis.format()).isEqualTo(legacy ? KeyFormat.LEGACY : KeyFormat.WIN8_PLUS);
        assertThat(analysis.checksum()).isEqualTo(legacy ? ChecksumStatus.NOT_APPLICABLE : ChecksumStatus.PASSED);
        assertThat(analysis.suggestions()).isEmpty();
        KeyIdentity key = analysis.key();
        assertThat(key).isNotNull();
        assertThat(key.knownAs()).isEqualTo(gvlk ? KnownAs.KMS_CLIENT : KnownAs.GENERIC);
        assertThat(analysis.findings()).extracting(Finding::code)
                .contains(gvlk ? FindingCode.KMS_CLIENT_KEY : FindingCode.GENERIC_KEY)
                .doesNotContain(FindingCode.UNKNOWN_GROUP, FindingCode.CHECKSUM_FAILED, FindingCode.MISSING_N);
        assertThat(key.groupId()).isEqualTo(legacy ? null : Integer.valueOf(row[5]));
        assertThat(key.serial()).isEqualTo(legacy ? null : Long.valueOf(row[6]));
        assertThat(key.channel()).isEqualTo(gvlk ? Channel.VOLUME_GVLK
                : keyType.isEmpty() ? Channel.UNKNOWN : KeyGroup.channelOf(keyType));
        String expectedEdition = row[8].isEmpty() ? EDITION_FROM_NAME.get(product + "|" + edition) : row[8];
        assertThat(key.editionId()).isNotNull().isEqualTo(expectedEdition);
        assertThat(key.edition()).isNotNull();
        assertThat(key.edition().complete()).isTrue();
        assertThat(key.product()).isEqualTo(product);
        assertThat(analysis.relatedErrors()).contains(gvlk ? RelatedErrors.KMS_UNREACHABLE : RelatedErrors.KEY_BLOCKED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyPublishedKeyMatchesTheEditionItNames(Row published) {
        String[] row = published.cells();
        KeyAnalysis analysis = KeyFixtures.analyser().analyse(row[0], row[1] + " " + row[2]);

        assertThat(analysis.editionMatch()).as(published.toString()).isTrue();
        assertThat(analysis.findings()).extracting(Finding::code).doesNotContain(FindingCode.EDITION_MISMATCH);
    }

    /** A row of the list, named in test reports by product and edition, not by key. */
    record Row(String[] cells) {
        @Override
        public String toString() {
            return cells[1] + " " + cells[2];
        }
    }
}
