package org.licensetriage.keys;

import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** One thing the analyser noticed; {@code position} is 1-based in the normalised key when it points at a character. */
public record Finding(FindingCode code, Severity severity, @Nullable Integer position, LocalizedText message) {
}
