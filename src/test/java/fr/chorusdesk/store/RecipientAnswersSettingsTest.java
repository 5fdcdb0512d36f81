package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.domain.SupplierProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's answers about recipients and the strict engagement check, kept with the profile in settings.json. */
class RecipientAnswersSettingsTest {

    private static final String MINISTRY = "11000201100044";
    private static final String PREFECTURE = "21300070000012";

    private static SupplierProfile profile() {
        return SupplierProfile.unconnected("p-1", "Boulangerie Martin", AccountEnvironment.PRODUCTION,
                Optional.empty(), Optional.empty(), "client-42", "TECH_1_MARTIN@cpro.fr");
    }

    @Test
    void answersAndTheStrictCheckComeBack(@TempDir Path dir) throws IOException {
        RecipientAnswers answers = RecipientAnswers.NONE
                .withState(Siret.parse(PREFECTURE).orElseThrow(), true)
                .withState(Siret.parse("110 002 011 00044").orElseThrow(), false)
                .withStrictEngagementCheck(true);
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(new Settings("fr", "p-1", List.of(profile().withRecipientAnswers(answers))));

        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"strictEngagementCheck\" : \"true\"")
                .contains("\"stateRecipients\" : {")
                .contains("\"" + MINISTRY + "\" : false").contains("\"" + PREFECTURE + "\" : true");
        RecipientAnswers loaded = new SettingsStore(file).load().profileById("p-1").orElseThrow().recipientAnswers();
        assertThat(loaded).isEqualTo(answers);
        assertThat(loaded.state(Siret.parse(MINISTRY).orElseThrow())).contains(false);
        assertThat(loaded.strictEngagementCheck()).isTrue();
    }

    @Test
    void aProfileSavedBeforeAnswersExistedHasNoneAndIsNotStrict(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(new Settings("fr", "p-1", List.of(profile())));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("stateRecipients")
                .doesNotContain("strictEngagementCheck");

        SupplierProfile loaded = new SettingsStore(file).load().profileById("p-1").orElseThrow();
        assertThat(loaded.recipientAnswers()).isEqualTo(RecipientAnswers.NONE);
    }

    @Test
    void anAnswerThatIsNotASiretOrNotABooleanIsLeftOut(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(new Settings("fr", "p-1", List.of(profile())));
        String json = Files.readString(file, StandardCharsets.UTF_8).replace("\"technicalLogin\"",
                "\"stateRecipients\" : {\"12345\" : true, \"" + MINISTRY + "\" : \"oui\", \"" + PREFECTURE
                        + "\" : true}, \"technicalLogin\"");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        RecipientAnswers loaded = new SettingsStore(file).load().profileById("p-1").orElseThrow().recipientAnswers();
        assertThat(loaded.stateBySiret()).isEqualTo(Map.of(PREFECTURE, true));
    }

    @Test
    void newCredentialsKeepTheAnswers() {
        RecipientAnswers answers = RecipientAnswers.NONE.withState(Siret.parse(MINISTRY).orElseThrow(), true);
        SupplierProfile changed = profile().withRecipientAnswers(answers).withConnection("Martin",
                AccountEnvironment.QUALIFICATION, Optional.empty(), Optional.empty(), "client-43", "TECH_2@cpro.fr",
                true);
        assertThat(changed.recipientAnswers()).isEqualTo(answers);
    }
}
