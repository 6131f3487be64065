package org.licensetriage.errors;

import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;

/** The bytes of one knowledge-base file and the name it is reported by. */
public record KnowledgeSource(String name, byte[] content) {

    /** A parse problem in this file as start-up reports it: the file, the line, the parser's first sentence. */
    public String problem(JacksonException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return name + ", line " + line + ": " + firstLine(e.getOriginalMessage());
    }

    /**
     * Whether the file may hold a top-level section of this name: a line starts with it as a key (plain or
     * quoted), or the top level is not written line by line (a flow mapping, a document marker), where only
     * reading the file tells. Lets a reader that wants one section skip the files without it: reading YAML
     * costs some thirty times the file's size in garbage.
     */
    public boolean mayHoldSection(String section) {
        byte[] name = section.getBytes(StandardCharsets.UTF_8);
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0; // a byte-order mark
        for (int line = start; line < content.length; line = nextLine(line)) {
            byte first = content[line];
            if (first == '{' || first == '-' && at(line, DOCUMENT_MARKER)
                    || keyAt(line, name)) {
                return true;
            }
        }
        return false;
    }

    private static final byte[] DOCUMENT_MARKER = {'-', '-', '-'};

    private boolean keyAt(int line, byte[] name) {
        int at = line;
        byte quote = content[at] == '"' || content[at] == '\'' ? content[at] : 0;
        if (quote != 0) {
            at++;
        }
        if (!at(at, name)) {
            return false;
        }
        at += name.length;
        if (quote != 0) {
            if (at >= content.length || content[at] != quote) {
                return false;
            }
            at++;
        }
        while (at < content.length && content[at] == ' ') {
            at++;
        }
        return at < content.length && content[at] == ':';
    }

    private boolean at(int at, byte[] bytes) {
        if (at + bytes.length > content.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (content[at + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private int nextLine(int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i + 1;
            }
        }
        return content.length;
    }

    /** The first line of a parser message; the rest repeats the source text. */
    public static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
