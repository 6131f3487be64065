package org.licensetriage.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.keys.Finding;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KeyIdentity;

/** The columns the audit adds after the file's own, in both report forms, and their values for a row. */
final class ReportColumns {

    static final List<String> NAMES = List.of("maskedKey", "format", "checksum", "valid", "keyEdition", "channel",
            "knownAs", "suggestion", "findings", "editionMatch", "duplicateCount", "firstRow");

    private ReportColumns() {
    }

    static String channel(KeyAnalysis analysis) {
        KeyIdentity key = analysis.key();
        return key == null ? "" : key.channel().name();
    }

    static String knownAs(KeyAnalysis analysis) {
        KeyIdentity key = analysis.key();
        return key == null || key.knownAs() == null ? "" : key.knownAs().name();
    }

    static List<String> findings(KeyAnalysis analysis) {
        return analysis.findings().stream().map(Finding::code).map(Enum::name).toList();
    }

    static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
