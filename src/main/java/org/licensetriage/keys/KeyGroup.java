package org.licensetriage.keys;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Windows 8+ key group: the rows of {@code key-groups.tsv} with one group ID merged. {@code editionId} and
 * {@code description} are null when the rows disagree (only the placeholder group 999999 does), and
 * {@code editionId} may name several editions separated by {@code ;} as the table does.
 */
record KeyGroup(int groupId, @Nullable String editionId, @Nullable String description, List<String> keyTypes) {

    // A group with key types of different channels reports the first of these; it is the channel whose
    // activation errors a help desk must expect (a volume key never activates like a retail one).
    private static final List<Channel> CHANNEL_PRIORITY = List.of(Channel.VOLUME_GVLK, Channel.VOLUME_CSVLK,
            Channel.VOLUME_MAK, Channel.EVALUATION, Channel.OEM, Channel.RETAIL, Channel.UNKNOWN);

    KeyGroup {
        keyTypes = List.copyOf(keyTypes);
    }

    List<String> editionIds() {
        return editionId == null ? List.of() : Arrays.asList(editionId.split(";"));
    }

    Channel channel() {
        return keyTypes.stream().map(KeyGroup::channelOf)
                .min(Comparator.comparingInt(CHANNEL_PRIORITY::indexOf)).orElse(Channel.UNKNOWN);
    }

    @Nullable WindowsRelease release() {
        return description == null ? null : WindowsRelease.fromDescription(description);
    }

    boolean prerelease() {
        return description != null && WindowsRelease.prerelease(description);
    }

    /** The product as the key configuration names it: the description up to the edition ID. */
    @Nullable String configurationProduct() {
        if (description == null || editionId == null) {
            return null;
        }
        int end = description.indexOf(" " + editionId + " ");
        return end > 0 ? description.substring(0, end) : null;
    }

    /**
     * The channel of one key type: {@code Retail:TB:Eval} and {@code :Trial} are evaluations, other
     * {@code Retail:TB:*} (subscription, promotion) are retail; {@code VT:IA} (virtual-machine activation) has
     * no channel of its own in the API.
     */
    static Channel channelOf(String keyType) {
        if (keyType.equals("Retail:TB:Eval") || keyType.equals("Retail:TB:Trial")) {
            return Channel.EVALUATION;
        }
        if (keyType.equals("Retail") || keyType.startsWith("Retail:")) {
            return Channel.RETAIL;
        }
        if (keyType.startsWith("OEM:")) {
            return Channel.OEM;
        }
        return switch (keyType) {
            case "Volume:MAK" -> Channel.VOLUME_MAK;
            case "Volume:GVLK" -> Channel.VOLUME_GVLK;
            case "Volume:CSVLK" -> Channel.VOLUME_CSVLK;
            default -> Channel.UNKNOWN;
        };
    }
}
