package org.licensetriage.reading;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.KnowledgeBase;

/**
 * Reads the free text an agent pastes (error dialogs, slmgr output in English or Japanese, event-log lines,
 * the customer's own words) into one {@link Observation}, in time linear in the text and without throwing.
 */
public final class MessageReader {

    private final ErrorCodeScanner codes;
    private final OnScreenMessages onScreenMessages;
    private final SignalDetector signals;

    /** Builds the automata of on-screen texts and signal phrases once, for every message after. */
    public MessageReader(KnowledgeBase knowledgeBase) {
        this.codes = new ErrorCodeScanner(knowledgeBase);
        this.onScreenMessages = new OnScreenMessages(knowledgeBase);
        this.signals = new SignalDetector();
    }

    /**
     * The code in an error-code field as people fill it: {@code 0xC004F074}, {@code OxC004F074},
     * {@code 8007007B}, {@code -1073418160}, {@code hr=0x8007232B}, {@code error 5}, or a bare Win32 number
     * ({@code 577}); null when the field holds none.
     */
    public @Nullable ErrorCode errorCode(String field) {
        String normalized = TextForms.normalized(field).strip();
        if (!normalized.isEmpty() && normalized.length() <= 5 && normalized.chars().allMatch(Character::isDigit)) {
            int number = Integer.parseInt(normalized);
            return number > 0 ? ErrorCodeScanner.win32(number) : null;
        }
        List<ErrorCode> found = codes.scan(normalized);
        return found.isEmpty() ? null : found.get(0);
    }

    public Observation read(String message) {
        String normalized = TextForms.normalized(message);
        // lower-cased once: the compact and signal forms and the event and service lines all start from it
        String lower = normalized.toLowerCase(Locale.ROOT);
        ObservationBuilder seen = new ObservationBuilder();
        codes.scan(normalized).forEach(seen::code);
        LabelledLineReader.read(LabelledLineReader.lines(normalized), seen);
        List<String> lowerLines = LabelledLineReader.lines(lower);
        EventLogReader.read(lowerLines, seen);
        ServiceReader.read(lowerLines, seen);
        return seen.build(onScreenMessages.codesIn(TextForms.compactOfLower(lower)), ProductKeyScanner.find(message),
                signals.detect(TextForms.signalTextOfLower(lower)));
    }

}
