package org.licensetriage.diagnosis;

import java.util.List;
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
    public static final String SLMGR_DLI = """
            Name: Windows(R), Professional edition
            Description: Windows(R) Operating System, RETAIL channel
            Partial Product Key: 3V66T
            License Status: Notification
            Notification Reason: 0xC004F050.""";

    private DiagnosisService service;
    private MessageReader reader;
    private DiagnosisInput slmgrInput;
    private DiagnosisInput codeAndKeyInput;
    private DiagnosisInput longestTicket;
    private DiagnosisInput paste20k;
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
        RealTickets.Ticket longest = RealTickets.load().stream().filter(t -> t.message() != null)
                .max(java.util.Comparator.comparingInt(t -> t.message().length())).orElseThrow();
        longestTicket = new DiagnosisInput(longest.errorCode(), longest.message(), longest.productKey(),
                longest.installedEdition(), longest.os(), StatedFacts.NONE);
        // the largest message accepted: real pastes of every format, repeated
        StringBuilder paste = new StringBuilder();
        List<String> pieces = RealTickets.load().stream().map(RealTickets.Ticket::message)
                .filter(java.util.Objects::nonNull).toList();
        for (int i = 0; paste.length() < DiagnosisRequest.MAX_MESSAGE; i++) {
            paste.append(pieces.get(i % pieces.size())).append('\n');
        }
        paste20k = new DiagnosisInput(null, paste.substring(0, DiagnosisRequest.MAX_MESSAGE), null, null, null,
                StatedFacts.NONE);
    }

    /** The longest ticket of the real-ticket corpus (test resources), as its reporter gave it. */
    @Benchmark
    public Diagnosis diagnoseLongestCorpusTicket() {
        return service.diagnose(longestTicket);
    }

    /** A 20,000-character paste, the most a request may carry, made of the corpus' messages. */
    @Benchmark
    public Diagnosis diagnose20000CharacterPaste() {
        return service.diagnose(paste20k);
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
