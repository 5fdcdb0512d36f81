package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupportingDocument;
import fr.chorusdesk.service.AttachmentType;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.InMemorySubmissionLedger;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The PDF step's documents edit the shared draft (what autosave writes); types from the sandbox (docs/sandbox.md). */
@Timeout(30)
class SupportingDocumentsModelTest {

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private final SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>();
    private SupportingDocumentsModel model;

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        draft.set(InvoiceDraft.start(harness.clock.instant()));
        SubmissionService submissions = new SubmissionService(harness.client,
                new RecipientService(harness.client, harness.clock), new InMemorySubmissionLedger(),
                FlowPolling.defaults(), harness.clock, Locale.FRENCH);
        model = new SupportingDocumentsModel(draft, submissions.supportingDocuments(), new SameThreadTaskRunner());
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void addingTypingAndRemovingEditTheDraft() throws Exception {
        Path devis = Files.writeString(dir.resolve("devis.pdf"), "devis");
        Path photo = Files.writeString(dir.resolve("photo.heic"), "image");
        Path pv = Files.writeString(dir.resolve("pv.odt"), "pv");

        model.loadTypes();
        model.add(List.of(devis, photo, pv));

        assertThat(model.types()).hasSize(7);
        assertThat(draft.get().documents()).extracting(SupportingDocument::originalName)
                .containsExactly("devis.pdf", "pv.odt");
        assertThat(draft.get().documents()).extracting(SupportingDocument::typeCode).containsOnly("AUTRE");
        assertThat(model.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.refused()).isTrue();
            assertThat(o.fileName()).isEqualTo("photo.heic");
            assertThat(o.messages()).singleElement().asString().contains("« .heic »");
        });
        assertThat(model.busyProperty().get()).isFalse();

        model.changeType(draft.get().documents().get(0), new AttachmentType("DEVIS", "Devis"));
        assertThat(draft.get().documents().get(0).typeLabel()).isEqualTo("Devis");
        assertThat(draft.get().documents().get(1).typeCode()).isEqualTo("AUTRE");

        model.add(List.of(devis));
        assertThat(draft.get().documents()).as("the same file is not attached twice").hasSize(2);
        assertThat(model.outcomes()).singleElement().satisfies(o -> assertThat(o.messages().get(0))
                .contains("déjà joint"));

        model.remove(draft.get().documents().get(0));
        assertThat(draft.get().documents()).extracting(SupportingDocument::originalName).containsExactly("pv.odt");
    }
}
