package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.common.HeldTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The PDF step's inspection can be abandoned: its late answer changes nothing. No FX thread. */
@Timeout(30)
class PdfStepCancelTest {


    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private final HeldTaskRunner tasks = new HeldTaskRunner();
    private final SimpleObjectProperty<InvoiceDraft> draft =
            new SimpleObjectProperty<>(InvoiceDraft.start(clock.instant()));
    private final PdfStepModel model = new PdfStepModel(draft,
            new PreflightService(new PdfInspector(), clock, Locale.FRENCH), tasks);

    @Test
    void aCancelledInspectionLeavesTheDraftAsItWasAndItsLateAnswerIsDropped() throws Exception {
        InvoiceDraft before = draft.get();
        model.choose(InvoicePdfs.textPdf(dir.resolve("longue.pdf"), List.of("Facture FA-1")));
        assertThat(model.busyProperty().get()).isTrue();

        model.cancel();
        assertThat(model.busyProperty().get()).isFalse();
        tasks.held.poll().run();

        assertThat(draft.get()).isSameAs(before);
        assertThat(model.resultProperty().get()).isNull();
        assertThat(model.canContinueProperty().get()).isFalse();
    }

    @Test
    void aSecondFileChosenWhileTheFirstIsReadWinsWhateverTheOrderOfTheAnswers() throws Exception {
        model.choose(InvoicePdfs.textPdf(dir.resolve("premiere.pdf"), List.of("Facture FA-1")));
        model.choose(InvoicePdfs.textPdf(dir.resolve("seconde.pdf"), List.of("Facture FA-2")));
        Runnable first = tasks.held.poll();
        tasks.held.poll().run();
        first.run();

        assertThat(draft.get().pdf().orElseThrow().uploadName()).isEqualTo("seconde.pdf");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.canContinueProperty().get()).isTrue();
    }
}
