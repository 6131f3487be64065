/**
 * Diagnoses: the reading's observation, the key analysis and the knowledge base turned into evidence, ranked
 * causes with fixes, the questions that would separate them, and escalation advice.
 */
@NullMarked
package org.licensetriage.diagnosis;

import org.jspecify.annotations.NullMarked;
