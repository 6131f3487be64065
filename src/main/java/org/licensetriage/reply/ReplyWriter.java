package org.licensetriage.reply;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseId;
import org.licensetriage.i18n.Language;
import org.licensetriage.keys.Change;
import org.licensetriage.keys.Channel;
import org.licensetriage.keys.KeyAnalyser;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KeyIdentity;
import org.licensetriage.keys.ProductKeys;
import org.licensetriage.reply.ReplyTexts.CauseReply;
import org.licensetriage.reply.ReplyTexts.ContactReply;
import org.licensetriage.reply.ReplyTexts.Step;

/**
 * Writes the reply to a ticket: greeting, what the ticket showed, what we found, numbered steps, what to
 * send back, who to contact when escalation is advised, closing. The top cause is written, and the runner-up
 * too when the confidence is split. Keys appear only masked, and texts from the ticket lose anything
 * long enough to be a key.
 */
public final class ReplyWriter {

    /** The runner-up is written too when its confidence is at least this share of the top cause's. */
    static final double SPLIT = 0.75;

    /** A reply a customer reads to the end: the longest body, in characters. */
    public static final int MAX_LENGTH = 2_500;

    // More changes than this are no typo the customer can fix by reading them out: a different key.
    private static final int MAX_TYPOS = 3;
    private static final String MASKED_GROUPS = "XXXXX-XXXXX-XXXXX-XXXXX-";
    private static final Pattern LONG_RUN = Pattern.compile("[\\p{Alnum}](?:-?[\\p{Alnum}]){19,}");

    private final ReplyTexts texts;
    private final KeyAnalyser analyser;

    public ReplyWriter(ReplyTexts texts, KeyAnalyser analyser) {
        this.texts = texts;
        this.analyser = analyser;
    }

    /**
     * The reply, at most {@link #MAX_LENGTH} characters: when the runner-up's steps would make it longer, they
     * are promised for later; when even its description does not fit, only the top cause is written.
     */
    public Reply write(ReplyCase ticket, Language language, ReplyFormat format) {
        List<CauseReply> causes = written(ticket.causes()).stream().map(texts::cause).toList();
        Reply reply = write(ticket, language, format, causes, true);
        if (causes.size() > 1 && reply.body().length() > MAX_LENGTH) {
            reply = write(ticket, language, format, causes, false);
            if (reply.body().length() > MAX_LENGTH) {
                reply = write(ticket, language, format, causes.subList(0, 1), true);
            }
        }
        return reply;
    }

    private Reply write(ReplyCase ticket, Language language, ReplyFormat format, List<CauseReply> causes,
            boolean runnerUpSteps) {
        ReplyBody body = new ReplyBody(language, format);
        body.paragraph(text(Framing.GREETING, language));
        List<String> read = read(ticket, language, body);
        if (!read.isEmpty()) {
            body.bullets(text(Framing.READ_INTRO, language), read);
        }
        found(ticket, causes, language, body);
        if (!causes.isEmpty()) {
            List<Step> top = causes.get(0).steps();
            body.steps(text(Framing.STEPS_INTRO, language), top, 1);
            List<Step> more = causes.size() < 2 || !runnerUpSteps ? List.of()
                    : causes.get(1).steps().stream().filter(s -> !top.contains(s)).toList();
            if (!more.isEmpty()) {
                body.steps(text(Framing.STEPS_RUNNER_UP, language), more, top.size() + 1);
            } else if (causes.size() > 1 && !runnerUpSteps) {
                body.paragraph(text(Framing.STEPS_LATER, language));
            }
            Set<String> sendBack = new LinkedHashSet<>();
            causes.forEach(c -> c.sendBack().forEach(item -> sendBack.add(item.in(language))));
            body.bullets(text(Framing.SEND_BACK_INTRO, language), List.copyOf(sendBack));
            // slmgr answers in a small dialog: tell how to copy its text rather than ask for a photo of it
            if (Stream.concat(top.stream(), more.stream())
                    .anyMatch(s -> s.command() != null && s.command().startsWith("slmgr"))) {
                body.paragraph(text(Framing.COPY_HINT, language));
            }
        } else {
            body.paragraph(text(Framing.SEND_BACK_NONE, language));
        }
        if (ticket.escalateTo() != null) {
            escalation(ticket, texts.contact(ticket.escalateTo()), language, body);
        }
        body.paragraph(text(Framing.CLOSING, language));
        String subject = ticket.errorCode() == null ? text(Framing.SUBJECT_GENERAL, language)
                : fill(Framing.SUBJECT, language, Map.of("errorCode", ticket.errorCode()));
        return new Reply(language, format, subject, body.toString());
    }

