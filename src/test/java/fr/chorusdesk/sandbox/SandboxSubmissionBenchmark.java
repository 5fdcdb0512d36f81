package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.CadreDeFacturation;
import fr.chorusdesk.chorus.api.CadreFacturation;
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
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One upload + submission of a 5 MB PDF through the real client against the sandbox, versus
 * raw HTTP posts of the same JSON bodies (JDK HttpClient, one token; the upload body is built
 * before timing, the small submit body between the two posts since it needs the pieceJointeId).
 * The ratio is the client's overhead: Base64 streaming, JSON mapping, response checks.
 *
 * <p>{@code mvn -q test -Dbench -Dtest=SandboxSubmissionBenchmark}
 */
@Tag("benchmark")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class SandboxSubmissionBenchmark {

    private static final int SIZE = 5 * 1024 * 1024;
    private static final int WARMUP = 5;
    private static final int MEASURED = 15;
    private static final Pattern ID = Pattern.compile("\"pieceJointeId\"\\s*:\\s*(\\d+)");

    @TempDir
    Path dir;

    @Test
    void clientVersusRawHttp() throws Exception {
        Path pdf = dir.resolve("FA-BENCH.pdf");
        Files.write(pdf, FacturXFixtures.plainPdf(SIZE));
        try (ChorusSandbox sandbox = ChorusSandbox.start(
                new SandboxConfig(0, dir.resolve("state"), Duration.ofMinutes(5), Clock.systemUTC()))) {
            DemoCredentials demo = sandbox.credentials();
            ChorusClient client = ChorusClient.builder(new ChorusEnvironment(sandbox.apiBaseUrl(), sandbox.tokenUrl()),
                    new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                            demo.technicalPassword())).retryPolicy(RetryPolicy.none()).build();
            RawPoster raw = new RawPoster(sandbox, Files.readAllBytes(pdf));

            List<Long> clientNanos = new ArrayList<>();
            List<Long> rawNanos = new ArrayList<>();
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                // Alternate which goes first so neither always runs on a warmer heap.
                long c;
                long r;
                if (i % 2 == 0) {
                    c = timeClient(client, pdf, "C-" + i);
                    r = raw.time("R-" + i);
                } else {
                    r = raw.time("R-" + i);
                    c = timeClient(client, pdf, "C-" + i);
                }
                if (i >= WARMUP) {
                    clientNanos.add(c);
                    rawNanos.add(r);
                }
            }
            double clientMs = median(clientNanos) / 1e6;
            double rawMs = median(rawNanos) / 1e6;
            System.out.printf(Locale.ROOT,
                    "benchmark sandbox.submission ratio=%.2f client_ms=%.1f raw_ms=%.1f pdf_bytes=%d runs=%d%n",
                    clientMs / rawMs, clientMs, rawMs, SIZE, MEASURED);
            assertThat(rawMs).isPositive();
            assertThat(sandbox.port()).isPositive();
        }
    }

    private static long timeClient(ChorusClient client, Path pdf, String number) throws Exception {
        long start = System.nanoTime();
        long pj = client.ajouterFichierDansSysteme(pdf).pieceJointeId();
        var answer = client.soumettreFacture(new SoumettreFactureRequest(null, ModeDepot.DEPOT_PDF_API, number,
                LocalDate.now(SandboxPlatform.PLATFORM_ZONE).minusDays(1),
                new Destinataire("21750001000012", null), new Fournisseur(SeedData.SUPPLIER_ID, 10652252L, 144050L),
                CadreDeFacturation.of(CadreFacturation.A1_FACTURE_FOURNISSEUR),
                new References("EUR", TypeFacture.FACTURE, TypeTva.TVA_SUR_DEBIT, null, null, null, null,
                        ModePaiement.VIREMENT),
                null, null, MontantTotal.of(new BigDecimal("1000.00"), new BigDecimal("200.00"),
                        new BigDecimal("1200.00"), null, null, new BigDecimal("1200.00")),
                List.of(new PieceJointePrincipale("Facture", pj)), null, null));
        long elapsed = System.nanoTime() - start;
        assertThat(answer.statutFacture()).isEqualTo("DEPOSEE");
        return elapsed;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** The baseline: the same two posts with bodies built before the clock starts. */
    private static final class RawPoster {
        private final HttpClient http = HttpClient.newHttpClient();
        private final ChorusSandbox sandbox;
        private final byte[] uploadBody;
        private final String token;
        private final String account;

        RawPoster(ChorusSandbox sandbox, byte[] pdf) throws Exception {
            this.sandbox = sandbox;
            DemoCredentials demo = sandbox.credentials();
            this.account = demo.cproAccountHeader();
            this.uploadBody = ("{\"idUtilisateurCourant\":0,\"pieceJointeNom\":\"FA-BENCH.pdf\","
                    + "\"pieceJointeTypeMime\":\"application/pdf\",\"pieceJointeExtension\":\"PDF\","
                    + "\"pieceJointeFichier\":\"" + Base64.getEncoder().encodeToString(pdf) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            String form = "grant_type=client_credentials&scope=openid&client_id="
                    + URLEncoder.encode(demo.clientId(), StandardCharsets.UTF_8) + "&client_secret="
                    + URLEncoder.encode(demo.clientSecret(), StandardCharsets.UTF_8);
            String answer = http.send(HttpRequest.newBuilder(sandbox.tokenUrl())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
            assertThat(m.find()).isTrue();
            this.token = m.group(1);
        }

        long time(String number) throws Exception {
            String date = LocalDate.now(SandboxPlatform.PLATFORM_ZONE).minusDays(1).toString();
            long start = System.nanoTime();
            String uploaded = post("/transverses/v1/ajouter/fichier", uploadBody);
            Matcher m = ID.matcher(uploaded);
            assertThat(m.find()).as(uploaded).isTrue();
            String submit = "{\"idUtilisateurCourant\":0,\"modeDepot\":\"DEPOT_PDF_API\",\"numeroFactureSaisi\":\""
                    + number + "\",\"dateFacture\":\"" + date + "\",\"destinataire\":{\"codeDestinataire\":"
                    + "\"21750001000012\"},\"fournisseur\":{\"idFournisseur\":26300989,\"idServiceFournisseur\":"
                    + "10652252,\"codeCoordonneesBancairesFournisseur\":144050},\"cadreDeFacturation\":"
                    + "{\"codeCadreFacturation\":\"A1_FACTURE_FOURNISSEUR\"},\"references\":{\"deviseFacture\":\"EUR\","
                    + "\"typeFacture\":\"FACTURE\",\"typeTva\":\"TVA_SUR_DEBIT\",\"modePaiement\":\"VIREMENT\"},"
                    + "\"montantTotal\":{\"montantHtTotal\":1000.00,\"montantTVA\":200.00,\"montantTtcTotal\":1200.00,"
                    + "\"montantAPayer\":1200.00},\"pieceJointePrincipale\":[{\"pieceJointePrincipaleDesignation\":"
                    + "\"Facture\",\"pieceJointePrincipaleId\":" + m.group(1) + "}]}";
            String submitted = post("/factures/v1/soumettre", submit.getBytes(StandardCharsets.UTF_8));
            long elapsed = System.nanoTime() - start;
            assertThat(submitted).contains("DEPOSEE");
            return elapsed;
        }

        private String post(String path, byte[] body) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + path))
                    .header("Authorization", "Bearer " + token)
                    .header("cpro-account", account)
                    .header("Content-Type", "application/json;charset=utf-8")
                    .header("Accept", "application/json;charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body();
        }
    }
}
