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

    /** A field named to the user (a batch row, a wizard problem) has a name in both languages. */
    @Test
    void everyDraftFieldHasItsNamesInBothLanguages() throws IOException {
        for (String language : new String[] {"fr", "en"}) {
            Properties bundle = load(language);
            for (fr.chorusdesk.domain.DraftField field : fr.chorusdesk.domain.DraftField.values()) {
                assertThat(bundle).as(language + " " + field).containsKey("batch.field." + field.name());
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

    /** A mnemonic underlines a letter of the label itself, never one added in brackets ("Amount (_H)"). */
    @Test
    void everyMnemonicIsALetterOfItsOwnLabel() throws IOException {
        java.util.regex.Pattern bracketed = java.util.regex.Pattern.compile("\\(_\\p{L}\\)");
        for (String language : new String[] {"fr", "en"}) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bracketed.matcher(bundle.getProperty(key)).find()).as(language + ":" + key).isFalse();
            }
        }
    }

    /** Within a step, with Précédent and Suivant, no two fields answer the same Alt key. */
    @Test
    void theMnemonicsOfEachWizardStepAreDistinct() throws IOException {
        java.util.List<java.util.List<String>> steps = java.util.List.of(
                java.util.List.of("wizard.references.siret", "wizard.references.service", "wizard.references.search",
                        "wizard.references.engagement", "wizard.references.contract", "wizard.references.number",
                        "wizard.references.date", "wizard.references.kind", "wizard.references.frame",
                        "wizard.references.validator", "wizard.references.validatorService", "wizard.back",
                        "wizard.next"),
                java.util.List.of("wizard.amounts.excl", "wizard.amounts.vat", "wizard.amounts.incl",
                        "wizard.amounts.due", "wizard.amounts.comment", "wizard.back", "wizard.next"));
        for (String language : new String[] {"fr", "en"}) {
            Properties bundle = load(language);
            for (java.util.List<String> step : steps) {
                java.util.Map<Character, String> seen = new java.util.HashMap<>();
                for (String key : step) {
                    String value = bundle.getProperty(key);
                    int at = value.indexOf('_');
                    if (at < 0 || at + 1 >= value.length()) {
                        continue;
                    }
                    char letter = Character.toLowerCase(value.charAt(at + 1));
                    assertThat(seen.put(letter, key)).as(language + ": " + key + " takes Alt+" + letter).isNull();
                }
            }
        }
    }
}
