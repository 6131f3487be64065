package org.licensetriage.keys;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The Windows releases keys are made for, with the names the group table, the published list and people use
 * for them. Windows 10 and 11 share keys and groups, so they are one release here.
 */
public enum WindowsRelease {
    VISTA("Windows Vista", false, "vista"),
    WINDOWS_7("Windows 7", false, "windows ?7|win ?7"),
    WINDOWS_8("Windows 8", false, "windows ?8|win ?8"),
    WINDOWS_8_1("Windows 8.1", false, "windows ?8\\.1|win ?8\\.1"),
    WINDOWS_10_11("Windows 10/11", false, "windows 10/11|windows ?1[01]|win ?1[01]|ウィンドウズ ?1[01]"),
    SERVER_2008("Windows Server 2008", true, "server 2008"),
    SERVER_2008_R2("Windows Server 2008 R2", true, "server 2008 r2"),
    SERVER_2012("Windows Server 2012", true, "server 2012"),
    SERVER_2012_R2("Windows Server 2012 R2", true, "server 2012 r2|server 12 r2"),
    SERVER_2016("Windows Server 2016", true, "server 2016"),
    SERVER_2019("Windows Server 2019", true, "server 2019"),
    SERVER_2022("Windows Server 2022", true, "server 2022|server 2021"),
    SERVER_2025("Windows Server 2025", true, "server 2025"),
    SERVER_SEMI_ANNUAL("Windows Server (Semi-Annual Channel)", true,
            "server,? version \\d{4}|server 20h2|server \\d{4}/");

    // Longest first, so "server 2008 r2" wins over "server 2008" and "windows 8.1" over "windows 8".
    private static final List<WindowsRelease> BY_SPECIFICITY = List.of(SERVER_2008_R2, SERVER_2012_R2,
            SERVER_SEMI_ANNUAL, SERVER_2008, SERVER_2012, SERVER_2016, SERVER_2019, SERVER_2022, SERVER_2025,
            WINDOWS_8_1, WINDOWS_10_11, WINDOWS_8, WINDOWS_7, VISTA);

    // pkeyconfig descriptions start with the product; "Windows Server 2021" is the internal name of 2022.
    private static final List<Prefix> DESCRIPTION_PREFIXES = List.of(
            new Prefix("Win 10 RTM", WINDOWS_10_11), new Prefix("Win 11 RTM", WINDOWS_10_11),
            new Prefix("Win 2021 RTM", WINDOWS_10_11), new Prefix("Win 8.1 RTM", WINDOWS_8_1),
            new Prefix("Win 8 RTM", WINDOWS_8), new Prefix("Windows Server 2021 RTM", SERVER_2022),
            new Prefix("Windows Server 2019 RTM", SERVER_2019), new Prefix("Win Server 2019 RTM", SERVER_2019),
            new Prefix("Windows Server Essentials 2019 RTM", SERVER_2019),
            new Prefix("Windows Server 2016 RTM", SERVER_2016),
            new Prefix("Windows Server Essentials 2016 RTM", SERVER_2016),
            new Prefix("ServerCloudStorage 2016 RTM", SERVER_2016), new Prefix("Storage Server 2016 RTM", SERVER_2016),
            new Prefix("Windows Server 12 R2 RTM", SERVER_2012_R2),
            new Prefix("Windows Server Essentials 2012 R2 RTM", SERVER_2012_R2),
            new Prefix("ServerCloudStorage 12 R2 RTM", SERVER_2012_R2),
            new Prefix("Storage Server 2012 R2 RTM", SERVER_2012_R2),
            new Prefix("Windows Server 2012 RTM", SERVER_2012),
            new Prefix("Windows Server Essentials 2012 RTM", SERVER_2012),
            new Prefix("Storage Server 2012 RTM", SERVER_2012), new Prefix("MultiPoint Server 2012 RTM", SERVER_2012));

    private static final Pattern PRERELEASE = Pattern.compile(
            "Pre-Release|Pre-Beta|Beta|\\bRC\\b|\\bNext\\b|vNext|\\bTest\\b|TAP-CTP");

    private final String productName;
    private final boolean server;
    private final Pattern pattern;

    WindowsRelease(String productName, boolean server, String pattern) {
        this.productName = productName;
        this.server = server;
        this.pattern = Pattern.compile("(?:^|[^a-z0-9])(?:" + pattern + ")(?![0-9.])");
    }

    public String productName() {
        return productName;
    }

    public boolean server() {
        return server;
    }

    /** The release a group description names, or null for pre-release and other products. */
    static @Nullable WindowsRelease fromDescription(String description) {
        for (Prefix prefix : DESCRIPTION_PREFIXES) {
            if (description.startsWith(prefix.text() + " ")) {
                return prefix.release();
            }
        }
        return null;
    }

    /** A group made for a pre-release, beta or test build, which released Windows does not accept. */
    static boolean prerelease(String description) {
        return PRERELEASE.matcher(description).find();
    }

    /** The release named in free text ("Windows 11 Pro", "Windows Server 2022 Datacenter"), or null. */
    static @Nullable WindowsRelease fromText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (WindowsRelease release : BY_SPECIFICITY) {
            if (release.pattern.matcher(lower).find()) {
                return release;
            }
        }
        return null;
    }

    /** The text with the release named in it removed. */
    String removeFrom(String lowerCaseText) {
        return pattern.matcher(lowerCaseText).replaceAll(" ");
    }

    private record Prefix(String text, WindowsRelease release) {
    }
}
