package org.licensetriage.diagnosis;

import org.licensetriage.i18n.LocalizedText;

/** One reason a cause was raised, and by how much ({@code weight} is in ranking points). */
public record Evidence(EvidenceSource source, LocalizedText detail, double weight) {
}
