package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text this package shows exists in French and English. */
class ChorusMessagesTest {

    private static final List<String> ERROR_KEYS = List.of(
            "chorus.error.business", "chorus.error.auth.pisteApplication", "chorus.error.auth.technicalAccount",
            "chorus.error.auth.subscriptions", "chorus.error.fileTooLarge", "chorus.error.html",
            "chorus.error.malformed", "chorus.error.timeout.read", "chorus.error.timeout.send",
            "chorus.error.checkBeforeResend", "chorus.error.network.unreachable", "chorus.error.network.broken",
            "chorus.error.interrupted", "chorus.error.fileUnreadable", "chorus.error.fileChanged",
            "chorus.error.http.notFound",
            "chorus.error.http.tooManyRequests", "chorus.error.http.unavailable", "chorus.error.http.other");

    private static Set<String> chorusKeys(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(ChorusMessages.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Set<String> keys = new TreeSet<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("chorus.")) {
                assertThat(bundle.getString(key)).as(key + " in " + locale).isNotBlank();
                keys.add(key);
            }
        }
        return keys;
    }

    @Test
    void frenchAndEnglishHaveTheSameNonEmptyKeys() {
        Set<String> fr = chorusKeys(Locale.FRENCH);
        assertThat(chorusKeys(Locale.ENGLISH)).isEqualTo(fr);
        assertThat(fr).containsAll(ERROR_KEYS);
        for (ChorusOperation op : ChorusOperation.values()) {
            assertThat(fr).contains("chorus.operation." + op.apiName());
        }
    }

    @Test
    void messagesAreFormattedWithTheirArguments() {
        assertThat(ChorusMessages.format(Locale.FRENCH, "chorus.error.http.unavailable", "503"))
                .isEqualTo("Chorus Pro est momentanément indisponible (HTTP 503). Réessayez plus tard.");
        assertThat(ChorusMessages.format(Locale.ENGLISH, "chorus.error.http.unavailable", "503"))
                .startsWith("Chorus Pro is temporarily unavailable (HTTP 503)");
    }
}
