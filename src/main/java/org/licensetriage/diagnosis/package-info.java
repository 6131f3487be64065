/** Diagnoses: what the customer reports, turned into ranked, explained causes, fixes and follow-up questions. */
@NullMarked
package org.licensetriage.diagnosis;

import org.jspecify.annotations.NullMarked;
