package org.licensetriage.reply;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The shared texts that frame every reply, by their name in the replies file, with the placeholders each
 * may use. A text is only used when the writer has a value for each of its placeholders.
 */
enum Framing {
    SUBJECT("subject", "errorCode"),
    SUBJECT_GENERAL("subjectGeneral"),
    GREETING("greeting"),
    READ_INTRO("readIntro"),
    READ_ERROR_CODE("readErrorCode", "errorCode"),
    READ_EDITION("readEdition", "edition"),
    READ_CHANNEL("readChannel", "channel", "shown"),
    READ_CHANNEL_AS_SHOWN("readChannelAsShown", "shown"),
    READ_KEY("readKey", "maskedKey"),
    READ_KEY_FOR("readKeyFor", "keyEdition"),
    READ_KEY_KIND("readKeyKind", "channel"),
    READ_INSTALLED_KEY("readInstalledKey", "lastFive"),
    CHANNEL_RETAIL("channelRetail"),
    CHANNEL_OEM("channelOem"),
    CHANNEL_VOLUME_KMS("channelVolumeKms"),
    CHANNEL_VOLUME_MAK("channelVolumeMak"),
    CHANNEL_EVALUATION("channelEvaluation"),
    FOUND_ONE("foundOne"),
    FOUND_TWO("foundTwo"),
    FOUND_NONE("foundNone"),
    TYPO_ONE("typoOne"),
    TYPO_SEVERAL("typoSeveral"),
    TYPO_SUBSTITUTION("typoSubstitution", "position", "group", "inGroup", "typed", "correct"),
    TYPO_MISSING("typoMissing", "position", "group", "inGroup", "correct"),
    TYPO_EXTRA("typoExtra", "position", "group", "inGroup", "typed"),
    STEPS_INTRO("stepsIntro"),
    STEPS_RUNNER_UP("stepsRunnerUp"),
    STEPS_LATER("stepsLater"),
    SEND_BACK_INTRO("sendBackIntro"),
    SEND_BACK_NONE("sendBackNone"),
    COPY_HINT("copyHint"),
    PREPARE_INTRO("prepareIntro"),
    PREPARE_KEY("prepareKey", "lastFive"),
    PREPARE_ERROR_CODE("prepareErrorCode", "errorCode"),
    CLOSING("closing");

    private final String key;
    private final Set<String> placeholders;

    Framing(String key, String... placeholders) {
        this.key = key;
        this.placeholders = Set.of(placeholders);
    }

    String key() {
        return key;
    }

    Set<String> placeholders() {
        return placeholders;
    }

    static Optional<Framing> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
