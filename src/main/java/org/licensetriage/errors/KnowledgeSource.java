package org.licensetriage.errors;

/** The bytes of one knowledge-base file and the name it is reported by. */
public record KnowledgeSource(String name, byte[] content) {
}
