package org.licensetriage.errors;

import org.licensetriage.i18n.LocalizedText;

/** Something the customer should have ready for an escalation, written once under an id. */
record PrepareItem(String id, String en, String ja) {

    LocalizedText text() {
        return new LocalizedText(en, ja);
    }
}
