package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class UserMessagesTest {

    private final UserMessages french = new UserMessages(Locale.FRENCH);

    @Test
    void aProfileWithoutClientPointsToTheAccountStep() {
        NotConnectedException failure = new NotConnectedException("no client");
        assertThat(french.describe(failure)).startsWith("Le profil actif n’est pas encore relié à Chorus Pro")
                .contains("étape Compte");
        assertThat(french.isExpected(failure)).isTrue();
        assertThat(new UserMessages(Locale.ENGLISH).describe(failure))
                .startsWith("The active profile is not connected to Chorus Pro yet");
    }

    @Test
    void aUseCaseFailureKeepsItsOwnSentenceEvenWrappedByATask() {
        HistoryActionException refused = new HistoryActionException("tech", "Le SIRET « 1 » n’est pas valide.", null);
        assertThat(french.describe(new ExecutionException(refused))).isEqualTo("Le SIRET « 1 » n’est pas valide.");
        assertThat(french.isExpected(new ExecutionException(refused))).isTrue();
    }

    @Test
    void aDiskProblemAndABugAreToldApartWithoutTechnicalText() {
        assertThat(french.describe(new IOException("/home/x/history.jsonl: No space left")))
                .startsWith("Un fichier local n’a pas pu être lu ou écrit").doesNotContain("/home");
        NullPointerException bug = new NullPointerException("invoice.sent() is null");
        assertThat(french.isExpected(bug)).isFalse();
        assertThat(french.describe(bug)).contains("erreur inattendue", "Rien n’a été perdu").doesNotContain("null");
    }
}
