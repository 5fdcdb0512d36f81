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

    /**
     * The build compiles the stylesheet to JavaFX's binary form beside it, which JavaFX then loads
     * instead of parsing the text before the first frame: it must say what the text says.
     */
    @Test
    void theBinaryStylesheetBesideItHasTheSameRules() throws Exception {
        URL css = MainWindow.class.getResource(MainWindow.STYLESHEET);
        URL bss = MainWindow.class.getResource(MainWindow.STYLESHEET.replace(".css", ".bss"));
        assertThat(bss).as("chorusdesk.bss, made in process-classes by exec-maven-plugin").isNotNull();

        Stylesheet text = new CssParser().parse(css);
        Stylesheet binary = Stylesheet.loadBinary(bss);

        assertThat(binary.getRules()).extracting(StylesheetTest::describe)
                .containsExactlyElementsOf(text.getRules().stream().map(StylesheetTest::describe).toList());
    }

    private static String describe(javafx.css.Rule rule) {
        return rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + (d.isImportant() ? "!" : "")).toList();
    }
}
