package org.licensetriage.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.licensetriage.i18n.LocalizedText;

/**
 * Decodes bytes strictly and knows the line it is on, so that undecodable bytes are reported at their own line
 * (an {@code InputStreamReader} loses the characters decoded before the bad bytes and replaces them by default).
 */
final class LineCountingDecoder extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).flip();
    private final long maxBytes;
    private long read;
    private long newlines;
    private boolean eof;
    private boolean flushed;

    LineCountingDecoder(InputStream in, Charset charset, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (out.position() == offset) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                throw undecodable(buffer, offset, out.position());
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                flushed = true;
                break;
            }
            fill();
        }
        int produced = out.position() - offset;
        for (int i = offset; i < out.position(); i++) {
            if (buffer[i] == '\n') {
                newlines++;
            }
        }
        return produced == 0 && flushed ? -1 : produced;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
            read += n;
        }
        bytes.flip();
        if (read > maxBytes) {
            // Counted here rather than by the web layer, so that the line reached can be named.
            long line = newlines + 1;
            throw new InventoryFileException(InventoryProblem.FILE_TOO_LARGE, line, new LocalizedText(
                    "The file is larger than the limit of " + maxBytes + " bytes; it was read up to about line "
                            + line + ". Split the file.",
                    "ファイルが上限の " + maxBytes + " バイトを超えています (およそ " + line
                            + " 行目まで読み取りました)。ファイルを分割してください。"));
        }
    }

    private InventoryFileException undecodable(char[] buffer, int from, int to) {
        long line = newlines + 1;
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                line++;
            }
        }
        String charset = decoder.charset().name();
        return new InventoryFileException(InventoryProblem.UNDECODABLE_BYTES, line, new LocalizedText(
                "Line " + line + " has bytes that are not valid " + charset + ". Save the file as UTF-8 or"
                        + " Shift_JIS (CP932), or name its encoding in the Content-Type, e.g."
                        + " 'text/csv; charset=Shift_JIS'.",
                line + " 行目に " + charset + " として読めないバイトがあります。ファイルを UTF-8 か Shift_JIS (CP932)"
                        + " で保存するか、Content-Type で文字コードを指定してください (例: 'text/csv; charset=Shift_JIS')。"));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
