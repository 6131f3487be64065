package org.licensetriage.errors;

import java.util.List;
import org.licensetriage.i18n.LocalizedText;

/**
 * Who an escalation contact is and how the customer reaches them, written once in {@code knowledge/contacts.yml}
 * for the error entries and the diagnosis alike; {@code prepare} is what that contact always asks for.
 */
public record ContactDescription(EscalationContact id, LocalizedText name, LocalizedText reach,
        List<LocalizedText> prepare) {

    public ContactDescription {
        prepare = Lists.copy(prepare);
    }
}
