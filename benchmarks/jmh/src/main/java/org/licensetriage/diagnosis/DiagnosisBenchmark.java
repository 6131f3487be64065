package org.licensetriage.diagnosis;

import java.util.concurrent.TimeUnit;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.keys.KeyFixtures;
import org.licensetriage.reading.MessageReader;
import org.licensetriage.reading.Observation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The domain side of POST /diagnoses for the request the HTTP benchmark sends (a pasted slmgr /dli), without
 * HTTP or JSON: the whole diagnosis, and the reading of the message alone, so a change to either shows here
 * with less noise than through wrk.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DiagnosisBenchmark {

    // The body of benchmarks/http/bodies/diagnosis-slmgr-dli.json.
    static final String SLMGR_DLI = """
            Name: Windows(R), Professional edition
            Description: Windows(R) Operating System, RETAIL channel
            Partial Product Key: 3V66T
            License Status: Notification
            Notification Reason: 0xC004F050.""";

    private DiagnosisService service;
    private MessageReader reader;
    private DiagnosisInput slmgrInput;
    private DiagnosisInput codeAndKeyInput;
    private DiagnosisResponse response;
    private tools.jackson.databind.json.JsonMapper plain = tools.jackson.databind.json.JsonMapper.builder().build();

    @Setup
    public void setUp() {
        service = new DiagnosisService(KeyFixtures.analyser(), KnowledgeFixtures.knowledgeBase());
        reader = new MessageReader(KnowledgeFixtures.knowledgeBase());
        slmgrInput = new DiagnosisInput(null, SLMGR_DLI, null, null, null, StatedFacts.NONE);
        codeAndKeyInput = new DiagnosisInput("0xC004F050", null, "VK7JG-NPHTM-C97JM-9MPGT-3V66T", "Windows 11 Home",
                null, StatedFacts.NONE);
        response = DiagnosisResponse.of(service.diagnose(slmgrInput), org.licensetriage.i18n.Language.EN);
    }

    @Benchmark
    public Diagnosis diagnoseSlmgrOutput() {
        return service.diagnose(slmgrInput);
    }

    @Benchmark
    public Diagnosis diagnoseCodeAndKey() {
        return service.diagnose(codeAndKeyInput);
    }

    @Benchmark
    public byte[] writeJson() {
        return plain.writeValueAsBytes(response);
    }

    @Benchmark
    public Observation readSlmgrOutput() {
        return reader.read(SLMGR_DLI);
    }
}
