package org.licensetriage.keys;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * Edition names both ways: display names (Japanese and English) for edition IDs, and the edition ID of what
 * people type ({@code Professional}, "Windows 11 Pro", "Pro for Workstations", "ホーム", full-width, any case).
 */
public final class EditionNames {

    static final String RESOURCE = "keys/editions.tsv";
    private static final List<String> HEADER = List.of("edition_id", "kind", "en", "ja", "names");

    // Words that say nothing about the edition: the brand, packaging, language and architecture.
    private static final Pattern NOISE = Pattern.compile(
            "microsoft|windows|ウィンドウズ|server|サーバー|サーバ|editions?|エディション|日本語版|japanese|"
                    + "パッケージ版|ダウンロード版|dsp版|oem版|アップグレード版|retail|製品版|"
                    + "x64|x86|(?:64|32) ?(?:bit|ビット)|\\b\\d{4}\\b|\\b\\d\\dh\\d\\b|\\br2\\b|"
                    + "version \\d{4}|\\bsac\\b");
    // Separators people put between words; the katakana long mark is part of words here, unlike in keys.
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\-_:・･()/,.'\"‐‑‒–—―]+");

    private static final Pattern PARENTHESISED = Pattern.compile("\\(([A-Za-z0-9]+)\\)");

    private final Map<String, Entry> byId;
    private final Map<String, Entry> clientNames;
    private final Map<String, Entry> serverNames;

    private EditionNames(List<Entry> entries, String source) {
        this.byId = new HashMap<>();
        this.clientNames = new HashMap<>();
        this.serverNames = new HashMap<>();
        for (Entry entry : entries) {
            if (byId.putIfAbsent(compact(entry.id()), entry) != null) {
                throw new KeyCatalogException(source + ": edition " + entry.id() + " is listed twice");
            }
            Map<String, Entry> names = entry.server() ? serverNames : clientNames;
            for (String name : entry.names()) {
                for (String form : List.of(compact(name), wordSet(name))) {
                    Entry clash = names.putIfAbsent(form, entry);
                    if (clash != null && clash != entry) {
                        throw new KeyCatalogException(source + ": the name '" + name + "' is given to " + clash.id()
                                + " and " + entry.id());
                    }
                }
            }
        }
    }

    /** Reads the edition table from the classpath. */
    public static EditionNames load() {
        return new EditionNames(TsvFile.read(RESOURCE, HEADER, EditionNames::entry), RESOURCE);
    }

    /** The edition named by {@code text}, or empty when it names none this table knows. */
    public Optional<InstalledEdition> parse(String text) {
        String spaced = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Entry direct = byId.get(compact(spaced));
        if (direct != null) {
            return Optional.of(installed(direct, null));
        }
        WindowsRelease release = WindowsRelease.fromText(spaced);
        String rest = release == null ? spaced : release.removeFrom(spaced);
        Entry named = parenthesisedId(rest);
        if (named == null) {
            boolean server = release != null && release.server() || rest.contains("server") || rest.contains("サーバ");
            String words = NOISE.matcher(SEPARATORS.matcher(rest).replaceAll(" ")).replaceAll(" ");
            named = lookUp(compact(words), server);
            if (named == null) {
                named = lookUp(wordSet(words), server);
            }
        }
        if (named != null && release == WindowsRelease.SERVER_SEMI_ANNUAL) {
            // The Semi-Annual Channel releases install Standard and Datacenter as their own Server Core editions.
            named = byId.getOrDefault(compact(named.id() + "ACor"), named);
        }
        return Optional.ofNullable(named).map(entry -> installed(entry, release));
    }

    /**
     * The display name of an edition (several joined by " / "), prefixed with the release when it is known:
     * "Windows 10/11 Pro", "Windows Server 2022 Standard". Unknown IDs are shown as they are.
     */
    LocalizedText displayName(List<String> editionIds, @Nullable WindowsRelease release) {
        String en = editionIds.stream().map(id -> name(id, release, false)).collect(Collectors.joining(" / "));
        String ja = editionIds.stream().map(id -> name(id, release, true)).collect(Collectors.joining(" / "));
        return new LocalizedText(en, ja);
    }

    /**
     * Whether a key for {@code keyEdition} fits {@code installed}. IoT Enterprise is the same edition as
     * Enterprise with another licence: its generic keys are configured for the Enterprise editions.
     */
    static boolean sameEdition(String keyEdition, String installed) {
        return withoutIoT(keyEdition).equalsIgnoreCase(withoutIoT(installed));
    }

    private static String withoutIoT(String editionId) {
        return editionId.startsWith("IoTEnterprise") ? editionId.substring(3) : editionId;
    }

    boolean knows(String editionId) {
        return byId.containsKey(compact(editionId));
    }

    private String name(String editionId, @Nullable WindowsRelease release, boolean japanese) {
        Entry entry = byId.get(compact(editionId));
        if (entry == null) {
            return (release == null ? "Windows" : release.productName()) + " " + editionId;
        }
        String suffix = japanese ? entry.ja() : entry.en();
        if (suffix.startsWith("Windows ")) {
            return suffix;
        }
        String prefix = release != null && release.server() == entry.server() ? release.productName()
                : entry.server() ? "Windows Server" : "Windows";
        return prefix + " " + suffix;
    }

    private InstalledEdition installed(Entry entry, @Nullable WindowsRelease release) {
        return new InstalledEdition(entry.id(), release, displayName(List.of(entry.id()), release));
    }

    // The published list writes "Home (Core)": an edition ID in parentheses says it exactly.
    private @Nullable Entry parenthesisedId(String text) {
        var matcher = PARENTHESISED.matcher(text);
        while (matcher.find()) {
            Entry entry = byId.get(compact(matcher.group(1)));
            if (entry != null) {
                return entry;
            }
        }
        return null;
    }

    private @Nullable Entry lookUp(String form, boolean server) {
        return server ? serverNames.get(form) : clientNames.getOrDefault(form, serverNames.get(form));
    }

    /** The distinct words in sorted order: "ltsb enterprise ltsb" and "enterprise ltsb" are the same name. */
    static String wordSet(String text) {
        String spaced = SEPARATORS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
        return spaced.isEmpty() ? "" : "{" + String.join(" ", new TreeSet<>(List.of(spaced.split(" ")))) + "}";
    }

    static String compact(String text) {
        return SEPARATORS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll("");
    }

    private static Entry entry(TsvFile.Row row) {
        String kind = row.get(1);
        if (!kind.equals("client") && !kind.equals("server")) {
            throw row.problem("column kind must be 'client' or 'server'");
        }
        if (row.get(0).isBlank() || row.get(2).isBlank() || row.get(3).isBlank()) {
            throw row.problem("edition_id, en and ja must not be empty");
        }
        return new Entry(row.get(0), kind.equals("server"), row.get(2), row.get(3), List.of(row.get(4).split("\\|")));
    }

    private record Entry(String id, boolean server, String en, String ja, List<String> names) {
    }
}
