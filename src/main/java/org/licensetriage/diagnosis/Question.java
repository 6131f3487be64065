package org.licensetriage.diagnosis;

import java.util.List;
import org.licensetriage.i18n.LocalizedText;

/**
 * A follow-up question: the fact to ask for, its text, the answers to re-post with, and how much the
 * most telling answer would move the top of the ranking ({@code impact}: above 1 when it changes the top).
 */
public record Question(Fact fact, LocalizedText text, List<?> answers, double impact) {
}
