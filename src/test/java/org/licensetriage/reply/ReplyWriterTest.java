package org.licensetriage.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.i18n.Language;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KeyFixtures;
import org.licensetriage.keys.Suggestion;
import org.licensetriage.reply.ReplyCase.Likely;

class ReplyWriterTest {

    private static final ReplyWriter WRITER = ReplyFixtures.writer();
    private static final ReplyTexts TEXTS = ReplyFixtures.texts();
    // A whole key: five dashed groups of five, or 25 characters in a row, in any case; only the masked form may appear.
    private static final Pattern WHOLE_KEY = Pattern.compile(
            "(?i)(?<![A-Z0-9])(?:[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}|[A-Z0-9]{25})(?![A-Z0-9])");

    private static ReplyCase ticket(List<Likely> causes, @Nullable KeyAnalysis key, @Nullable EscalationContact contact) {
        return new ReplyCase(causes, "0xC004F050", "Windows 11 Pro", "RETAIL", "3V66T", key, contact);
    }

    private static List<Likely> top(CauseId id) {
        return List.of(new Likely(id, 0.6), new Likely(CauseId.KEY_FORMATTING == id ? CauseId.KEY_TYPO
                : CauseId.KEY_FORMATTING, 0.1));
    }

    @Test
    void everyCauseHasItsOwnReplyInBothLanguagesWithoutOurJargon() {
        for (CauseId id : CauseId.values()) {
            for (Language language : Language.values()) {
                Reply reply = WRITER.write(ticket(top(id), null, null), language, ReplyFormat.TEXT);
                ReplyTexts.CauseReply texts = TEXTS.cause(id);
                assertThat(reply.body()).as(id + " " + language).contains(texts.found().in(language))
                        .contains("1. " + texts.steps().get(0).text().in(language))
                        .contains(texts.sendBack().get(0).in(language));
                for (CauseId any : CauseId.values()) {
                    assertThat(reply.body()).as(id + " " + language).doesNotContain(any.name());
                }
                assertThat(reply.body()).doesNotContainIgnoringCase("GVLK").doesNotContain("VOLUME_KMSCLIENT");
                if (language == Language.JA) {
                    assertThat(reply.body()).as(id + " in Japanese").containsPattern("[\\u3040-\\u30ff]")
                            .contains("お手数ですが").doesNotContain("Please");
                } else {
                    assertThat(reply.body()).as(id + " in English").doesNotContainPattern("[\\u3040-\\u30ff\\u4e00-\\u9fff]");
                }
            }
        }
    }

    @Test
    void theTicketsCodeEditionChannelAndMaskedKeyAreNamed() {
        KeyAnalysis key = KeyFixtures.analyser().analyse(KeyFixtures.key(3309, 707), "Windows 11 Pro");
        Reply reply = WRITER.write(ticket(top(CauseId.KEY_BLOCKED), key, null), Language.JA, ReplyFormat.TEXT);
        assertThat(reply.subject()).contains("0xC004F050");
        assertThat(reply.body()).contains("エラー コード: 0xC004F050")
                .contains("Windows のエディション: Windows 11 Pro")
                .contains("ライセンスの種類: 店頭やオンラインでご購入された製品版 (画面上の表示: RETAIL)")
                .contains("プロダクト キー: XXXXX-XXXXX-XXXXX-XXXXX-" + key.maskedKey().substring(24))
                .contains("現在 Windows に入っているキーの末尾 5 文字: 3V66T");
    }

    @Test
    void aLookAlikeTypoIsNamedByPositionAndCharacters() {
        Typo typo = uniqueLookAlikeTypo();
        Reply en = WRITER.write(ticket(top(CauseId.KEY_TYPO), typo.analysis(), null), Language.EN, ReplyFormat.TEXT);
        Reply ja = WRITER.write(ticket(top(CauseId.KEY_TYPO), typo.analysis(), null), Language.JA, ReplyFormat.TEXT);
        int group = (typo.position() - 1) / 5 + 1;
        int inGroup = (typo.position() - 1) % 5 + 1;
        assertThat(en.body()).contains("The " + ReplyWriter.number(typo.position(), Language.EN) + " character ("
                + ReplyWriter.number(inGroup, Language.EN) + " of the " + ReplyWriter.number(group, Language.EN)
                + " group): " + typo.correct() + ", not " + typo.typed());
        assertThat(ja.body()).contains(typo.position() + " 文字目 (" + group + " 組目の " + inGroup + " 文字目): 「"
                + typo.typed() + "」ではなく「" + typo.correct() + "」");
    }

