package org.licensetriage.reading;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Services activation depends on, shown disabled, stopped or failing to start: {@code sc query} and
 * {@code sc start} output ("STATE : 1 STOPPED", "[SC] StartService FAILED 1058"), {@code Get-Service} rows,
 * and sentences ("the sppsvc service is disabled", "ソフトウェア保護サービスが開始できません"). A state counts for
 * the service named on its line or on one of the two lines before.
 */
final class ServiceReader {

    // Written forms (lower case) to the service's short name.
    private static final Map<String, String> SERVICES = Map.ofEntries(
            Map.entry("sppsvc", "sppsvc"), Map.entry("software protection", "sppsvc"),
            Map.entry("ソフトウェア保護", "sppsvc"), Map.entry("ソフトウェア プロテクション", "sppsvc"),
            Map.entry("clipsvc", "ClipSVC"), Map.entry("client license service", "ClipSVC"),
            Map.entry("クライアント ライセンス サービス", "ClipSVC"),
            Map.entry("wuauserv", "wuauserv"), Map.entry("windows update service", "wuauserv"),
            Map.entry("winmgmt", "Winmgmt"), Map.entry("windows management instrumentation", "Winmgmt"),
            Map.entry("licensemanager", "LicenseManager"), Map.entry("license manager", "LicenseManager"),
            Map.entry("osppsvc", "osppsvc"), Map.entry("office software protection", "osppsvc"),
            Map.entry("slsvc", "slsvc"));
    private static final List<String> DOWN = List.of("disabled", "stopped", "not running", "won't start",
            "wont start", "will not start", "cannot start", "can't start", "cannot be started", "could not start",
            "could not be started", "failed to start", "fails to start", "does not start", "doesn't start",
            "startservice failed", "failed", "error", "missing", "無効", "停止", "開始できません", "開始できない", "起動しない",
            "起動できません", "起動できない", "見つかりません");
    private static final int LINES_BACK = 2;

    private ServiceReader() {
    }

    /** Reads the lines of a message in lower case. */
    static void read(List<String> lines, ObservationBuilder seen) {
        @Nullable String service = null;
        int namedAt = -LINES_BACK - 1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String named = named(line);
            if (named != null) {
                service = named;
                namedAt = i;
            }
            if (service != null && i - namedAt <= LINES_BACK && down(line)) {
                seen.serviceDown(service);
            }
        }
    }

    private static @Nullable String named(String line) {
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            if (line.contains(service.getKey())) {
                return service.getValue();
            }
        }
        return null;
    }

    private static boolean down(String line) {
        for (String word : DOWN) {
            if (line.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
