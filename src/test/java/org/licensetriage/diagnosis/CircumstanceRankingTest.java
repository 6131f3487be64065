package org.licensetriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.licensetriage.errors.CauseId;

/**
 * What the Windows release, the edition family and a few circumstances real tickets name rule out or point at:
 * the shapes of the tickets in the real-ticket corpus, written afresh here.
 */
class CircumstanceRankingTest {

    private static final List<CauseId> KMS_CAUSES = List.of(CauseId.KMS_CLIENT_KEY_WITHOUT_KMS,
            CauseId.KMS_HOST_UNREACHABLE, CauseId.KMS_HOST_MISCONFIGURED, CauseId.KMS_CLIENT_KEY_REQUIRED);

    private static List<CauseId> ranked(@Nullable String code, String message, @Nullable String edition,
            StatedFacts facts) {
        return DiagnosisServiceTest.service.diagnose(DiagnosisScenarios.input(code, message, null, edition, facts))
                .causes().stream().map(RankedCause::id).toList();
    }

    @Test
    void windowsXpNeverGetsAKmsOrDigitalLicenceCause() {
        StatedFacts vm = new StatedFacts(null, null, null, true, null, null, null, null, null);
        List<CauseId> causes = ranked(null, "The test VM keeps asking for activation after a few weeks unused.",
                "Windows XP Professional", vm);
        assertThat(causes).doesNotContainAnyElementsOf(KMS_CAUSES).doesNotContain(CauseId.DIGITAL_LICENSE_NOT_FOUND);
        assertThat(causes.get(0)).isEqualTo(CauseId.GRACE_PERIOD_EXPIRED);
    }

    @Test
    void windows7GetsNoDigitalLicenceCauseAfterAReinstall() {
        StatedFacts reinstalled = new StatedFacts(null, null, null, null, null, null, null, null, true);
        assertThat(ranked(null, "After reinstalling, Windows says it is not activated.", "Windows 7 Professional",
                reinstalled)).doesNotContain(CauseId.DIGITAL_LICENSE_NOT_FOUND);
        assertThat(ranked(null, "After reinstalling, Windows says it is not activated.", "Windows 10 Pro",
                reinstalled)).contains(CauseId.DIGITAL_LICENSE_NOT_FOUND);
    }

    @Test
    void aConsumerEditionAgainstKmsIsAnEditionProblemNotABuildOne() {
        List<CauseId> causes = ranked(null, "KMS activation works for Windows 10 Pro and Office, but nothing"
                + " activates this PC.", "Windows 7 Ultimate", StatedFacts.NONE);
        assertThat(causes.get(0)).isEqualTo(CauseId.EDITION_MISMATCH);
    }

    @Test
    void serverCoreIsNotMistakenForTheCoreHomeEdition() {
        List<CauseId> causes = ranked(null, "KMS activation fails on the new server.",
                "Windows Server 2022 Standard (Server Core)", StatedFacts.NONE);
        assertThat(causes.get(0)).isNotEqualTo(CauseId.EDITION_MISMATCH);
    }

    @Test
    void aShownLastGroupThatIsNoKmsClientKeyNeedsTheKmsClientKey() {
        String shown = """
                Edition: Windows Server 2019 Datacenter
                Activation: Windows is not activated
                Product Key: CPR8F
                Activated against our KMS host once, now it fails again.
                """;
        assertThat(ranked(null, shown, null, StatedFacts.NONE).get(0)).isEqualTo(CauseId.KMS_CLIENT_KEY_REQUIRED);
        // 63DFG ends the published KMS client setup key of Windows Server 2019 Datacenter
        assertThat(ranked(null, shown.replace("CPR8F", "63DFG"), null, StatedFacts.NONE))
                .doesNotContain(CauseId.KMS_CLIENT_KEY_REQUIRED);
    }

    @Test
    void noKeyInstalledOnAKmsClientNeedsTheKmsClientKey() {
        assertThat(ranked(null, "The server needs to be activated by a KMS server. Could not get the license key;"
                + " activation skipped.", null, StatedFacts.NONE).get(0)).isEqualTo(CauseId.KMS_CLIENT_KEY_REQUIRED);
    }

    @Test
    void anActivatorOutweighsTheOemReadingOfAMissingSlicTable() {
        assertThat(ranked("0xC004F057", "An old KMSpico was removed by the anti-malware tool, and now this error"
                + " shows.", "Windows 7 Ultimate", StatedFacts.NONE).get(0)).isEqualTo(CauseId.NON_GENUINE_INSTALLATION);
    }

