package org.licensetriage.keys;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;

/** The answer of {@code POST /keys/validate} (and each item of a batch), in the request's language. */
public record KeyValidationResponse(
        @Schema(description = "The input after normalisation (NFKC, no spaces or dashes, upper case), shown in five"
                + " groups when it has 25 characters") String normalizedKey,
        @Schema(description = "All but the last group masked: the only form that may appear in logs or tickets")
        String maskedKey,
        @Schema(description = "WIN8_PLUS: one N; LEGACY: no N; MALFORMED: wrong length or characters") KeyFormat format,
        @Schema(description = "The Windows 8+ checksum; NOT_APPLICABLE for LEGACY and MALFORMED. PASSED means no typo"
                + " was detected, never that the key is genuine") ChecksumStatus checksum,
        @Schema(description = "Well-formed and, for WIN8_PLUS, the checksum passed") boolean valid,
        @Schema(description = "What is wrong or notable, with 1-based positions in the 25 characters")
        List<FindingView> findings,
        @Schema(description = "Ranked one-character repairs (or the published key the input is near)")
        List<SuggestionView> suggestions,
        @Schema(description = "Exactly one repair survives: a portal may offer it as \"did you mean\"")
        boolean suggestionUnique,
        @Schema(description = "What the key is: group, edition, channel, and knownAs for published keys; null when"
                + " it cannot be decoded") @Nullable KeyView key,
        @Schema(description = "Whether the key's edition is the installed one; null when no edition was given or the"
                + " key's edition is unknown") @Nullable Boolean editionMatch,
        @Schema(description = "The activation errors this key would likely produce (see GET /errors/{code})")
        List<String> relatedErrors) {

    public record FindingView(FindingCode code, Severity severity, @Nullable Integer position, String message) {
    }

    /** A repair; {@code from} is null for an inserted character and {@code to} null for a removed one. */
    public record ChangeView(int position, @Nullable String from, @Nullable String to, Change.Kind kind) {
    }

    public record SuggestionView(String productKey, List<ChangeView> changes, RepairReason reason, String explanation) {
    }

    public record KeyView(@Nullable Integer groupId, @Nullable Long serial, @Nullable String editionId,
            @Nullable String edition, @Nullable String product, Channel channel, @Nullable KnownAs knownAs) {
    }

    public static KeyValidationResponse of(KeyAnalysis analysis, Language language) {
        KeyIdentity identity = analysis.key();
        return new KeyValidationResponse(
                analysis.normalizedKey(),
                analysis.maskedKey(),
                analysis.format(),
                analysis.checksum(),
                analysis.valid(),
                analysis.findings().stream().map(f -> new FindingView(f.code(), f.severity(), f.position(),
                        f.message().in(language))).toList(),
                analysis.suggestions().stream().map(s -> new SuggestionView(s.productKey(),
                        s.changes().stream().map(KeyValidationResponse::change).toList(), s.reason(),
                        s.explanation().in(language))).toList(),
                analysis.suggestionUnique(),
                identity == null ? null : new KeyView(identity.groupId(), identity.serial(), identity.editionId(),
                        identity.edition() == null ? null : identity.edition().in(language), identity.product(),
                        identity.channel(), identity.knownAs()),
                analysis.editionMatch(),
                analysis.relatedErrors());
    }

    private static ChangeView change(Change change) {
        return new ChangeView(change.position(), character(change.from()), character(change.to()), change.kind());
    }

    private static @Nullable String character(char c) {
        return c == Change.NOTHING ? null : String.valueOf(c);
    }

    @Override
    public String toString() {
        return "KeyValidationResponse[maskedKey=" + maskedKey + ", format=" + format + ", checksum=" + checksum
                + ", valid=" + valid + "]";
    }
}
