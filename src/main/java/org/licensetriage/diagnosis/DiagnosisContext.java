package org.licensetriage.diagnosis;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCategory;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.keys.Channel;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KnownAs;

/** Everything read from one request, before facts are weighed: the evidence rules' common input. */
record DiagnosisContext(
        @Nullable ErrorCode code,
        @Nullable KnowledgeEntry primary,
        List<KnowledgeEntry> others,
        ReadMessage read,
        @Nullable KeyAnalysis key,
        @Nullable String installedEdition,
        @Nullable String os) {

    /** KMS is in play: a KMS client key, a KMS client licence in slmgr, or a KMS error. */
    boolean kms() {
        return key != null && key.key() != null
                && (key.key().knownAs() == KnownAs.KMS_CLIENT || key.key().channel() == Channel.VOLUME_GVLK)
                || "VOLUME_KMSCLIENT".equals(read.licenseChannel())
                || primary != null && primary.category() == ErrorCategory.KMS;
    }

    /** An OEM licence is in play: from the key's group, slmgr's channel, or the error's category. */
    boolean oemChannel() {
        return key != null && key.key() != null && key.key().channel() == Channel.OEM
                || read.licenseChannel() != null && read.licenseChannel().startsWith("OEM")
                || primary != null && primary.category() == ErrorCategory.OEM;
    }

    @Nullable Channel keyChannel() {
        return key == null || key.key() == null ? null : key.key().channel();
    }
}