    @Test
    void aCleanInstallAfterAnUpgradeMissesTheUpgradesDigitalLicence() {
        StatedFacts upgradedThenClean = new StatedFacts(null, null, null, null, null, "Windows 7 Home Premium", null,
                null, true);
        assertThat(ranked("0xC004C003", "I read the key out of the upgraded Windows 10 and clean-installed with it.",
                "Windows 10 Home", upgradedThenClean).get(0)).isEqualTo(CauseId.DIGITAL_LICENSE_NOT_FOUND);
    }

    @Test
    void aFailingTlsConnectionIsANetworkCauseEvenWithTheInternetUp() {
        StatedFacts online = new StatedFacts(null, true, null, null, null, null, null, null, null);
        List<CauseId> causes = ranked(null, "Office cannot check its licence since TLS 1.0 was switched off on the"
                + " server side.", null, online);
        assertThat(causes.get(0)).isEqualTo(CauseId.NETWORK_UNAVAILABLE);
    }

    @Test
    void anAnswerFileThatInstalledAnotherEditionPointsAtItsGenericKey() {
        assertThat(ranked(null, "After setup from our unattend.xml, the PC shows a different edition than the one"
                + " licensed and will not activate.", null, StatedFacts.NONE).subList(0, 2))
                .contains(CauseId.GENERIC_KEY);
    }

    @Test
    void anAvmaKeyOutsideADatacenterHostPointsAtAnotherSetupKey() {
        StatedFacts vm = new StatedFacts(null, null, null, true, null, null, null, null, null);
        assertThat(ranked(null, "Our lab installs AVMA keys in the Windows Server guests, but they run on Windows 10"
                + " Hyper-V.", null, vm).get(0)).isEqualTo(CauseId.KMS_CLIENT_KEY_REQUIRED);
    }

    @Test
    void guestsOfAnAzureStackHciHostNeedTheirSetupKey() {
        StatedFacts subscribedVm = new StatedFacts(KeySource.SUBSCRIPTION, null, null, true, null, null, null, null,
                null);
        assertThat(ranked(null, "Windows Server guests on our Azure Stack HCI cluster stay unactivated.", null,
                subscribedVm).subList(0, 3)).contains(CauseId.KMS_CLIENT_KEY_REQUIRED);
    }

    @Test
    void aKeyThatPhoneActivationAlsoRefusesPointsAtABlockedOrUsedUpKey() {
        List<CauseId> causes = ranked(null, "Online activation failed and phone activation gives no confirmation ID"
                + " for the key either.", null, StatedFacts.NONE);
        assertThat(causes.get(0)).isEqualTo(CauseId.KEY_BLOCKED);
    }

    @Test
    void aKmsRequestWithoutAnAnswerPointsAtAnUnreachableHost() {
        assertThat(ranked(null, "Event ID 12288 is logged on every attempt; there is nothing after it.", null,
                StatedFacts.NONE).get(0)).isEqualTo(CauseId.KMS_HOST_UNREACHABLE);
        assertThat(ranked(null, "Event ID 12288 is logged.\nEvent ID 12289 is logged.", null, StatedFacts.NONE))
                .doesNotContain(CauseId.KMS_HOST_UNREACHABLE);
    }

    @Test
    void invalidDataFromAKmsHostOnTheClientItselfPointsAtTheHost() {
        assertThat(ranked("0x8007000D", "slmgr /skms localhost, then slmgr /ato: the KMS host on this PC logs a"
                + " reply but activation fails.", null, StatedFacts.NONE).get(0)).isEqualTo(CauseId.KMS_HOST_MISCONFIGURED);
    }

    @Test
    void aProxyStillExplainsAFailureWhenTheInternetWorks() {
        StatedFacts online = new StatedFacts(null, true, null, null, null, null, null, null, null);
        assertThat(ranked(null, "The browser works through the company proxy, but Windows activation fails.", null,
                online).get(0)).isEqualTo(CauseId.NETWORK_UNAVAILABLE);
    }

    @Test
    void aPreinstalledLicenceIsWeighedAsAnOemKey() {
        assertThat(ranked(null, "Windows came preinstalled on this laptop and now the activation page says the key"
                + " is invalid.", null, StatedFacts.NONE)).contains(CauseId.OEM_LICENSE_MISMATCH);
    }

    @Test
    void aFailingCommandWithNothingElseKnownAsksFirstWhetherItRanAsAdministrator() {
        assertThat(ranked(null, "The activation script fails in PowerShell.", null, StatedFacts.NONE).get(0))
                .isEqualTo(CauseId.INSUFFICIENT_PRIVILEGES);
        assertThat(ranked(null, "スクリプトを実行してもライセンス認証できない。", null, StatedFacts.NONE).get(0))
                .isEqualTo(CauseId.INSUFFICIENT_PRIVILEGES);
    }
}
