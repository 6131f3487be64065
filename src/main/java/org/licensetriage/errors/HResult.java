package org.licensetriage.errors;

import java.util.Map;

/**
 * The fields of a Windows error code: severity, the 11-bit facility and the 16-bit code. Bit 31 marks a
 * failure; bit 30 alone marks the informational states of the licensing service (0x4004F00C).
 */
public record HResult(Severity severity, int facility, String facilityName, int code, long unsignedDecimal,
        int signedDecimal) {

    /** What the top bits say about the outcome. */
    public enum Severity { SUCCESS, INFORMATIONAL, ERROR }

    // Facility numbers from the Windows SDK's winerror.h; only those that appear in activation work and
    // their neighbours, the rest are reported by number.
    private static final Map<Integer, String> FACILITIES = Map.ofEntries(
            Map.entry(0, "FACILITY_NULL"),
            Map.entry(1, "FACILITY_RPC"),
            Map.entry(2, "FACILITY_DISPATCH"),
            Map.entry(3, "FACILITY_STORAGE"),
            Map.entry(4, "FACILITY_ITF"),
            Map.entry(7, "FACILITY_WIN32"),
            Map.entry(8, "FACILITY_WINDOWS"),
            Map.entry(9, "FACILITY_SECURITY"),
            Map.entry(10, "FACILITY_CONTROL"),
            Map.entry(11, "FACILITY_CERT"),
            Map.entry(12, "FACILITY_INTERNET"),
            Map.entry(16, "FACILITY_SCARD"),
            Map.entry(17, "FACILITY_COMPLUS"),
            Map.entry(25, "FACILITY_HTTP"),
            Map.entry(36, "FACILITY_WINDOWSUPDATE"),
            Map.entry(63, "FACILITY_WINDOWS_STORE"));

    static HResult of(ErrorCode errorCode) {
        int value = errorCode.value();
        int facility = (value >>> 16) & 0x7FF;
        Severity severity = value < 0 ? Severity.ERROR
                : (value & 0x4000_0000) != 0 ? Severity.INFORMATIONAL : Severity.SUCCESS;
        return new HResult(severity, facility,
                FACILITIES.getOrDefault(facility, "FACILITY_" + facility), value & 0xFFFF,
                errorCode.unsignedDecimal(), value);
    }
}
