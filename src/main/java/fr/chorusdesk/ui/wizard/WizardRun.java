package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.InvoiceDraft;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One deposit from start to receipt: a fresh draft, the step models on it and the wizard's
 * position. "Nouveau dépôt" and a successful send start a new run, so nothing of the previous
 * invoice leaks into the next one. Holds no {@code Node}.
 */
public final class WizardRun {

    private final ObjectProperty<InvoiceDraft> draft;
    private final WizardModel model = new WizardModel();
    private final PdfStepModel pdf;
    private final ReferencesStepModel references;
    private final AmountsStepModel amounts;
    private final SendStepModel send;

    public WizardRun(WizardServices services) {
        Objects.requireNonNull(services);
        draft = new SimpleObjectProperty<>(InvoiceDraft.start(services.clock().instant()));
        pdf = new PdfStepModel(draft, services.preflight(), services.tasks());
        references = new ReferencesStepModel(draft, services.recipients(), services.tasks(), services.clock());
        amounts = new AmountsStepModel(draft, services.clock(), services.locale());
        send = new SendStepModel(draft, services.supplier(), services.submissions(), services.tasks(),
                services.uiThread());
        model.requireComplete(WizardStep.ACCOUNT, Bindings.createBooleanBinding(
                () -> services.supplier().getValue() != null, services.supplier()));
        model.requireComplete(WizardStep.PDF, pdf.canContinueProperty());
        model.requireComplete(WizardStep.REFERENCES, references.canContinueProperty());
        model.requireComplete(WizardStep.AMOUNTS, amounts.canContinueProperty());
        model.currentProperty().addListener((obs, old, now) -> {
            if (now == WizardStep.REFERENCES) {
                references.entered();
            }
        });
    }

    public ObjectProperty<InvoiceDraft> draftProperty() {
        return draft;
    }

    public WizardModel model() {
        return model;
    }

    public PdfStepModel pdf() {
        return pdf;
    }

    public ReferencesStepModel references() {
        return references;
    }

    public AmountsStepModel amounts() {
        return amounts;
    }

    public SendStepModel send() {
        return send;
    }
}
