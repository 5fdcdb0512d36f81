package fr.chorusdesk.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.service.BatchHarness;
import fr.chorusdesk.service.BatchRow;
import fr.chorusdesk.service.BatchStatus;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch tab's view-model without a window: the batch's news reach it through a queue the test
 * drains, as the FX thread would, against the sandbox over HTTP.
 */
class BatchModelTest {

    private static final String COMMUNE = "21750001000012";
    private static final String DEPARTEMENT = "22691000200014";

    @TempDir
    Path dir;

    private final LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final Executor uiThread = uiQueue::add;
    private final AtomicReference<String> activeProfile = new AtomicReference<>("demo");
    private final SimpleObjectProperty<fr.chorusdesk.domain.SupplierIdentity> supplier =
            new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER);
    private BatchHarness app;
    private BatchModel model;

    @BeforeEach
    void start() throws Exception {
        app = new BatchHarness(dir.resolve("data"));
        model = new BatchModel(new SameThreadTaskRunner(), uiThread,
                ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH),
                id -> id.equals("demo") ? "Démonstration" : id, activeProfile::get);
        model.install(app.batches, supplier);
        drainUntil(() -> true);
    }

    @AfterEach
    void stop() {
        model.close();
        app.close();
    }

    /** Runs what the batch handed to the UI thread until the condition holds (30 s at most). */
    private void drainUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Runnable next;
        while ((next = uiQueue.poll()) != null) {
            next.run();
        }
        while (!condition.getAsBoolean()) {
            long left = end - System.nanoTime();
            next = uiQueue.poll(Math.max(1, left), TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("condition not met within 30 s: " + rows());
            }
            next.run();
        }
    }

    private List<BatchRow> rows() {
        return model.rows().stream().map(BatchRowItem::row).toList();
    }

    private boolean allRead() {
        return !model.rows().isEmpty() && rows().stream().noneMatch(r -> r.status() == BatchStatus.READING);
    }

    private Path folder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        InvoicePdfs.facturX(folder.resolve("A.pdf"), InvoicePdfs.Cii.demo("M-A", COMMUNE));
        InvoicePdfs.facturX(folder.resolve("B.pdf"), InvoicePdfs.Cii.demo("M-B", DEPARTEMENT));
        InvoicePdfs.facturX(folder.resolve("C.pdf"), InvoicePdfs.Cii.demo("M-C", DEPARTEMENT));
        return folder;
    }

    @Test
    void droppedPdfsStartABatchOfTheActiveProfileShownWhileRead() throws Exception {
        assertThat(model.titleProperty().get()).isEmpty();
        model.add(List.of(folder()));
        assertThat(model.titleProperty().get()).matches("Lot du .* — profil « Démonstration »");
        drainUntil(this::allRead);

        assertThat(rows()).extracting(BatchRow::fileName).containsExactly("A.pdf", "B.pdf", "C.pdf");
        assertThat(rows()).extracting(BatchRow::status).containsExactly(BatchStatus.READY, BatchStatus.INCOMPLETE,
                BatchStatus.INCOMPLETE);
        drainUntil(() -> model.progressProperty().get() < 0);
        assertThat(model.readyProperty().get()).isEqualTo(1);
        assertThat(model.canSendProperty().get()).isTrue();

        List<String> twoLast = rows().subList(1, 3).stream().map(BatchRow::id).toList();
        model.fill(twoLast, DraftField.SERVICE_CODE, "VOIRIE");
        drainUntil(() -> model.readyProperty().get() == 3);
        assertThat(model.noticeProperty().get()).isEqualTo("2 ligne(s) remplie(s).");
    }

    @Test
    void theConfirmationSaysHowManyTheTotalPerRecipientAndTheProfileAndSendingEndsInANotice() throws Exception {
        model.add(List.of(folder()));
        drainUntil(this::allRead);
        model.fill(rows().subList(1, 3).stream().map(BatchRow::id).toList(), DraftField.SERVICE_CODE, "VOIRIE");
        drainUntil(() -> model.readyProperty().get() == 3);

        assertThat(model.confirmation().replace('\u202f', ' ')).isEqualTo("""
                3 facture(s) seront envoyées à Chorus Pro avec le profil « Démonstration » :
                • COMMUNE DE VALBOURG : 1 200,00 € TTC
                • DEPARTEMENT DU VAL-DEMO : 2 400,00 € TTC

                Elles partent une à une ; une facture déjà reçue par Chorus Pro n’est jamais renvoyée.""");
        model.send();
        drainUntil(() -> model.readyProperty().get() == 0 && !model.sendingProperty().get());
        assertThat(model.noticeProperty().get()).isEqualTo("Envoi terminé : 3 envoyée(s), 0 refusée(s), 0 à vérifier.");
        assertThat(rows()).extracting(BatchRow::status).containsOnly(BatchStatus.SENT);
        assertThat(model.canSendProperty().get()).isFalse();

        Path csv = dir.resolve("resultat.csv");
        model.export(csv);
        assertThat(model.noticeProperty().get()).isEqualTo("Résultat exporté dans « resultat.csv ».");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("M-A;21750001000012;Déposée;DEPOSEE;09/03/2026;");
    }

    @Test
    void aBatchOfAnotherProfileIsShownButNotSent() throws Exception {
        model.add(List.of(folder()));
        drainUntil(this::allRead);
        assertThat(model.canSendProperty().get()).isTrue();

        activeProfile.set("client-b");
        model.install(app.batches, supplier);
        drainUntil(this::allRead);
        assertThat(model.canSendProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).startsWith("Ce lot appartient au profil « Démonstration »");
        model.send();
        assertThat(app.onChorusPro("M-A")).isEmpty();

        supplier.set(null);
        activeProfile.set("demo");
        model.install(app.batches, supplier);
        drainUntil(this::allRead);
        assertThat(model.canSendProperty().get()).as("no supplier structure chosen").isFalse();
    }

    @Test
    void anInterruptedBatchIsOfferedBackAtStartAndANewBatchStartsEmpty() throws Exception {
        String id;
        try (var batch = app.batches.start("demo", fr.chorusdesk.service.BatchListener.NONE)) {
            batch.add(List.of(folder()));
            BatchHarness.read(batch);
            id = batch.id();
        }
        Path file = dir.resolve("data/batches").resolve(id + ".json");
        Files.writeString(file, Files.readString(file).replace("\"sendRequested\" : false",
                "\"sendRequested\" : true"));
        BatchModel fresh = new BatchModel(new SameThreadTaskRunner(), uiThread,
                ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH), p -> p, activeProfile::get);
        model = fresh;
        fresh.install(app.batches, supplier);
        drainUntil(this::allRead);

        assertThat(rows()).hasSize(3);
        // A is ready; B and C wait for the service code their recipient requires: only A is resumed
        assertThat(fresh.noticeProperty().get()).startsWith("Un envoi de ce lot a été interrompu : 1 facture(s)");
        fresh.newBatch();
        assertThat(fresh.rows()).isEmpty();
        assertThat(fresh.titleProperty().get()).isEmpty();
    }
}