    /** The top cause, and the runner-up when its confidence is at least {@link #SPLIT} of the top's. */
    static List<CauseId> written(List<ReplyCase.Likely> causes) {
        if (causes.isEmpty()) {
            return List.of();
        }
        ReplyCase.Likely top = causes.get(0);
        // confidences have three decimals: 0.3 against 0.75 × 0.4 is a split, whatever the floating point says
        if (causes.size() > 1 && causes.get(1).confidence() > 0
                && causes.get(1).confidence() >= SPLIT * top.confidence() - 1e-9) {
            return List.of(top.id(), causes.get(1).id());
        }
        return List.of(top.id());
    }

    /** The lines of "what we read": only those the ticket has a value for, and what the key is only when it adds to that. */
    private List<String> read(ReplyCase ticket, Language language, ReplyBody body) {
        List<String> lines = new ArrayList<>();
        if (ticket.errorCode() != null) {
            lines.add(fill(Framing.READ_ERROR_CODE, language, Map.of("errorCode", body.code(ticket.errorCode()))));
        }
        String edition = null;
        if (ticket.edition() != null && !ticket.edition().isBlank()) {
            // "Windows 11 Home" is shown as the customer named it; slmgr's bare "Professional" by its display name
            String given = safe(ticket.edition());
            edition = given.toLowerCase(Locale.ROOT).contains("windows") ? given
                    : analyser.editionName(ticket.edition()).map(name -> name.in(language)).orElse(given);
            lines.add(fill(Framing.READ_EDITION, language, Map.of("edition", body.words(edition))));
        }
        Framing channel = null;
        if (ticket.channel() != null && !ticket.channel().isBlank()) {
            String shown = body.code(safe(ticket.channel()));
            channel = channel(ticket.channel());
            lines.add(channel == null ? fill(Framing.READ_CHANNEL_AS_SHOWN, language, Map.of("shown", shown))
                    : fill(Framing.READ_CHANNEL, language, Map.of("channel", text(channel, language), "shown", shown)));
        }
        KeyAnalysis key = ticket.key();
        if (key != null) {
            lines.add(fill(Framing.READ_KEY, language, Map.of("maskedKey", body.code(key.maskedKey()))));
            KeyIdentity identity = key.key();
            String keyEdition = identity == null || identity.edition() == null ? null : identity.edition().in(language);
            if (keyEdition != null && !keyEdition.equals(edition)) {
                lines.add(fill(Framing.READ_KEY_FOR, language, Map.of("keyEdition", body.words(keyEdition))));
            }
            Framing kind = identity == null ? null : channel(identity.channel());
            if (kind != null && kind != channel) {
                lines.add(fill(Framing.READ_KEY_KIND, language, Map.of("channel", text(kind, language))));
            }
        }
        String installed = installedKeyEnd(ticket);
        if (installed != null) {
            lines.add(fill(Framing.READ_INSTALLED_KEY, language, Map.of("lastFive", body.code(installed))));
        }
        return lines;
    }

    private void found(ReplyCase ticket, List<CauseReply> causes, Language language, ReplyBody body) {
        if (causes.isEmpty()) {
            body.paragraph(text(Framing.FOUND_NONE, language));
            return;
        }
        if (causes.size() == 1) {
            body.paragraph(text(Framing.FOUND_ONE, language), causes.get(0).found().in(language));
        } else {
            body.bullets(text(Framing.FOUND_TWO, language), causes.stream().map(c -> c.found().in(language)).toList());
        }
        if (ticket.key() != null && causes.stream().anyMatch(c -> c.id() == CauseId.KEY_TYPO)) {
            typos(ticket.key(), language, body);
        }
    }

    /**
     * The characters the key analysis would change, with positions: the one repair when it is unique, else
     * the first change of each of a few candidates. Never the repaired key itself.
     */
    private void typos(KeyAnalysis key, Language language, ReplyBody body) {
        if (key.suggestions().isEmpty()) {
            return;
        }
        List<Change> changes = key.suggestionUnique() ? key.suggestions().get(0).changes()
                : key.suggestions().stream().limit(MAX_TYPOS).map(s -> s.changes().get(0)).distinct().toList();
        if (changes.isEmpty() || changes.size() > MAX_TYPOS) {
            return;
        }
        List<String> lines = changes.stream().map(change -> typo(change, language, body)).toList();
        body.bullets(text(key.suggestionUnique() ? Framing.TYPO_ONE : Framing.TYPO_SEVERAL, language), lines);
    }

