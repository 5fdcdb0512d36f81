package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static Properties load(String language) throws IOException {
        String name = "/" + Languages.BUNDLE.replace('.', '/') + "_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Properties fr = load("fr");
        Properties en = load("en");
        assertThat(fr.stringPropertyNames()).isNotEmpty();
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
    }

    @Test
    void noValueIsEmptyAndEveryValueIsAValidPattern() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertThat(value).as(language + ":" + key).isNotBlank();
                // every value may go through MessageFormat: a plain apostrophe would vanish there
                assertThat(value).as(language + ":" + key + " uses ’ rather than '").doesNotContain("'");
                assertThat(new MessageFormat(value, Locale.ROOT)).as(language + ":" + key).isNotNull();
            }
        }
    }

    @Test
    void frenchIsTheDefaultAndEnglishIsSecond() {
        assertThat(Languages.choose(java.util.Optional.empty(), Locale.GERMANY)).isEqualTo(Locale.FRENCH);
        assertThat(Languages.choose(java.util.Optional.empty(), Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(java.util.Optional.of(Locale.FRENCH), Locale.UK)).isEqualTo(Locale.FRENCH);
        ResourceBundle fr = Languages.bundle(Locale.FRENCH);
        ResourceBundle en = Languages.bundle(Locale.ENGLISH);
        assertThat(fr.getString("tab.wizard")).isEqualTo("Nouveau dépôt");
        assertThat(en.getString("tab.wizard")).isEqualTo("New submission");
    }
}
