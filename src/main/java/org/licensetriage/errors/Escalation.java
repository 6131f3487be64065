package org.licensetriage.errors;

import java.util.List;
import org.licensetriage.i18n.LocalizedText;

/** When to hand a case on, to whom, and what the customer should have ready. */
public record Escalation(EscalationContact contact, LocalizedText when, List<LocalizedText> prepare) {

    public Escalation {
        prepare = Lists.copy(prepare);
    }
}
