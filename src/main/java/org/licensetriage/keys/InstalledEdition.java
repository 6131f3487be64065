package org.licensetriage.keys;

import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** An edition as someone named it: its edition ID, the release when the name gave one, and its display name. */
public record InstalledEdition(String editionId, @Nullable WindowsRelease release, LocalizedText displayName) {
}
