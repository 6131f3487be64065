package org.licensetriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.diagnosis.DiagnosisScenarios.Scenario;
import org.licensetriage.errors.CauseId;
import org.licensetriage.errors.MalformedErrorCodeException;
import org.licensetriage.keys.KeyFixtures;
import org.licensetriage.reading.LicenseStatus;

/** The diagnosis service wired by hand over the shipped knowledge base and key catalogue. */
class DiagnosisServiceTest {

    static final DiagnosisService service = new DiagnosisService(KeyFixtures.analyser(),
            KnowledgeFixtures.knowledgeBase());

    static List<Scenario> scenarios() {
        return DiagnosisScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void realisticCaseRanksItsCauseFirst(Scenario scenario) {
        Diagnosis diagnosis = service.diagnose(scenario.input());
        assertThat(diagnosis.causes()).as(describe(diagnosis)).isNotEmpty();
        assertThat(diagnosis.causes().get(0).id()).as(describe(diagnosis)).isEqualTo(scenario.expected());
        RankedCause top = diagnosis.causes().get(0);
        assertThat(top.evidence()).isNotEmpty();
        assertThat(top.resolution()).isNotEmpty();
        assertThat(top.title().en()).isNotBlank();
        assertThat(top.title().ja()).isNotBlank();
    }

    @Test
    void pastTheThirdCauseOnlyCausesWithAQuarterOfTheLeadersWeightAreListed() {
        // slmgr shows the generic Pro key: it leads, and most of the eight causes 0xC004F050 lists fall far behind
        List<RankedCause> causes = service.diagnose(DiagnosisScenarios.input(null, """
                エラー コード: 0xC004F050
                名前: Windows(R), Professional edition
                説明: Windows(R) Operating System, RETAIL channel
                プロダクト キーの一部: 3V66T""", null, null, StatedFacts.NONE)).causes();
        assertThat(causes.get(0).id()).isEqualTo(CauseId.GENERIC_KEY);
        assertThat(causes).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(8);
        double leader = causes.get(0).confidence();
        assertThat(causes.subList(3, causes.size())).allSatisfy(c -> assertThat(c.confidence())
                .isGreaterThanOrEqualTo(0.25 * leader - 0.001));
    }

    @Test
    void everyCauseOfTheVocabularyHasAScenarioInEachLanguage() {
        Set<CauseId> covered = scenarios().stream().map(Scenario::expected).collect(Collectors.toSet());
        assertThat(covered).isEqualTo(EnumSet.allOf(CauseId.class));
        assertThat(scenarios()).hasSize(2 * CauseId.values().length);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void confidencesAreProbabilitiesAndRanked(Scenario scenario) {
        List<RankedCause> causes = service.diagnose(scenario.input()).causes();
        assertThat(causes).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
        assertThat(causes.stream().mapToDouble(RankedCause::confidence).sum()).isLessThanOrEqualTo(1.0);
        assertThat(causes).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void sameInputGivesTheSameAnswer(Scenario scenario) {
        assertThat(service.diagnose(scenario.input())).isEqualTo(service.diagnose(scenario.input()));
    }

    @Test
    void answeringTheTopQuestionMovesTheRanking() {
        // A KMS client key and 0xC004F074: home PC (no KMS) or company PC (KMS host unreachable)?
        DiagnosisInput open = DiagnosisScenarios.input("0xC004F074", null, DiagnosisScenarios.PRO_GVLK, null, StatedFacts.NONE);
        Diagnosis before = service.diagnose(open);
        assertThat(before.questions()).extracting(Question::fact).first().isEqualTo(Fact.ORGANIZATION_MANAGED);
        Question asked = before.questions().get(0);
        assertThat(List.<Object>copyOf(asked.answers())).containsExactly(true, false);
        assertThat(asked.text().ja()).contains("会社");

        Diagnosis company = service.diagnose(withFacts(open, DiagnosisScenarios.organization(true)));
        Diagnosis home = service.diagnose(withFacts(open, DiagnosisScenarios.organization(false)));
        assertThat(company.causes().get(0).id()).isEqualTo(CauseId.KMS_HOST_UNREACHABLE);
        assertThat(home.causes().get(0).id()).isEqualTo(CauseId.KMS_CLIENT_KEY_WITHOUT_KMS);
        assertThat(company.questions()).extracting(Question::fact).doesNotContain(Fact.ORGANIZATION_MANAGED);
    }

    @Test
    void everyQuestionAskedCanChangeTheDiagnosis() {
        for (Scenario scenario : scenarios()) {
            Diagnosis before = service.diagnose(scenario.input());
            for (Question question : before.questions()) {
                boolean moves = question.answers().stream().anyMatch(answer -> {
                    Diagnosis after = service.diagnose(withFacts(scenario.input(),
                            with(scenario.input().facts(), question.fact(), answer)));
                    return !after.causes().equals(before.causes());
                });
                assertThat(moves).as(scenario + ": " + question.fact()).isTrue();
            }
        }
    }

    @Test
    void blockedKeyWithItsSourceUnknownAsksWhereTheKeyCameFrom() {
        Diagnosis diagnosis = service.diagnose(DiagnosisScenarios.input("0xC004C003", null, DiagnosisScenarios.PRO_RETAIL,
                "Windows 11 Pro", StatedFacts.NONE));
        assertThat(diagnosis.questions()).extracting(Question::fact).contains(Fact.KEY_SOURCE);
    }

    @Test
    void everyCauseTheHelpDeskCannotFixNamesItsContactInTheCauseCatalogue() {
        assertThat(EscalationAdvice.ESCALATING).allSatisfy(id ->
                assertThat(KnowledgeFixtures.knowledgeBase().cause(id).escalation()).isNotNull());
    }

    @Test
    void escalationIsRecommendedWhenTheKeyItselfIsAtFault() {
        Diagnosis blocked = service.diagnose(DiagnosisScenarios.all().stream()
                .filter(s -> s.name().equals("cheap marketplace key, English")).findFirst().orElseThrow().input());
        assertThat(blocked.escalation().recommended()).isTrue();
        assertThat(blocked.escalation().contact()).isNotNull();
        assertThat(blocked.escalation().prepare()).extracting(t -> t.en())
                .anySatisfy(line -> assertThat(line).contains("XXXXX-XXXXX-XXXXX-XXXXX-"))
                .anySatisfy(line -> assertThat(line).containsIgnoringCase("slui 4"));
        assertThat(blocked.escalation().prepare()).allSatisfy(line ->
                assertThat(line.en()).doesNotContain(DiagnosisScenarios.PRO_RETAIL));
        // who to contact and how comes from the one contact list, as in GET /errors/{code}
        assertThat(blocked.escalation().reason().ja()).endsWith(KnowledgeFixtures.knowledgeBase()
                .contact(blocked.escalation().contact()).reach().ja());

        Diagnosis typo = service.diagnose(scenarios().get(0).input());
        assertThat(typo.escalation().recommended()).isFalse();
        assertThat(typo.escalation().reason().ja()).isNotBlank();
    }

    @Test
    void whatWasReadIsReportedWithTheKeyMasked() {
        String key = DiagnosisScenarios.PRO_RETAIL;
        Diagnosis diagnosis = service.diagnose(DiagnosisScenarios.input(null,
                "Name: Windows(R), Professional edition\nDescription: Windows(R) Operating System, OEM_DM channel\n"
                        + "Partial Product Key: 3V66T\nLicense Status: Notification\nerror code: -1073418160\nkey " + key,
                null, null, StatedFacts.NONE));
        assertThat(diagnosis.errorCode()).hasToString("0xC004F050");
        assertThat(diagnosis.detected().edition()).isEqualTo("Professional");
        assertThat(diagnosis.detected().channelName()).isEqualTo("OEM_DM");
        assertThat(diagnosis.detected().partialProductKey()).isEqualTo("3V66T");
        assertThat(diagnosis.detected().licenseStatus()).isEqualTo(LicenseStatus.NOTIFICATION);
        assertThat(diagnosis.detected().maskedProductKey()).isEqualTo("XXXXX-XXXXX-XXXXX-XXXXX-" + key.substring(24));
        assertThat(diagnosis.keyAnalysis()).isNotNull();
        assertThat(diagnosis.toString()).doesNotContain(key.replace("-", "")).doesNotContain(key);
    }

    @Test
    void nothingToStartFromIsRefused() {
        assertThatThrownBy(() -> service.diagnose(new DiagnosisInput(" ", "", null, "Pro", "Windows 11", StatedFacts.NONE)))
                .isInstanceOf(NothingToDiagnoseException.class);
        assertThatThrownBy(() -> service.diagnose(new DiagnosisInput("error", null, null, null, null, StatedFacts.NONE)))
                .isInstanceOf(MalformedErrorCodeException.class);
    }

    @Test
    void aCodeOutsideTheKnowledgeBaseStillGetsADiagnosisFromTheOtherEvidence() {
        Diagnosis diagnosis = service.diagnose(DiagnosisScenarios.input("0x80070002", null,
                DiagnosisScenarios.PRO_GENERIC, null, StatedFacts.NONE));
        assertThat(diagnosis.errorCode()).hasToString("0x80070002");
        assertThat(diagnosis.causes().get(0).id()).isEqualTo(CauseId.GENERIC_KEY);
    }

    private static String describe(Diagnosis diagnosis) {
        return diagnosis.causes().stream().map(c -> c.id() + "=" + c.confidence()).toList().toString();
    }

    static DiagnosisInput withFacts(DiagnosisInput input, StatedFacts facts) {
        return new DiagnosisInput(input.errorCode(), input.message(), input.productKey(), input.installedEdition(),
                input.os(), facts);
    }

    static StatedFacts with(StatedFacts f, Fact fact, Object value) {
        return new StatedFacts(
                fact == Fact.KEY_SOURCE ? (KeySource) value : f.keySource(),
                fact == Fact.NETWORK_AVAILABLE ? (Boolean) value : f.networkAvailable(),
                fact == Fact.HARDWARE_CHANGED ? (Boolean) value : f.hardwareChanged(),
                fact == Fact.VIRTUAL_MACHINE ? (Boolean) value : f.virtualMachine(),
                fact == Fact.ORGANIZATION_MANAGED ? (Boolean) value : f.organizationManaged(),
                fact == Fact.UPGRADED_FROM ? (String) value : f.upgradedFrom(),
                fact == Fact.CLOCK_CORRECT ? (Boolean) value : f.clockCorrect(),
                fact == Fact.ELEVATED ? (Boolean) value : f.elevated(),
                fact == Fact.REINSTALLED ? (Boolean) value : f.reinstalled());
    }
}
