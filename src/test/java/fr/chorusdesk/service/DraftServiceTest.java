package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.BillingFrame;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.VatLine;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts on disk: every field and the PDF come back, damaged files are set aside, markers survive a crash. */
class DraftServiceTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private DraftService drafts;
    private PreflightService preflight;

    @BeforeEach
    void setUp() {
        drafts = service("demo");
        preflight = new PreflightService(new PdfInspector(), clock, Locale.FRENCH);
    }

    private DraftService service(String profile) {
        return new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), clock), () -> profile,
                clock, Locale.FRENCH);
    }

    private InvoiceDraft everyField(String number) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        return preflight.prepare(pdf).draft()
                .withRecipientSiret("22691000200014").withServiceCode("VOIRIE").withEngagementNumber("EJ-77")
                .withContractNumber("MARCHE-2026-4").withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withKind(InvoiceKind.AVOIR).withBillingFrame(BillingFrame.A9)
                .withValidatorStructureSiret("21750001000012").withValidatorServiceCode("DIRECTION")
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1100.00"))
                .withVatLines(List.of(new VatLine(new BigDecimal("20.00"), new BigDecimal("1000.00"),
                        new BigDecimal("200.00"))))
                .withComment("Travaux de mars").withStepReached(DraftStep.AMOUNTS)
                .withOrigin(DraftField.INVOICE_NUMBER, FieldSource.TYPED);
    }

    @Test
    void aDraftReopensWithEveryFieldAndItsPdfEvenOnceTheOriginalIsGone() throws Exception {
        InvoiceDraft draft = everyField("FA-2026-0301");
        Path original = Path.of(draft.pdf().orElseThrow().path());
        byte[] pdfBytes = Files.readAllBytes(original);
        clock.advance(Duration.ofMinutes(5));

        drafts.save(draft);
        Files.delete(original);
        InvoiceDraft reopened = service("demo").open(draft.id()).orElseThrow();

        // everything but where the PDF lives and when it changed is what was typed
        assertThat(reopened.withPdf(draft.pdf().get()).withUpdatedAt(draft.updatedAt())).isEqualTo(draft);
        assertThat(reopened.updatedAt()).isEqualTo(clock.instant());
        Path copy = Path.of(reopened.pdf().orElseThrow().path());
        assertThat(copy).isNotEqualTo(original).exists();
        assertThat(Files.readAllBytes(copy)).isEqualTo(pdfBytes);
        // content-addressed: the copy is named by the SHA-256 of the bytes, computed here independently
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdfBytes));
        assertThat(copy.getFileName().toString()).isEqualTo(sha + ".pdf");
        assertThat(reopened.pdf().get().uploadName()).isEqualTo(draft.pdf().get().uploadName());
        assertThat(reopened.stepReached()).isEqualTo(DraftStep.AMOUNTS);
    }

    @Test
    void theListShowsNumberRecipientAmountLastChangeStepAndProfileNewestFirst() throws Exception {
        drafts.save(everyField("FA-1"));
        clock.advance(Duration.ofHours(1));
        service("acme").save(InvoiceDraft.start(clock.instant()).withInvoiceNumber("FA-2"));

        List<DraftSummary> list = drafts.list().drafts();

        assertThat(list).extracting(d -> d.invoiceNumber().orElse("")).containsExactly("FA-2", "FA-1");
        assertThat(list).extracting(DraftSummary::profile).containsExactly("acme", "demo");
        DraftSummary first = list.get(1);
        assertThat(first.recipientSiret()).contains("22691000200014");
        assertThat(first.amountInclTax()).contains(new BigDecimal("1200.00"));
        assertThat(first.stepReached()).isEqualTo(DraftStep.AMOUNTS);
        assertThat(list.get(0).updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aCorruptDraftIsSetAsideWithAMessageAndTheOthersStillLoad() throws Exception {
        InvoiceDraft good = drafts.save(everyField("FA-OK"));
        InvoiceDraft other = drafts.save(InvoiceDraft.start(clock.instant()).withInvoiceNumber("FA-OTHER"));
        Path damaged = dir.resolve("drafts/demo/" + other.id() + ".json");
        byte[] half = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(half, half.length / 2));
        Path garbage = dir.resolve("drafts/demo/garbage.json");
        Files.writeString(garbage, "not json at all", StandardCharsets.UTF_8);

        DraftsSnapshot snapshot = drafts.list();

        assertThat(snapshot.drafts()).extracting(DraftSummary::id).containsExactly(good.id());
        assertThat(snapshot.setAsideMessages()).hasSize(2)
                .anyMatch(m -> m.contains(other.id() + ".json") && m.contains("mis de côté"))
                .anyMatch(m -> m.contains("garbage.json"));
        assertThat(damaged).doesNotExist();
        try (Stream<Path> files = Files.list(dir.resolve("drafts/demo"))) {
            // kept, not deleted: the half file is still there under its new name
            assertThat(files.filter(p -> p.getFileName().toString().startsWith(other.id() + ".json.corrupt-")))
                    .singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).hasSize(half.length / 2));
        }
        assertThat(drafts.list().setAsideMessages()).isEmpty();
    }

    @Test
    void duplicateMakesAnIndependentCopyAndDeleteRemovesTheDraftAndItsUnusedPdf() throws Exception {
        InvoiceDraft draft = drafts.save(everyField("FA-DUP"));
        InvoiceDraft copy = drafts.duplicate(draft.id()).orElseThrow();

        assertThat(copy.id()).isNotEqualTo(draft.id());
        assertThat(copy.invoiceNumber()).contains("FA-DUP");
        assertThat(drafts.list().drafts()).hasSize(2);
        Path pdf = Path.of(draft.pdf().orElseThrow().path());

        drafts.delete(draft.id());
        assertThat(drafts.open(draft.id())).isEmpty();
        assertThat(pdf).as("still used by the copy").exists();
        drafts.delete(copy.id());
        assertThat(pdf).doesNotExist();
        assertThat(drafts.list().drafts()).isEmpty();
    }

    @Test
    void aDraftLeftOpenByACrashIsOfferedBackAndNotOnceClosedCleanly() throws Exception {
        InvoiceDraft open = drafts.save(everyField("FA-OPEN"));
        InvoiceDraft closed = drafts.save(everyField("FA-CLOSED"));
        drafts.beginEditing(open.id());
        drafts.beginEditing(closed.id());
        drafts.endEditing(closed.id());

        // a new service on the same files: the app started again after being killed
        List<DraftSummary> interrupted = service("demo").interrupted();

        assertThat(interrupted).extracting(DraftSummary::id).containsExactly(open.id());
        drafts.delete(open.id());
        assertThat(service("demo").interrupted()).isEmpty();
    }

    /** A scheduler whose time moves by hand: tasks run when their time comes, on the test's thread. */
    private static final class ManualScheduler implements DraftAutosaver.Scheduler {
        private record Task(Runnable run, long due, boolean[] cancelled) {
        }

        private final List<Task> tasks = new ArrayList<>();
        private long now;

        @Override
        public DraftAutosaver.Cancellable schedule(Runnable task, Duration delay) {
            boolean[] cancelled = {false};
            tasks.add(new Task(task, now + delay.toMillis(), cancelled));
            return () -> cancelled[0] = true;
        }

        void advance(Duration by) {
            now += by.toMillis();
            List<Task> due = tasks.stream().filter(t -> t.due() <= now && !t.cancelled()[0]).toList();
            tasks.removeAll(due);
            due.forEach(t -> t.run().run());
        }
    }

    @Test
    void theAutosaverWritesOnceAfterTheLastChangeOfABurstAndFlushSavesAtOnce() throws Exception {
        ManualScheduler scheduler = new ManualScheduler();
        List<String> saved = new ArrayList<>();
        DraftAutosaver autosaver = new DraftAutosaver(scheduler, Duration.ofMillis(800), d -> {
            drafts.save(d);
            saved.add(d.invoiceNumber().orElse(""));
        }, e -> { throw new AssertionError(e); });
        InvoiceDraft draft = InvoiceDraft.start(clock.instant());

        autosaver.changed(draft.withInvoiceNumber("F"));
        scheduler.advance(Duration.ofMillis(500));
        autosaver.changed(draft.withInvoiceNumber("FA"));
        scheduler.advance(Duration.ofMillis(500));
        autosaver.changed(draft.withInvoiceNumber("FA-1"));
        scheduler.advance(Duration.ofMillis(799));
        assertThat(saved).isEmpty();
        assertThat(autosaver.hasPendingChange()).isTrue();
        scheduler.advance(Duration.ofMillis(1));
        assertThat(saved).containsExactly("FA-1");
        assertThat(drafts.open(draft.id()).orElseThrow().invoiceNumber()).contains("FA-1");

        autosaver.changed(draft.withInvoiceNumber("FA-2"));
        autosaver.flush();
        assertThat(saved).containsExactly("FA-1", "FA-2");
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(saved).containsExactly("FA-1", "FA-2");
        assertThat(autosaver.hasPendingChange()).isFalse();
    }

    @Test
    void aFailedAutosaveKeepsTheChangeForTheNextTry() {
        ManualScheduler scheduler = new ManualScheduler();
        List<Exception> errors = new ArrayList<>();
        boolean[] diskFull = {true};
        List<String> saved = new ArrayList<>();
        DraftAutosaver autosaver = new DraftAutosaver(scheduler, Duration.ofMillis(800), d -> {
            if (diskFull[0]) {
                throw new java.io.IOException("No space left on device");
            }
            saved.add(d.invoiceNumber().orElse(""));
        }, errors::add);

        autosaver.changed(InvoiceDraft.start(clock.instant()).withInvoiceNumber("FA-9"));
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(errors).hasSize(1);
        assertThat(autosaver.hasPendingChange()).isTrue();
        diskFull[0] = false;
        autosaver.flush();
        assertThat(saved).containsExactly("FA-9");
    }

    @Test
    void onARealExecutorOnlyTheLastChangeOfABurstIsSaved() throws Exception {
        java.util.concurrent.ScheduledExecutorService executor =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try {
            java.util.concurrent.CountDownLatch saved = new java.util.concurrent.CountDownLatch(1);
            List<String> numbers = new java.util.concurrent.CopyOnWriteArrayList<>();
            DraftAutosaver autosaver = new DraftAutosaver(DraftAutosaver.Scheduler.on(executor),
                    Duration.ofMillis(200), d -> {
                        numbers.add(d.invoiceNumber().orElse(""));
                        saved.countDown();
                    }, e -> { throw new AssertionError(e); });
            InvoiceDraft draft = InvoiceDraft.start(clock.instant());
            for (String typed : List.of("F", "FA", "FA-", "FA-1")) {
                autosaver.changed(draft.withInvoiceNumber(typed));
            }
            assertThat(saved.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            // the earlier tasks were cancelled: once the queue is drained, still one save
            executor.submit(() -> { }).get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(numbers).containsExactly("FA-1");
        } finally {
            executor.shutdownNow();
        }
    }
}
