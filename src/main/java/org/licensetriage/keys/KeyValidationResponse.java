package org.licensetriage.keys;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;

/** The answer of {@code POST /keys/validate} (and each item of a batch), in the request's language. */
public record KeyValidationResponse(
        String normalizedKey,
        String maskedKey,
        KeyFormat format,
        ChecksumStatus checksum,
        boolean valid,
        List<FindingView> findings,
        List<SuggestionView> suggestions,
        boolean suggestionUnique,
        @Nullable KeyView key,
        @Nullable Boolean editionMatch,
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
