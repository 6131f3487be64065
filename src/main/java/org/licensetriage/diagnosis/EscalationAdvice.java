package org.licensetriage.diagnosis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.i18n.LocalizedText;

/** Whether to hand the case on, why, to whom, and what the customer should have ready. */
public record EscalationAdvice(boolean recommended, LocalizedText reason, @Nullable EscalationContact contact,
        List<LocalizedText> prepare) {
}
