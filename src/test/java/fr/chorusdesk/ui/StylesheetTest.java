package fr.chorusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The app's stylesheet parses without error: JavaFX only logs a broken rule and drops the rest. */
@Timeout(10)
class StylesheetTest {

    @Test
    void theStylesheetHasNoParseError() throws Exception {
        URL css = MainWindow.class.getResource(MainWindow.STYLESHEET);
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(css);

        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).extracting(r -> r.getSelectors().toString())
                .anySatisfy(s -> assertThat(s).contains("signed-badge"))
                .anySatisfy(s -> assertThat(s).contains("draft-state"));
    }
}
