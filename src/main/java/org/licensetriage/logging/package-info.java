/** Logging that can never carry a customer's product key. */
@NullMarked
package org.licensetriage.logging;

import org.jspecify.annotations.NullMarked;
