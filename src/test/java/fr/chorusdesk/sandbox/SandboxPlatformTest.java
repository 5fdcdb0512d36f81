package fr.chorusdesk.sandbox;

import fr.chorusdesk.domain.ChorusLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules and lifecycle of the emulated platform, without HTTP. */
class SandboxPlatformTest {

    private static final Duration STEP = Duration.ofMinutes(1);

    @TempDir
    Path stateDir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private SandboxPlatform platform;
    private long pdf;

    @BeforeEach
    void start() throws RuleViolation {
        platform = new SandboxPlatform(clock, STEP, new StateFile(stateDir));
        pdf = platform.addAttachment("facture.pdf", "application/pdf", "PDF", new byte[] {1, 2, 3}).id();
    }

    /** The codeRetour of the refusal (numbers from the table in docs/sandbox.md). */
    private int refusal(Submissions.Builder builder) {
        try {
            platform.submit(builder.build());
            throw new AssertionError("accepted");
        } catch (RuleViolation v) {
            return v.codeRetour();
        }
    }

    @Test
    void acceptsAValidInvoiceAsDeposee() throws RuleViolation {
        InvoiceSnapshot created = platform.submit(Submissions.valid("FA-2026-001", pdf).build());
        assertThat(created.current().status()).isEqualTo(InvoiceStatus.DEPOSEE);
        assertThat(created.invoice().number()).isEqualTo("FA-2026-001");
    }

    @Test
    void enforcesRecipientRules() {
        assertThat(refusal(Submissions.valid("A1", pdf).recipient("11111111111116", null, null)))
                .isEqualTo(20102);
        assertThat(refusal(Submissions.valid("A2", pdf).recipient("25890100400014", null, null)))
                .isEqualTo(20103);
        assertThat(refusal(Submissions.valid("A3", pdf).recipient("22691000200014", null, null)))
                .isEqualTo(20106);
        assertThat(refusal(Submissions.valid("A4", pdf).recipient("26750003000015", null, null)))
                .isEqualTo(20107);
        assertThat(refusal(Submissions.valid("A5", pdf).recipient("11000201100044", "SFACETAT", null)))
                .isEqualTo(20107);
        assertThat(refusal(Submissions.valid("A6", pdf).recipient("11000201100044", null, "EJ1")))
                .isEqualTo(20106);
        assertThat(refusal(Submissions.valid("A7", pdf).recipient("20004500100019", null, null)))
                .isEqualTo(20108);
        assertThat(refusal(Submissions.valid("A8", pdf).recipient("20001234000010", "ANCIEN-SERVICE", null)))
                .isEqualTo(20105);
        assertThat(refusal(Submissions.valid("A9", pdf).recipient("20001234000010", "NOPE", null)))
                .isEqualTo(20104);
        // A private structure (the supplier itself) is no recipient.
        assertThat(refusal(Submissions.valid("A10", pdf).recipient(SeedData.SUPPLIER_SIRET, null, null)))
                .isEqualTo(20102);
    }

    @Test
    void acceptsEachRecipientWhenItsFlagsAreMet() throws RuleViolation {
        platform.submit(Submissions.valid("B1", pdf).recipient("22691000200014", "VOIRIE", null).build());
        platform.submit(Submissions.valid("B2", pdf).recipient("26750003000015", null, "EJ-77").build());
        platform.submit(Submissions.valid("B3", pdf).recipient("11000201100044", "SFACETAT", "1300123456").build());
        platform.submit(Submissions.valid("B4", pdf).recipient("20004500100019", "EAU", null).build());
        platform.submit(Submissions.valid("B5", pdf).recipient("20004500100019", null, "EJ-1").build());
        platform.submit(Submissions.valid("B6", pdf).recipient("20001234000010", "LYCEES", null).build());
        platform.submit(Submissions.valid("B7", pdf).recipient("35600000049837", null, null).build());
        assertThat(platform.search(InvoiceQuery.all())).hasSize(7);
    }

