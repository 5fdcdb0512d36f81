package fr.chorusdesk.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Brouillons tab's view-model on real draft files, without a window. */
class DraftsModelTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private final MutableClock clock = MutableClock.atFixedStart();
    private final List<InvoiceDraft> opened = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();
    private boolean answer;
    private DraftService drafts;
    private DraftsModel model;

    @TempDir
    Path dir;

    @BeforeEach
    void drafts() throws Exception {
        drafts = new DraftService(new DraftStore(dir, new InvoiceDraftJson(), clock), () -> "demo", clock,
                Locale.FRENCH);
        drafts.save(InvoiceDraft.start(clock.instant()).withInvoiceNumber("FA-2026-0012")
                .withAmountInclTax(new BigDecimal("1440")).withStepReached(DraftStep.AMOUNTS));
        clock.advance(Duration.ofMinutes(30));
        drafts.save(InvoiceDraft.start(clock.instant()).withRecipientSiret("21750001000012"));
        model = new DraftsModel(messages, drafts, new SameThreadTaskRunner(), opened::add, (title, text) -> {
            asked.add(text);
            return answer;
        }, e -> { throw new AssertionError(e); }, ZoneId.of("Europe/Paris"));
    }

    @Test
    void theNewestChangeComesFirstWithEachRowInWords() throws Exception {
        Files.writeString(dir.resolve("demo/abimé.json"), "{\"schemaVersion\":1,", StandardCharsets.UTF_8);
        model.refresh();

        assertThat(model.rows()).extracting(model::number).containsExactly("(sans numéro)", "FA-2026-0012");
        DraftSummary older = model.rows().get(1);
        assertThat(model.amount(older).replaceAll("[\\s\\u00A0\\u202F]", " ")).isEqualTo("1 440,00 €");
        assertThat(model.step(older)).isEqualTo("Montants");
        assertThat(model.setAsideProperty().get()).contains("abimé.json");
        assertThat(model.emptyProperty().get()).isFalse();
    }

    @Test
    void aDraftIsDeletedOnlyOnceTheUserConfirms() throws Exception {
        model.refresh();
        DraftSummary numbered = model.rows().get(1);
        answer = false;
        model.delete(numbered);
        assertThat(asked).singleElement().asString().contains("FA-2026-0012");
        assertThat(drafts.list().drafts()).hasSize(2);

        answer = true;
        model.delete(numbered);
        assertThat(drafts.list().drafts()).hasSize(1);
        assertThat(model.rows()).hasSize(1);
    }

    @Test
    void aDraftLeftOpenByACrashIsOfferedBackAndReopened() throws Exception {
        String id = drafts.list().drafts().get(1).id();
        drafts.beginEditing(id);
        answer = true;

        model.offerInterrupted();

        assertThat(asked).singleElement().asString().contains("FA-2026-0012");
        assertThat(opened).singleElement().satisfies(d -> assertThat(d.id()).isEqualTo(id));
    }
}
