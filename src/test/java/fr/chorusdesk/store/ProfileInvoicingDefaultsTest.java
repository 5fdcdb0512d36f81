package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.VatRegime;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's usual VAT regime and payment mode in settings.json; older files have none. */
class ProfileInvoicingDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void theUsualValuesAreWrittenByNameAndReadBack() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        SupplierProfile profile = SupplierProfile.unconnected("p-1", "Atelier", AccountEnvironment.QUALIFICATION,
                Optional.empty(), Optional.empty(), "client", "TECH_1@cpro.fr")
                .withInvoicingDefaults(new InvoicingDefaults(Optional.of(VatRegime.FRANCHISE_EN_BASE),
                        Optional.of(PaymentMode.PRELEVEMENT)));
        store.save(store.load().withProfiles(List.of(profile)));

        String text = Files.readString(dir.resolve("settings.json"), StandardCharsets.UTF_8);
        assertThat(text).contains("\"vatRegime\" : \"FRANCHISE_EN_BASE\"").contains("\"paymentMode\" : \"PRELEVEMENT\"");
        SupplierProfile back = new SettingsStore(dir.resolve("settings.json")).load().profileById("p-1").orElseThrow();
        assertThat(back.invoicingDefaults()).isEqualTo(profile.invoicingDefaults());
    }

    @Test
    void aProfileWrittenBeforeTheyExistedHasNoneAndTheDemoProfileHasTheDemoSuppliers() throws Exception {
        Files.writeString(dir.resolve("settings.json"), """
                {"schemaVersion":2,"language":"fr","profile":"p-1","profiles":[
                 {"id":"p-1","name":"Atelier","environment":"QUALIFICATION","clientId":"c","technicalLogin":"t"},
                 {"id":"demo","name":"Démonstration","environment":"DEMO","clientId":"c","technicalLogin":"t"}]}
                """, StandardCharsets.UTF_8);

        Settings settings = new SettingsStore(dir.resolve("settings.json")).load();

        assertThat(settings.profileById("p-1").orElseThrow().invoicingDefaults()).isEqualTo(InvoicingDefaults.NONE);
        assertThat(settings.profileById("demo").orElseThrow().invoicingDefaults())
                .isEqualTo(InvoicingDefaults.DEMO_SUPPLIER);
    }
}
