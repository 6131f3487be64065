package org.licensetriage.diagnosis;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;
import org.licensetriage.input.TextInput;
import org.licensetriage.keys.ProductKeys;
import org.licensetriage.reply.ReplyFormat;

/** {@code POST /diagnoses}: what the agent has; at least one of errorCode, message and productKey. */
record DiagnosisRequest(
        @Schema(description = "The error code in any form (0xC004F050, c004f050, -1073418160)", example = "0xC004F050")
        @Nullable String errorCode,
        @Schema(description = "Free text up to 20,000 characters: the dialog's text, slmgr /dli /dlv /xpr output"
                + " (English or Japanese Windows), an event-log line, or the customer's own words")
        @Nullable String message,
        @Schema(description = "The product key, as in POST /keys/validate") @Nullable String productKey,
        @Schema(description = "The installed edition, as in POST /keys/validate", example = "Windows 11 Pro")
        @Nullable String installedEdition,
        @Schema(description = "The operating system, e.g. \"Windows 11 23H2\" or \"Windows Server 2022\"")
        @Nullable String os,
        @Schema(description = "What the agent knows; every fact is optional. Unknown values are a 400 listing the"
                + " allowed ones.") @Nullable StatedFacts facts,
        @Schema(description = "Also write a reply the agent can send to the customer, in this language, which may"
                + " differ from Accept-Language", allowableValues = {"ja", "en"}) @Nullable String replyLanguage,
        @Schema(description = "The reply's format; giving it alone asks for a reply in the Accept-Language",
                allowableValues = {"text", "markdown"}, defaultValue = "text") @Nullable String replyFormat) {

    static final int MAX_MESSAGE = 20_000;

    /** Every text may hold a key, so none goes through Bean Validation (its errors carry the value). */
    DiagnosisInput toInput() {
        new TextInput().optional("errorCode", errorCode, 64).optional("message", message, MAX_MESSAGE)
                .optional("productKey", productKey, 200).optional("installedEdition", installedEdition, 100)
                .optional("os", os, 100).optional("facts.upgradedFrom", facts == null ? null : facts.upgradedFrom(), 100)
                .oneOf("replyLanguage", replyLanguage, Arrays.stream(Language.values()).map(Language::tag).toList())
                .oneOf("replyFormat", replyFormat, ReplyFormat.tags())
                .check();
        return new DiagnosisInput(errorCode, message, productKey, installedEdition, os,
                facts == null ? StatedFacts.NONE : facts);
    }

    /** A reply is asked for when either reply option is given. */
    boolean wantsReply() {
        return replyLanguage != null || replyFormat != null;
    }

    Language replyLanguageOr(Language agent) {
        return replyLanguage == null ? agent : Language.of(Locale.forLanguageTag(replyLanguage.strip()));
    }

    ReplyFormat replyFormatOrText() {
        return replyFormat == null ? ReplyFormat.TEXT : ReplyFormat.of(replyFormat).orElseThrow();
    }

    @Override
    public String toString() {
        return "DiagnosisRequest[errorCode=" + errorCode + ", message=" + (message == null ? 0 : message.length())
                + " chars, productKey=" + (productKey == null ? null : ProductKeys.mask(productKey)) + ", replyLanguage="
                + replyLanguage + ", replyFormat=" + replyFormat + "]";
    }
}
