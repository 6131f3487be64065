package org.licensetriage.reply;

import java.util.List;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.errors.KnowledgeFiles;
import org.licensetriage.errors.KnowledgeSources;
import org.licensetriage.keys.KeyFixtures;

/** The reply texts as shipped, loaded once for the tests of every package. */
public final class ReplyFixtures {

    private static final ReplyTexts TEXTS = new ReplyTextsLoader().load(new KnowledgeSources(
            KnowledgeFiles.fromDirectory(KnowledgeFixtures.SHIPPED, "knowledge/"), List.of()));
    private static final ReplyWriter WRITER = new ReplyWriter(TEXTS, KeyFixtures.analyser());

    private ReplyFixtures() {
    }

    public static ReplyTexts texts() {
        return TEXTS;
    }

    public static ReplyWriter writer() {
        return WRITER;
    }
}
