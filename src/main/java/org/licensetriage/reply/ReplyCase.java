package org.licensetriage.reply;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.keys.KeyAnalysis;

/**
 * What a reply is written from: the ranked causes and what the ticket showed. {@code edition} and
 * {@code channel} are as read or given (slmgr's {@code RETAIL}, "Windows 11 Pro"), {@code installedKeyEnd} the
 * last five characters slmgr shows, {@code escalateTo} the contact when escalation is advised, else null.
 */
public record ReplyCase(List<Likely> causes, @Nullable String errorCode, @Nullable String edition,
        @Nullable String channel, @Nullable String installedKeyEnd, @Nullable KeyAnalysis key,
        @Nullable EscalationContact escalateTo) {

    public ReplyCase {
        causes = List.copyOf(causes);
    }

    /** A cause of the ranking and its confidence (0-1). */
    public record Likely(CauseId id, double confidence) {
    }
}
