package org.licensetriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.licensetriage.errors.CauseId;

/** How what a ticket says in words, and a few facts, move the ranking where no code decides it. */
class MessageRankingTest {

    private static List<CauseId> ranked(String message, String edition, StatedFacts facts) {
        return DiagnosisServiceTest.service.diagnose(DiagnosisScenarios.input(null, message, null, edition, facts))
                .causes().stream().map(RankedCause::id).toList();
    }

    @Test
    void aBuildTheKmsHostDoesNotServeLeadsWhenOtherVersionsActivateAgainstIt() {
        List<CauseId> causes = ranked("Windows Server 2025 will not activate against our KMS host; other Windows"
                + " versions activate fine against the same host.", null, StatedFacts.NONE);
        assertThat(causes.get(0)).isEqualTo(CauseId.UNSUPPORTED_BUILD);
        assertThat(causes.indexOf(CauseId.KMS_HOST_UNREACHABLE)).isNotZero();
    }

    @Test
    void convertingTheEditionPointsAtAnEditionMismatch() {
        assertThat(ranked("DISM /Online /Set-Edition:ServerStandard fails", null, StatedFacts.NONE).get(0))
                .isEqualTo(CauseId.EDITION_MISMATCH);
    }

    @Test
    void activationLostWithNothingChangedPointsAtTheServiceSide() {
        assertThat(ranked("This morning Windows asked to be activated again; nothing changed on the PC.", null,
                StatedFacts.NONE).get(0)).isEqualTo(CauseId.ACTIVATION_SERVER_UNAVAILABLE);
    }

    @Test
    void anUpgradeThatKeptTheEditionTierHintsAtAnEditionMismatchLessThanOneThatChangedIt() {
        Diagnosis kept = DiagnosisServiceTest.service.diagnose(DiagnosisScenarios.input(null,
                "Windows asks to be activated", null, "Windows 10 Pro", upgradedFrom("Windows 8 Pro")));
        Diagnosis changed = DiagnosisServiceTest.service.diagnose(DiagnosisScenarios.input(null,
                "Windows asks to be activated", null, "Windows 10 Pro", upgradedFrom("Windows 8 Home")));
        assertThat(points(kept, CauseId.EDITION_MISMATCH)).isLessThan(points(changed, CauseId.EDITION_MISMATCH));
    }

    @Test
    void aVirtualMachineWithoutAnOemLicenceDoesNotLeadWithAnOemMismatch() {
        StatedFacts vm = new StatedFacts(null, null, null, true, null, null, null, null, null);
        List<CauseId> causes = ranked("Windows in the lab VM says it needs activation", null, vm);
        assertThat(causes.get(0)).isNotEqualTo(CauseId.OEM_LICENSE_MISMATCH);
        assertThat(causes).contains(CauseId.KMS_CLIENT_KEY_WITHOUT_KMS, CauseId.GRACE_PERIOD_EXPIRED);
    }

    private static StatedFacts upgradedFrom(String edition) {
        return new StatedFacts(null, null, null, null, null, edition, null, null, null);
    }

    private static double points(Diagnosis diagnosis, CauseId id) {
        return diagnosis.causes().stream().filter(c -> c.id() == id).flatMap(c -> c.evidence().stream())
                .mapToDouble(Evidence::weight).sum();
    }
}
