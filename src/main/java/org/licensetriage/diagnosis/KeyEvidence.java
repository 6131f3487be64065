package org.licensetriage.diagnosis;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.keys.Channel;
import org.licensetriage.keys.Finding;
import org.licensetriage.keys.FindingCode;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KeyIdentity;
import org.licensetriage.keys.KnownAs;
import org.licensetriage.keys.Severity;
import org.licensetriage.keys.Suggestion;

/** What the product key itself says: a typo, pasted full-width text, a generic or KMS key, another edition. */
final class KeyEvidence {

    private static final Set<FindingCode> TYPO = EnumSet.of(FindingCode.INVALID_CHARACTER, FindingCode.WRONG_LENGTH,
            FindingCode.MISSING_N, FindingCode.MULTIPLE_N, FindingCode.N_IN_LAST_POSITION, FindingCode.CHECKSUM_FAILED);

    // Enough to cancel a code's prior for a cause the key shows is not the case.
    private static final double RULED_OUT = 3.0;

    private KeyEvidence() {
    }

    static void apply(DiagnosisContext context, Scoreboard board) {
        KeyAnalysis key = context.key();
        if (key == null) {
            return;
        }
        boolean typoRaised = false;
        boolean formatting = false;
        for (Finding finding : key.findings()) {
            FindingCode code = finding.code();
            if (TYPO.contains(code) && !key.valid() && finding.severity() == Severity.ERROR) {
                // The first finding carries the typo; more of them make it no likelier, just wider.
                board.raise(CauseId.KEY_TYPO, typoRaised ? 0.3 : 4.0, EvidenceSource.PRODUCT_KEY, finding.message());
                typoRaised = true;
            }
            switch (code) {
                case NON_ASCII_INPUT -> {
                    formatting = true;
                    board.raise(CauseId.KEY_FORMATTING, 3.0, EvidenceSource.PRODUCT_KEY, finding.message());
                }
                case GENERIC_KEY -> board.raise(CauseId.GENERIC_KEY, 6.0, EvidenceSource.PRODUCT_KEY, finding.message());
                case KMS_CLIENT_KEY -> {
                    board.raise(CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, 3.0, EvidenceSource.PRODUCT_KEY, finding.message());
                    board.raise(CauseId.KMS_HOST_UNREACHABLE, 1.0, EvidenceSource.PRODUCT_KEY, finding.message());
                }
                case EDITION_MISMATCH -> board.raise(CauseId.EDITION_MISMATCH, 5.0, EvidenceSource.PRODUCT_KEY,
                        finding.message());
                case PRERELEASE_KEY -> board.raise(CauseId.PRERELEASE_KEY, 4.0, EvidenceSource.PRODUCT_KEY,
                        finding.message());
                default -> { }
            }
        }
        if (typoRaised && key.suggestionUnique()) {
            Suggestion repair = key.suggestions().get(0);
            board.raise(CauseId.KEY_TYPO, 1.0, EvidenceSource.PRODUCT_KEY, repair.explanation());
        }
        if (key.valid()) {
            board.lower(CauseId.KEY_TYPO, 3.0);
            if (!formatting) {
                board.lower(CauseId.KEY_FORMATTING, 2.0);
            }
        }
        if (Boolean.TRUE.equals(key.editionMatch())) {
            board.lower(CauseId.EDITION_MISMATCH, 2.0);
        }
        if (key.key() != null) {
            channel(key.key(), board);
            ruledOut(key, board);
            serverWithClientKey(context, key.key(), board);
        }
    }

    /** An identified key rules out what it is not: not generic, not a preview, not a KMS client key. */
    private static void ruledOut(KeyAnalysis key, Scoreboard board) {
        KeyIdentity identity = key.key();
        Set<FindingCode> found = EnumSet.noneOf(FindingCode.class);
        key.findings().forEach(f -> found.add(f.code()));
        if (identity.knownAs() != KnownAs.GENERIC) {
            board.lower(CauseId.GENERIC_KEY, RULED_OUT);
        }
        if (identity.channel() != Channel.EVALUATION && !found.contains(FindingCode.PRERELEASE_KEY)) {
            board.lower(CauseId.PRERELEASE_KEY, RULED_OUT);
        }
        if (identity.knownAs() != KnownAs.KMS_CLIENT && identity.channel() != Channel.VOLUME_GVLK) {
            board.lower(CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, RULED_OUT);
        }
    }

    private static void channel(KeyIdentity identity, Scoreboard board) {
        String edition = identity.edition() == null ? identity.editionId() : identity.edition().en();
        if (identity.channel() == Channel.EVALUATION) {
            board.raise(CauseId.PRERELEASE_KEY, 3.0, EvidenceSource.PRODUCT_KEY, new LocalizedText(
                    "The key belongs to an evaluation configuration (" + edition + ").",
                    "このキーは評価版の構成 (" + edition + ") のものです。"));
        } else if (identity.channel() == Channel.OEM) {
            board.raise(CauseId.OEM_LICENSE_MISMATCH, 1.0, EvidenceSource.PRODUCT_KEY, new LocalizedText(
                    "The key is an OEM key, valid only on the PC it was supplied with.",
                    "このキーは OEM キーで、付属していた PC でしか使えません。"));
        } else if (identity.channel() == Channel.VOLUME_MAK) {
            board.raise(CauseId.KEY_ACTIVATION_LIMIT_REACHED, 1.5, EvidenceSource.PRODUCT_KEY, new LocalizedText(
                    "The key is a Multiple Activation Key (MAK): it activates a fixed number of times.",
                    "このキーはマルチ ライセンス認証キー (MAK) で、認証できる回数に上限があります。"));
        }
    }

    /** A client key on Windows Server, known from the OS name when no edition was given. */
    private static void serverWithClientKey(DiagnosisContext context, KeyIdentity identity, Scoreboard board) {
        String os = context.os() == null ? "" : context.os().toLowerCase(Locale.ROOT);
        String editionId = identity.editionId();
        if (context.installedEdition() != null || !os.contains("server") || editionId == null
                || editionId.startsWith("Server")) {
            return;
        }
        String edition = identity.edition() == null ? editionId : identity.edition().en();
        String editionJa = identity.edition() == null ? editionId : identity.edition().ja();
        board.raise(CauseId.EDITION_MISMATCH, 4.0, EvidenceSource.EDITION, new LocalizedText(
                "The key is for " + edition + ", a client edition, but the system is " + context.os() + ".",
                "このキーはクライアント向けの " + editionJa + " 用ですが、システムは " + context.os() + " です。"));
    }
}
