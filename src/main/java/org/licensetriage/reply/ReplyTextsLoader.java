package org.licensetriage.reply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.errors.KnowledgeBaseException;
import org.licensetriage.errors.KnowledgeSources;
import org.licensetriage.errors.KnowledgeValidator;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.reply.RepliesReader.CauseText;
import org.licensetriage.reply.RepliesReader.ContactText;
import org.licensetriage.reply.RepliesReader.Located;
import org.licensetriage.reply.RepliesReader.StepText;
import org.licensetriage.reply.ReplyTexts.CauseReply;
import org.licensetriage.reply.ReplyTexts.ContactReply;
import org.licensetriage.reply.ReplyTexts.Step;

/**
 * Loads the reply texts from the knowledge files and validates them: every framing text, cause and contact
 * present in both languages, only known placeholders, step references that exist. A problem stops the start,
 * naming the file and line.
 */
public final class ReplyTextsLoader {

    public ReplyTexts load(KnowledgeSources sources) {
        RepliesReader.Read read = new RepliesReader().read(sources);
        List<String> problems = read.problems;

        Map<Framing, LocalizedText> framing = new EnumMap<>(Framing.class);
        read.texts.forEach((name, text) -> Framing.byKey(name).ifPresentOrElse(
                known -> {
                    text(problems, text.where(), "", text.value(), known.placeholders());
                    framing.put(known, text.value());
                },
                () -> problems.add(text.where() + ": unknown text '" + name + "'")));
        for (Framing name : Framing.values()) {
            if (!framing.containsKey(name)) {
                problems.add("replies: the text '" + name.key() + "' is missing");
            }
        }
        read.steps.forEach((name, step) -> {
            if (step.value().step() != null) {
                problems.add(step.where() + ": a shared step cannot refer to another step");
            }
            stepText(problems, step.where(), "", step.value());
        });

        Map<CauseId, CauseReply> causes = new EnumMap<>(CauseId.class);
        read.causes.forEach((id, cause) -> {
            CauseReply reply = cause(problems, cause, read.steps);
            if (reply != null) {
                causes.put(id, reply);
            }
        });
        for (CauseId id : CauseId.values()) {
            if (!read.causes.containsKey(id)) {
                problems.add("replies: no reply for cause " + id);
            }
        }
        Map<EscalationContact, ContactReply> contacts = new EnumMap<>(EscalationContact.class);
        read.contacts.forEach((contact, text) -> {
            ContactText value = text.value();
            text(problems, text.where(), "advice", value.advice(), Set.of());
            list(problems, text.where(), "prepare", value.prepare());
            contacts.put(contact, new ContactReply(contact, value.advice(), nonNull(value.prepare())));
        });
        for (EscalationContact contact : EscalationContact.values()) {
            if (!read.contacts.containsKey(contact)) {
                problems.add("replies: no escalation text for contact " + contact);
            }
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new ReplyTexts(framing, causes, contacts);
    }

    private static @Nullable CauseReply cause(List<String> problems, Located<CauseText> cause,
            Map<String, Located<StepText>> shared) {
        CauseText value = cause.value();
        String where = cause.where();
        text(problems, where, "found", value.found(), Set.of());
        list(problems, where, "sendBack", value.sendBack());
        List<Step> steps = new ArrayList<>();
        if (value.steps() == null || value.steps().isEmpty()) {
            problems.add(where + ": steps: at least one step is required");
        } else {
            for (int i = 0; i < value.steps().size(); i++) {
                StepText step = value.steps().get(i);
                String field = "steps[" + i + "]";
                if (step.step() == null) {
                    stepText(problems, where, field + ".", step);
                    steps.add(new Step(new LocalizedText(step.en(), step.ja()), step.command()));
                } else if (step.en() != null || step.ja() != null || step.command() != null) {
                    problems.add(where + ": " + field + " refers to step '" + step.step()
                            + "' and has texts of its own; give one or the other");
                } else if (!shared.containsKey(step.step())) {
                    problems.add(where + ": " + field + " refers to the unknown step '" + step.step() + "'");
                } else {
                    StepText referred = shared.get(step.step()).value();
                    steps.add(new Step(new LocalizedText(referred.en(), referred.ja()), referred.command()));
                }
            }
        }
        return value.found() == null ? null : new CauseReply(value.id(), value.found(), steps, nonNull(value.sendBack()));
    }

    private static void stepText(List<String> problems, String where, String prefix, StepText step) {
        text(problems, where, prefix + "text", new LocalizedText(step.en(), step.ja()), Set.of());
        if (step.command() != null && step.command().isBlank()) {
            problems.add(where + ": " + prefix + "command is blank (leave it out instead)");
        }
    }

    private static void list(List<String> problems, String where, String field, @Nullable List<LocalizedText> texts) {
        if (texts == null || texts.isEmpty()) {
            problems.add(where + ": " + field + ": at least one item is required");
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            text(problems, where, field + "[" + i + "]", texts.get(i), Set.of());
        }
    }

    /** Both languages present, no placeholder beyond {@code allowed}, Japanese on one line. */
    private static void text(List<String> problems, String where, String field, @Nullable LocalizedText text,
            Set<String> allowed) {
        String prefix = where + ": " + (field.isEmpty() ? "" : field + ": ");
        if (text == null) {
            problems.add(prefix + "the text is missing");
            return;
        }
        if (blank(text.en()) || blank(text.ja())) {
            problems.add(prefix + "both languages are required (en" + (blank(text.en()) ? " missing" : " present")
                    + ", ja" + (blank(text.ja()) ? " missing" : " present") + ")");
            return;
        }
        for (String language : List.of("en", "ja")) {
            String written = language.equals("en") ? text.en() : text.ja();
            for (String unknown : Placeholders.unknown(written, allowed)) {
                problems.add(prefix + language + ": unknown placeholder " + unknown + " (allowed here: "
                        + (allowed.isEmpty() ? "none" : String.join(", ", allowed.stream().sorted().toList())) + ")");
            }
        }
        List<String> spaces = new ArrayList<>();
        KnowledgeValidator.strayJapaneseSpace(spaces, "ja", text.ja());
        spaces.forEach(p -> problems.add(prefix + p));
    }

    private static <T> List<T> nonNull(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
