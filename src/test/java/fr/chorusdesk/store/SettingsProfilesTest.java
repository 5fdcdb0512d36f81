package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.PasswordExpiry;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsProfilesTest {

    private static SupplierProfile connected() {
        return SupplierProfile.unconnected("p-1", "Boulangerie Martin", AccountEnvironment.CUSTOM,
                Optional.of("https://api.example.test/cpro"), Optional.of("https://oauth.example.test/token"),
                "client-42", "TECH_1_MARTIN@cpro.fr")
                .withSupplier(new SupplierStructure(123456L, "81234567800013", "BOULANGERIE MARTIN"),
                        Optional.of(new SupplierService(77L, "COMPTA", "Comptabilité")),
                        new SupplierBankAccount(9L, "Compte courant"),
                        List.of(new SupplierBankAccount(9L, "Compte courant"),
                                new SupplierBankAccount(10L, "Affacturage",
                                        Iban.parse("FR14 2004 1010 0505 0001 3M02 606"))),
                        Instant.parse("2026-12-01T10:15:30Z"),
                        Optional.of(new PasswordExpiry(LocalDate.of(2027, 3, 4))));
    }

    @Test
    void profilesComeBackFieldByField(@TempDir Path dir) throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        SupplierProfile demo = SupplierProfile.unconnected("demo", "Démonstration", AccountEnvironment.DEMO,
                Optional.empty(), Optional.empty(), "demo-client", "TECH_1_DEMO@cpro.fr");
        Settings saved = new Settings("fr", "p-1", List.of(demo, connected()));
        store.save(saved);

        Settings loaded = new SettingsStore(dir.resolve("settings.json")).load();
        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.profileById("p-1")).contains(connected());
        assertThat(loaded.activeProfile()).isEqualTo("p-1");
    }

    @Test
    void theFileHasASchemaVersionAndOnlyReferencesToSecrets(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        new SettingsStore(file).save(new Settings(null, "p-1", List.of(connected())));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains("\"schemaVersion\" : 4")
                .contains("\"iban\" : \"FR1420041010050500013M02606\"")
                .contains("\"clientSecretRef\" : \"profile/p-1/client-secret\"")
                .contains("\"technicalPasswordRef\" : \"profile/p-1/technical-password\"")
                .doesNotContain("\"clientSecret\"").doesNotContain("\"technicalPassword\"");
    }

    @Test
    void aVersion3ProfileKnowsOnlyItsChosenAccountAndBadAccountEntriesAreLeftOut(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                {"schemaVersion":3,"profile":"p-1","profiles":[
                  {"id":"p-1","name":"Ancien","environment":"QUALIFICATION","clientId":"c","technicalLogin":"t",
                   "structureId":"123456","bankAccountId":"9","bankAccountName":"Compte courant"},
                  {"id":"p-2","name":"Abîmé","environment":"QUALIFICATION","clientId":"c","technicalLogin":"t",
                   "bankAccounts":["texte",{"id":"x"},{"id":"11","name":"Bon","iban":"FR14 2004 1010 0505 0001 3M02 607"},
                     {"id":"12","name":"Vrai","iban":"FR1420041010050500013M02606","extra":{"a":1}}]}]}""",
                StandardCharsets.UTF_8);
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.profileById("p-1").orElseThrow().bankAccounts()).isEmpty();
        assertThat(loaded.profileById("p-1").orElseThrow().bankAccount()).map(SupplierBankAccount::id).contains(9L);
        // a string and an id that is no number are left out; an IBAN failing its check is dropped, not the account
        assertThat(loaded.profileById("p-2").orElseThrow().bankAccounts())
                .extracting(SupplierBankAccount::id, a -> a.iban().map(Iban::value).orElse("-"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(11L, "-"),
                        org.assertj.core.groups.Tuple.tuple(12L, "FR1420041010050500013M02606"));
    }

    @Test
    void aFileOfTheFirstVersionStillReads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"language\":\"en\",\"profile\":\"demo\"}", StandardCharsets.UTF_8);
        Settings loaded = new SettingsStore(file).load();
        assertThat(loaded.languageOverride()).contains("en");
        assertThat(loaded.isDemo()).isTrue();
        assertThat(loaded.profiles()).isEmpty();
    }

    @Test
    void aCorruptProfileSetsTheFileAsideAndDefaultsLoad(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        String broken = "{\"schemaVersion\":2,\"profile\":\"p-1\",\"profiles\":[{\"id\":\"p-1\",\"environment\":\"MARS\"}]}";
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        assertThat(store.setAsideFile()).isEmpty();

        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(store.setAsideFile()).contains(dir.resolve("settings.json.corrupt"));
        assertThat(dir.resolve("settings.json.corrupt")).hasContent(broken);
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnclosedProfilesArrayIsCorrupt(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"profiles\":[{\"id\":\"a\",\"environment\":\"DEMO\"}", StandardCharsets.UTF_8);
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(store.setAsideFile()).isPresent();
    }
}
