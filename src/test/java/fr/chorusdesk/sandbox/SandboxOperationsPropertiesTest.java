package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.chorusdesk.testing.ByteDamage;
import fr.chorusdesk.testing.FieldList;
import fr.chorusdesk.testing.FrenchText;
import fr.chorusdesk.testing.JsonBodies;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.testing.RunSize;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.slf4j.LoggerFactory;

/**
 * Generated request bodies against every operation of the sandbox, over real HTTP. The bodies
 * follow the request fields of each operation as the published Swagger files list them
 * ({@code src/test/resources/fuzz/operation-fields.txt}), with wrong types, nulls, missing and
 * extra fields, extreme numbers, long and odd Unicode text, deep nesting and broken JSON.
 *
 * <p>Whatever the body, the answer is the platform's: a success, or a 4xx with
 * {@code {"codeRetour", "libelle"}} and a French {@code libelle}. The one 500 is the platform's
 * own for a {@code dateFacture} that is not a bare date (docs/sandbox.md). The server keeps
 * serving, logs no crash, and its state file stays readable.
 */
@AddLifecycleHook(RunSize.class)
class SandboxOperationsPropertiesTest {

    private static final List<FieldList.Block> OPERATIONS = FieldList.load("/fuzz/operation-fields.txt");
    private static final Pattern BARE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** The state is forgotten and seeded again this often, so that it stays small in a long run. */
    private static final int RESET_EVERY = 100;

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper stateJson = StateJson.mapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final MutableClock clock = MutableClock.atFixedStart();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Path stateDir;
    private ChorusSandbox sandbox;
    private String token;
    private String account;
    private int sent;
    private java.nio.file.attribute.FileTime stateSeen;

    @BeforeProperty
    void start() throws Exception {
        stateDir = Files.createTempDirectory("sandbox-properties");
        sandbox = ChorusSandbox.start(new SandboxConfig(0, stateDir, Duration.ofSeconds(30), clock));
        account = Base64.getEncoder().encodeToString(("TECH_1_DEMO@cpro.fr:Demo-Password-1")
                .getBytes(StandardCharsets.UTF_8));
        token = newToken();
        log.start();
        ((Logger) LoggerFactory.getLogger("fr.chorusdesk.sandbox")).addAppender(log);
        seed();
    }

