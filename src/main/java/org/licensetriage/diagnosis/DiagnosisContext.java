package org.licensetriage.diagnosis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.ErrorCategory;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.keys.Channel;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KeyIdentity;
import org.licensetriage.keys.KnownAs;
import org.licensetriage.reading.Signal;
import org.licensetriage.reading.Observation;

/** Everything read from one request, before facts are weighed: the evidence rules' common input. */
record DiagnosisContext(
        @Nullable ErrorCode code,
        @Nullable KnowledgeEntry primary,
        List<KnowledgeEntry> others,
        Observation read,
        @Nullable KeyAnalysis key,
        @Nullable KeyIdentity installedKey,
        @Nullable String installedEdition,
        @Nullable String os) {

    /**
     * KMS is in play: a KMS client key given or installed, a KMS client licence or a KMS host in the output,
     * KMS named in the message (or an Azure VM, which activates against Azure's KMS), or a KMS error.
     */
    boolean kms() {
        return kmsClient(keyIdentity()) || kmsClient(installedKey)
                || read.channel() == Channel.VOLUME_GVLK || read.kmsHost() != null || read.says(Signal.KMS_HOST_SIDE)
                || read.signals().stream().anyMatch(m -> m.signal() == Signal.VOLUME_LICENSING
                        && (m.phrase().contains("kms") || m.phrase().equals("1688")
                        || m.phrase().startsWith("azure")))
                || primary != null && primary.category() == ErrorCategory.KMS;
    }

    /** An OEM licence is in play: from the key's group, slmgr's channel, or the error's category. */
    boolean oemChannel() {
        return channel(keyIdentity()) == Channel.OEM || channel(installedKey) == Channel.OEM
                || read.channel() == Channel.OEM
                || primary != null && primary.category() == ErrorCategory.OEM;
    }

    /** A retail or OEM licence is in play (the key given, the key installed or slmgr's channel): no KMS client. */
    boolean retailOrOemLicence() {
        return retailOrOem(channel(keyIdentity())) || retailOrOem(channel(installedKey)) || retailOrOem(read.channel());
    }

    private static boolean retailOrOem(@Nullable Channel channel) {
        return channel == Channel.RETAIL || channel == Channel.OEM;
    }

    /**
     * How much circumstantial evidence (a fact, a word in the message) for a cause counts: in full when no
     * code is known or the code's entry lists the cause, half when the code speaks against it (no network
     * cannot explain an answer the activation server gave).
     */
    double circumstantial(CauseId cause) {
        return primary == null || quotedOnly() || primaryLists(cause) ? 1.0 : 0.5;
    }

    /** Whether the main code's entry lists the cause. */
    boolean primaryLists(CauseId cause) {
        if (primary == null) {
            return false;
        }
        for (KnowledgeEntry.Cause listed : primary.causes()) {
            if (listed.id() == cause) {
                return true;
            }
        }
        return false;
    }

    /** The installed edition as the agent gave it, as a tool's output shows it, and the OS named: those given. */
    List<String> editionNames() {
        return java.util.stream.Stream.of(installedEdition, read.edition(), os)
                .filter(name -> name != null && !name.isBlank()).toList();
    }

    /**
     * The main code was not written anywhere but inferred from a dialog text the message quotes: such texts
     * ("This copy of Windows is not genuine") are shown for several codes, so the code is a weaker clue.
     */
    boolean quotedOnly() {
        return code != null && !read.errorCodes().contains(code) && read.codesFromMessages().contains(code);
    }

    private @Nullable KeyIdentity keyIdentity() {
        return key == null ? null : key.key();
    }

    /** A KMS client setup key, by what it is known as or by its channel. */
    static boolean kmsClient(@Nullable KeyIdentity identity) {
        return identity != null && (identity.knownAs() == KnownAs.KMS_CLIENT || identity.channel() == Channel.VOLUME_GVLK);
    }

    private static @Nullable Channel channel(@Nullable KeyIdentity identity) {
        return identity == null ? null : identity.channel();
    }

    @Nullable Channel keyChannel() {
        return key == null || key.key() == null ? null : key.key().channel();
    }
}
