package org.licensetriage.reply;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the body is written: plain text for e-mail, or Markdown for portals and ticket systems that render it. */
public enum ReplyFormat {
    TEXT,
    MARKDOWN;

    /** The name used in requests and answers: {@code text}, {@code markdown}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReplyFormat> of(String tag) {
        return Arrays.stream(values()).filter(f -> f.tag().equalsIgnoreCase(tag.strip())).findFirst();
    }

    public static List<String> tags() {
        return Arrays.stream(values()).map(ReplyFormat::tag).toList();
    }
}
