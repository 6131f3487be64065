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
 * three for 95% (issue 15). The ranking rules were written while looking at these tickets, so these figures are
 * in-sample; the report also prints the held-out tickets, gathered later and never used to tune a rule, which
 * tell how well the rules carry over (too few for a floor of their own).
 */
class RealTicketsTest {

    static final double FLOOR_TOP1 = 0.85;
    static final double FLOOR_TOP3 = 0.95;

    private static final DiagnosisService SERVICE = new DiagnosisService(KeyFixtures.analyser(),
            KnowledgeFixtures.knowledgeBase());
    private static List<RealTickets.Outcome> outcomes;

    @BeforeAll
    static void diagnoseEveryTicket() {
        outcomes = diagnose(RealTickets.load());
        System.out.println(report(outcomes));
        System.out.println(heldOutReport(diagnose(RealTickets.heldOut())));
    }

    private static List<RealTickets.Outcome> diagnose(List<RealTickets.Ticket> tickets) {
        List<RealTickets.Outcome> diagnosed = new ArrayList<>();
        for (RealTickets.Ticket ticket : tickets) {
            diagnosed.add(new RealTickets.Outcome(ticket, ranked(ticket)));
        }
        return diagnosed;
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

    static String heldOutReport(List<RealTickets.Outcome> heldOut) {
        List<RealTickets.Outcome> clear = heldOut.stream().filter(o -> o.ticket().clear()).toList();
        StringBuilder out = new StringBuilder(String.format("held-out tickets: %d (%d clear); clear top-1 %d/%d,"
                        + " top-3 %d/%d; all top-1 %d/%d, top-3 %d/%d; no cause: %d%n", heldOut.size(), clear.size(),
                count(clear, RealTickets.Outcome::top1), clear.size(), count(clear, RealTickets.Outcome::top3),
                clear.size(), count(heldOut, RealTickets.Outcome::top1), heldOut.size(),
                count(heldOut, RealTickets.Outcome::top3), heldOut.size(),
                heldOut.stream().filter(RealTickets.Outcome::empty).count()));
        for (RealTickets.Outcome o : heldOut) {
            out.append(String.format("%s %-45s %-28s -> %s%n", o.top1() ? "hit " : o.top3() ? "top3" : "miss",
                    o.ticket().id(), o.ticket().cause(), o.ranked().stream().limit(3).toList()));
        }
        return out.toString();
    }

    private static long count(List<RealTickets.Outcome> outcomes, java.util.function.Predicate<RealTickets.Outcome> test) {
        return outcomes.stream().filter(test).count();
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
