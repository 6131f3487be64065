package org.licensetriage.audit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/**
 * How an inventory file is written: its character set (declared, or detected from the first 64 KB: a UTF-8
 * BOM or valid UTF-8 means UTF-8, anything else is read as CP932, the Shift_JIS Japanese Excel writes) and its
 * delimiter (declared, or a tab when the header line has more tabs than commas).
 */
public record InventoryEncoding(Charset charset, boolean bom, char delimiter) {

    /** Bytes looked at before any is decoded; a file that is ASCII this far and CP932 later is reported. */
    static final int SAMPLE = 64 * 1024;
    public static final Charset CP932 = Charset.forName("windows-31j");
    // Excel's "Shift_JIS" is Microsoft's CP932 (NEC and IBM extensions: ①, ㈱, 髙); Java's Shift_JIS lacks them.
    private static final Set<String> CP932_NAMES = Set.of("shift_jis", "shift-jis", "sjis", "x-sjis", "ms932",
            "cp932", "windows-31j", "cswindows31j", "ms_kanji");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The delimiter's name in the API: {@code comma} or {@code tab}. */
    public String delimiterName() {
        return delimiter == '\t' ? "tab" : "comma";
    }

    /** A declared character set by name; Shift_JIS and its aliases mean CP932. */
    static Charset charset(String name) {
        String lower = name.strip().toLowerCase(Locale.ROOT);
        if (CP932_NAMES.contains(lower)) {
            return CP932;
        }
        try {
            return Charset.forName(lower);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InventoryFileException(InventoryProblem.UNSUPPORTED_CHARSET, 0, new LocalizedText(
                    "The character set named in the Content-Type is not one this service reads; send UTF-8 or"
                            + " Shift_JIS.",
                    "Content-Type で指定された文字コードには対応していません。UTF-8 か Shift_JIS で送ってください。"));
        }
    }

    /** Looks at the start of the body and opens it for reading; the reader starts after any BOM. */
    static Opened open(InputStream body, @Nullable Charset declared, @Nullable Character delimiter,
            long maxBytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body, SAMPLE);
        in.mark(SAMPLE);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        boolean bom = startsWithBom(sample);
        int start = bom ? UTF8_BOM.length : 0;
        if (blank(sample, start)) {
            throw empty();
        }
        Charset charset = declared != null ? declared : bom || utf8(sample, start) ? StandardCharsets.UTF_8 : CP932;
        boolean skipBom = bom && charset.equals(StandardCharsets.UTF_8);
        if (skipBom) {
            in.skipNBytes(UTF8_BOM.length);
        }
        char separator = delimiter != null ? delimiter : delimiter(sample, start);
        return new Opened(new LineCountingDecoder(in, charset, maxBytes), new InventoryEncoding(charset, skipBom, separator));
    }

    static InventoryFileException empty() {
        return new InventoryFileException(InventoryProblem.EMPTY_FILE, 1, new LocalizedText(
                "The file is empty: line 1 has no header. Send a header row and one row per key.",
                "ファイルが空です (1 行目に見出しがありません)。見出し行と、キーごとに 1 行ずつのデータを送ってください。"));
    }

    /** The body opened for reading, and how it was read. */
    record Opened(Reader reader, InventoryEncoding encoding) {
    }

    private static boolean startsWithBom(byte[] sample) {
        return sample.length >= 3 && sample[0] == UTF8_BOM[0] && sample[1] == UTF8_BOM[1] && sample[2] == UTF8_BOM[2];
    }

    private static boolean blank(byte[] sample, int start) {
        for (int i = start; i < sample.length; i++) {
            if (sample[i] != ' ' && sample[i] != '\t' && sample[i] != '\r' && sample[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether the sample is valid UTF-8, allowing a sequence cut off at its end. */
    private static boolean utf8(byte[] sample, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(sample, start, sample.length - start);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            var result = decoder.decode(in, out, sample.length < SAMPLE);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    /** Tab when the header line has more tabs than commas (both are single bytes in UTF-8 and CP932). */
    private static char delimiter(byte[] sample, int start) {
        int commas = 0;
        int tabs = 0;
        for (int i = start; i < sample.length && sample[i] != '\n'; i++) {
            if (sample[i] == ',') {
                commas++;
            } else if (sample[i] == '\t') {
                tabs++;
            }
        }
        return tabs > commas ? '\t' : ',';
    }
}
