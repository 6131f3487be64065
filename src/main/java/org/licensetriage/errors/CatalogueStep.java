package org.licensetriage.errors;

import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** A resolution step many entries share, written once under an id in {@code knowledge/steps/*.yml}. */
record CatalogueStep(String id, LocalizedText title, LocalizedText detail, @Nullable String command) {
}
