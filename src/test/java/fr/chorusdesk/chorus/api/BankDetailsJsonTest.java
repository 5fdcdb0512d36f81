package fr.chorusdesk.chorus.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.domain.Iban;
import org.junit.jupiter.api.Test;

/**
 * The bank details of an invoice as Chorus Pro answers them: flat fields in a search result, the id
 * beside the parts in a consultation (field names of the Swagger and of public clients). The IBAN
 * is the SWIFT registry's French example, FR14 2004 1010 0505 0001 3M02 606.
 */
class BankDetailsJsonTest {

    private final ObjectMapper json = ChorusJson.create();

    @Test
    void aConsultationNamesTheAccountAndItsIbanInParts() throws Exception {
        FactureFournisseurInfo supplier = json.readValue("""
                {"idFournisseur":26300989,"coordBancairesFournisseurId":144051,
                 "coordBancairesFournisseurLibelle":"Compte affacturage","coordBancairesFournisseurType":"IBAN",
                 "coordBancairesFournisseurCodePays":"FR","coordBancairesFournisseurCleIban":"14",
                 "coordBancairesFournisseurCodeBanque":"20041","coordBancairesCodeGuichet":"01005",
                 "coordBancairesFournisseurCompteBancaire":"0500013M026","coordBancairesFournisseurCleRib":"06",
                 "coordBancairesBicSwift":"PSSTFRPPLIL"}""", FactureFournisseurInfo.class);
        assertThat(supplier.coordBancairesFournisseurId()).isEqualTo(144051L);
        assertThat(supplier.iban()).map(Iban::value).contains("FR1420041010050500013M02606");
    }

    @Test
    void partsSentAsNumbersStillMakeTheIban() throws Exception {
        // a public client types the keys, bank and branch codes as integers: leading zeros are gone
        FactureFournisseurInfo supplier = json.readValue("""
                {"coordBancairesFournisseurId":144051,"coordBancairesFournisseurCodePays":"FR",
                 "coordBancairesFournisseurCleIban":14,"coordBancairesFournisseurCodeBanque":20041,
                 "coordBancairesCodeGuichet":1005,"coordBancairesFournisseurCompteBancaire":"0500013M026",
                 "coordBancairesFournisseurCleRib":6}""", FactureFournisseurInfo.class);
        assertThat(supplier.iban()).map(Iban::value).contains("FR1420041010050500013M02606");
    }

    @Test
    void withoutTheBranchCodeThereIsNoIban() throws Exception {
        FactureFournisseurInfo supplier = json.readValue("""
                {"coordBancairesFournisseurId":144051,"coordBancairesFournisseurCodePays":"FR",
                 "coordBancairesFournisseurCleIban":"14","coordBancairesFournisseurCodeBanque":"20041",
                 "coordBancairesFournisseurCompteBancaire":"0500013M026","coordBancairesFournisseurCleRib":"06"}""",
                FactureFournisseurInfo.class);
        assertThat(supplier.iban()).isEmpty();
    }

    @Test
    void aSearchResultTellsAccountsApartByTheirParts() throws Exception {
        FactureFournisseur a = json.readValue("""
                {"identifiantFactureCPP":1,"coordBancairesFournisseurCodePays":"FR",
                 "coordBancairesFournisseurCleIban":"14","coordBancairesFournisseurCodeBanque":"20041",
                 "coordBancairesFournisseurCompteBancaire":"0500013M026","coordBancairesFournisseurCleRib":"06",
                 "coordBancairesFournisseurNomCb":"Compte affacturage"}""", FactureFournisseur.class);
        FactureFournisseur b = json.readValue("""
                {"identifiantFactureCPP":2,"coordBancairesFournisseurCodePays":"FR",
                 "coordBancairesFournisseurCodeBanque":"30006","coordBancairesFournisseurCompteBancaire":"12345678901",
                 "coordBancairesFournisseurCleRib":"89"}""", FactureFournisseur.class);
        FactureFournisseur none = json.readValue("{\"identifiantFactureCPP\":3}", FactureFournisseur.class);
        assertThat(a.bankAccountKey()).isPresent().isNotEqualTo(b.bankAccountKey());
        assertThat(b.bankAccountKey()).isPresent();
        assertThat(none.bankAccountKey()).isEmpty();
    }
}
