package fr.chorusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ShownAsTest {

    @Test
    void aListShowsEachItemsTextAndNothingForNone() {
        StringConverter<Integer> shown = ShownAs.text(n -> n + " min");

        assertThat(shown.toString(15)).isEqualTo("15 min");
        assertThat(shown.toString(null)).isEmpty();
    }

    @Test
    void aFilterSaysWhatNoChoiceMeans() {
        StringConverter<String> shown = ShownAs.withNone(code -> code == null ? "Tous les statuts" : code.toLowerCase());

        assertThat(shown.toString(null)).isEqualTo("Tous les statuts");
        assertThat(shown.toString("SUSPENDUE")).isEqualTo("suspendue");
    }

    @Test
    void nothingCanBeTypedIntoTheLists() {
        assertThatThrownBy(() -> ShownAs.text(String::valueOf).fromString("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ShownAs.withNone(String::valueOf).fromString("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
