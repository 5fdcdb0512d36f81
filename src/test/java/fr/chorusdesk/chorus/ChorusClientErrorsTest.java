package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.chorusdesk.chorus.api.ChorusOperation;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.SampleRequests;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every error shape of the reference, and which calls are retried. */
class ChorusClientErrorsTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final MockChorus c = new MockChorus(server);

    @TempDir
    Path dir;

    @Test
    void http200WithNonZeroCodeRetourIsABusinessError() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(200, "{\"codeRetour\":20002,\"libelle\":\"GDP_MSG_11.033 La facture n'est pas au statut Suspendue\"}");

        ChorusBusinessException e = catchThrowableOfType(ChorusBusinessException.class,
                () -> c.client().completerFacture(new fr.chorusdesk.chorus.api.CompleterFactureRequest(
                        null, 8316845L, "x", null)));

        assertThat(e.operation()).hasValue(ChorusOperation.COMPLETER_FACTURE);
        assertThat(e.httpStatus()).hasValue(200);
        assertThat(e.codeRetour()).isEqualTo(20002);
        assertThat(e.libelle()).startsWith("GDP_MSG_11.033");
        assertThat(e.userMessage()).isEqualTo("Chorus Pro a refusé l’opération « complément de la facture » (code 20002)"
                + " : GDP_MSG_11.033 La facture n'est pas au statut Suspendue");
        assertThat(e.userMessage(Locale.ENGLISH)).contains("invoice completion").contains("20002");
        assertThat(e.mayHaveBeenReceived()).isFalse();
    }

    @Test
    void http400WithJsonCarriesCodeAndLibelle() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(400, "{\"codeRetour\":20013,\"libelle\":\"Vous avez déjà déposé une demande de paiement avec ce "
                + "numéro de facture pour cette structure\"}");

        ChorusBusinessException e = catchThrowableOfType(ChorusBusinessException.class,
                () -> c.client().soumettreFacture(SampleRequests.soumettreReference()));

        assertThat(e.httpStatus()).hasValue(400);
        assertThat(e.codeRetour()).isEqualTo(20013);
        assertThat(e.userMessage()).contains("dépôt de la facture").contains("déjà déposé une demande de paiement");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void anUnknownCodeStillShowsItsLibelle() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(200, "{\"codeRetour\":99999,\"libelle\":\"Libellé jamais vu\"}");

        ChorusBusinessException e = catchThrowableOfType(ChorusBusinessException.class,
                () -> c.client().consulterStructure(1L));

        assertThat(e.userMessage()).contains("99999").endsWith("Libellé jamais vu");
    }

    @Test
    void http413IsFileTooLarge() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(413, "");
        Path file = Files.write(dir.resolve("big.pdf"), new byte[10]);

        ChorusFileTooLargeException e = catchThrowableOfType(ChorusFileTooLargeException.class,
                () -> c.client().ajouterFichierDansSysteme(file));

        assertThat(e.httpStatus()).hasValue(413);
        assertThat(e.userMessage()).contains("trop volumineux").contains("10 Mo");
    }

    @Test
    void code20003OnUploadIsFileTooLarge() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(200, "{\"codeRetour\":20003,\"libelle\":\"Fichier trop volumineux\"}");
        Path file = Files.write(dir.resolve("big.pdf"), new byte[10]);

        ChorusFileTooLargeException e = catchThrowableOfType(ChorusFileTooLargeException.class,
                () -> c.client().ajouterFichierDansSysteme(file));

        assertThat(e.operation()).hasValue(ChorusOperation.AJOUTER_FICHIER);
    }

    @Test
    void http500WithAnHtmlPageIsItsOwnError() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/html")
                .body("<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>").build());

        ChorusUnexpectedResponseException e = catchThrowableOfType(ChorusUnexpectedResponseException.class,
                () -> c.client().consulterStructure(1L));

        assertThat(e.kind()).isEqualTo(ChorusUnexpectedResponseException.Kind.HTML);
        assertThat(e.httpStatus()).hasValue(500);
        assertThat(e.userMessage()).contains("page web").contains("HTTP 500");
        assertThat(c.sleeps).as("500 is not retried").isEmpty();
    }

    @Test
    void malformedJsonIsItsOwnError() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(200, "{\"codeRetour\":0,\"libelle\":\"ok\",\"listeStructures\":[{\"idStructureCPP\":");

        ChorusUnexpectedResponseException e = catchThrowableOfType(ChorusUnexpectedResponseException.class,
                () -> c.client().rechercherStructure(
                        fr.chorusdesk.chorus.api.RechercherStructureRequest.parSiret("11000201100044")));

        assertThat(e.kind()).isEqualTo(ChorusUnexpectedResponseException.Kind.MALFORMED);
        assertThat(e.userMessage()).contains("illisible");
    }

    @Test
    void aSuccessWithoutCodeRetourIsMalformed() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(200, "{\"foo\":1}");

        ChorusUnexpectedResponseException e = catchThrowableOfType(ChorusUnexpectedResponseException.class,
                () -> c.client().consulterStructure(1L));

        assertThat(e.kind()).isEqualTo(ChorusUnexpectedResponseException.Kind.MALFORMED);
    }

    /** Long enough that a loaded machine never trips it by accident, short enough for the suite. */
    private static final Duration READ_TIME_OUT = Duration.ofSeconds(1);

    /** The server reads the request and stays silent: only the client's read time-out ends the call. */
    private static MockResponse neverAnswers() {
        return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
    }

    @Test
    void aReadTimeOutIsRetriedWithBackOffThenReported() throws Exception {
        c.enqueueToken("tok-1");
        for (int i = 0; i < 3; i++) {
            c.enqueue(neverAnswers());
        }

        ChorusTimeoutException e = catchThrowableOfType(ChorusTimeoutException.class,
                () -> c.client(READ_TIME_OUT).consulterHistoriqueFacture(1L));

        assertThat(e.mayHaveBeenReceived()).isFalse();
        assertThat(e.userMessage()).contains("n’a pas répondu à temps");
        assertThat(c.sleeps).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aTimeOutOnSubmissionIsNeverResentAndSaysToCheckFirst() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(neverAnswers());
        c.enqueueOk("\"identifiantFactureCPP\":1");

        ChorusTimeoutException e = catchThrowableOfType(ChorusTimeoutException.class,
                () -> c.client(READ_TIME_OUT).soumettreFacture(SampleRequests.soumettreReference()));

        assertThat(e.mayHaveBeenReceived()).isTrue();
        assertThat(e.operation()).hasValue(ChorusOperation.SOUMETTRE_FACTURE);
        assertThat(e.userMessage()).contains("peut-être été reçu").contains("doublon");
        assertThat(c.sleeps).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.SECONDS)
    void anAnswerLaterThanTheWholeCallBoundEndsAsATimeOut() throws Exception {
        c.enqueueToken("tok-1");
        // later than the whole-call bound (1 s here), far sooner than the read time-out (90 s)
        c.enqueue(new MockResponse.Builder().code(200).body("{\"codeRetour\":0,\"identifiantFactureCPP\":1}")
                .headersDelay(3, TimeUnit.SECONDS).build());

        ChorusTimeoutException e = catchThrowableOfType(ChorusTimeoutException.class,
                () -> c.client(ChorusClient.defaultHttpClient(Duration.ofSeconds(1)))
                        .soumettreFacture(SampleRequests.soumettreReference()));

        assertThat(e).isNotNull();
        assertThat(e.mayHaveBeenReceived()).isTrue();
        assertThat(e.userMessage()).contains("peut-être été reçu");
    }

    @Test
    void theWholeCallBoundLeavesTimeForTheLargestFileOnASlowLine() {
        // 10 MB base64-encoded (4/3) plus the JSON around it, at 512 kbit/s: 13.4e6 * 8 / 512e3 = 209 s
        int largestUploadMillis = 209_000;

        assertThat(ChorusClient.defaultHttpClient().callTimeoutMillis())
                .isGreaterThan(largestUploadMillis)
                .isLessThanOrEqualTo(15 * 60 * 1000);
    }

    @Test
    void readsAreRetriedOn503HonouringRetryAfter() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3").body("").build());
        c.enqueue(502, "");
        c.enqueueOk("\"listeCoordonneeBancaire\":[{\"idCoordonneeBancaire\":7}]");

        var response = c.client().recupererCoordonneesBancairesValides(1L);

        assertThat(response.listeCoordonneeBancaire()).hasSize(1);
        assertThat(c.sleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1));
    }

    @Test
    void retriesAreBounded() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(429, "");
        c.enqueue(429, "");
        c.enqueue(429, "");

        ChorusHttpException e = catchThrowableOfType(ChorusHttpException.class,
                () -> c.client().consulterHistoriqueFacture(1L));

        assertThat(e.httpStatus()).hasValue(429);
        assertThat(e.userMessage()).contains("trop de demandes");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void uploadsAndSubmissionsAreNotRetriedOn503() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(503, "");
        c.enqueueOk("\"pieceJointeId\":1");
        Path file = Files.write(dir.resolve("f.pdf"), new byte[3]);

        ChorusHttpException e = catchThrowableOfType(ChorusHttpException.class,
                () -> c.client().ajouterFichierDansSysteme(file));

        assertThat(e.httpStatus()).hasValue(503);
        assertThat(e.userMessage()).contains("indisponible");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(c.sleeps).isEmpty();
    }

    @Test
    void noResultOnInvoiceSearchIsAnEmptyList() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(200, "{\"codeRetour\":20000,\"libelle\":\"TRA_MSG_00.015 La recherche n'a retourné aucun résultat\"}");

        var response = c.client().rechercherFactureParFournisseur(
                RechercherFactureParFournisseurRequest.builder().numeroFacture("FA-1").build());

        assertThat(response.listeFactures()).isEmpty();
    }

    @Test
    void anUnreachableServerIsANetworkError() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String base = "http://127.0.0.1:" + closedPort;
        ChorusClient client = ChorusClient.builder(ChorusEnvironment.custom(base + "/cpro", base + "/api/oauth/token"),
                c.credentials()).sleeper(c.sleeps::add).build();

        ChorusNetworkException e = catchThrowableOfType(ChorusNetworkException.class,
                client::recupererStructuresActivesPourFournisseur);

        assertThat(e.userMessage()).contains("Impossible de joindre Chorus Pro");
        assertThat(c.sleeps).hasSize(2);
    }

    @Test
    void aMissingFileIsReportedBeforeAnythingIsSent() throws Exception {
        ChorusFileUnreadableException e = catchThrowableOfType(ChorusFileUnreadableException.class,
                () -> c.client().ajouterFichierDansSysteme(dir.resolve("absent.pdf")));

        assertThat(e.userMessage()).contains("introuvable ou illisible");
        assertThat(e.mayHaveBeenReceived()).isFalse();
        assertThat(server.getRequestCount()).isZero();
    }
}
