package org.licensetriage.errors;

import java.util.List;

/** A knowledge-base file is broken; the message names every file, entry and line at fault. */
public class KnowledgeBaseException extends RuntimeException {

    private final List<String> problems;

    public KnowledgeBaseException(List<String> problems) {
        super("The knowledge base is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
