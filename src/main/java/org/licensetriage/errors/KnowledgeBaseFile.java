package org.licensetriage.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped knowledge base as the build loaded and validated it, written into the jar as JSON: on a cold JVM,
 * binding it took 0.46 s and 32 MB of garbage where loading the 1.7 MB of YAML took 0.75 s and 96 MB (YAML
 * costs some thirty times a file's size in garbage, JSON a tenth of that). It is used only when nothing could make
 * it differ from what loading the files gives: no operator's files, the same built-in files (their
 * {@link KnowledgeBase#version() version}) and the same loading code. Otherwise the files are loaded and
 * validated at start-up as ever.
 */
final class KnowledgeBaseFile {

    static final String RESOURCE = "knowledge-base.json";
    private static final int FORMAT = 1;

    // The code that turns knowledge files into these values: a file written by other code no longer fits.
    private static final List<Class<?>> LOADING = List.of(KnowledgeBaseLoader.class, KnowledgeCatalogue.class,
            KnowledgeValidator.class, KnowledgeBaseFile.class, KnowledgeEntry.class, CauseDescription.class,
            ContactDescription.class, ResolutionStep.class, Escalation.class, CatalogueStep.class, PrepareItem.class,
            ErrorCode.class, Lists.class, LocalizedText.class);

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** What the file holds. */
    record Snapshot(int format, String version, String code, List<KnowledgeEntry> entries,
            List<CauseDescription> causes, List<ContactDescription> contacts) {
    }

    private KnowledgeBaseFile() {
    }

    /** The knowledge base the build wrote, when it was written from these files by this code; else nothing. */
    static @Nullable KnowledgeBase shipped(List<KnowledgeSource> builtIn) {
        try (InputStream in = KnowledgeBaseFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Snapshot snapshot = JSON.readValue(in, Snapshot.class);
            String version = KnowledgeBaseLoader.version(builtIn, List.of());
            if (snapshot.format() != FORMAT || !snapshot.version().equals(version) || !snapshot.code().equals(code())) {
                return null;
            }
            return new KnowledgeBase(byKey(snapshot.entries(), KnowledgeEntry::code, new HashMap<>()),
                    byKey(snapshot.causes(), CauseDescription::id, new EnumMap<>(CauseId.class)),
                    byKey(snapshot.contacts(), ContactDescription::id, new EnumMap<>(EscalationContact.class)),
                    version, WindowsErrorNames.shipped());
        } catch (IOException | RuntimeException e) {
            // an unreadable file is no worse than a stale one: the files themselves are loaded instead
            return null;
        }
    }

    static void write(KnowledgeBase knowledgeBase, OutputStream out) {
        JSON.writeValue(out, new Snapshot(FORMAT, knowledgeBase.version(), code(),
                List.copyOf(knowledgeBase.entries()),
                Arrays.stream(CauseId.values()).map(knowledgeBase::cause).toList(),
                Arrays.stream(EscalationContact.values()).map(knowledgeBase::contact).toList()));
    }

    private static String code() {
        MessageDigest digest = ClassFingerprint.sha256();
        ClassFingerprint.add(digest, LOADING);
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }

    private static <K, V, M extends Map<K, V>> M byKey(List<V> values, Function<V, K> key, M map) {
        values.forEach(value -> map.put(key.apply(value), value));
        return map;
    }
}