    @Test
    void englishOrdinalsReadAsWords() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 25).stream()
                .map(n -> ReplyWriter.number(n, Language.EN)).toList())
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "25th");
    }

    @Test
    void noWholeKeyEverAppearsNotEvenARepairedOne() {
        List<String> keys = new ArrayList<>();
        int[] groups = {3309, 3262, 3305, 3312, 4183};
        for (int i = 0; i < 60; i++) {
            String key = KeyFixtures.key(groups[i % groups.length], 1_000 + 37L * i);
            String plain = key.replace("-", "");
            int at = i % 25;
            char c = plain.charAt(at);
            char lookAlike = "B8".indexOf(c) >= 0 ? (c == 'B' ? '8' : 'B') : c == 'G' ? '6' : 'O';
            keys.add(key);
            keys.add(plain.substring(0, at) + lookAlike + plain.substring(at + 1));   // substitution
            keys.add(plain.substring(0, at) + plain.substring(at + 1));               // a character missing
            keys.add(plain.substring(0, at) + c + plain.substring(at));               // a character doubled
            keys.add(key.toLowerCase());
        }
        keys.add("VK7JG-NPHTM-C97JM-9MPGT-3V6GT");  // near a published generic key
        for (String input : keys) {
            KeyAnalysis key = KeyFixtures.analyser().analyse(input, null);
            List<String> secrets = new ArrayList<>(List.of(key.normalizedKey(), input));
            key.suggestions().stream().map(Suggestion::productKey).forEach(secrets::add);
            // The ticket's own texts may carry the key too: the edition and channel are masked before use.
            ReplyCase ticket = new ReplyCase(List.of(new Likely(CauseId.KEY_TYPO, 0.4), new Likely(CauseId.GENERIC_KEY, 0.35)),
                    "0xC004F050", "Pro " + input, input, input.substring(Math.max(0, input.length() - 5)), key,
                    EscalationContact.VENDOR);
            for (Language language : Language.values()) {
                for (ReplyFormat format : ReplyFormat.values()) {
                    Reply reply = WRITER.write(ticket, language, format);
                    String text = reply.subject() + "\n" + reply.body();
                    Matcher whole = WHOLE_KEY.matcher(text);
                    while (whole.find()) {
                        assertThat(whole.group()).as(input).startsWith("XXXXX-XXXXX-XXXXX-XXXXX-");
                    }
                    for (String secret : secrets) {
                        assertThat(text.toUpperCase().replace("-", "")).as(input)
                                .doesNotContain(secret.toUpperCase().replace("-", ""));
                    }
                }
            }
        }
    }

    @Test
    void anEscalatedReplyNamesWhoToContactAndWhatToHaveReady() {
        KeyAnalysis key = KeyFixtures.analyser().analyse(KeyFixtures.key(3305, 4242), null);
        String lastFive = key.maskedKey().substring(24);
        record Named(EscalationContact contact, String en, String ja) {
        }
        for (Named named : List.of(new Named(EscalationContact.VENDOR, "seller of the key", "キーの販売元"),
                new Named(EscalationContact.MICROSOFT, "Microsoft's support", "Microsoft のサポート"),
                new Named(EscalationContact.OEM, "maker", "PC メーカー"),
                new Named(EscalationContact.LICENSING_ADMINISTRATOR, "IT department", "IT 担当部署"))) {
            Reply en = WRITER.write(ticket(top(CauseId.KEY_BLOCKED), key, named.contact()), Language.EN, ReplyFormat.TEXT);
            Reply ja = WRITER.write(ticket(top(CauseId.KEY_BLOCKED), key, named.contact()), Language.JA, ReplyFormat.TEXT);
            assertThat(en.body()).contains(named.en()).contains("it helps to have ready")
                    .contains("The last five characters of the key: " + lastFive).contains("The error code: 0xC004F050");
            assertThat(ja.body()).contains(named.ja()).contains("ご用意いただくとスムーズです")
                    .contains("プロダクト キーの末尾 5 文字: " + lastFive);
            assertThat(WRITER.write(ticket(top(CauseId.KEY_BLOCKED), key, null), Language.EN, ReplyFormat.TEXT).body())
                    .doesNotContain(TEXTS.contact(named.contact()).advice().en()).doesNotContain("have ready");
        }
    }

    @Test
    void theRunnerUpIsWrittenOnlyWhenTheConfidenceIsSplit() {
        List<Likely> split = List.of(new Likely(CauseId.NETWORK_UNAVAILABLE, 0.4), new Likely(CauseId.CLOCK_SKEW, 0.3));
        List<Likely> clear = List.of(new Likely(CauseId.NETWORK_UNAVAILABLE, 0.4), new Likely(CauseId.CLOCK_SKEW, 0.29));
        assertThat(ReplyWriter.written(split)).containsExactly(CauseId.NETWORK_UNAVAILABLE, CauseId.CLOCK_SKEW);
        assertThat(ReplyWriter.written(clear)).containsExactly(CauseId.NETWORK_UNAVAILABLE);

        String both = WRITER.write(ticket(split, null, null), Language.EN, ReplyFormat.TEXT).body();
        int topSteps = TEXTS.cause(CauseId.NETWORK_UNAVAILABLE).steps().size();
        assertThat(both).contains("There are two likely causes:")
                .contains("- " + TEXTS.cause(CauseId.CLOCK_SKEW).found().en())
                .contains("If that does not solve it, please also try:\n" + (topSteps + 1) + ". "
                        + TEXTS.cause(CauseId.CLOCK_SKEW).steps().get(0).text().en());
        assertThat(WRITER.write(ticket(clear, null, null), Language.EN, ReplyFormat.TEXT).body())
                .doesNotContain(TEXTS.cause(CauseId.CLOCK_SKEW).found().en()).doesNotContain("please also try");
    }

    @Test
    void aRunnerUpWhoseStepsWouldMakeTheReplyTooLongIsNamedAndItsStepsPromised() {
        KeyAnalysis typo = uniqueLookAlikeTypo().analysis();
        int promised = 0;
        for (CauseId first : CauseId.values()) {
            for (CauseId second : CauseId.values()) {
                List<Likely> causes = List.of(new Likely(first, 0.4), new Likely(second, 0.39));
                String body = WRITER.write(ticket(causes, typo, EscalationContact.MICROSOFT), Language.EN,
                        ReplyFormat.MARKDOWN).body();
                if (first != second && body.contains("we will send you the steps for the second cause")) {
                    promised++;
                    assertThat(body).contains(TEXTS.cause(second).found().en()).doesNotContain("please also try");
                }
            }
        }
        assertThat(promised).isPositive();
    }

    @Test
    void everyReplyStaysShortEnoughToRead() {
        KeyAnalysis typo = uniqueLookAlikeTypo().analysis();
        int longest = 0;
        for (CauseId first : CauseId.values()) {
            for (CauseId second : CauseId.values()) {
                if (first == second) {
                    continue;
                }
                List<Likely> causes = List.of(new Likely(first, 0.4), new Likely(second, 0.39));
                for (EscalationContact contact : EscalationContact.values()) {
                    for (Language language : Language.values()) {
                        for (ReplyFormat format : ReplyFormat.values()) {
                            Reply reply = WRITER.write(ticket(causes, typo, contact), language, format);
                            assertThat(reply.body().length()).as(first + "+" + second + " " + contact + " " + language
                                    + " " + format).isLessThanOrEqualTo(ReplyWriter.MAX_LENGTH);
                            longest = Math.max(longest, reply.body().length());
                        }
                    }
                }
            }
        }
        assertThat(longest).as("the longest reply").isGreaterThan(1_500);
    }

    @Test
    void markdownSetsCommandsAndValuesApartAndPlainTextDoesNot() {
        List<Likely> causes = top(CauseId.INSUFFICIENT_PRIVILEGES);
        String markdown = WRITER.write(ticket(causes, null, null), Language.EN, ReplyFormat.MARKDOWN).body();
        String text = WRITER.write(ticket(causes, null, null), Language.EN, ReplyFormat.TEXT).body();
        assertThat(markdown).contains("   ```\n   slmgr /ato\n   ```").contains("Error code: `0xC004F050`")
                .contains("Please try these steps:\n\n1. ");
        assertThat(text).doesNotContain("`").contains("\n      slmgr /ato\n").contains("Please try these steps:\n1. ");
        assertThat(WRITER.write(ticket(causes, null, null), Language.JA, ReplyFormat.TEXT).body()).contains("\n・");
    }

    @Test
    void withoutACauseTheReplyAsksForTheActivationPage() {
        ReplyCase nothing = new ReplyCase(List.of(), null, null, null, null, null, null);
        Reply reply = WRITER.write(nothing, Language.JA, ReplyFormat.TEXT);
        assertThat(reply.subject()).isEqualTo("Windows のライセンス認証について");
        assertThat(reply.body()).contains("まだ特定できておりません").contains("ms-settings:activation")
                .doesNotContain("次の手順");
    }

    private record Typo(KeyAnalysis analysis, int position, char typed, char correct) {
    }

    /** A valid key with one character swapped for its look-alike, found by the analyser as the one repair. */
    private static Typo uniqueLookAlikeTypo() {
        for (long serial = 1; serial < 500; serial++) {
            String key = KeyFixtures.key(3309, serial).replace("-", "");
            for (int i = 0; i < 20; i++) {
                char c = key.charAt(i);
                if (c != '8' && c != 'B') {
                    continue;
                }
                char typed = c == '8' ? 'B' : '8';
                KeyAnalysis analysis = KeyFixtures.analyser().analyse(key.substring(0, i) + typed + key.substring(i + 1), null);
                if (analysis.suggestionUnique() && analysis.suggestions().get(0).changes().size() == 1
                        && analysis.suggestions().get(0).changes().get(0).position() == i + 1) {
                    return new Typo(analysis, i + 1, typed, c);
                }
            }
        }
        throw new AssertionError("no key with a uniquely repaired look-alike typo");
    }
}
