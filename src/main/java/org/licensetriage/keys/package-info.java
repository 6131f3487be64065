/** The product-key analyser: normalises, decodes and identifies Windows product keys and suggests repairs. */
@NullMarked
package org.licensetriage.keys;

import org.jspecify.annotations.NullMarked;
