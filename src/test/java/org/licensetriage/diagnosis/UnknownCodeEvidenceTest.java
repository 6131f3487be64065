package org.licensetriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.licensetriage.errors.CauseId;

/** A code the knowledge base has no entry for still counts: its kind points at the causes of that kind. */
class UnknownCodeEvidenceTest {

    @ParameterizedTest(name = "{0} leads to {1}")
    @CsvSource({
            "0x80072AF9, KMS_HOST_UNREACHABLE", // WSAHOST_NOT_FOUND: a DNS error
            "0x80070522, INSUFFICIENT_PRIVILEGES", // ERROR_PRIVILEGE_NOT_HELD: an access error
            "0x80070424, SERVICE_DISABLED", // ERROR_SERVICE_DOES_NOT_EXIST: a service error
            "0x800706BE, NETWORK_UNAVAILABLE", // RPC_S_CALL_FAILED: a network error
            "0x80090324, CLOCK_SKEW"}) // SEC_E_TIME_SKEW
    void theKindOfAnUnknownCodeRanksItsCausesFirst(String code, CauseId expected) {
        Diagnosis diagnosis = DiagnosisServiceTest.service.diagnose(DiagnosisScenarios.input(code, null, null, null,
                StatedFacts.NONE));
        assertThat(diagnosis.causes()).isNotEmpty();
        assertThat(diagnosis.causes().get(0).id()).isEqualTo(expected);
        assertThat(diagnosis.causes().get(0).evidence()).anySatisfy(evidence -> {
            assertThat(evidence.source()).isEqualTo(EvidenceSource.ERROR_CODE);
            assertThat(evidence.detail().en()).startsWith(code + " (").contains("has no entry of its own");
            assertThat(evidence.detail().ja()).contains("には個別の登録がありません");
        });
    }

    @ParameterizedTest(name = "{0} says nothing about the cause")
    @CsvSource({"0x8007000E", "0x12345678"})
    void aGeneralCodeRaisesNoCauseOfItsOwn(String code) {
        Diagnosis diagnosis = DiagnosisServiceTest.service.diagnose(DiagnosisScenarios.input(code, null, null, null,
                StatedFacts.NONE));
        // only the usual causes of any activation failure, weakly, never evidence drawn from the code itself
        assertThat(diagnosis.causes()).isNotEmpty().allSatisfy(cause -> {
            assertThat(cause.confidence()).isLessThan(0.2);
            assertThat(cause.evidence()).noneSatisfy(evidence -> assertThat(evidence.detail().en()).contains(code));
        });
    }
}
