package org.licensetriage.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.licensetriage.KnowledgeFixtures;
import org.licensetriage.keys.KeyFixtures;

/**
 * Every real ticket of the corpus through the diagnosis, and no ticket may go without any cause. For the clear
 * cases (the reporter or a maintainer confirmed the fix) the thread's cause must lead for 85% and be in the top
 * three for 95% (issue 15). The rules were written while looking at these tickets: the figures are in-sample.
 */
class RealTicketsTest {

    static final double FLOOR_TOP1 = 0.85;
    static final double FLOOR_TOP3 = 0.95;

    private static final DiagnosisService SERVICE = new DiagnosisService(KeyFixtures.analyser(),
            KnowledgeFixtures.knowledgeBase());
    private static List<RealTickets.Outcome> outcomes;

    @BeforeAll
    static void diagnoseEveryTicket() {
        outcomes = new ArrayList<>();
        for (RealTickets.Ticket ticket : RealTickets.load()) {
            outcomes.add(new RealTickets.Outcome(ticket, ranked(ticket)));
        }
        System.out.println(report(outcomes));
    }

    private static List<String> ranked(RealTickets.Ticket ticket) {
        Map<String, Object> f = ticket.facts();
        StatedFacts facts = new StatedFacts(f.get("keySource") == null ? null : KeySource.valueOf((String) f.get("keySource")),
                (Boolean) f.get("networkAvailable"), (Boolean) f.get("hardwareChanged"),
                (Boolean) f.get("virtualMachine"), (Boolean) f.get("organizationManaged"),
                (String) f.get("upgradedFrom"), (Boolean) f.get("clockCorrect"), (Boolean) f.get("elevated"),
                (Boolean) f.get("reinstalled"));
        DiagnosisInput input = new DiagnosisInput(ticket.errorCode(), ticket.message(), ticket.productKey(),
                ticket.installedEdition(), ticket.os(), facts);
        try {
            return SERVICE.diagnose(input).causes().stream().map(c -> c.id().name()).toList();
        } catch (RuntimeException e) {
            // a rejected input is an empty answer to the customer
            return List.of();
        }
    }

    static String report(List<RealTickets.Outcome> all) {
        List<RealTickets.Outcome> clear = all.stream().filter(o -> o.ticket().clear()).toList();
        StringBuilder out = new StringBuilder();
        out.append(String.format("real tickets: %d (%d clear); clear top-1 %.1f%%, top-3 %.1f%%; all top-1 %.1f%%,"
                        + " top-3 %.1f%%; no cause: %d%n", all.size(), clear.size(),
                100 * RealTickets.share(clear, RealTickets.Outcome::top1),
                100 * RealTickets.share(clear, RealTickets.Outcome::top3),
                100 * RealTickets.share(all, RealTickets.Outcome::top1),
                100 * RealTickets.share(all, RealTickets.Outcome::top3),
                all.stream().filter(RealTickets.Outcome::empty).count()));
        out.append(String.format("floor (issue 15, clear): top-1 %.0f%%, top-3 %.0f%%%n", 100 * FLOOR_TOP1,
                100 * FLOOR_TOP3));
        out.append(RealTickets.table("cause", all, o -> o.ticket().cause()));
        out.append(RealTickets.table("language", all, o -> o.ticket().language()));
        out.append(RealTickets.table("format", all, o -> o.ticket().format()));
        out.append(RealTickets.table("confidence", all, o -> o.ticket().clear() ? "clear" : "likely"));
        for (RealTickets.Outcome o : all) {
            if (!o.top1()) {
                out.append(String.format("miss %-45s %-28s -> %s%n", o.ticket().id(), o.ticket().cause(),
                        o.ranked().stream().limit(3).toList()));
            }
        }
        return out.toString();
    }

    @Test
    void everyTicketGetsAtLeastOneCause() {
        assertThat(outcomes).filteredOn(RealTickets.Outcome::empty).extracting(o -> o.ticket().id()).isEmpty();
    }

    @Test
    void theThreadsCauseLeadsForMostClearTickets() {
        List<RealTickets.Outcome> clear = outcomes.stream().filter(o -> o.ticket().clear()).toList();
        assertThat(RealTickets.share(clear, RealTickets.Outcome::top1)).isGreaterThanOrEqualTo(FLOOR_TOP1);
    }

    @Test
    void theThreadsCauseIsInTheTopThreeForNearlyEveryClearTicket() {
        List<RealTickets.Outcome> clear = outcomes.stream().filter(o -> o.ticket().clear()).toList();
        assertThat(RealTickets.share(clear, RealTickets.Outcome::top3)).isGreaterThanOrEqualTo(FLOOR_TOP3);
    }
}
