package org.licensetriage.diagnosis;

import java.util.List;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.ResolutionStep;
import org.licensetriage.i18n.LocalizedText;

/** A cause in the ranking: how likely, why (the evidence that raised it), and how to fix it. */
public record RankedCause(CauseId id, double confidence, LocalizedText title, List<Evidence> evidence,
        List<ResolutionStep> resolution) {
}
