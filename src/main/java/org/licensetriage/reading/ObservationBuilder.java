package org.licensetriage.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.keys.Channel;

/**
 * Collects what the format readers find in one text. The first value of a field wins: the first licence
 * block of slmgr or PowerShell output is Windows itself, later ones are Office or add-ons.
 */
final class ObservationBuilder {

    final Set<ErrorCode> errorCodes = new LinkedHashSet<>();
    final Set<String> servicesDown = new LinkedHashSet<>();
    final Set<Integer> eventIds = new LinkedHashSet<>();
    @Nullable String edition;
    @Nullable Channel channel;
    @Nullable String channelName;
    @Nullable String partialProductKey;
    @Nullable LicenseStatus licenseStatus;
    @Nullable ErrorCode notificationReason;
    @Nullable Long remainingMinutes;
    @Nullable Boolean permanentlyActivated;
    @Nullable Integer keyGroupId;
    @Nullable Integer rearmCount;
    @Nullable String kmsHost;
    @Nullable Integer kmsPort;
    @Nullable Long activationInterval;
    @Nullable Long renewalInterval;
    @Nullable String volumeActivationType;

    void edition(@Nullable String value) {
        edition = edition != null ? edition : value;
    }

    void channel(@Nullable String name) {
        if (channelName == null && name != null) {
            channelName = name;
            channel = Channels.of(name);
        }
    }

    void partialProductKey(@Nullable String value) {
        partialProductKey = partialProductKey != null ? partialProductKey : value;
    }

    void licenseStatus(@Nullable LicenseStatus value) {
        licenseStatus = licenseStatus != null ? licenseStatus : value;
    }

    void notificationReason(@Nullable ErrorCode value) {
        notificationReason = notificationReason != null ? notificationReason : value;
    }

    void remainingMinutes(@Nullable Long value) {
        remainingMinutes = remainingMinutes != null ? remainingMinutes : value;
    }

    void permanentlyActivated(@Nullable Boolean value) {
        permanentlyActivated = permanentlyActivated != null ? permanentlyActivated : value;
    }

    void keyGroupId(@Nullable Integer value) {
        keyGroupId = keyGroupId != null ? keyGroupId : value;
    }

    void rearmCount(@Nullable Integer value) {
        rearmCount = rearmCount != null ? rearmCount : value;
    }

    void kmsHost(@Nullable String value) {
        kmsHost = kmsHost != null ? kmsHost : value;
    }

    void kmsPort(@Nullable Integer value) {
        kmsPort = kmsPort != null ? kmsPort : value;
    }

    void activationInterval(@Nullable Long value) {
        activationInterval = activationInterval != null ? activationInterval : value;
    }

    void renewalInterval(@Nullable Long value) {
        renewalInterval = renewalInterval != null ? renewalInterval : value;
    }

    void volumeActivationType(@Nullable String value) {
        volumeActivationType = volumeActivationType != null ? volumeActivationType : value;
    }

    void code(@Nullable ErrorCode code) {
        if (code != null) {
            errorCodes.add(code);
        }
    }

    void serviceDown(String service) {
        servicesDown.add(service);
    }

    Observation build(List<ErrorCode> codesFromMessages, @Nullable String productKey, List<SignalMatch> signals) {
        List<ErrorCode> codes = new ArrayList<>(errorCodes);
        if (notificationReason != null && !codes.contains(notificationReason)) {
            codes.add(notificationReason);
        }
        return new Observation(codes, codesFromMessages, edition, channel, channelName, partialProductKey,
                licenseStatus, notificationReason, remainingMinutes, permanentlyActivated, keyGroupId, rearmCount,
                kmsHost, kmsPort, activationInterval, renewalInterval, volumeActivationType,
                new ArrayList<>(servicesDown), new ArrayList<>(eventIds), productKey, signals);
    }
}
