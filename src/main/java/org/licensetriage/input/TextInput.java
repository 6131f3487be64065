package org.licensetriage.input;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.LocalizedText;

/** Collects the problems of a request's text fields, then throws them together. */
public final class TextInput {

    private final List<InputProblem> problems = new ArrayList<>();

    /** A text that may be absent but, when given, is at most {@code max} characters. */
    public TextInput optional(String field, @Nullable String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new InputProblem(field, new LocalizedText("must be at most " + max + " characters",
                    max + " 文字以内にしてください")));
        }
        return this;
    }

    /** A text that must be present and not blank, and at most {@code max} characters. */
    public TextInput required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new InputProblem(field, new LocalizedText("must not be blank", "空にはできません")));
            return this;
        }
        return optional(field, value, max);
    }

    /** A text that may be absent but, when given, is one of {@code allowed} (in any case). */
    public TextInput oneOf(String field, @Nullable String value, List<String> allowed) {
        if (value != null && allowed.stream().noneMatch(a -> a.equalsIgnoreCase(value.strip()))) {
            String values = String.join(", ", allowed);
            problems.add(new InputProblem(field, new LocalizedText("must be one of: " + values,
                    "次のいずれかにしてください: " + values)));
        }
        return this;
    }

    public void check() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