    @AfterProperty
    void stop() throws IOException {
        ((Logger) LoggerFactory.getLogger("fr.chorusdesk.sandbox")).detachAppender(log);
        sandbox.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * An uploaded PDF (6900001), an invoice sent (8300002), one the recipient suspends (8300003)
     * and one it sends back for recycling (8300004): completer and recycler then have something to
     * work on. Markers and seeded recipients from docs/sandbox.md.
     */
    private void seed() throws Exception {
        String pdf = Base64.getEncoder().encodeToString(FacturXFixtures.plainPdf(0));
        answerOk(post("/transverses/v1/ajouter/fichier", ("{\"pieceJointeFichier\":\"" + pdf + "\",\"pieceJointeNom\":"
                + "\"seed.pdf\",\"pieceJointeTypeMime\":\"application/pdf\",\"pieceJointeExtension\":\"PDF\"}")
                .getBytes(StandardCharsets.UTF_8)));
        for (String number : List.of("SEED-1", "SUSP-1", "RECY-1")) {
            answerOk(post("/factures/v1/soumettre", ("{\"modeDepot\":\"DEPOT_PDF_API\",\"numeroFactureSaisi\":\""
                    + number + "\",\"dateFacture\":\"2026-03-09\",\"destinataire\":{\"codeDestinataire\":"
                    + "\"21750001000012\"},\"fournisseur\":{\"idFournisseur\":26300989},\"cadreDeFacturation\":"
                    + "{\"codeCadreFacturation\":\"A1_FACTURE_FOURNISSEUR\"},\"montantTotal\":{\"montantHtTotal\":"
                    + "100.00,\"montantTVA\":20.00,\"montantTtcTotal\":120.00,\"montantAPayer\":120.00},"
                    + "\"pieceJointePrincipale\":[{\"pieceJointePrincipaleId\":6900001}]}")
                    .getBytes(StandardCharsets.UTF_8)));
        }
        clock.advance(Duration.ofMinutes(10));
    }

    private void answerOk(HttpResponse<byte[]> answer) throws IOException {
        assertThat(answer.statusCode()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    }

    // ------------------------------------------------------------------ the property

    @Property(tries = 120)
    void everyBodyGetsThePlatformsAnswerAndTheServerCarriesOn(@ForAll("bodies") JsonBodies.Body body)
            throws Exception {
        if (++sent % RESET_EVERY == 0) {
            sandbox.reset();
            seed();
        }
        int logged = log.list.size();
        HttpResponse<byte[]> answer = post(body.operation(), body.bytes());

        assertAnswerHasThePlatformsShape(body, answer);
        assertThat(get("/transverses/v1/health-check").statusCode()).as("still serving").isEqualTo(200);
        assertStateFileReadable();
        assertThat(List.copyOf(log.list.subList(logged, log.list.size()))).as("no crash logged")
                .noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    /**
     * Finding 1: jqwik reduced it to a flow with its file and no {@code syntaxeFlux} (any readable
     * Base64 file will do); deposer/flux then answered 500 (NullPointerException in
     * SandboxPlatform.depositFlow). Now a 400 saying the field is required.
     */
    @Example
    void aFlowWithoutSyntaxIsRefusedInFrench() throws Exception {
        byte[] body = "{\"fichierFlux\":\"PHg+PC94Pg==\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> answer = post("/factures/v1/deposer/flux", body);
        assertAnswerHasThePlatformsShape(new JsonBodies.Body("/factures/v1/deposer/flux",
                Optional.of(json.readTree(body)), body, "example"), answer);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json.readTree(answer.body()).get("libelle").asText()).contains("syntaxeFlux");
    }

    /** The seed that found finding 1, replayed on flow bodies in every run. */
    @Property(tries = 8, seed = "-2314155295712326085")
    void theSeedThatFoundTheFlowCrash(@ForAll("flowBodies") JsonBodies.Body body) throws Exception {
        everyBodyGetsThePlatformsAnswerAndTheServerCarriesOn(body);
    }

    /** An invoice whose amounts are at the limits of a BigDecimal: answered, and the state file still written. */
    @Example
    void anInvoiceWithHugeAmountsGetsThePlatformsAnswer() throws Exception {
        for (String amount : List.of("1E+999999999", "1e-999999999", "9".repeat(900) + ".99")) {
            byte[] body = OPERATIONS.stream().filter(b -> b.operation().equals("/factures/v1/soumettre")).findFirst()
                    .orElseThrow().example().orElseThrow()
                    .replace("\"numeroFactureSaisi\":\"FA-2026-0042\"", "\"numeroFactureSaisi\":\"FA-" + amount.length() + "\"")
                    .replace("\"montantHtTotal\":1000.00", "\"montantHtTotal\":" + amount)
                    .getBytes(StandardCharsets.UTF_8);
            everyBodyGetsThePlatformsAnswerAndTheServerCarriesOn(new JsonBodies.Body("/factures/v1/soumettre",
                    Optional.of(json.readTree(body)), body, "example"));
        }
    }

    /**
     * Finding 2: bytes that are not text (three zero bytes, read as UTF-32) made the parser throw an
     * exception the endpoint did not catch, and the connection closed with no answer at all.
     */
    @Example
    void bytesThatAreNotTextGetAFrenchRefusal() throws Exception {
        byte[] body = {0, 0, 0, 'x', '"', ':', '1', '}'};
        HttpResponse<byte[]> answer = post("/transverses/v1/ajouter/fichier", body);
        assertAnswerHasThePlatformsShape(new JsonBodies.Body("/transverses/v1/ajouter/fichier", Optional.empty(),
                body, "example"), answer);
        assertThat(answer.statusCode()).isEqualTo(400);
    }

    /**
     * Finding 3: a body cut after its first brace; the libelle carried Jackson's English ("Unexpected
     * end-of-input: expected close marker for Object…"). Now French, with where the JSON breaks.
     */
    @Example
    void aCutBodyIsDescribedInFrench() throws Exception {
        byte[] body = "{".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> answer = post("/factures/v1/deposer/flux", body);
        assertAnswerHasThePlatformsShape(new JsonBodies.Body("/factures/v1/deposer/flux", Optional.empty(), body,
                "example"), answer);
        assertThat(json.readTree(answer.body()).get("libelle").asText())
                .isEqualTo("Requête mal formulée : JSON invalide (ligne 1, colonne 2)");
    }

    private void assertAnswerHasThePlatformsShape(JsonBodies.Body body, HttpResponse<byte[]> answer) {
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        int status = answer.statusCode();
        JsonNode tree;
        try {
            tree = json.readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError("HTTP " + status + " with a body that is not JSON: " + text);
        }
        assertThat(tree != null && tree.isObject()).as("a JSON object: %s", text).isTrue();
        assertThat(tree.path("codeRetour").isInt()).as("codeRetour: %s", text).isTrue();
        assertThat(tree.path("libelle").isTextual()).as("libelle: %s", text).isTrue();
        int code = tree.get("codeRetour").asInt();
        String libelle = tree.get("libelle").asText();
        if (status == 200) {
            // success, or the platform's "no result" for a search (docs/sandbox.md, business errors)
            assertThat(code).as(text).isIn(0, 20000);
        } else if (status == 500) {
            assertThat(dateFactureIsNotABareDate(body)).as("the only 500 is the dateFacture one: %s", text).isTrue();
            assertThat(FrenchText.looksFrench(libelle)).as("French libelle: %s", libelle).isTrue();
        } else {
            assertThat(status).as("HTTP status for %s", text).isBetween(400, 499);
            assertThat(code).as(text).isNotZero();
            assertThat(FrenchText.looksFrench(libelle)).as("French libelle: %s", libelle).isTrue();
        }
    }

    /** Read from the bytes sent, as the platform would: a soumettre whose dateFacture is there but not AAAA-MM-JJ. */
    private boolean dateFactureIsNotABareDate(JsonBodies.Body body) {
        if (!body.operation().equals("/factures/v1/soumettre")) {
            return false;
        }
        try {
            JsonNode sent = json.readTree(body.bytes());
            JsonNode date = sent == null ? null : sent.get("dateFacture");
            return date != null && !date.isNull() && !(date.isTextual() && BARE_DATE.matcher(date.asText()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    private void assertStateFileReadable() throws IOException {
        Path file = stateDir.resolve(StateFile.FILE_NAME);
        if (Files.exists(file) && !Files.getLastModifiedTime(file).equals(stateSeen)) {
            stateSeen = Files.getLastModifiedTime(file);
            SandboxState state = stateJson.readValue(file.toFile(), SandboxState.class);
            assertThat(state.version()).isEqualTo(SandboxState.CURRENT_VERSION);
        }
        try (Stream<Path> files = Files.list(stateDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("nothing set aside")
                    .noneMatch(name -> name.contains(".damaged-"));
        }
    }

    // ------------------------------------------------------------------ generators

    /** Flow bodies only, from the seed that first found the deposer/flux crash (see docs/testing.md). */
    @Provide
    Arbitrary<JsonBodies.Body> flowBodies() {
        return new JsonBodies(hints()).bodies(OPERATIONS.stream()
                .filter(b -> b.operation().equals("/factures/v1/deposer/flux")).toList());
    }

    @Provide
    Arbitrary<JsonBodies.Body> bodies() {
        return new JsonBodies(hints()).bodies(OPERATIONS);
    }

    /** Realistic values: seeded recipients and ids from docs/sandbox.md, real files, sometimes damaged. */
    private static Map<String, Arbitrary<JsonNode>> hints() {
        byte[] pdf;
        byte[] flowPdf;
        String xml = FacturXFixtures.ciiXml("FX-1", "20260309", "21750001000012", null, null, "note");
        try {
            pdf = FacturXFixtures.plainPdf(0);
            flowPdf = FacturXFixtures.pdfWith(xml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Arbitrary<JsonNode> base64Pdf = files(pdf);
        return Map.ofEntries(
                Map.entry("siret", text("11000201100044", "21750001000012", "19748526057479", "20323432480913",
                        "17001894505758", "12345678901234", "1100020110004", "110 002 011 000 44")),
                Map.entry("serviceCode", text("SFACETAT", "INTENDANCE", "ACHATS", "INCONNU", "sfacetat")),
                Map.entry("engagement", text("1300123456", "1300200001", "EJ-INCONNU", "1".repeat(51))),
                Map.entry("supplierId", number(26300989L, 26346724L, 1L)),
                Map.entry("supplierIdText", text("26300989", "26346724", "abc")),
                Map.entry("structureId", number(26346724L, 26300989L, 26500001L, 26500032L, 26400001L, 42L)),
                Map.entry("attachmentId", ids(6_900_001L, 6_900_000L + RESET_EVERY)),
                Map.entry("invoiceId", ids(8_300_001L, 8_300_000L + RESET_EVERY)),
                Map.entry("flowNumber", Arbitraries.integers().between(1, RESET_EVERY)
                        .map(n -> (JsonNode) NODES.textNode(String.format("CPP0011110%015d", n)))),
                Map.entry("invoiceNumber", Arbitraries.integers().between(1, 9999)
                        .map(n -> (JsonNode) NODES.textNode("FA-2026-" + n))),
                Map.entry("currency", text("EUR", "USD", "eur", "")),
                Map.entry("amount", Arbitraries.bigDecimals().between(java.math.BigDecimal.ZERO,
                        new java.math.BigDecimal("5000")).ofScale(2).map(n -> (JsonNode) NODES.numberNode(n))),
                Map.entry("filename", text("facture.pdf", "facture.xml", "FACTURE", "a.exe", ".pdf", "f.PDF",
                        "x".repeat(51) + ".pdf", "dossier/../f.pdf")),
                Map.entry("mime", text("application/pdf", "text/xml", "", "application/octet-stream")),
                Map.entry("extension", text("PDF", "pdf", "XML", "EXE", ".pdf", "")),
                Map.entry("postalCode", text("25000", "86000", "2A004", "")),
                Map.entry("town", text("Besançon", "BESANCON", "saint exupery", "")),
                Map.entry("name", text("LYCÉE", "lycee", "MINISTERE", "")),
                Map.entry("base64pdf", base64Pdf),
                Map.entry("base64flow", Arbitraries.oneOf(files(flowPdf),
                        files(xml.getBytes(StandardCharsets.UTF_8)))));
    }

    private static Arbitrary<JsonNode> text(String... values) {
        return Arbitraries.of(values).map(NODES::textNode);
    }

    private static Arbitrary<JsonNode> number(Long... values) {
        return Arbitraries.of(values).map(v -> (JsonNode) NODES.numberNode(v));
    }

    private static Arbitrary<JsonNode> ids(long from, long to) {
        return Arbitraries.longs().between(from, to).map(v -> (JsonNode) NODES.numberNode(v));
    }

    /** A file in Base64: intact, damaged, or not Base64 at all. */
    private static Arbitrary<JsonNode> files(byte[] original) {
        return Arbitraries.oneOf(
                Arbitraries.just(NODES.textNode(Base64.getEncoder().encodeToString(original))),
                ByteDamage.some(3).map(damages -> (JsonNode) NODES.textNode(
                        Base64.getEncoder().encodeToString(ByteDamage.applyAll(damages, original)))),
                Arbitraries.of("", "=", "!!!", "JVBERi0", "JVBERi0xLjQK\nJSVFT0YK").map(NODES::textNode));
    }

    // ------------------------------------------------------------------ HTTP

    /**
     * A token for the demo application. A long run outlives one: the sandbox's clock moves on with
     * each deposit, so after a few hundred the token has expired, as a real one does after an hour.
     */
    private String newToken() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(sandbox.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + "chorusdesk-demo-client&client_secret=demo-secret-not-a-secret&scope=openid"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(answer.body()).get("access_token").asText();
    }

    /** The request, sent again with a new token when the platform says the token has expired (as the client does). */
    private HttpResponse<byte[]> post(String path, byte[] body) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = postOnce(path, body);
        if (answer.statusCode() == 401) {
            token = newToken();
            answer = postOnce(path, body);
        }
        return answer;
    }

    private HttpResponse<byte[]> postOnce(String path, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("cpro-account", account)
                .header("Content-Type", "application/json;charset=utf-8")
                .header("Accept", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = getOnce(path);
        if (answer.statusCode() == 401) {
            token = newToken();
            answer = getOnce(path);
        }
        return answer;
    }

    private HttpResponse<byte[]> getOnce(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("cpro-account", account)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
