package org.licensetriage.reply;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.i18n.LocalizedText;

/**
 * The reply texts, loaded and validated once: the framing texts, what to say for each cause and what to
 * say for each escalation contact. Complete by construction: every framing text, cause and contact is present.
 */
public final class ReplyTexts {

    /** A numbered step for the customer: what to do, and optionally exactly what to type or paste. */
    public record Step(LocalizedText text, @Nullable String command) {
    }

    /** For one cause: what we found, in the customer's words; the steps; what to send back if they fail. */
    public record CauseReply(CauseId id, LocalizedText found, List<Step> steps, List<LocalizedText> sendBack) {

        public CauseReply {
            steps = List.copyOf(steps);
            sendBack = List.copyOf(sendBack);
        }
    }

    /** For one escalation contact: who to turn to and why, and what to have ready. */
    public record ContactReply(EscalationContact contact, LocalizedText advice, List<LocalizedText> prepare) {

        public ContactReply {
            prepare = List.copyOf(prepare);
        }
    }

    private final Map<Framing, LocalizedText> framing;
    private final Map<CauseId, CauseReply> causes;
    private final Map<EscalationContact, ContactReply> contacts;

    ReplyTexts(Map<Framing, LocalizedText> framing, Map<CauseId, CauseReply> causes,
            Map<EscalationContact, ContactReply> contacts) {
        this.framing = Map.copyOf(framing);
        this.causes = Map.copyOf(causes);
        this.contacts = Map.copyOf(contacts);
    }

    LocalizedText text(Framing name) {
        return framing.get(name);
    }

    public CauseReply cause(CauseId id) {
        return causes.get(id);
    }

    public ContactReply contact(EscalationContact contact) {
        return contacts.get(contact);
    }
}
