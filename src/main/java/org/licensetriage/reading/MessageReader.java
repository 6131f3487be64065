package org.licensetriage.reading;

import java.util.List;
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

    public Observation read(String message) {
        String normalized = TextForms.normalized(message);
        ObservationBuilder seen = new ObservationBuilder();
        codes.scan(normalized).forEach(seen::code);
        List<String> lines = LabelledLineReader.lines(normalized);
        LabelledLineReader.read(lines, seen);
        EventLogReader.read(lines, seen);
        ServiceReader.read(lines, seen);
        return seen.build(onScreenMessages.codesIn(TextForms.compact(normalized)), ProductKeyScanner.find(message),
                signals.detect(TextForms.signalText(normalized)));
    }
}
