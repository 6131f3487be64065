/** Checks of request text that may hold a customer's secret: problems name the field, never the value. */
@NullMarked
package org.licensetriage.input;

import org.jspecify.annotations.NullMarked;
