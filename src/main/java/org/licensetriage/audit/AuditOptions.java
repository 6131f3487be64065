package org.licensetriage.audit;

import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;

/**
 * How to read one inventory: the key and edition columns when the header does not say, the character set and
 * delimiter when they should not be detected, whether the report masks the keys (to share it), its language.
 */
public record AuditOptions(@Nullable String keyColumn, @Nullable String editionColumn, @Nullable Charset charset,
        @Nullable Character delimiter, boolean maskKeys, Language language) {
}
