package fr.chorusdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.chorusdesk.domain.SentInvoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The history table's filter: text, statuses, profile and deposit dates, each part optional. */
class HistoryFilterTest {

    private static SentInvoice invoice(String number, String siret, String status, String profile,
                                       Optional<Long> invoiceId, Optional<String> flow, Optional<LocalDate> deposit) {
        return new SentInvoice("id-" + number, profile, Optional.empty(), number, siret, SentInvoice.State.SENT,
                "PDF_UPLOAD", invoiceId, flow, status, Optional.empty(), deposit, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Instant.parse("2026-03-10T08:00:00Z"), Optional.empty());
    }

    private static final SentInvoice MARCH = invoice("FA-2026-001", "21750001000012", "DEPOSEE", "demo",
            Optional.of(4711L), Optional.of("FLUX-ABC-9"), Optional.of(LocalDate.of(2026, 3, 9)));

    @Test
    void nullPartsMeanNoRestrictionAndTheTextIsTrimmedAndLowerCased() {
        HistoryFilter filter = new HistoryFilter("  Fa-2026  ", null, null, null, null);
        assertEquals("fa-2026", filter.text());
        assertEquals(Set.of(), filter.statuses());
        assertEquals(Optional.empty(), filter.profile());
        assertEquals(Optional.empty(), filter.depositedFrom());
        assertEquals(Optional.empty(), filter.depositedTo());
        assertTrue(filter.predicate().test(MARCH));

        HistoryFilter none = new HistoryFilter(null, null, null, null, null);
        assertEquals("", none.text());
        assertTrue(none.predicate().test(MARCH));
    }