    @Test
    void enforcesInvoiceNumberDateTotalsAndAttachmentRules() {
        assertThat(refusal(Submissions.valid("X".repeat(21), pdf))).isEqualTo(20112);
        assertThat(refusal(Submissions.valid("FA 2026#1", pdf))).isEqualTo(20113);
        assertThat(refusal(Submissions.valid("FA-1", pdf).date(LocalDate.of(2026, 3, 11))))
                .isEqualTo(20115);
        assertThat(refusal(Submissions.valid("FA-1", pdf).date(null))).isEqualTo(20114);
        assertThat(refusal(Submissions.valid("FA-1", pdf).withoutTotalTax())).isEqualTo(20116);
        assertThat(refusal(Submissions.valid("FA-1", 424242L))).isEqualTo(20117);
        assertThat(refusal(Submissions.valid("FA-1", pdf).attachment(null))).isEqualTo(20118);
        assertThat(refusal(Submissions.valid("FA-1", pdf).supplier(1L))).isEqualTo(20101);
        assertThat(platform.search(InvoiceQuery.all())).isEmpty();
    }

    @Test
    void twentyCharactersAreAcceptedAndTwentyOneRefused() throws RuleViolation {
        String twenty = "FA-2026/A_B+00000001";
        assertThat(twenty).hasSize(20);
        assertThat(platform.submit(Submissions.valid(twenty, pdf).build()).invoice().number()).isEqualTo(twenty);
        assertThat(refusal(Submissions.valid(twenty + "2", pdf))).isEqualTo(20112);
    }

    @Test
    void onlySaisieApiMayLeaveTheNumberToThePlatform() throws RuleViolation {
        assertThat(refusal(Submissions.valid("FA-1", pdf).number(null))).isEqualTo(20111);
        assertThat(refusal(Submissions.valid("FA-1", pdf).number("   "))).isEqualTo(20111);
        InvoiceSnapshot numbered = platform.submit(Submissions.valid("FA-1", pdf).mode("SAISIE_API")
                .number("  ").build());
        assertThat(numbered.invoice().number()).startsWith("SAISIE");
    }

    @Test
    void blankRoutingFieldsCountAsMissing() {
        assertThat(refusal(Submissions.valid("C1", pdf).recipient("  ", null, null))).isEqualTo(20102);
        // A blank service code is no unknown service: it is a missing one.
        assertThat(refusal(Submissions.valid("C2", pdf).recipient("22691000200014", " ", null))).isEqualTo(20106);
        assertThat(refusal(Submissions.valid("C3", pdf).recipient("26750003000015", null, " "))).isEqualTo(20107);
    }

    @Test
    void fiftyCharactersOfEngagementNumberAreAcceptedAndFiftyOneRefused() throws RuleViolation {
        String fifty = "EJ-" + "7".repeat(47);
        assertThat(fifty).hasSize(50);
        platform.submit(Submissions.valid("EJ50", pdf).recipient("26750003000015", null, fifty).build());
        assertThat(refusal(Submissions.valid("EJ51", pdf).recipient("26750003000015", null, fifty + "7")))
                .isEqualTo(20109);
    }

    @Test
    void aNumberThatIsOnlyADateIsRefused() {
        // The community page's example of what not to do, and its usual variants.
        assertThat(refusal(Submissions.valid("20260305", pdf))).isEqualTo(20121);
        assertThat(refusal(Submissions.valid("05032026", pdf))).isEqualTo(20121);
        assertThat(refusal(Submissions.valid("2026-03-05", pdf))).isEqualTo(20121);
        assertThat(platform.search(InvoiceQuery.all())).isEmpty();
    }

    @Test
    void numbersAreUniquePerYearOfCreation() throws RuleViolation {
        platform.submit(Submissions.valid("FA-0001", pdf).build());
        assertThat(refusal(Submissions.valid("fa-0001", pdf))).isEqualTo(20110);
        // 2026-03-10 plus 300 days is in 2027: the same number is free again.
        clock.advance(Duration.ofDays(300));
        long again = platform.addAttachment("facture.pdf", "application/pdf", "PDF", new byte[] {1}).id();
        assertThat(platform.submit(Submissions.valid("FA-0001", again).build()).invoice().number())
                .isEqualTo("FA-0001");
    }

