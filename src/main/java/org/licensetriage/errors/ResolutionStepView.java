package org.licensetriage.errors;

import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.licensetriage.i18n.Language;

/** A resolution step as the API shows it: numbered from 1, in one language. */
public record ResolutionStepView(int order, String title, String detail, @Nullable String command) {

    public static List<ResolutionStepView> of(List<ResolutionStep> steps, Language language) {
        return IntStream.range(0, steps.size())
                .mapToObj(i -> new ResolutionStepView(i + 1, steps.get(i).title().in(language),
                        steps.get(i).detail().in(language), steps.get(i).command()))
                .toList();
    }
}
