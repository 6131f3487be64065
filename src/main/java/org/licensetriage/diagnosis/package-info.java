/** Diagnoses: reading what an agent pasted about a failed activation and ranking its likely causes. */
@NullMarked
package org.licensetriage.diagnosis;

import org.jspecify.annotations.NullMarked;
