/** The error knowledge base: what an activation error code means, its causes, fixes and escalation. */
@NullMarked
package org.licensetriage.errors;

import org.jspecify.annotations.NullMarked;
