package org.licensetriage.input;

import org.licensetriage.i18n.LocalizedText;

/** A field of a request that is not acceptable, and why; never what the field held. */
public record InputProblem(String field, LocalizedText message) {
}
