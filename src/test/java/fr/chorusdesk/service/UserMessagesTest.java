package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
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
    @Test
    void eachUseCaseFailureIsToldInItsOwnWordsInTheChosenLanguage() throws Exception {
        RecipientException recipient = new RecipientException(RecipientException.Kind.NOT_FOUND, "21750001000013");
        assertThat(french.describe(recipient)).isEqualTo(recipient.userMessage(Locale.FRENCH)).contains("21750001000013");
        assertThat(new UserMessages(Locale.ENGLISH).describe(recipient))
                .isEqualTo(recipient.userMessage(Locale.ENGLISH)).isNotEqualTo(recipient.userMessage(Locale.FRENCH));

        AccountCheckException account = new AccountCheckException(AccountProblem.PISTE_APPLICATION,
                "Identifiant ou secret refusé.", "401 from the token endpoint", null);
        assertThat(french.describe(account)).isEqualTo("Identifiant ou secret refusé.");
        assertThat(french.isExpected(account)).isTrue();

        SubmissionException refused = new SubmissionException(SubmissionException.Kind.CHORUS_REFUSED, "tech",
                "Chorus Pro a refusé la facture.", List.of(), List.of(), Optional.empty(), null);
        assertThat(french.describe(new java.util.concurrent.CompletionException(refused)))
                .isEqualTo("Chorus Pro a refusé la facture.");

        // nothing listens on port 9 of the loopback: a real network failure of the real client
        fr.chorusdesk.chorus.ChorusClient unreachable = fr.chorusdesk.chorus.ChorusClient.builder(
                new fr.chorusdesk.chorus.ChorusEnvironment(java.net.URI.create("http://127.0.0.1:9/cpro"),
                        java.net.URI.create("http://127.0.0.1:9/api/oauth/token")),
                new fr.chorusdesk.chorus.ChorusCredentials("id", "secret", "login", "password"))
                .retryPolicy(fr.chorusdesk.chorus.RetryPolicy.none()).build();
        fr.chorusdesk.chorus.ChorusException network = org.junit.jupiter.api.Assertions.assertThrows(
                fr.chorusdesk.chorus.ChorusException.class, () -> unreachable.consulterStructure(1L));
        assertThat(french.describe(network)).isEqualTo(network.userMessage(Locale.FRENCH)).isNotBlank()
                .doesNotContain("127.0.0.1");
        assertThat(french.isExpected(network)).isTrue();
    }
}
