package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.chorus.ChorusBusinessException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.CadreDeFacturation;
import fr.chorusdesk.chorus.api.CadreFacturation;
import fr.chorusdesk.chorus.api.ConsulterCRDetailleResponse;
import fr.chorusdesk.chorus.api.Destinataire;
import fr.chorusdesk.chorus.api.Fournisseur;
import fr.chorusdesk.chorus.api.ModeDepot;
import fr.chorusdesk.chorus.api.ModePaiement;
import fr.chorusdesk.chorus.api.MontantTotal;
import fr.chorusdesk.chorus.api.PieceJointePrincipale;
import fr.chorusdesk.chorus.api.References;
import fr.chorusdesk.chorus.api.SoumettreFactureRequest;
import fr.chorusdesk.chorus.api.TypeFacture;
import fr.chorusdesk.chorus.api.TypeTva;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.validation.FacturXPdfs;
import fr.chorusdesk.validation.InvoiceXmls;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox validates Factur-X deposits as Chorus Pro's answers to portal users describe: a flow
 * whose data break the rules is rejected in its report; the same check on {@code DEPOT_PDF_API}
 * (UNCONFIRMED) only behind its switch. Real client, real HTTP.
 */
// the first validation of a JVM compiles the rule sets: tens of seconds on a loaded machine
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class FacturXValidationSandboxTest {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final String AGGLO = "20004500100019";

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private ChorusSandbox sandbox;
    private ChorusClient client;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private void start(FacturXChecking checking) {
        sandbox = ChorusSandbox.start(new SandboxConfig(0, dir.resolve("state"), STEP, clock)
                .withFacturXChecking(checking));
        DemoCredentials demo = sandbox.credentials();
        client = ChorusClient.builder(new ChorusEnvironment(sandbox.apiBaseUrl(), sandbox.tokenUrl()),
                        new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                                demo.technicalPassword()))
                .clock(clock).retryPolicy(RetryPolicy.none()).build();
    }

    private Path facturX(String name, String xml) throws Exception {
        return FacturXPdfs.write(dir.resolve(name), xml, "EN 16931", List.of(name));
    }

    private static String valid(String number) {
        return InvoiceXmls.en16931(number, SeedData.SUPPLIER_SIRET, AGGLO, "EAU");
    }

    @Test
    void aFlowWhoseFacturXBreaksEn16931IsRejectedWithTheRuleInItsReportAndAValidOneIsIntegrated() throws Exception {
        start(FacturXChecking.sourced());
        String bad = client.deposerFluxFacture(facturX("bad.pdf", InvoiceXmls.withWrongGrandTotal(valid("FX-BAD-1"))))
                .numeroFluxDepot();
        String good = client.deposerFluxFacture(facturX("good.pdf", valid("FX-GOOD-1"))).numeroFluxDepot();

        clock.advance(STEP);
        ConsulterCRDetailleResponse rejected = client.consulterCRDetaille(bad);
        ConsulterCRDetailleResponse integrated = client.consulterCRDetaille(good);

        assertThat(rejected.etatCourantDepotFlux()).isEqualTo("IN_REJETE");
        assertThat(rejected.listeErreurDP()).singleElement().satisfies(e -> {
            assertThat(e.numeroDP()).isEqualTo("FX-BAD-1");
            assertThat(e.libelleErreurDP()).startsWith("Règle BR-CO-15 non respectée");
        });
        assertThat(integrated.etatCourantDepotFlux()).isEqualTo("IN_INTEGRE");
        assertThat(integrated.listeErreurDP()).isEmpty();
    }

    @Test
    void withoutTheSwitchAFlowIsNotValidatedAsBefore() throws Exception {
        start(FacturXChecking.off());
        String flow = client.deposerFluxFacture(facturX("bad.pdf", InvoiceXmls.withWrongGrandTotal(valid("FX-BAD-2"))))
                .numeroFluxDepot();
        clock.advance(STEP);

        assertThat(client.consulterCRDetaille(flow).etatCourantDepotFlux()).isEqualTo("IN_INTEGRE");
    }

    @Test
    void theUnconfirmedPdfApiCheckRefusesTheSubmissionOnlyWhenSwitchedOn() throws Exception {
        start(new FacturXChecking(true, true));
        long refusedPdf = client.ajouterFichierDansSysteme(
                facturX("FX-BAD-3.pdf", InvoiceXmls.withWrongGrandTotal(valid("FX-BAD-3")))).pieceJointeId();

        assertThatThrownBy(() -> client.soumettreFacture(invoice("FX-BAD-3", refusedPdf)))
                .isInstanceOfSatisfying(ChorusBusinessException.class, e -> {
                    assertThat(e.codeRetour()).isEqualTo(SandboxError.FACTURX_DATA_REJECTED.codeRetour());
                    assertThat(e.libelle()).contains("BR-CO-15");
                });
        sandbox.close();

        start(FacturXChecking.sourced());
        long acceptedPdf = client.ajouterFichierDansSysteme(
                facturX("FX-BAD-4.pdf", InvoiceXmls.withWrongGrandTotal(valid("FX-BAD-4")))).pieceJointeId();
        assertThat(client.soumettreFacture(invoice("FX-BAD-4", acceptedPdf)).identifiantFactureCPP()).isNotNull();
    }

    private static SoumettreFactureRequest invoice(String number, long pieceJointeId) {
        return new SoumettreFactureRequest(null, ModeDepot.DEPOT_PDF_API, number, LocalDate.of(2026, 3, 9),
                new Destinataire(AGGLO, "EAU"), new Fournisseur(SeedData.SUPPLIER_ID, 10652252L, 144050L),
                CadreDeFacturation.of(CadreFacturation.A1_FACTURE_FOURNISSEUR),
                new References("EUR", TypeFacture.FACTURE, TypeTva.TVA_SUR_DEBIT, null, null, null, null,
                        ModePaiement.VIREMENT),
                null, null, MontantTotal.of(new BigDecimal("1000.00"), new BigDecimal("200.00"),
                        new BigDecimal("1250.00"), null, null, new BigDecimal("1250.00")),
                List.of(new PieceJointePrincipale("Facture " + number, pieceJointeId)), null, null);
    }
}
