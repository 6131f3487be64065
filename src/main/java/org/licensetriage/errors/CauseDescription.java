package org.licensetriage.errors;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * What a cause of the vocabulary is, independent of any error code, and how to fix it: used when a cause
 * is found without a code (a typo'd key, say) or is not among the code's own causes.
 */
public record CauseDescription(CauseId id, LocalizedText title, LocalizedText detail,
        List<ResolutionStep> resolution, @Nullable Escalation escalation) {

    public CauseDescription {
        resolution = Lists.copy(resolution);
    }
}
