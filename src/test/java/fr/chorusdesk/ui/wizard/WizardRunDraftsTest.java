package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.HistoryFilter;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wizard run with its drafts, without the FX thread: real drafts and history on disk, real HTTP
 * to the sandbox, and the saves' thread replaced by a hand-moved scheduler so each save is seen.
 */
class WizardRunDraftsTest {

    private static final Duration DELAY = Duration.ofMillis(800);
    /** A seeded recipient with no service code or engagement rule (docs/sandbox.md). */
    private static final String RECIPIENT = "21750001000012";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private DraftService drafts;
    private HistoryService history;
    private final ManualScheduler saves = new ManualScheduler();
    private final List<Exception> saveFailures = new ArrayList<>();
    private final SimpleObjectProperty<SupplierIdentity> supplier =
            new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER);
    private WizardServices services;

    @BeforeEach
    void start() throws Exception {
        harness = new SandboxHarness(dir.resolve("state"));
        drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), harness.clock),
                () -> "demo", harness.clock, Locale.FRENCH);
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock), () -> "demo",
                harness.clock);
        RecipientService recipients = new RecipientService(harness.client, harness.clock);
        SubmissionService submissions = new SubmissionService(harness.client, recipients, history,
                new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock, Locale.FRENCH);
        services = new WizardServices(new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH),
                new PagePreviewService(new PageRenderer(), Locale.FRENCH), recipients, submissions, supplier,
                Optional.empty(), new SameThreadTaskRunner(), Runnable::run, harness.clock, Locale.FRENCH,
                Optional.of(new WizardDrafts(drafts, new DraftSubmission(submissions, history, drafts), saves, DELAY,
                        saveFailures::add)));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private Path facturX(String number) throws Exception {
        return InvoicePdfs.facturX(dir.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, RECIPIENT));
    }

    @Test
    void anUntouchedRunIsNoDraftAndAChosenPdfIsSavedAfterThePause() throws Exception {
        WizardRun run = new WizardRun(services);
        run.model().next();
        saves.advance(Duration.ofSeconds(5));
        assertThat(drafts.list().drafts()).as("nothing chosen yet").isEmpty();

        run.pdf().choose(facturX("FX-2026-0201"));
        saves.advance(DELAY.minusMillis(1));
        assertThat(drafts.list().drafts()).as("still within the pause").isEmpty();
        saves.advance(Duration.ofMillis(1));

        List<DraftSummary> listed = drafts.list().drafts();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).invoiceNumber()).contains("FX-2026-0201");
        assertThat(listed.get(0).stepReached()).isEqualTo(DraftStep.PDF);
        assertThat(drafts.interrupted()).as("open while the run is on").extracting(DraftSummary::id)
                .containsExactly(run.draftProperty().get().id());
        assertThat(saveFailures).isEmpty();
    }

    @Test
    void anAttachedDocumentIsSavedWithTheDraftAsItsOwnCopyAndComesBackWhenReopened() throws Exception {
        WizardRun run = new WizardRun(services);
        run.model().next();
        run.pdf().choose(facturX("FX-2026-0209"));
        Path order = Files.writeString(dir.resolve("bon de commande.txt"), "commande 12");
        run.documents().add(List.of(order));
        saves.advance(DELAY);
        Files.delete(order);

        InvoiceDraft saved = drafts.open(run.draftProperty().get().id()).orElseThrow();
        assertThat(saved.documents()).singleElement().satisfies(d -> {
            assertThat(d.originalName()).isEqualTo("bon de commande.txt");
            assertThat(d.uploadName()).isEqualTo("bon-de-commande.txt");
            assertThat(Files.readString(Path.of(d.storedPath()))).as("the copy outlives the original")
                    .isEqualTo("commande 12");
        });
        run.close(true);
        WizardRun reopened = new WizardRun(services, Optional.of(saved));
        assertThat(reopened.documents().documents()).extracting(d -> d.originalName())
                .containsExactly("bon de commande.txt");
        assertThat(reopened.send().modeProperty().get()).as("a flow carries no attachment")
                .isEqualTo(fr.chorusdesk.service.SubmissionMode.PDF_UPLOAD);
    }

    @Test
    void leavingAStepSavesAtOnceWithTheStepReached() throws Exception {
        WizardRun run = new WizardRun(services);
        run.model().next();
        run.pdf().choose(facturX("FX-2026-0202"));
        run.model().next();
        assertThat(run.model().current()).isEqualTo(WizardStep.REFERENCES);

        saves.advance(Duration.ZERO);

        assertThat(drafts.open(run.draftProperty().get().id()).orElseThrow().stepReached())
                .isEqualTo(DraftStep.REFERENCES);
    }

    @Test
    void aReopenedDraftComesBackAtItsStepWithItsFieldsAndAWorkingPdfStep() throws Exception {
        WizardRun first = new WizardRun(services);
        first.model().next();
        Path original = facturX("FX-2026-0203");
        first.pdf().choose(original);
        first.model().next();
        first.references().contractNumberProperty().set("MARCHE-42");
        first.model().next();
        assertThat(first.model().current()).isEqualTo(WizardStep.AMOUNTS);
        first.close(true);
        assertThat(drafts.interrupted()).as("closed cleanly").isEmpty();
        // the draft keeps its own copy: the original may go
        Files.delete(original);

        InvoiceDraft saved = drafts.open(first.draftProperty().get().id()).orElseThrow();
        WizardRun reopened = new WizardRun(services, Optional.of(saved));

        assertThat(reopened.model().current()).isEqualTo(WizardStep.AMOUNTS);
        assertThat(reopened.references().contractNumberProperty().get()).isEqualTo("MARCHE-42");
        assertThat(reopened.references().invoiceNumberProperty().get()).isEqualTo("FX-2026-0203");
        assertThat(reopened.references().recipientProperty().get()).as("looked up again").isNotNull();
        assertThat(reopened.pdf().canContinueProperty().get()).as("its PDF checked again").isTrue();
        assertThat(reopened.amounts().canContinueProperty().get()).isTrue();
        reopened.model().back();
        reopened.model().back();
        assertThat(reopened.model().current()).isEqualTo(WizardStep.PDF);
        assertThat(reopened.model().canGoNextProperty().get()).isTrue();
    }

    @Test
    void aSentInvoiceLeavesTheDraftsEvenWhenASaveWasStillQueuedAndIsInTheHistory() throws Exception {
        WizardRun run = new WizardRun(services);
        run.model().next();
        run.pdf().choose(facturX("FX-2026-0204"));
        saves.advance(DELAY);
        assertThat(drafts.list().drafts()).hasSize(1);
        String id = run.draftProperty().get().id();
        run.model().next();
        run.model().next();
        run.model().next();
        assertThat(run.model().current()).isEqualTo(WizardStep.SEND);

        run.send().send();

        assertThat(run.send().failureMessageProperty().get()).isNull();
        assertThat(run.send().receiptProperty().get().invoiceId()).isPresent();
        // whatever the saves' thread still held runs now, the deletion queued last
        saves.advance(Duration.ofSeconds(10));
        assertThat(drafts.list().drafts()).as("sent, so not a draft any more").isEmpty();
        assertThat(drafts.interrupted()).isEmpty();
        List<SentInvoice> sent = history.find(HistoryFilter.ALL);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).invoiceNumber()).isEqualTo("FX-2026-0204");
        assertThat(sent.get(0).state()).isEqualTo(SentInvoice.State.SENT);
        assertThat(sent.get(0).sent()).as("the value sent is recorded").map(InvoiceDraft::id).contains(id);
    }

    @Test
    void closingWritesTheLastChangeAtOnce() throws Exception {
        WizardRun run = new WizardRun(services);
        run.model().next();
        run.pdf().choose(facturX("FX-2026-0205"));
        saves.advance(DELAY);
        run.model().next();
        run.references().contractNumberProperty().set("CT-7");
        assertThat(run.hasUnsavedChange()).isTrue();

        run.close(true);

        assertThat(run.hasUnsavedChange()).isFalse();
        assertThat(drafts.open(run.draftProperty().get().id()).orElseThrow().contractNumber()).contains("CT-7");
        assertThat(drafts.interrupted()).isEmpty();
    }

    @Test
    void aSaveThatFailsIsSaidAndTheChangeIsKeptForTheNextTry() throws Exception {
        // the drafts' directory is a file: every write fails as on a broken disk
        Path notADirectory = Files.writeString(dir.resolve("blocked"), "x");
        DraftService broken = new DraftService(new DraftStore(notADirectory.resolve("drafts"), new InvoiceDraftJson(),
                harness.clock), () -> "demo", harness.clock, Locale.FRENCH);
        WizardServices failing = new WizardServices(services.preflight(), services.previews(), services.recipients(),
                services.submissions(), supplier, Optional.empty(), services.tasks(), Runnable::run, harness.clock,
                Locale.FRENCH, Optional.of(new WizardDrafts(broken, services.drafts().orElseThrow().submission(), saves,
                        DELAY, saveFailures::add)));
        WizardRun run = new WizardRun(failing);
        run.model().next();
        run.pdf().choose(facturX("FX-2026-0206"));

        saves.advance(DELAY);

        assertThat(saveFailures).hasSize(1);
        assertThat(run.saveFailedProperty().get()).isTrue();
        assertThat(run.savedAtProperty().get()).isNull();
        assertThat(run.hasUnsavedChange()).as("kept for the next try").isTrue();
    }

    @Test
    void aSuccessfulSaveSaysWhen() throws Exception {
        WizardRun run = new WizardRun(services);
        run.model().next();
        run.pdf().choose(facturX("FX-2026-0207"));
        java.time.Instant before = harness.clock.instant();

        saves.advance(DELAY);

        assertThat(run.savedAtProperty().get()).isEqualTo(before);
        assertThat(run.saveFailedProperty().get()).isFalse();
    }

    /** Tasks run when their time comes, on the test's thread. */
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
            while (true) {
                List<Task> due = tasks.stream().filter(t -> t.due() <= now && !t.cancelled()[0]).toList();
                if (due.isEmpty()) {
                    return;
                }
                tasks.removeAll(due);
                due.forEach(t -> t.run().run());
            }
        }
    }
}
