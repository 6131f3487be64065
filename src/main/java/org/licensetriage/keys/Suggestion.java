package org.licensetriage.keys;

import java.util.List;
import org.licensetriage.i18n.LocalizedText;

/**
 * A proposed repair of the input: {@code productKey} is the repaired key in 5×5 form, {@code changes} turn the
 * normalised input into it (one change, except for a repair to a published key, which lists every differing
 * character).
 */
public record Suggestion(String productKey, List<Change> changes, RepairReason reason, LocalizedText explanation) {

    public Suggestion {
        changes = List.copyOf(changes);
    }

    @Override
    public String toString() {
        return "Suggestion[productKey=" + ProductKeys.mask(productKey) + ", changes=" + changes.size()
                + ", reason=" + reason + "]";
    }
}
