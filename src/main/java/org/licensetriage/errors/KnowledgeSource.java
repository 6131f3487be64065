package org.licensetriage.errors;

import tools.jackson.core.JacksonException;

/** The bytes of one knowledge-base file and the name it is reported by. */
public record KnowledgeSource(String name, byte[] content) {

    /** A parse problem in this file as start-up reports it: the file, the line, the parser's first sentence. */
    public String problem(JacksonException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return name + ", line " + line + ": " + firstLine(e.getOriginalMessage());
    }

    /** The first line of a parser message; the rest repeats the source text. */
    public static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
