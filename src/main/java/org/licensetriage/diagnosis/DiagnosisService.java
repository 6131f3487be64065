package org.licensetriage.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.licensetriage.errors.ErrorCode;
import org.licensetriage.errors.KnowledgeBase;
import org.licensetriage.errors.KnowledgeEntry;
import org.licensetriage.errors.MalformedErrorCodeException;
import org.licensetriage.keys.KeyAnalyser;
import org.licensetriage.keys.KeyAnalysis;
import org.licensetriage.keys.KeyIdentity;
import org.licensetriage.keys.ProductKeys;
import org.licensetriage.reading.MessageReader;
import org.licensetriage.reading.Observation;

/**
 * Composes the key analyser and the knowledge base into a diagnosis. Evidence from the code, the key and
 * the message forms a base; facts are weighed on top, so each possible answer to a question can be tried.
 * Deterministic: the same input always gives the same answer.
 */
public final class DiagnosisService {

    // Other codes in a long paste count for less than the main one; a handful is plenty.
    private static final int MAX_OTHER_CODES = 3;

    private final KeyAnalyser analyser;
    private final KnowledgeBase knowledgeBase;
    private final MessageReader reader;
    private final UsualCauses fallback;

    public DiagnosisService(KeyAnalyser analyser, KnowledgeBase knowledgeBase) {
        this.analyser = analyser;
        this.knowledgeBase = knowledgeBase;
        this.reader = new MessageReader(knowledgeBase);
        this.fallback = new UsualCauses(knowledgeBase);
    }

    public Diagnosis diagnose(DiagnosisInput input) {
        if (input.nothingToDiagnose()) {
            throw new NothingToDiagnoseException();
        }
        @Nullable ErrorCode given = givenCode(input);
        Observation read = reader.read(DiagnosisInput.blank(input.message()) ? "" : input.message());

        List<ErrorCode> codes = codes(given, read);
        @Nullable ErrorCode main = codes.isEmpty() ? null : codes.get(0);
        List<KnowledgeEntry> others = codes.stream().skip(1).map(knowledgeBase::find).flatMap(Optional::stream)
                .limit(MAX_OTHER_CODES).toList();
        String key = !DiagnosisInput.blank(input.productKey()) ? input.productKey() : read.productKey();
        String installed = !DiagnosisInput.blank(input.installedEdition()) ? input.installedEdition() : read.edition();
        @Nullable KeyAnalysis keyAnalysis = key == null ? null : analyser.analyse(key, installed);

        DiagnosisContext context = new DiagnosisContext(main, main == null ? null : knowledgeBase.find(main).orElse(null),
                others, read, keyAnalysis, installedKey(read), installed, input.os());
        Scoreboard base = new Scoreboard();
        CodeEvidence.apply(context, base, knowledgeBase);
        KeyEvidence.apply(context, base);
        ObservationEvidence.apply(context, base);
        SignalEvidence.apply(context, base);
        EditionEvidence.apply(context, base);
        ReleaseEvidence.apply(context, base);

        Facts facts = Facts.of(input.facts(), read);
        BiConsumer<Facts, Scoreboard> weighFacts =
                (known, board) -> FactEvidence.apply(context, known, board, analyser::sameEdition);
        Scoreboard board = base.copy();
        weighFacts.accept(facts, board);
        if (board.top() == null) {
            // nothing points anywhere: the usual causes, honestly weak, so the questions can separate them
            fallback.apply(base, read);
            board = base.copy();
            weighFacts.accept(facts, board);
        }

        List<RankedCause> causes = Ranking.rank(board, context, knowledgeBase);
        return new Diagnosis(main, read, causes, QuestionPlanner.plan(base, facts, board, weighFacts),
                EscalationAdvice.advise(causes, context, facts, knowledgeBase), keyAnalysis);
    }

    /**
     * The code of the errorCode field, read as people type it (a letter O for zero, no 0x, "error 5"). A field
     * with no code in it is refused when nothing else was given, and otherwise left aside.
     */
    private @Nullable ErrorCode givenCode(DiagnosisInput input) {
        if (DiagnosisInput.blank(input.errorCode())) {
            return null;
        }
        ErrorCode code = ErrorCode.parse(input.errorCode()).orElseGet(() -> reader.errorCode(input.errorCode()));
        if (code == null && DiagnosisInput.blank(input.message()) && DiagnosisInput.blank(input.productKey())) {
            throw new MalformedErrorCodeException(input.errorCode(), knowledgeBase.lookAlikeRepair(input.errorCode()));
        }
        return code;
    }

    /**
     * What slmgr reveals of the key already installed: a published key when its last five characters match
     * exactly one kind of published key, else the group named by the Extended PID.
     */
    private @Nullable KeyIdentity installedKey(Observation read) {
        if (read.partialProductKey() != null) {
            List<KeyIdentity> published = analyser.publishedEndingWith(read.partialProductKey());
            if (!published.isEmpty() && published.stream().map(KeyIdentity::knownAs).distinct().count() == 1) {
                return published.get(0);
            }
        }
        return read.keyGroupId() == null ? null : analyser.group(read.keyGroupId()).orElse(null);
    }

    /** The code given first, then those written in the message, its notification reason, its on-screen texts. */
    private static List<ErrorCode> codes(@Nullable ErrorCode given, Observation read) {
        Set<ErrorCode> codes = new LinkedHashSet<>();
        if (given != null) {
            codes.add(given);
        }
        codes.addAll(read.errorCodes());
        if (read.notificationReason() != null) {
            codes.add(read.notificationReason());
        }
        codes.addAll(read.codesFromMessages());
        return new ArrayList<>(codes);
    }
}
