package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class WizardModelGateTest {

    @Test
    void suivantLeavesTheAccountStepOnlyWhenTheAccountIsReady() {
        WizardModel model = new WizardModel();
        SimpleBooleanProperty ready = new SimpleBooleanProperty(false);
        model.gateAccountStep(ready);
        assertThat(model.canGoNextProperty().get()).isFalse();
        assertThat(model.next()).isFalse();
        assertThat(model.current()).isEqualTo(WizardStep.ACCOUNT);

        ready.set(true);
        assertThat(model.canGoNextProperty().get()).isTrue();
        assertThat(model.next()).isTrue();
        assertThat(model.current()).isEqualTo(WizardStep.PDF);

        // the gate holds the account step only
        ready.set(false);
        assertThat(model.canGoNextProperty().get()).isTrue();
        assertThat(model.back()).isTrue();
        assertThat(model.canGoNextProperty().get()).isFalse();
    }
}
