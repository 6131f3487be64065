/** Texts in Japanese and English, shared by every feature. */
@NullMarked
package org.licensetriage.i18n;

import org.jspecify.annotations.NullMarked;
