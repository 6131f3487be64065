package org.licensetriage.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseDescription;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.EscalationContact;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.i18n.LocalizedText;
import org.licensetriage.keys.KeyAnalysis;

/**
 * Whether to hand the case on, why, to whom, and what the customer should have ready. Escalation is
 * recommended when the evidence says the key or the licence itself is at fault: the help desk cannot unblock
 * a key, add activations, move an OEM licence or fix an organisation's KMS host.
 */
public record EscalationAdvice(boolean recommended, LocalizedText reason, @Nullable EscalationContact contact,
        List<LocalizedText> prepare) {

    // Who can fix each cause the help desk cannot; KMS host trouble only once the PC is known to be managed,
    // an unsupported build only where a KMS host is involved (an outdated client is updated on the PC).
    private static final Map<CauseId, EscalationContact> ESCALATING = Map.of(
            CauseId.KEY_BLOCKED, EscalationContact.VENDOR,
            CauseId.KEY_ACTIVATION_LIMIT_REACHED, EscalationContact.MICROSOFT,
            CauseId.OEM_LICENSE_MISMATCH, EscalationContact.OEM,
            CauseId.KMS_HOST_MISCONFIGURED, EscalationContact.LICENSING_ADMINISTRATOR,
            CauseId.UNSUPPORTED_BUILD, EscalationContact.LICENSING_ADMINISTRATOR,
            CauseId.KMS_HOST_UNREACHABLE, EscalationContact.LICENSING_ADMINISTRATOR);

    static final double THRESHOLD = 0.2;

    static EscalationAdvice advise(List<RankedCause> causes, DiagnosisContext context, Facts facts,
            KnowledgeBase knowledgeBase) {
        for (RankedCause cause : causes) {
            if (cause.confidence() < THRESHOLD) {
                break;
            }
            EscalationContact contact = ESCALATING.get(cause.id());
            if (contact == null || cause.id() == CauseId.KMS_HOST_UNREACHABLE
                    && !facts.is(Fact.ORGANIZATION_MANAGED, true)
                    || cause.id() == CauseId.UNSUPPORTED_BUILD && !context.kms()) {
                continue;
            }
            CauseDescription description = knowledgeBase.cause(cause.id());
            if (description.escalation() != null) {
                contact = description.escalation().contact();
            }
            int percent = (int) Math.round(cause.confidence() * 100);
            return new EscalationAdvice(true, new LocalizedText(
                    "The evidence points at the key or licence itself (" + cause.title().en() + ", " + percent
                            + "%), which the help desk cannot fix: " + who(contact).en() + ".",
                    "キーまたはライセンスそのものに原因がある可能性が高く (" + cause.title().ja() + "、" + percent
                            + "%)、ヘルプデスクでは解決できません。" + who(contact).ja() + "。"),
                    contact, prepare(context.key(), contact, description));
        }
        LocalizedText when = context.primary() == null ? null : context.primary().escalation().when();
        return new EscalationAdvice(false, new LocalizedText(
                "Not needed yet: the likely causes can be fixed on the PC." + (when == null ? "" : " " + when.en()),
                "現時点では不要です。考えられる原因は PC 側で対処できます。" + (when == null ? "" : when.ja())),
                null, List.of());
    }

    private static LocalizedText who(EscalationContact contact) {
        return switch (contact) {
            case VENDOR -> new LocalizedText("contact the seller of the key", "キーの購入先に問い合わせてください");
            case MICROSOFT -> new LocalizedText("contact Microsoft (phone activation via slui 4 or support)",
                    "Microsoft (slui 4 の電話認証またはサポート) に問い合わせてください");
            case OEM -> new LocalizedText("contact the maker of the PC", "PC のメーカーに問い合わせてください");
            case LICENSING_ADMINISTRATOR -> new LocalizedText("hand over to the organisation's licensing administrator",
                    "組織のライセンス管理者に引き継いでください");
        };
    }

    /**
     * The key's last group (masked, when the key is known), the installation ID for anyone but the
     * organisation's own administrator, then what the catalogue lists for the cause.
     */
    private static List<LocalizedText> prepare(@Nullable KeyAnalysis key, EscalationContact contact,
            CauseDescription description) {
        List<LocalizedText> prepare = new ArrayList<>();
        if (key != null) {
            String masked = key.maskedKey();
            prepare.add(new LocalizedText("The key's last group as masked here: " + masked + " (never the whole key)",
                    "キーの末尾のグループ (マスク済み): " + masked + " (キー全体は伝えない)"));
        } else {
            prepare.add(new LocalizedText("The key's last five characters (never the whole key)",
                    "キーの末尾 5 文字 (キー全体は伝えない)"));
        }
        if (contact != EscalationContact.LICENSING_ADMINISTRATOR) {
            prepare.add(new LocalizedText("The installation ID shown by slui 4", "slui 4 で表示されるインストール ID"));
        }
        if (description.escalation() != null) {
            prepare.addAll(description.escalation().prepare());
        }
        return prepare;
    }
}
