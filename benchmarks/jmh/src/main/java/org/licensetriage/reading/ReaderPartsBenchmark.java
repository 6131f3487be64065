package org.licensetriage.reading;

import java.util.concurrent.TimeUnit;
import org.licensetriage.KnowledgeFixtures;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each step of {@link MessageReader#read} on its own, for the slmgr /dli paste of the HTTP benchmark: where the
 * reading of a message spends its time (no step stands out; each is about a microsecond for 170 characters).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ReaderPartsBenchmark {
    private static final String MESSAGE = org.licensetriage.diagnosis.DiagnosisBenchmark.SLMGR_DLI;
    private ErrorCodeScanner codes;
    private OnScreenMessages onScreenMessages;
    private SignalDetector signals;
    private String normalized;
    private String compact;
    private String signalText;

    @Setup
    public void setUp() {
        codes = new ErrorCodeScanner(KnowledgeFixtures.knowledgeBase());
        onScreenMessages = new OnScreenMessages(KnowledgeFixtures.knowledgeBase());
        signals = new SignalDetector();
        normalized = TextForms.normalized(MESSAGE);
        compact = TextForms.compact(normalized);
        signalText = TextForms.signalText(normalized);
    }

    @Benchmark
    public Object normalize() {
        return TextForms.normalized(MESSAGE);
    }

    @Benchmark
    public Object compactForm() {
        return TextForms.compact(normalized);
    }

    @Benchmark
    public Object signalForm() {
        return TextForms.signalText(normalized);
    }

    @Benchmark
    public Object labelledLines() {
        ObservationBuilder seen = new ObservationBuilder();
        LabelledLineReader.read(LabelledLineReader.lines(normalized), seen);
        return seen;
    }

    @Benchmark
    public Object eventsAndServices() {
        ObservationBuilder seen = new ObservationBuilder();
        java.util.List<String> lines = LabelledLineReader.lines(normalized);
        EventLogReader.read(lines, seen);
        ServiceReader.read(lines, seen);
        return seen;
    }

    @Benchmark
    public Object errorCodes() {
        return codes.scan(normalized);
    }

    @Benchmark
    public Object onScreenMessages() {
        return onScreenMessages.codesIn(compact);
    }

    @Benchmark
    public Object productKey() {
        return ProductKeyScanner.find(MESSAGE);
    }

    @Benchmark
    public Object signals() {
        return signals.detect(signalText);
    }
}
