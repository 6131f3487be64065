package org.licensetriage.errors;

import java.util.List;

/**
 * The knowledge files read at start-up: the built-in ones, then the operator's overrides. Each reader (the
 * knowledge base, the customer replies) takes its own sections from the same files.
 */
public record KnowledgeSources(List<KnowledgeSource> builtIn, List<KnowledgeSource> overrides) {

    public KnowledgeSources {
        builtIn = List.copyOf(builtIn);
        overrides = List.copyOf(overrides);
    }
}
