package org.licensetriage.reply;

import java.util.List;
import org.licensetriage.i18n.Language;
import org.licensetriage.reply.ReplyTexts.Step;

/**
 * Lays a reply out as plain text or Markdown: paragraphs, bullet lists, numbered steps with the command on a
 * line of its own, and values (codes, keys) set apart so they can be copied.
 */
final class ReplyBody {

    private final Language language;
    private final ReplyFormat format;
    private final StringBuilder text = new StringBuilder();

    ReplyBody(Language language, ReplyFormat format) {
        this.language = language;
        this.format = format;
    }

    ReplyBody paragraph(String... lines) {
        start();
        text.append(String.join("\n", lines));
        return this;
    }

    ReplyBody bullets(String intro, List<String> items) {
        start();
        text.append(intro).append(listGap());
        String bullet = format == ReplyFormat.TEXT && language == Language.JA ? "・" : "- ";
        for (String item : items) {
            text.append(bullet).append(item).append('\n');
        }
        return this;
    }

    /** Numbered from {@code first}, so the runner-up's steps carry on from the top cause's. */
    ReplyBody steps(String intro, List<Step> steps, int first) {
        start();
        text.append(intro).append(listGap());
        for (int i = 0; i < steps.size(); i++) {
            String marker = (first + i) + ". ";
            Step step = steps.get(i);
            text.append(marker).append(step.text().in(language)).append('\n');
            if (step.command() != null) {
                if (format == ReplyFormat.MARKDOWN) {
                    String indent = " ".repeat(marker.length());
                    text.append('\n').append(indent).append("```\n").append(indent).append(step.command())
                            .append('\n').append(indent).append("```\n\n");
                } else {
                    text.append("      ").append(step.command()).append('\n');
                }
            }
        }
        return this;
    }

    /** A value to copy exactly (a code, a masked key, a character): code in Markdown. */
    String code(String value) {
        return format == ReplyFormat.MARKDOWN ? "`" + value.replace("`", "") + "`" : value;
    }

    /** A value from the ticket shown as words: Markdown's special characters lose their meaning. */
    String words(String value) {
        return format == ReplyFormat.MARKDOWN ? value.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1") : value;
    }

    // Markdown lets a list interrupt a paragraph only when it starts at 1: a blank line always separates them.
    private String listGap() {
        return format == ReplyFormat.MARKDOWN ? "\n\n" : "\n";
    }

    private void start() {
        if (!text.isEmpty()) {
            text.setLength(text.toString().stripTrailing().length());
            text.append("\n\n");
        }
    }

    @Override
    public String toString() {
        return text.toString().stripTrailing() + "\n";
    }
}
