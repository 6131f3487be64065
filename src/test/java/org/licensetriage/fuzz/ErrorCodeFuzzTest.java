package org.licensetriage.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.licensetriage.fuzz.FuzzInputs.withinMillis;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.errors.ErrorCategory;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.MalformedErrorCodeException;
import org.licensetriage.errors.SearchHit;

/**
 * Error codes in any form parse or are rejected, never throw; look-alike repairs name known codes only;
 * search over the shipped knowledge base answers any query with scores in (0, 1], best first.
 */
class ErrorCodeFuzzTest {

    private static final KnowledgeBase KNOWLEDGE_BASE = KnowledgeFixtures.knowledgeBase();
    private static final long LIMIT_MILLIS = 2_000;
    // ErrorCodeController: @Size(max = ErrorSearch.MAX_QUERY_LENGTH) String q - room for a pasted dialog
    private static final int MAX_QUERY = 500;

    /** Codes in every form people paste, with look-alikes, full-width digits and spaces around them. */
    @FuzzTest(maxDuration = "2m")
    void pastedCodes(FuzzedDataProvider data) {
        int value = FuzzInputs.codeValue(data);
        String text = FuzzInputs.codeText(data, value);
        checkParse(text);
        ErrorCode code = new ErrorCode(value);
        assertThat(ErrorCode.parse(code.hex())).contains(code);
        assertThat(ErrorCode.parse(" " + code.hex().toLowerCase(Locale.ROOT) + "\u3000")).contains(code);
        assertThat(ErrorCode.parse("0x" + Integer.toHexString(value))).contains(code);
        if (code.unsignedDecimal() >= 100_000_000L) {
            assertThat(ErrorCode.parse(Long.toString(code.unsignedDecimal()))).contains(code);
        }
        if (Math.abs((long) value) >= 100_000_000L) {
            assertThat(ErrorCode.parse(Integer.toString(value))).contains(code);
        }
        assertThat(code.decode()).isNotNull();
    }

    /** Any text at all as a code. */
    @FuzzTest(maxDuration = "2m")
    void anyText(byte[] bytes) {
        checkParse(FuzzInputs.utf8(bytes));
    }

    /**
     * Queries made of the knowledge base's own words and sentences, codes and noise, in either category, at
     * most as long as {@code GET /errors?q=} accepts.
     */
    @FuzzTest(maxDuration = "2m")
    void search(FuzzedDataProvider data) {
        ErrorCategory category = data.consumeBoolean() ? null : data.pickValue(ErrorCategory.values());
        String text = data.consumeBoolean() ? FuzzInputs.query(data) : data.consumeRemainingAsString();
        String query = text.substring(0, Math.min(text.length(), MAX_QUERY));
        List<SearchHit> hits = withinMillis(LIMIT_MILLIS, "search", () -> KNOWLEDGE_BASE.search(query, category));
        assertThat(hits).allSatisfy(hit -> {
            assertThat(hit.score()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
            if (category != null) {
                assertThat(hit.entry().category()).isEqualTo(category);
            }
        });
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(new HashSet<>(hits.stream().map(h -> h.entry().code()).toList())).hasSameSizeAs(hits);
    }

    private static void checkParse(String text) {
        Optional<ErrorCode> parsed = withinMillis(LIMIT_MILLIS, "parse", () -> ErrorCode.parse(text));
        parsed.ifPresent(code -> {
            assertThat(ErrorCode.parse(code.hex())).contains(code);
            assertThat(ErrorCode.require(text)).isEqualTo(code);
        });
        if (parsed.isEmpty()) {
            assertThatThrownBy(() -> ErrorCode.require(text)).isInstanceOf(MalformedErrorCodeException.class);
        }
        List<ErrorCode> repaired = withinMillis(LIMIT_MILLIS, "lookAlikeRepair",
                () -> KNOWLEDGE_BASE.lookAlikeRepair(text));
        assertThat(repaired).hasSizeLessThanOrEqualTo(1)
                .allSatisfy(code -> assertThat(KNOWLEDGE_BASE.find(code)).isPresent());
    }
}
