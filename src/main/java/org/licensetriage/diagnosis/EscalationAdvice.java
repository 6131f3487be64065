package org.licensetriage.diagnosis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.CauseDescription;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.ContactDescription;
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

    // The causes the help desk cannot fix; KMS host trouble only once the PC is known to be managed, an
    // unsupported build only where a KMS host is involved (an outdated client is updated on the PC). Who can
    // fix them is the contact of the cause's escalation in the cause catalogue (knowledge/causes.yml).
    static final Set<CauseId> ESCALATING = EnumSet.of(CauseId.KEY_BLOCKED, CauseId.KEY_ACTIVATION_LIMIT_REACHED,
            CauseId.OEM_LICENSE_MISMATCH, CauseId.KMS_HOST_MISCONFIGURED, CauseId.UNSUPPORTED_BUILD,
            CauseId.KMS_HOST_UNREACHABLE);

    static final double THRESHOLD = 0.2;

    static EscalationAdvice advise(List<RankedCause> causes, DiagnosisContext context, Facts facts,
            KnowledgeBase knowledgeBase) {
        for (RankedCause cause : causes) {
            if (cause.confidence() < THRESHOLD) {
                break;
            }
            CauseDescription description = knowledgeBase.cause(cause.id());
            if (!ESCALATING.contains(cause.id()) || description.escalation() == null
                    || cause.id() == CauseId.KMS_HOST_UNREACHABLE && !facts.is(Fact.ORGANIZATION_MANAGED, true)
                    || cause.id() == CauseId.UNSUPPORTED_BUILD && !context.kms()) {
                continue;
            }
            ContactDescription contact = knowledgeBase.contact(description.escalation().contact());
            int percent = (int) Math.round(cause.confidence() * 100);
            return new EscalationAdvice(true, new LocalizedText(
                    "The evidence points at the key or licence itself (" + cause.title().en() + ", " + percent
                            + "%), which the help desk cannot fix. " + contact.reach().en(),
                    "キーまたはライセンスそのものに原因がある可能性が高く (" + cause.title().ja() + "、" + percent
                            + "%)、ヘルプデスクでは解決できません。" + contact.reach().ja()),
                    contact.id(), prepare(context.key(), contact, description));
        }
        LocalizedText when = context.primary() == null ? null : context.primary().escalation().when();
        return new EscalationAdvice(false, new LocalizedText(
                "Not needed yet: the likely causes can be fixed on the PC." + (when == null ? "" : " " + when.en()),
                "現時点では不要です。考えられる原因は PC 側で対処できます。" + (when == null ? "" : when.ja())),
                null, List.of());
    }

    /**
     * The key's last group (masked, when the key is known), what the contact always asks for, then what the
     * catalogue lists for the cause, each once.
     */
    private static List<LocalizedText> prepare(@Nullable KeyAnalysis key, ContactDescription contact,
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
        prepare.addAll(contact.prepare());
        prepare.addAll(description.escalation().prepare());
        return prepare.stream().distinct().toList();
    }
}
