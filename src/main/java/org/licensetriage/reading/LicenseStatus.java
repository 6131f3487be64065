package org.licensetriage.reading;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The licence states slmgr, ospp and PowerShell report, in the order of the licensing service's status numbers (0-6). */
public enum LicenseStatus {
    UNLICENSED,
    LICENSED,
    INITIAL_GRACE,
    ADDITIONAL_GRACE,
    NON_GENUINE_GRACE,
    NOTIFICATION,
    EXTENDED_GRACE;

    // Compact forms (see TextForms.compact) of the /dli and /dlv values, English and Japanese. "Unlicensed"
    // comes before "Licensed" because one contains the other.
    private static final List<Map.Entry<String, LicenseStatus>> VALUES = List.of(
            Map.entry("unlicensed", UNLICENSED),
            Map.entry("ライセンスされていません", UNLICENSED),
            Map.entry("未ライセンス", UNLICENSED),
            Map.entry("licensed", LICENSED),
            Map.entry("ライセンスされています", LICENSED),
            Map.entry("ライセンス済み", LICENSED),
            Map.entry("initialgrace", INITIAL_GRACE),
            Map.entry("oobgrace", INITIAL_GRACE),
            Map.entry("ootgrace", ADDITIONAL_GRACE),
            Map.entry("初期猶予", INITIAL_GRACE),
            Map.entry("additionalgrace", ADDITIONAL_GRACE),
            Map.entry("追加の猶予", ADDITIONAL_GRACE),
            Map.entry("追加猶予", ADDITIONAL_GRACE),
            Map.entry("nongenuinegrace", NON_GENUINE_GRACE),
            Map.entry("非正規", NON_GENUINE_GRACE),
            Map.entry("notification", NOTIFICATION),
            Map.entry("通知", NOTIFICATION),
            Map.entry("extendedgrace", EXTENDED_GRACE),
            Map.entry("延長猶予", EXTENDED_GRACE),
            Map.entry("延長された猶予", EXTENDED_GRACE));

    // Compact forms of the status lines of /xpr, which has no "License Status" label.
    private static final List<Map.Entry<String, LicenseStatus>> XPR_LINES = List.of(
            Map.entry("initialgraceperiodends", INITIAL_GRACE),
            Map.entry("additionalgraceperiodends", ADDITIONAL_GRACE),
            Map.entry("nongenuinegraceperiodends", NON_GENUINE_GRACE),
            Map.entry("extendedgraceperiodends", EXTENDED_GRACE),
            Map.entry("windowsisinnotificationmode", NOTIFICATION),
            Map.entry("通知モード", NOTIFICATION));

    /** The status a {@code License Status} value names, given in compact form, or null. */
    static @Nullable LicenseStatus ofValue(String compactValue) {
        // PowerShell's LicenseStatus is the number itself
        if (compactValue.length() == 1 && compactValue.charAt(0) >= '0' && compactValue.charAt(0) <= '6') {
            return values()[compactValue.charAt(0) - '0'];
        }
        return firstContained(VALUES, compactValue);
    }

    /** The status an {@code slmgr /xpr} line states, given in compact form, or null. */
    static @Nullable LicenseStatus ofXprLine(String compactLine) {
        return firstContained(XPR_LINES, compactLine);
    }

    private static @Nullable LicenseStatus firstContained(List<Map.Entry<String, LicenseStatus>> forms,
            String compact) {
        for (Map.Entry<String, LicenseStatus> form : forms) {
            if (compact.contains(form.getKey())) {
                return form.getValue();
            }
        }
        return null;
    }
}