    @Test
    void theWholeInvoiceMayNotExceed120Megabytes() throws RuleViolation {
        // 12 files of exactly 10,000,000 bytes are exactly 120,000,000: accepted; one byte more is refused.
        byte[] tenMegabytes = new byte[10_000_000];
        long main = platform.addAttachment("facture.pdf", "application/pdf", "PDF", tenMegabytes).id();
        List<Long> others = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            others.add(platform.addAttachment("annexe" + i + ".pdf", "application/pdf", "PDF", tenMegabytes).id());
        }
        long oneByte = platform.addAttachment("plus.txt", "text/plain", "TXT", new byte[] {1}).id();
        Submissions.Builder exactly = Submissions.valid("FA-BIG-1", main).others(others);
        assertThat(platform.submit(exactly.build()).invoice().otherAttachmentIds()).hasSize(11);
        List<Long> tooMany = new java.util.ArrayList<>(others);
        tooMany.add(oneByte);
        assertThat(refusal(Submissions.valid("FA-BIG-2", main).others(tooMany))).isEqualTo(20122);
    }

    @Test
    void refusesADuplicateNumberForTheSameSupplier() throws RuleViolation {
        platform.submit(Submissions.valid("FA-2026-0042", pdf).build());
        assertThat(refusal(Submissions.valid("FA-2026-0042", pdf))).isEqualTo(20110);
        try {
            platform.submit(Submissions.valid("FA-2026-0042", pdf).build());
            throw new AssertionError("accepted");
        } catch (RuleViolation v) {
            assertThat(v.libelle()).isEqualTo(
                    "Vous avez déjà déposé une demande de paiement avec ce numéro de facture pour cette structure.");
        }
    }

    @Test
    void enforcesAttachmentRules() {
        assertThatThrownBy(() -> platform.addAttachment("big.pdf", "application/pdf", "PDF",
                new byte[(int) ChorusLimits.MAX_ATTACHMENT_BYTES + 1]))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.codeRetour()).isEqualTo(20003));
        assertThatThrownBy(() -> platform.addAttachment("n".repeat(47) + ".pdf", "application/pdf", "PDF", new byte[1]))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.codeRetour()).isEqualTo(20004));
        assertThatThrownBy(() -> platform.addAttachment("facture", "application/pdf", null, new byte[1]))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.codeRetour()).isEqualTo(20005));
        assertThatThrownBy(() -> platform.addAttachment("virus.exe", "application/octet-stream", "EXE", new byte[1]))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.codeRetour()).isEqualTo(20006));
    }

    @Test
    void aNameWithoutExtensionIsAcceptedWhenTheExtensionIsGiven() throws RuleViolation {
        // The official example uploads "keerk2".
        StoredAttachment stored = platform.addAttachment("keerk2", "application/pdf", "PDF", new byte[] {1});
        assertThat(stored.name()).isEqualTo("keerk2");
        assertThat(stored.extension()).isEqualTo("PDF");
    }

    @Test
    void exactlyTenMegabytesAndFiftyCharactersAreAccepted() throws RuleViolation {
        String name = "n".repeat(46) + ".pdf";
        assertThat(name).hasSize(50);
        assertThat(platform.addAttachment(name, "application/pdf", "PDF",
                new byte[(int) ChorusLimits.MAX_ATTACHMENT_BYTES]).size()).isEqualTo(ChorusLimits.MAX_ATTACHMENT_BYTES);
    }

    @Test
    void happyPathRunsOnTheClockUpToMiseEnPaiement() throws RuleViolation {
        long id = platform.submit(Submissions.valid("FA-HAPPY", pdf).build()).invoice().id();
        List<InvoiceStatus> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seen.add(platform.invoice(id).orElseThrow().current().status());
            clock.advance(STEP);
        }
        // The commune's accountant is the public treasury (Hélios): the accounting statuses show.
        assertThat(seen).containsExactly(InvoiceStatus.DEPOSEE, InvoiceStatus.EN_COURS_ACHEMINEMENT,
                InvoiceStatus.MISE_A_DISPOSITION, InvoiceStatus.SERVICE_FAIT, InvoiceStatus.MANDATEE,
                InvoiceStatus.MISE_A_DISPOSITION_COMPTABLE, InvoiceStatus.COMPTABILISEE,
                InvoiceStatus.MISE_EN_PAIEMENT);
        clock.advance(STEP.multipliedBy(10));
        InvoiceSnapshot end = platform.invoice(id).orElseThrow();
        assertThat(end.current().status()).isEqualTo(InvoiceStatus.MISE_EN_PAIEMENT);
        assertThat(end.history()).hasSize(8);
        assertThat(end.history().get(1).at()).isEqualTo(end.history().get(0).at().plus(STEP));
    }

    @Test
    void aStateRecipientIsPaidWithoutTheTreasurysAccountingSteps() throws RuleViolation {
        long id = platform.submit(Submissions.valid("FA-ETAT", pdf)
                .recipient("11000201100044", "SFACETAT", "1300123456").build()).invoice().id();
        clock.advance(STEP.multipliedBy(20));
        assertThat(platform.invoice(id).orElseThrow().history()).extracting(HistoryEntry::status).containsExactly(
                InvoiceStatus.DEPOSEE, InvoiceStatus.EN_COURS_ACHEMINEMENT, InvoiceStatus.MISE_A_DISPOSITION,
                InvoiceStatus.SERVICE_FAIT, InvoiceStatus.MANDATEE, InvoiceStatus.MISE_EN_PAIEMENT);
    }

    @Test
    void suspendedInvoiceIsCompletedThenProcessed() throws RuleViolation {
        long id = platform.submit(Submissions.valid("FA-S1", pdf).comment("Merci #SUSPENDUE").build()).invoice().id();
        assertThatThrownBy(() -> platform.complete(id, Optional.of("trop tôt"), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.codeRetour()).isEqualTo(20002));
        clock.advance(STEP.multipliedBy(3));
        HistoryEntry suspended = platform.invoice(id).orElseThrow().current();
        assertThat(suspended.status()).isEqualTo(InvoiceStatus.SUSPENDUE);
        assertThat(suspended.comment()).isPresent();
        clock.advance(STEP.multipliedBy(5));
        assertThat(platform.invoice(id).orElseThrow().current().status()).isEqualTo(InvoiceStatus.SUSPENDUE);

        long extra = platform.addAttachment("bon-livraison.pdf", "application/pdf", "PDF", new byte[] {9}).id();
        InvoiceSnapshot completed = platform.complete(id, Optional.of("Bon de livraison joint"), List.of(extra));
        assertThat(completed.current().status()).isEqualTo(InvoiceStatus.COMPLETEE);
        clock.advance(STEP.multipliedBy(6));
        InvoiceSnapshot paid = platform.invoice(id).orElseThrow();
        assertThat(paid.current().status()).isEqualTo(InvoiceStatus.MISE_EN_PAIEMENT);
        assertThat(paid.history()).extracting(HistoryEntry::status).containsExactly(InvoiceStatus.DEPOSEE,
                InvoiceStatus.EN_COURS_ACHEMINEMENT, InvoiceStatus.MISE_A_DISPOSITION, InvoiceStatus.SUSPENDUE,
                InvoiceStatus.COMPLETEE, InvoiceStatus.MISE_A_DISPOSITION, InvoiceStatus.SERVICE_FAIT,
                InvoiceStatus.MANDATEE, InvoiceStatus.MISE_A_DISPOSITION_COMPTABLE, InvoiceStatus.COMPTABILISEE,
                InvoiceStatus.MISE_EN_PAIEMENT);
        assertThat(paid.invoice().otherAttachmentIds()).containsExactly(extra);
    }

    @Test
    void invoiceToRecycleGetsANewRecipientAndStartsAgain() throws RuleViolation {
        long id = platform.submit(Submissions.valid("RECY-001", pdf).build()).invoice().id();
        clock.advance(STEP.multipliedBy(3));
        assertThat(platform.invoice(id).orElseThrow().current().status()).isEqualTo(InvoiceStatus.A_RECYCLER);
        assertThatThrownBy(() -> platform.recycle(id, Optional.of("22691000200014"), Optional.empty(), Optional.empty(),
                Optional.empty()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.codeRetour()).isEqualTo(20106));
        InvoiceSnapshot recycled = platform.recycle(id, Optional.of("22691000200014"), Optional.of("VOIRIE"),
                Optional.empty(), Optional.of("Service corrigé"));
        assertThat(recycled.current().status()).isEqualTo(InvoiceStatus.DEPOSEE);
        assertThat(recycled.invoice().recipientSiret()).isEqualTo("22691000200014");
        assertThat(recycled.invoice().number()).isEqualTo("RECY-001");
        clock.advance(STEP.multipliedBy(7));
        assertThat(platform.invoice(id).orElseThrow().current().status()).isEqualTo(InvoiceStatus.MISE_EN_PAIEMENT);
        assertThatThrownBy(() -> platform.recycle(id, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.codeRetour()).isEqualTo(20005));
    }

    @Test
    void rejectedInvoiceStaysRejectedWithItsComment() throws RuleViolation {
        long id = platform.submit(Submissions.valid("REJ-7", pdf).build()).invoice().id();
        clock.advance(STEP.multipliedBy(20));
        HistoryEntry current = platform.invoice(id).orElseThrow().current();
        assertThat(current.status()).isEqualTo(InvoiceStatus.REJETEE);
        assertThat(current.comment()).hasValueSatisfying(c -> assertThat(c).contains("rejetée"));
        assertThatThrownBy(() -> platform.complete(id, Optional.empty(), List.of()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void unknownInvoicesCannotBeCompletedOrRecycled() {
        assertThatThrownBy(() -> platform.complete(1L, Optional.empty(), List.of()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.codeRetour()).isEqualTo(20000));
        assertThatThrownBy(() -> platform.recycle(1L, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.codeRetour()).isEqualTo(20004));
    }

    @Test
    void historySurvivesARestartAndResetForgetsIt() throws RuleViolation {
        long id = platform.submit(Submissions.valid("FA-PERSIST", pdf).build()).invoice().id();
        clock.advance(STEP.multipliedBy(2));
        SandboxPlatform restarted = new SandboxPlatform(clock, STEP, new StateFile(stateDir));
        InvoiceSnapshot again = restarted.invoice(id).orElseThrow();
        assertThat(again.current().status()).isEqualTo(InvoiceStatus.MISE_A_DISPOSITION);
        assertThat(again.history()).hasSize(3);
        assertThat(restarted.attachment(pdf)).isPresent();

        restarted.reset();
        assertThat(restarted.invoice(id)).isEmpty();
        assertThat(new SandboxPlatform(clock, STEP, new StateFile(stateDir)).invoice(id)).isEmpty();
    }

    @Test
    void commentsAndCorrectionsSurviveARestart() throws RuleViolation {
        long id = platform.submit(Submissions.valid("SUSP-42", pdf).build()).invoice().id();
        clock.advance(STEP.multipliedBy(3));
        platform.complete(id, Optional.of("Pièce ajoutée"), List.of());
        clock.advance(STEP);
        InvoiceSnapshot before = platform.invoice(id).orElseThrow();

        InvoiceSnapshot after = new SandboxPlatform(clock, STEP, new StateFile(stateDir)).invoice(id).orElseThrow();
        assertThat(after.history()).isEqualTo(before.history());
        assertThat(after.history()).filteredOn(e -> e.status() == InvoiceStatus.SUSPENDUE).singleElement()
                .satisfies(e -> assertThat(e.comment()).isPresent());
        assertThat(after.history()).filteredOn(e -> e.status() == InvoiceStatus.COMPLETEE).singleElement()
                .satisfies(e -> assertThat(e.comment()).hasValue("Pièce ajoutée"));
        assertThat(after.current().status()).isEqualTo(InvoiceStatus.MISE_A_DISPOSITION);
    }

    @Test
    void searchFiltersByNumberAndStatus() throws RuleViolation {
        platform.submit(Submissions.valid("FA-S-1", pdf).build());
        clock.advance(STEP);
        platform.submit(Submissions.valid("FA-S-2", pdf).build());
        assertThat(platform.search(new InvoiceQuery(Optional.of("FA-S-2"), Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of()))).hasSize(1);
        assertThat(platform.search(new InvoiceQuery(Optional.empty(), Optional.empty(),
                List.of("EN_COURS_ACHEMINEMENT"), Optional.empty(), Optional.empty(), List.of())))
                .extracting(s -> s.invoice().number()).containsExactly("FA-S-1");
    }
}
