package org.licensetriage.keys;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The activation errors a key would likely produce, most likely first. Every code is in the knowledge base's
 * source list ({@code error-codes.tsv}):
 * <table>
 * <caption>Rationale</caption>
 * <tr><th>what the analyser found</th><th>codes</th><th>why</th></tr>
 * <tr><td>malformed, checksum failed, N missing or doubled</td><td>0xC004F050</td><td>Windows rejects the key as
 * invalid when it is entered</td></tr>
 * <tr><td>wrong length / invalid characters</td><td>+ 0xC004C00E / 0xC004C010</td><td>what the activation server
 * answers when a tool passes such a key on unchecked</td></tr>
 * <tr><td>generic key</td><td>0xC004F050, 0xC004C003</td><td>it installs but activation rejects or blocks it</td></tr>
 * <tr><td>KMS client key (GVLK)</td><td>0xC004F074, 0x8007232B, 0xC004F038</td><td>no KMS host can be reached
 * or found in DNS (a home PC), or the host has too few clients yet</td></tr>
 * <tr><td>edition mismatch</td><td>0xC004F069, 0xC004F050</td><td>no licence of the installed edition matches
 * the key</td></tr>
 * <tr><td>pre-release group</td><td>0xC004F050</td><td>released builds reject pre-release keys</td></tr>
 * <tr><td>MAK (not a published key)</td><td>0xC004C020, 0xC004C008</td><td>once its activation count is used
 * up</td></tr>
 * <tr><td>KMS host key (CSVLK)</td><td>0xC004C008</td><td>a host key activates a few hosts only</td></tr>
 * </table>
 * A valid retail or OEM key predicts nothing.
 */
final class RelatedErrors {

    static final String INVALID_PRODUCT_KEY = "0xC004F050";
    static final String INVALID_LENGTH = "0xC004C00E";
    static final String INVALID_CHARACTER = "0xC004C010";
    static final String KEY_BLOCKED = "0xC004C003";
    static final String KMS_UNREACHABLE = "0xC004F074";
    static final String KMS_SRV_NOT_FOUND = "0x8007232B";
    static final String KMS_COUNT_TOO_LOW = "0xC004F038";
    static final String SKU_MISMATCH = "0xC004F069";
    static final String MAK_LIMIT = "0xC004C020";
    static final String UNLOCK_LIMIT = "0xC004C008";

    private static final Set<FindingCode> REJECTED_ON_ENTRY = Set.of(FindingCode.WRONG_LENGTH,
            FindingCode.INVALID_CHARACTER, FindingCode.MULTIPLE_N, FindingCode.N_IN_LAST_POSITION,
            FindingCode.CHECKSUM_FAILED, FindingCode.MISSING_N);

    private RelatedErrors() {
    }

    static List<String> of(Set<FindingCode> codes, @Nullable KeyIdentity key) {
        Set<String> errors = new LinkedHashSet<>();
        if (codes.stream().anyMatch(REJECTED_ON_ENTRY::contains)) {
            errors.add(INVALID_PRODUCT_KEY);
        }
        if (codes.contains(FindingCode.WRONG_LENGTH)) {
            errors.add(INVALID_LENGTH);
        }
        if (codes.contains(FindingCode.INVALID_CHARACTER)) {
            errors.add(INVALID_CHARACTER);
        }
        if (codes.contains(FindingCode.GENERIC_KEY)) {
            errors.add(INVALID_PRODUCT_KEY);
            errors.add(KEY_BLOCKED);
        }
        Channel channel = key == null ? Channel.UNKNOWN : key.channel();
        if (codes.contains(FindingCode.KMS_CLIENT_KEY) || channel == Channel.VOLUME_GVLK) {
            errors.addAll(List.of(KMS_UNREACHABLE, KMS_SRV_NOT_FOUND, KMS_COUNT_TOO_LOW));
        }
        if (codes.contains(FindingCode.EDITION_MISMATCH)) {
            errors.add(SKU_MISMATCH);
            errors.add(INVALID_PRODUCT_KEY);
        }
        if (codes.contains(FindingCode.PRERELEASE_KEY)) {
            errors.add(INVALID_PRODUCT_KEY);
        }
        if (channel == Channel.VOLUME_MAK && key != null && key.knownAs() == null) {
            errors.add(MAK_LIMIT);
            errors.add(UNLOCK_LIMIT);
        }
        if (channel == Channel.VOLUME_CSVLK) {
            errors.add(UNLOCK_LIMIT);
        }
        return List.copyOf(errors);
    }
}
