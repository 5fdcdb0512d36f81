package fr.chorusdesk.ui.wizard;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * State of one wizard run, shared by every step. Holds no {@code Node}, so it is tested
 * without the FX thread; later steps add their own properties here.
 */
public final class WizardModel {

    private static final List<WizardStep> STEPS = List.of(WizardStep.values());

    /**
     * A PDF handed over when the app was started on it (double-click, "Ouvrir avec").
     *
     * @param found false when the file is not there (moved, renamed): the PDF step says so
     */
    public record OpenedPdf(Path file, boolean found) {
        public OpenedPdf {
            Objects.requireNonNull(file);
        }
    }

    private final ReadOnlyObjectWrapper<WizardStep> current = new ReadOnlyObjectWrapper<>(WizardStep.ACCOUNT);
    private final ReadOnlyObjectWrapper<Optional<OpenedPdf>> openedPdf = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final Map<WizardStep, ObservableBooleanValue> completions = new EnumMap<>(WizardStep.class);
    /** Whether the current step may be left forward; follows that step's completion. */
    private final SimpleBooleanProperty currentComplete = new SimpleBooleanProperty(true);
    private final BooleanBinding canGoBack = Bindings.createBooleanBinding(
            () -> current.get().ordinal() > 0, current);
    private final BooleanBinding canGoNext = Bindings.createBooleanBinding(
            () -> current.get().ordinal() < STEPS.size() - 1 && currentComplete.get(), current, currentComplete);

    public WizardModel() {
        current.addListener((obs, old, now) -> followCompletion());
    }

    /**
     * Suivant leaves the Compte step only while {@code ready} is true (a supplier structure and a
     * bank account are chosen). Without an account step attached, nothing holds it back.
     */
    public void gateAccountStep(ObservableBooleanValue ready) {
        requireComplete(WizardStep.ACCOUNT, ready);
    }

    /** Suivant stays disabled on {@code step} while {@code complete} is false; steps without one are free. */
    public void requireComplete(WizardStep step, ObservableBooleanValue complete) {
        completions.put(step, complete);
        followCompletion();
    }

    private void followCompletion() {
        currentComplete.unbind();
        ObservableBooleanValue complete = completions.get(current.get());
        if (complete == null) {
            currentComplete.set(true);
        } else {
            currentComplete.bind(complete);
        }
    }

    public List<WizardStep> steps() {
        return STEPS;
    }

    public ReadOnlyObjectProperty<WizardStep> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public WizardStep current() {
        return current.get();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    /** @return whether the step changed */
    public boolean next() {
        if (!canGoNext.get()) {
            return false;
        }
        current.set(STEPS.get(current.get().ordinal() + 1));
        return true;
    }

    /** @return whether the step changed */
    public boolean back() {
        if (!canGoBack.get()) {
            return false;
        }
        current.set(STEPS.get(current.get().ordinal() - 1));
        return true;
    }

    /** Goes to the PDF step with the file the app was started on. */
    public void openPdf(OpenedPdf pdf) {
        openedPdf.set(Optional.of(pdf));
        current.set(WizardStep.PDF);
    }

    public ReadOnlyObjectProperty<Optional<OpenedPdf>> openedPdfProperty() {
        return openedPdf.getReadOnlyProperty();
    }

    public Optional<OpenedPdf> openedPdf() {
        return openedPdf.get();
    }

    /**
     * Shows a reopened draft at the step where it was left. The steps before it were complete when
     * the draft was saved; they are checked again as the user goes back and forth, and the send
     * step checks everything anyway before anything leaves.
     */
    public void resumeAt(WizardStep step) {
        current.set(Objects.requireNonNull(step));
    }

    /**
     * Goes back to an earlier step (to correct a field Chorus Pro or the checks refused); never
     * forward, since the steps in between would be skipped unchecked.
     *
     * @return whether the step changed
     */
    public boolean backTo(WizardStep step) {
        if (step.ordinal() >= current.get().ordinal()) {
            return false;
        }
        current.set(step);
        return true;
    }
}
