package org.licensetriage.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.licensetriage.fuzz.FuzzInputs.withinMillis;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.diagnosis.Diagnosis;
import org.licensetriage.diagnosis.DiagnosisInput;
import org.licensetriage.diagnosis.DiagnosisService;
import org.licensetriage.diagnosis.KeySource;
import org.licensetriage.diagnosis.NothingToDiagnoseException;
import org.licensetriage.diagnosis.RankedCause;
import org.licensetriage.diagnosis.StatedFacts;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.MalformedErrorCodeException;
import org.licensetriage.keys.KeyAnalyser;
import org.licensetriage.keys.KeyFixtures;
import org.licensetriage.reading.MessageReader;
import org.licensetriage.reading.Observation;

/**
 * The message reader reads any text, and the diagnosis service answers any request with a diagnosis or with
 * one of the two exceptions that mean a 400 for the caller ({@link NothingToDiagnoseException},
 * {@link MalformedErrorCodeException}); a key found in a message never shows unmasked.
 */
class DiagnosisFuzzTest {

    private static final KeyAnalyser ANALYSER = KeyFixtures.analyser();
    private static final MessageReader READER = new MessageReader(KnowledgeFixtures.knowledgeBase());
    private static final DiagnosisService SERVICE = new DiagnosisService(ANALYSER, KnowledgeFixtures.knowledgeBase());
    private static final long LIMIT_MILLIS = 2_000;

    /** Pasted text built from slmgr lines, dialog texts, codes, keys and the customer's words. */
    @FuzzTest(maxDuration = "2m")
    void pastedMessages(FuzzedDataProvider data) {
        int value = FuzzInputs.codeValue(data);
        String message = FuzzInputs.message(data);
        // A code written plainly on its own line is always read, whatever surrounds it.
        boolean withCode = data.consumeBoolean();
        String text = withCode ? message + "\n0x" + String.format(Locale.ROOT, "%08X", value) + " " + message : message;
        Observation read = read(text);
        if (withCode) {
            assertThat(read.errorCodes()).as(text).contains(new ErrorCode(value));
        }
    }

    /** Any text at all. */
    @FuzzTest(maxDuration = "2m")
    void anyMessage(byte[] bytes) {
        read(FuzzInputs.utf8(bytes));
    }

    /** Requests with any mix of code, message, key, edition, OS and facts. */
    @FuzzTest(maxDuration = "2m")
    void diagnoses(FuzzedDataProvider data) {
        String errorCode = data.consumeBoolean() ? FuzzInputs.codeText(data, FuzzInputs.codeValue(data)) : null;
        String productKey = data.consumeBoolean() ? FuzzInputs.typedKey(data) : null;
        String installedEdition = data.consumeBoolean() ? FuzzInputs.editionName(data) : null;
        String os = data.consumeBoolean() ? data.consumeString(20) : null;
        StatedFacts facts = data.consumeBoolean() ? StatedFacts.NONE : new StatedFacts(
                data.consumeBoolean() ? null : data.pickValue(KeySource.values()), fact(data), fact(data), fact(data),
                fact(data), data.consumeBoolean() ? null : FuzzInputs.editionName(data), fact(data), fact(data),
                fact(data));
        String message = data.consumeBoolean() ? FuzzInputs.message(data) : null;
        DiagnosisInput input = new DiagnosisInput(errorCode, message, productKey, installedEdition, os, facts);
        boolean nothing = blank(errorCode) && blank(message) && blank(productKey);
        try {
            Diagnosis diagnosis = withinMillis(LIMIT_MILLIS, "diagnose", () -> SERVICE.diagnose(input));
            assertThat(nothing).as("diagnosed nothing").isFalse();
            assertThat(diagnosis.causes()).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
            assertThat(diagnosis.causes().stream().mapToDouble(RankedCause::confidence).sum())
                    .isLessThanOrEqualTo(1.0);
            assertThat(diagnosis.causes()).isSortedAccordingTo(
                    (a, b) -> Double.compare(b.confidence(), a.confidence()));
            assertThat(diagnosis.questions()).allSatisfy(q -> assertThat(q.impact()).isNotNaN());
            assertThat(diagnosis.escalation()).isNotNull();
            String masked = diagnosis.detected().maskedProductKey();
            if (masked != null) {
                assertThat(masked).startsWith("XXXXX-XXXXX-XXXXX-XXXXX-");
            }
        } catch (NothingToDiagnoseException e) {
            assertThat(nothing).as("nothing to diagnose").isTrue();
        } catch (MalformedErrorCodeException e) {
            assertThat(errorCode).isNotBlank();
            assertThat(ErrorCode.parse(errorCode)).isEmpty();
        }
    }

    private static Observation read(String text) {
        Observation read = withinMillis(LIMIT_MILLIS, "read", () -> READER.read(text));
        assertThat(read.errorCodes()).doesNotContainNull().doesNotHaveDuplicates();
        if (read.productKey() != null) {
            assertThat(text).contains(read.productKey());
            assertThat(read.maskedProductKey()).startsWith("XXXXX-XXXXX-XXXXX-XXXXX-");
            assertThat(read.toString()).doesNotContain(read.productKey());
        }
        if (read.partialProductKey() != null) {
            assertThat(read.partialProductKey()).hasSize(5);
        }
        return read;
    }

    private static Boolean fact(FuzzedDataProvider data) {
        return switch (data.consumeInt(0, 2)) {
            case 0 -> null;
            case 1 -> Boolean.TRUE;
            default -> Boolean.FALSE;
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
