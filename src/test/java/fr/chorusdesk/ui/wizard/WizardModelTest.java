package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class WizardModelTest {

    private final WizardModel model = new WizardModel();

    @Test
    void startsOnTheAccountStepAndCannotGoBack() {
        assertThat(model.current()).isEqualTo(WizardStep.ACCOUNT);
        assertThat(model.canGoBackProperty().get()).isFalse();
        assertThat(model.back()).isFalse();
        assertThat(model.current()).isEqualTo(WizardStep.ACCOUNT);
    }

    @Test
    void walksThePortalOrderForthAndBack() {
        assertThat(model.steps()).containsExactly(WizardStep.ACCOUNT, WizardStep.PDF, WizardStep.REFERENCES,
                WizardStep.AMOUNTS, WizardStep.SEND);
        for (int i = 0; i < 4; i++) {
            assertThat(model.next()).isTrue();
        }
        assertThat(model.current()).isEqualTo(WizardStep.SEND);
        assertThat(model.canGoNextProperty().get()).isFalse();
        assertThat(model.next()).isFalse();
        assertThat(model.back()).isTrue();
        assertThat(model.current()).isEqualTo(WizardStep.AMOUNTS);
        assertThat(model.canGoNextProperty().get()).isTrue();
    }

    @Test
    void aPdfGivenAtStartOpensThePdfStep() {
        assertThat(model.openedPdf()).isEmpty();
        WizardModel.OpenedPdf pdf = new WizardModel.OpenedPdf(Path.of("facture.pdf"), true);
        model.openPdf(pdf);
        assertThat(model.current()).isEqualTo(WizardStep.PDF);
        assertThat(model.openedPdf()).contains(pdf);
        assertThat(model.canGoBackProperty().get()).isTrue();
    }

    @Test
    void anIncompleteStepKeepsSuivantDisabledUntilItIsComplete() {
        SimpleBooleanProperty pdfChosen = new SimpleBooleanProperty(false);
        model.requireComplete(WizardStep.PDF, pdfChosen);
        assertThat(model.next()).as("the account step has no condition").isTrue();
        assertThat(model.canGoNextProperty().get()).isFalse();
        assertThat(model.next()).isFalse();
        assertThat(model.current()).isEqualTo(WizardStep.PDF);

        pdfChosen.set(true);
        assertThat(model.canGoNextProperty().get()).isTrue();
        assertThat(model.next()).isTrue();
        assertThat(model.current()).isEqualTo(WizardStep.REFERENCES);

        pdfChosen.set(false);
        assertThat(model.canGoNextProperty().get()).as("the condition belongs to the PDF step only").isTrue();
    }

    @Test
    void goesBackToAnEarlierStepButNeverJumpsForward() {
        model.next();
        model.next();
        model.next();
        assertThat(model.backTo(WizardStep.SEND)).isFalse();
        assertThat(model.current()).isEqualTo(WizardStep.AMOUNTS);
        assertThat(model.backTo(WizardStep.PDF)).isTrue();
        assertThat(model.current()).isEqualTo(WizardStep.PDF);
    }
}
