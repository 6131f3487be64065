package org.licensetriage.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Related errors follow the documented table and use only codes the knowledge base's source list has. */
class RelatedErrorsTest {

    private static final Path ERROR_CODES = Path.of("src/test/resources/reference/error-codes.tsv");

    @Test
    void everyCodeIsCanonicalAndInTheSourceList() throws IOException, IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : RelatedErrors.class.getDeclaredFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
                codes.add((String) field.get(null));
            }
        }
        assertThat(codes).hasSize(10).allMatch(code -> code.matches("0x[0-9A-F]{8}"));
        Assumptions.assumeTrue(Files.exists(ERROR_CODES), "shared/ lies beside the project");
        List<String> known = Files.readAllLines(ERROR_CODES).stream().map(line -> line.split("\t")[0]).toList();
        assertThat(known).containsAll(codes);
    }

    @Test
    void theTableGivesTheCodesOfEachSituation() {
        KeyIdentity gvlk = new KeyIdentity(3311, 1L, "Professional", null, null, Channel.VOLUME_GVLK, KnownAs.KMS_CLIENT);
        KeyIdentity generic = new KeyIdentity(3308, 0L, "Professional", null, null, Channel.RETAIL, KnownAs.GENERIC);
        KeyIdentity csvlk = new KeyIdentity(3858, 9L, "EnterpriseG", null, null, Channel.VOLUME_CSVLK, null);

        assertThat(RelatedErrors.of(Set.of(FindingCode.CHECKSUM_FAILED), null)).containsExactly("0xC004F050");
        assertThat(RelatedErrors.of(Set.of(FindingCode.INVALID_CHARACTER), null)).containsExactly("0xC004F050", "0xC004C010");
        assertThat(RelatedErrors.of(Set.of(FindingCode.GENERIC_KEY), generic)).containsExactly("0xC004F050", "0xC004C003");
        assertThat(RelatedErrors.of(Set.of(FindingCode.KMS_CLIENT_KEY), gvlk))
                .containsExactly("0xC004F074", "0x8007232B", "0xC004F038");
        assertThat(RelatedErrors.of(Set.of(FindingCode.KMS_CLIENT_KEY, FindingCode.EDITION_MISMATCH), gvlk))
                .containsExactly("0xC004F074", "0x8007232B", "0xC004F038", "0xC004F069", "0xC004F050");
        assertThat(RelatedErrors.of(Set.of(), csvlk)).containsExactly("0xC004C008");
        assertThat(RelatedErrors.of(Set.of(FindingCode.PRERELEASE_KEY), null)).containsExactly("0xC004F050");
        assertThat(RelatedErrors.of(Set.of(FindingCode.UNKNOWN_GROUP, FindingCode.NON_ASCII_INPUT), null)).isEmpty();
    }
}