    @Test
    void givenPartsAreKept() {
        HistoryFilter filter = new HistoryFilter("x", Set.of("REJETEE"), Optional.of("p"),
                Optional.of(LocalDate.of(2026, 1, 1)), Optional.of(LocalDate.of(2026, 2, 1)));
        assertEquals(Set.of("REJETEE"), filter.statuses());
        assertEquals(Optional.of("p"), filter.profile());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 1)), filter.depositedFrom());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), filter.depositedTo());
    }

    @Test
    void theEmptyFilterMatchesEverything() {
        SentInvoice inFlight = invoice("X", "1", "", "other", Optional.empty(), Optional.empty(), Optional.empty());
        assertTrue(HistoryFilter.ALL.predicate().test(MARCH));
        assertTrue(HistoryFilter.ALL.predicate().test(inFlight));
    }

    @Test
    void statusesRestrictToThoseChosen() {
        assertTrue(HistoryFilter.ALL.withStatuses(Set.of("DEPOSEE", "REJETEE")).predicate().test(MARCH));
        assertFalse(HistoryFilter.ALL.withStatuses(Set.of("REJETEE")).predicate().test(MARCH));
        HistoryFilter kept = HistoryFilter.ALL.withText("fa").withStatuses(Set.of("REJETEE"));
        assertEquals("fa", kept.text());
        assertEquals(Set.of("REJETEE"), kept.withText("fb").statuses());
    }

    @Test
    void profileRestrictsToThatProfile() {
        HistoryFilter demo = new HistoryFilter("", Set.of(), Optional.of("demo"), Optional.empty(), Optional.empty());
        HistoryFilter prod = new HistoryFilter("", Set.of(), Optional.of("production"), Optional.empty(),
                Optional.empty());
        assertTrue(demo.predicate().test(MARCH));
        assertFalse(prod.predicate().test(MARCH));
    }

    @Test
    void depositRangeIncludesBothBoundsAndExcludesUndatedInvoices() {
        LocalDate deposit = LocalDate.of(2026, 3, 9);
        SentInvoice undated = invoice("U", "1", "", "demo", Optional.empty(), Optional.empty(), Optional.empty());
        HistoryFilter fromSameDay = new HistoryFilter("", Set.of(), Optional.empty(), Optional.of(deposit),
                Optional.empty());
        HistoryFilter fromNextDay = new HistoryFilter("", Set.of(), Optional.empty(),
                Optional.of(deposit.plusDays(1)), Optional.empty());
        HistoryFilter toSameDay = new HistoryFilter("", Set.of(), Optional.empty(), Optional.empty(),
                Optional.of(deposit));
        HistoryFilter toDayBefore = new HistoryFilter("", Set.of(), Optional.empty(), Optional.empty(),
                Optional.of(deposit.minusDays(1)));
        assertTrue(fromSameDay.predicate().test(MARCH));
        assertFalse(fromNextDay.predicate().test(MARCH));
        assertTrue(toSameDay.predicate().test(MARCH));
        assertFalse(toDayBefore.predicate().test(MARCH));
        assertFalse(fromSameDay.predicate().test(undated));
        assertFalse(toSameDay.predicate().test(undated));
    }

    @Test
    void textIsSearchedInNumberRecipientStatusChorusIdAndFlowWithoutRegardToCase() {
        assertTrue(HistoryFilter.ALL.withText("fa-2026-001").predicate().test(MARCH));
        assertTrue(HistoryFilter.ALL.withText("75000").predicate().test(MARCH));
        assertTrue(HistoryFilter.ALL.withText("POSEE").predicate().test(MARCH));
        assertTrue(HistoryFilter.ALL.withText("4711").predicate().test(MARCH));
        assertTrue(HistoryFilter.ALL.withText("flux-abc").predicate().test(MARCH));
        assertFalse(HistoryFilter.ALL.withText("zzz").predicate().test(MARCH));
    }

    @Test
    void absentIdsAndFlowDoNotMatchAText() {
        SentInvoice bare = invoice("A", "1", "S", "demo", Optional.empty(), Optional.empty(), Optional.empty());
        assertFalse(HistoryFilter.ALL.withText("4711").predicate().test(bare));
        // only the Chorus id carries 4711 / only the flow carries "flux": each alone is enough
        SentInvoice idOnly = invoice("A", "1", "S", "demo", Optional.of(4711L), Optional.empty(), Optional.empty());
        SentInvoice flowOnly = invoice("A", "1", "S", "demo", Optional.empty(), Optional.of("FLUX-1"),
                Optional.empty());
        assertTrue(HistoryFilter.ALL.withText("4711").predicate().test(idOnly));
        assertFalse(HistoryFilter.ALL.withText("flux").predicate().test(idOnly));
        assertTrue(HistoryFilter.ALL.withText("flux").predicate().test(flowOnly));
        assertFalse(HistoryFilter.ALL.withText("4711").predicate().test(flowOnly));
    }
    @Test
    void anAmountIsFoundAsTheUserTypesItInFrenchOrNot() {
        SentInvoice paid = new SentInvoice("id-x", "demo", Optional.empty(), "FA-2026-077", "21750001000012",
                SentInvoice.State.SENT, "PDF_UPLOAD", Optional.empty(), Optional.empty(), "DEPOSEE", Optional.empty(),
                Optional.empty(), Optional.of(new java.math.BigDecimal("1000.00")),
                Optional.of(new java.math.BigDecimal("1200")), Optional.empty(), Optional.empty(), List.of(),
                Instant.parse("2026-03-10T08:00:00Z"), Optional.empty());
        for (String typed : List.of("1200", "1 200,00", "1\u202f200,00 €", "1200.0", "1000")) {
            assertTrue(HistoryFilter.ALL.withText(typed).predicate().test(paid), typed);
        }
        // 120 is the start of 1200.00; 200 is inside it, not its start; 1200,001 has three decimals
        assertTrue(HistoryFilter.ALL.withText("120").predicate().test(paid));
        for (String typed : List.of("200,00", "1200,001", "1300")) {
            assertFalse(HistoryFilter.ALL.withText(typed).predicate().test(paid), typed);
        }
    }
    @Test
    void theDepositBoundsAreSetOneAtATimeAndBothDaysAreIncluded() {
        HistoryFilter from = HistoryFilter.ALL.withDepositedFrom(Optional.of(LocalDate.of(2026, 3, 9)));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), from.depositedFrom());
        assertEquals(Optional.empty(), from.depositedTo());
        assertTrue(from.predicate().test(MARCH), "deposited on the first day");
        HistoryFilter both = from.withDepositedTo(Optional.of(LocalDate.of(2026, 3, 9)));
        assertEquals(Optional.of(LocalDate.of(2026, 3, 9)), both.depositedFrom());
        assertTrue(both.predicate().test(MARCH), "deposited on the last day");
        assertFalse(both.withDepositedFrom(Optional.of(LocalDate.of(2026, 3, 10))).predicate().test(MARCH));
        assertFalse(HistoryFilter.ALL.withDepositedTo(Optional.of(LocalDate.of(2026, 3, 8))).predicate().test(MARCH));
    }
}
