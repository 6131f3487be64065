package org.licensetriage.diagnosis;

import org.jspecify.annotations.Nullable;
import org.licensetriage.reply.ReplyCase;

/** A diagnosis as the reply writer sees it: the ranking, what was read, the key and whom to escalate to. */
final class DiagnosisReplies {

    private DiagnosisReplies() {
    }

    /** The edition slmgr showed, else the one the agent gave. */
    static ReplyCase ticket(Diagnosis diagnosis, @Nullable String installedEdition) {
        var read = diagnosis.detected();
        var escalation = diagnosis.escalation();
        return new ReplyCase(
                diagnosis.causes().stream().map(c -> new ReplyCase.Likely(c.id(), c.confidence())).toList(),
                diagnosis.errorCode() == null ? null : diagnosis.errorCode().hex(),
                read.edition() != null ? read.edition() : installedEdition,
                read.channelName(), read.partialProductKey(), diagnosis.keyAnalysis(),
                escalation.recommended() ? escalation.contact() : null);
    }
}
