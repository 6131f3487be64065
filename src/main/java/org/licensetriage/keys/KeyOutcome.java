package org.licensetriage.keys;

/** What an analysis tells an agent, in the words of the dashboard: one of five, so it fits a metric label. */
public enum KeyOutcome {
    VALID, REPAIRABLE, INVALID, GENERIC_KEY, KMS_CLIENT_KEY;

    public static KeyOutcome of(KeyAnalysis analysis) {
        KeyIdentity key = analysis.key();
        if (key != null && key.knownAs() == KnownAs.GENERIC) {
            return GENERIC_KEY;
        }
        if (key != null && key.knownAs() == KnownAs.KMS_CLIENT) {
            return KMS_CLIENT_KEY;
        }
        if (analysis.valid()) {
            return VALID;
        }
        return analysis.suggestionUnique() ? REPAIRABLE : INVALID;
    }

    /** The label value: the name in lower case. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
