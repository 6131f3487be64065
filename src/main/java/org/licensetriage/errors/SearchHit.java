package org.licensetriage.errors;

/** A search result; {@code score} is in (0, 1], 1 when every term matched the strongest field exactly. */
public record SearchHit(KnowledgeEntry entry, double score) {
}
