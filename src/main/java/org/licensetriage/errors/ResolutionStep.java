package org.licensetriage.errors;

import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** One step of a fix; {@code command} is what to type, when the step has one. */
public record ResolutionStep(LocalizedText title, LocalizedText detail, @Nullable String command) {
}
