package org.licensetriage.errors;

import java.util.List;
import org.licensetriage.i18n.Language;
import org.licensetriage.i18n.LocalizedText;

/** An escalation as the API shows it, in one language. */
public record EscalationView(EscalationContact contact, String when, List<String> prepare) {

    public static EscalationView of(Escalation escalation, Language language) {
        return new EscalationView(escalation.contact(), escalation.when().in(language),
                escalation.prepare().stream().map((LocalizedText t) -> t.in(language)).toList());
    }
}
