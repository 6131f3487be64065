package org.licensetriage.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.KnowledgeBase;

/**
 * Reads the free text an agent pastes (error dialogs, slmgr output in English or Japanese, event-log lines,
 * the customer's own words) into a {@link ReadMessage}, in time linear in the text and without throwing.
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

    public ReadMessage read(String message) {
        String normalized = TextForms.normalized(message);
        SlmgrFacts slmgr = SlmgrReader.read(normalized);
        List<ErrorCode> errorCodes = new ArrayList<>(codes.scan(normalized));
        if (slmgr.notificationReason() != null && !errorCodes.contains(slmgr.notificationReason())) {
            errorCodes.add(slmgr.notificationReason());
        }
        return new ReadMessage(
                errorCodes,
                onScreenMessages.codesIn(TextForms.compact(normalized)),
                slmgr.edition(),
                slmgr.licenseChannel(),
                slmgr.partialProductKey(),
                slmgr.licenseStatus(),
                slmgr.notificationReason(),
                slmgr.remainingMinutes(),
                slmgr.permanentlyActivated(),
                slmgr.keyGroupId(),
                ProductKeyScanner.find(message),
                signals.detect(TextForms.signalText(normalized)));
    }
}
