package org.licensetriage.errors;

import java.util.List;
import org.licensetriage.i18n.Language;
import org.licensetriage.i18n.LocalizedText;

/**
 * An escalation as the API shows it, in one language: the contact's id, who that is and how to reach them
 * (from the one contact list), when to hand over and what to have ready.
 */
public record EscalationView(EscalationContact contact, String contactName, String reach, String when,
        List<String> prepare) {

    public static EscalationView of(Escalation escalation, ContactDescription contact, Language language) {
        return new EscalationView(escalation.contact(), contact.name().in(language), contact.reach().in(language),
                escalation.when().in(language),
                escalation.prepare().stream().map((LocalizedText t) -> t.in(language)).toList());
    }
}