    private String typo(Change change, Language language, ReplyBody body) {
        int position = change.position();
        Map<String, String> values = new HashMap<>(Map.of(
                "position", number(position, language),
                "group", number((position - 1) / 5 + 1, language),
                "inGroup", number((position - 1) % 5 + 1, language)));
        values.put("typed", body.code(String.valueOf(change.from())));
        values.put("correct", body.code(String.valueOf(change.to())));
        Framing text = switch (change.kind()) {
            case SUBSTITUTION -> Framing.TYPO_SUBSTITUTION;
            case INSERTION -> Framing.TYPO_MISSING;
            case DELETION -> Framing.TYPO_EXTRA;
        };
        return fill(text, language, values);
    }

    private void escalation(ReplyCase ticket, ContactReply contact, Language language, ReplyBody body) {
        body.paragraph(contact.advice().in(language));
        List<String> prepare = new ArrayList<>(contact.prepare().stream().map(p -> p.in(language)).toList());
        String lastFive = ticket.key() != null && ticket.key().maskedKey().startsWith(MASKED_GROUPS)
                ? ticket.key().maskedKey().substring(MASKED_GROUPS.length()) : installedKeyEnd(ticket);
        if (lastFive != null) {
            prepare.add(fill(Framing.PREPARE_KEY, language, Map.of("lastFive", body.code(lastFive))));
        }
        if (ticket.errorCode() != null) {
            prepare.add(fill(Framing.PREPARE_ERROR_CODE, language, Map.of("errorCode", body.code(ticket.errorCode()))));
        }
        body.bullets(text(Framing.PREPARE_INTRO, language), prepare);
    }

    /** The end of the installed key as slmgr shows it, unless it is the end of the key already shown. */
    private static @Nullable String installedKeyEnd(ReplyCase ticket) {
        String end = ticket.installedKeyEnd();
        if (end == null || end.isBlank()) {
            return null;
        }
        end = safe(end);
        return ticket.key() != null && ticket.key().maskedKey().endsWith(end) ? null : end;
    }

    /**
     * A text from the ticket as it may be shown: any run of 20 or more letters and digits (dashes ignored), which
     * could be a key however mistyped, keeps only its last five characters.
     */
    static String safe(String text) {
        return LONG_RUN.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFKC))
                .replaceAll(run -> Matcher.quoteReplacement(ProductKeys.mask(run.group())));
    }

    /** The customer's words for a licence channel as slmgr writes it ({@code OEM_DM}, {@code VOLUME_KMSCLIENT}). */
    private static @Nullable Framing channel(String shown) {
        String upper = shown.strip().toUpperCase(Locale.ROOT);
        if (upper.contains("EVAL")) {
            return Framing.CHANNEL_EVALUATION;
        } else if (upper.startsWith("OEM")) {
            return Framing.CHANNEL_OEM;
        } else if (upper.contains("KMSCLIENT")) {
            return Framing.CHANNEL_VOLUME_KMS;
        } else if (upper.contains("MAK")) {
            return Framing.CHANNEL_VOLUME_MAK;
        }
        return upper.startsWith("RETAIL") ? Framing.CHANNEL_RETAIL : null;
    }

    private static @Nullable Framing channel(Channel channel) {
        return switch (channel) {
            case RETAIL -> Framing.CHANNEL_RETAIL;
            case OEM -> Framing.CHANNEL_OEM;
            case VOLUME_MAK -> Framing.CHANNEL_VOLUME_MAK;
            case VOLUME_GVLK -> Framing.CHANNEL_VOLUME_KMS;
            case EVALUATION -> Framing.CHANNEL_EVALUATION;
            case VOLUME_CSVLK, UNKNOWN -> null;
        };
    }

    /** "7th" in English, "7" in Japanese (the texts say 文字目). */
    static String number(int n, Language language) {
        if (language == Language.JA) {
            return String.valueOf(n);
        }
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private String text(Framing name, Language language) {
        return texts.text(name).in(language);
    }

    private String fill(Framing name, Language language, Map<String, String> values) {
        return Placeholders.fill(texts.text(name).in(language), values);
    }
}
