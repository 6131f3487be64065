package org.licensetriage.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code {name}} placeholders in reply texts: checked against what a text may use, and filled in. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private Placeholders() {
    }

    /** The placeholders of {@code text} that are not in {@code allowed}, each once. */
    static List<String> unknown(String text, Set<String> allowed) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!allowed.contains(matcher.group(1)) && !unknown.contains(matcher.group(0))) {
                unknown.add(matcher.group(0));
            }
        }
        return unknown;
    }

    /** The text with every placeholder replaced; the loader has made sure each has a value. */
    static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for placeholder " + matcher.group(0));
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }
}
