package org.licensetriage.diagnosis;

import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;

/** What {@code slmgr /dli}, {@code /dlv} and {@code /xpr} output pasted into a message states. */
record SlmgrFacts(
        @Nullable String edition,
        @Nullable String licenseChannel,
        @Nullable String partialProductKey,
        @Nullable LicenseStatus licenseStatus,
        @Nullable ErrorCode notificationReason,
        @Nullable Long remainingMinutes,
        @Nullable Boolean permanentlyActivated,
        @Nullable Integer keyGroupId) {
}
