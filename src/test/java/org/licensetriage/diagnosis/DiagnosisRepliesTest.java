package org.licensetriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.i18n.Language;
import org.licensetriage.keys.Change;
import org.licensetriage.keys.KeyFixtures;
import org.licensetriage.reply.Reply;
import org.licensetriage.reply.ReplyFixtures;
import org.licensetriage.reply.ReplyFormat;

/** Diagnoses of whole tickets turned into replies: what the diagnosis found reaches the customer's message. */
class DiagnosisRepliesTest {

    private final DiagnosisService service = new DiagnosisService(KeyFixtures.analyser(), KnowledgeFixtures.knowledgeBase());

    private Reply reply(DiagnosisInput input, Language language) {
        Diagnosis diagnosis = service.diagnose(input);
        return ReplyFixtures.writer().write(DiagnosisReplies.ticket(diagnosis, input.installedEdition()), language,
                ReplyFormat.TEXT);
    }

    @Test
    void aMistypedKeyIsAnsweredWithThePositionOfTheWrongCharacter() {
        String key = KeyFixtures.key(3309, 202).replace("-", "");
        int at = key.indexOf('8') >= 0 && key.indexOf('8') < 20 ? key.indexOf('8') : key.indexOf('B');
        char typed = key.charAt(at) == '8' ? 'B' : '8';
        String mistyped = key.substring(0, at) + typed + key.substring(at + 1);
        DiagnosisInput input = new DiagnosisInput("0xC004F050", "Windows 11 Pro にしたくてキーを入れたらエラーになりました",
                mistyped, "Windows 11 Home", null, StatedFacts.NONE);
        Diagnosis diagnosis = service.diagnose(input);
        Change change = diagnosis.keyAnalysis().suggestions().get(0).changes().get(0);

        Reply ja = reply(input, Language.JA);
        assertThat(ja.body()).contains(change.position() + " 文字目").contains("「" + change.from() + "」ではなく「"
                + change.to() + "」").contains("XXXXX-XXXXX-XXXXX-XXXXX-" + mistyped.substring(20))
                .doesNotContain(mistyped).doesNotContain(key);
        assertThat(change.position()).isEqualTo(at + 1);
    }

    @Test
    void aBlockedKeyIsEscalatedToTheSellerWithWhatToHaveReady() {
        String key = KeyFixtures.key(3305, 909);
        DiagnosisInput input = new DiagnosisInput("0xC004C003", "The customer bought the key cheaply on an online marketplace",
                key, null, null, StatedFacts.NONE);
        assertThat(service.diagnose(input).escalation().contact()).isEqualTo(EscalationContact.VENDOR);
        Reply en = reply(input, Language.EN);
        assertThat(en.subject()).isEqualTo("Activation error 0xC004C003 on your PC");
        assertThat(en.body()).contains("Microsoft has blocked this key").contains("only the seller of the key can put right")
                .contains("Proof of purchase").contains("The last five characters of the key: " + key.substring(24));
    }

    @Test
    void anSlmgrPasteGivesTheEditionChannelAndInstalledKeyInTheCustomersWords() {
        DiagnosisInput input = new DiagnosisInput(null, """
                名前: Windows(R), Professional edition
                説明: Windows(R) Operating System, RETAIL channel
                プロダクト キーの一部: 3V66T
                ライセンスの状態: 通知
                通知の理由: 0xC004F050。""", null, null, null, StatedFacts.NONE);
        Reply ja = reply(input, Language.JA);
        assertThat(ja.body()).contains("Windows のエディション: " + KeyFixtures.analyser().editionName("Professional")
                .orElseThrow().ja()).contains("店頭やオンラインでご購入された製品版 (画面上の表示: RETAIL)")
                .contains("現在 Windows に入っているキーの末尾 5 文字: 3V66T")
                .contains("エディションを選ぶためだけに Microsoft が公開している共通のキー");
    }
}
