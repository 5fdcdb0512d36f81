package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import fr.chorusdesk.chorus.api.ChorusOperation;
import fr.chorusdesk.chorus.api.CompleterFactureRequest;
import fr.chorusdesk.chorus.api.Destinataire;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import fr.chorusdesk.chorus.api.RecyclerFactureRequest;
import fr.chorusdesk.chorus.api.SampleRequests;
import fr.chorusdesk.testing.Bounded;
import fr.chorusdesk.testing.FieldList;
import fr.chorusdesk.testing.FrenchText;
import fr.chorusdesk.testing.HostileValues;
import fr.chorusdesk.testing.JsonBodies;
import fr.chorusdesk.testing.RunSize;
import fr.chorusdesk.testing.Weighted;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import okhttp3.OkHttpClient;
import okio.Buffer;
import okio.BufferedSink;

/**
 * The client reading generated answers from a MockWebServer playing Chorus Pro: bodies built from
 * each operation's answer fields (wrong types, missing fields, codeRetour missing or disagreeing
 * with the HTTP status), HTML pages, cut and empty bodies, bodies of hundreds of megabytes, slow and
 * stalled bodies. Whatever comes, only a {@link ChorusException} comes out, its message is French,
 * short and holds no secret, and a sending operation is never sent twice (once more only after a
 * 401, which the gateway answers before Chorus Pro sees the request).
 */
@AddLifecycleHook(RunSize.class)
class ClientAnswersPropertiesTest {

    private static final List<FieldList.Block> ANSWERS = FieldList.load("/fuzz/answer-fields.txt");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A message a person reads in a dialog: longer is a wall of text (or a body pasted in). */
    private static final int MAX_MESSAGE_LENGTH = 1_000;

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicReference<Answer> current = new AtomicReference<>();
    private final AtomicInteger apiRequests = new AtomicInteger();
    private MockWebServer server;
    /** One connection pool for every try; each try still gets its own client (its own token). */
    private final OkHttpClient http = new OkHttpClient.Builder().readTimeout(1, TimeUnit.SECONDS).build();
    private Path pdf;
    private Path dir;

    /** One generated answer to an operation: how it is built, then what the client got. */
    record Answer(String operation, int status, Shape shape, byte[] body, String how) {

        MockResponse response() {
            MockResponse.Builder b = new MockResponse.Builder().code(status);
            if (!how.contains("no content type")) {
                b.setHeader("Content-Type", how.contains("html") ? "text/html" : "application/json;charset=utf-8");
            }
            if (how.contains("retry-after")) {
                b.setHeader("Retry-After", how.substring(how.indexOf("retry-after=") + 12).split(" ")[0]);
            }
            return switch (shape) {
                case WHOLE -> b.body(new Buffer().write(body)).build();
                // slow, but done within a second: a body that never ends is the STALLED case
                case SLOW -> b.body(new Buffer().write(java.util.Arrays.copyOf(body, Math.min(body.length, 4096))))
                        .throttleBody(256, 20, TimeUnit.MILLISECONDS).build();
                case STALLED -> b.body(new Buffer().write(body)).onResponseStart(SocketEffect.Stall.INSTANCE).build();
                case CUT_CONNECTION -> b.body(new Buffer().write(body))
                        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build();
                case HUGE -> b.body(new Endless(body, Long.parseLong(how.substring(how.indexOf("size=") + 5))))
                        .build();
            };
        }

        @Override
        public String toString() {
            String text = new String(body, StandardCharsets.UTF_8);
            return operation + " HTTP " + status + " " + shape + " " + how + " "
                    + (text.length() > 400 ? text.substring(0, 400) + "…(" + body.length + " bytes)" : text);
        }
    }

    enum Shape { WHOLE, SLOW, STALLED, CUT_CONNECTION, HUGE }

    /** A body of {@code length} bytes that starts like {@code head} and is written as it is read. */
    private record Endless(byte[] head, long length) implements MockResponseBody {
        @Override
        public long getContentLength() {
            return length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            sink.write(head);
            byte[] filler = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            long left = length - head.length;
            while (left > 0) {
                int n = (int) Math.min(filler.length, left);
                sink.write(filler, 0, n);
                left -= n;
            }
        }
    }

    @BeforeProperty
    void start() throws IOException {
        dir = Files.createTempDirectory("client-properties");
        pdf = Files.write(dir.resolve("facture.pdf"), "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/api/oauth/token")) {
                    return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                            .body("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}").build();
                }
                apiRequests.incrementAndGet();
                return current.get().response();
            }
        });
        server.start();
    }

    @AfterProperty
    void stop() throws IOException {
        http.connectionPool().evictAll();
        http.dispatcher().executorService().shutdown();
        server.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 100)
    void onlyChorusExceptionsComeOutFrenchAndWithoutSecrets(@ForAll("answers") Answer answer) {
        current.set(answer);
        apiRequests.set(0);
        ChorusOperation op = ChorusOperation.forPath("/cpro" + answer.operation()).orElseThrow();
        ChorusClient client = ChorusClient.builder(new MockChorus(server).environment(),
                        new MockChorus(server).credentials())
                .httpClient(http)
                .sleeper(delay -> { })
                .build();

        Bounded.Outcome<Object> outcome = Bounded.run(Duration.ofSeconds(30), () -> call(client, answer.operation()));

        if (outcome.failed()) {
            Throwable thrown = outcome.failure();
            assertThat(thrown).as("what came out of %s", op).isInstanceOf(ChorusException.class);
            ChorusException e = (ChorusException) thrown;
            String message = e.userMessage();
            // the platform's own label is quoted as it came; the sentence around it is ours
            String own = e instanceof ChorusBusinessException && message.contains(") : ")
                    ? message.substring(0, message.indexOf(") : ") + 1) : message;
            assertThat(FrenchText.looksFrench(own)).as("French: %s", message).isTrue();
            assertThat(message.length()).as("a message a person can read: %s", message)
                    .isLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
            ErrorAssertions.assertNoSecret(e);
        } else {
            assertThat(succeededRightly(answer)).as("a success must be a 2xx with codeRetour 0").isTrue();
        }
        if (!op.readOnly()) {
            // sent once; once more only after a 401 (the gateway refused the token before Chorus Pro
            // saw it), as soon as its status line arrived, whatever became of its body
            boolean refusedToken = answer.status() == 401 && answer.shape() != Shape.STALLED;
            assertThat(apiRequests.get()).as("requests for a sending operation")
                    .isEqualTo(refusedToken ? 2 : 1);
        }
    }

    /**
     * Finding 10: jqwik reduced it to an answer whose libelle is 1,000 characters: the user's
     * message quoted it whole (a 200,000-character label made a dialog of it). Now the label is cut
     * at 300 characters and cleaned of control characters.
     */
    @net.jqwik.api.Example
    void aPageLongLabelIsCutInTheMessage() {
        String libelle = "A".repeat(200_000) + "\u001b[31m";
        onlyChorusExceptionsComeOutFrenchAndWithoutSecrets(new Answer("/factures/v1/soumettre", 200, Shape.WHOLE,
                ("{\"codeRetour\":20001,\"libelle\":\"" + libelle + "\"}").getBytes(StandardCharsets.UTF_8),
                "long libelle"));
    }

    /**
     * Finding 15 (seed 6119904193176569604): a 401 to an upload whose connection was cut after the
     * status line. The client read the body first and gave up with "maybe sent", though a 401 means
     * the gateway refused the token before Chorus Pro saw anything. Now a 401's body is not read:
     * the client takes a new token and sends once more, and tells the user the technical account
     * was refused.
     */
    @net.jqwik.api.Example
    void aRefusedTokenWhoseAnswerIsCutIsRenewedAndSentOnceMore() {
        Answer cut401 = new Answer("/transverses/v1/ajouter/fichier", 401, Shape.CUT_CONNECTION,
                "{\"codeRetour\":0,\"libelle\":\"x\"}".getBytes(StandardCharsets.UTF_8), "json ");
        onlyChorusExceptionsComeOutFrenchAndWithoutSecrets(cut401);
        assertThat(apiRequests.get()).as("the upload and its one resend with a new token").isEqualTo(2);
    }

    /**
     * Finding 11: an answer of hundreds of megabytes was read whole into memory, and the test JVM
     * died of an OutOfMemoryError. Now the client stops at 16 MB with an unreadable-answer error (shown
     * here with 100 MB).
     */
    @net.jqwik.api.Example
    void aGigabyteAnswerIsRefusedBeforeItFillsTheMemory() {
        Answer huge = new Answer("/structures/v1/rechercher", 200, Shape.HUGE,
                "{\"codeRetour\":0,\"libelle\":\"".getBytes(StandardCharsets.UTF_8), "json size=100000000");
        onlyChorusExceptionsComeOutFrenchAndWithoutSecrets(huge);
        current.set(huge);
        ChorusClient client = ChorusClient.builder(new MockChorus(server).environment(),
                new MockChorus(server).credentials()).httpClient(http).retryPolicy(RetryPolicy.none()).build();
        Bounded.Outcome<Object> outcome = Bounded.run(Duration.ofSeconds(30),
                () -> client.rechercherStructure(RechercherStructureRequest.parSiret("11000201100044")));
        assertThat(outcome.failure()).isInstanceOfSatisfying(ChorusUnexpectedResponseException.class,
                e -> assertThat(e.kind()).isEqualTo(ChorusUnexpectedResponseException.Kind.MALFORMED));
        assertThat(outcome.allocatedBytes()).as("bytes allocated").isLessThan(256L * 1024 * 1024);
    }

    private boolean succeededRightly(Answer answer) {
        if (answer.status() < 200 || answer.status() > 299) {
            // "no result" of the two searches is an empty list whatever the status (ChorusWireChoices)
            return noResult(answer);
        }
        if (answer.operation().equals("/transverses/v1/health-check")) {
            return true;
        }
        try {
            JsonNode tree = json.readTree(answer.body());
            return tree != null && tree.path("codeRetour").canConvertToInt() && tree.get("codeRetour").asInt() == 0
                    || noResult(answer);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean noResult(Answer answer) {
        boolean search = answer.operation().equals("/factures/v1/rechercher/fournisseur")
                || answer.operation().equals("/engagementsJuridiques/v1/rechercher");
        try {
            JsonNode tree = json.readTree(answer.body());
            return search && tree != null && tree.path("codeRetour").asInt() == 20000;
        } catch (IOException e) {
            return false;
        }
    }

    /** The client method behind each operation, with an ordinary request. */
    private Object call(ChorusClient client, String operation) throws ChorusException {
        return switch (operation) {
            case "/transverses/v1/ajouter/fichier" -> client.ajouterFichierDansSysteme(pdf);
            case "/factures/v1/soumettre" -> client.soumettreFacture(SampleRequests.soumettreReference());
            case "/factures/v1/deposer/flux" -> client.deposerFluxFacture(pdf);
            case "/transverses/v1/consulterCRDetaille" -> client.consulterCRDetaille("CPP0011110000000000000001");
            case "/structures/v1/rechercher" -> List.of(
                    client.rechercherStructure(RechercherStructureRequest.parSiret("11000201100044")),
                    client.searchPublicStructures("LYCEE", null, null, 1, 10));
            case "/structures/v1/consulter" -> client.recipientRules(26346724L);
            case "/structures/v1/rechercher/services" -> client.activeServices(26346724L);
            case "/transverses/v1/recuperer/structures/actives/fournisseur" ->
                    client.recupererStructuresActivesPourFournisseur();
            case "/transverses/v1/recuperer/coordbanc/valides" -> client.recupererCoordonneesBancairesValides(26300989L);
            case "/factures/v1/rechercher/fournisseur" -> client.rechercherFactureParFournisseur(
                    RechercherFactureParFournisseurRequest.builder().numeroFacture("FA-2026-0042").build());
            case "/factures/v1/consulter/fournisseur" -> client.consulterFactureParFournisseur(8300002L);
            case "/factures/v1/consulter/historique" -> client.consulterHistoriqueFacture(8300002L);
            case "/factures/v1/completer" -> client.completerFacture(new CompleterFactureRequest(null, 8300002L,
                    "Bon de livraison joint", null));
            case "/factures/v1/recycler" -> client.recyclerFacture(new RecyclerFactureRequest(null, 8300002L,
                    new Destinataire("21750001000012", null), null, "Nouveau destinataire"));
            case "/transverses/v1/recuperer/typespj" -> client.recupererTypesPieceJointe();
            case "/engagementsJuridiques/v1/rechercher" -> client.engagementExists(26300989L, "1300123456");
            case "/transverses/v1/health-check" -> {
                client.healthCheck();
                yield "up";
            }
            default -> throw new IllegalArgumentException("no client call for " + operation);
        };
    }

    // ------------------------------------------------------------------ generators

    @Provide
    Arbitrary<Answer> answers() {
        List<FieldList.Block> blocks = new ArrayList<>();
        for (FieldList.Block block : ANSWERS) {
            List<FieldList.Field> fields = new ArrayList<>();
            fields.add(new FieldList.Field("codeRetour", "int32", Optional.of("codeRetour")));
            fields.add(new FieldList.Field("libelle", "string", Optional.of("libelle")));
            fields.addAll(block.fields());
            blocks.add(new FieldList.Block(block.operation(), block.source(), fields, Optional.empty()));
        }
        blocks.add(new FieldList.Block("/transverses/v1/health-check", "", List.of(
                new FieldList.Field("codeRetour", "int32", Optional.of("codeRetour")),
                new FieldList.Field("libelle", "string", Optional.of("libelle"))), Optional.empty()));
        JsonBodies bodies = new JsonBodies(Map.of(
                "codeRetour", Weighted.pick(
                        Weighted.of(8, Arbitraries.just((JsonNode) NODES.numberNode(0))),
                        Weighted.of(2, Arbitraries.of(20000, 20001, 20003, 99999, -1, 500)
                                .map(c -> (JsonNode) NODES.numberNode(c)))),
                "libelle", Arbitraries.of("TRA_MSG_00.000", "GDP_MSG_11.033 La facture n'est pas au statut Suspendue",
                        "Libellé jamais vu").map(NODES::textNode)));
        return Arbitraries.of(blocks).flatMap(block -> Combinators.combine(
                statuses(), bodies.bodies(block), bodyKinds(), shapes(), headerHows())
                .as((status, body, kind, shape, headers) -> {
                    byte[] bytes = kind.apply(body.bytes());
                    String how = kind + " " + headers + (shape == Shape.HUGE ? " size=" + hugeSize(body.bytes()) : "");
                    return new Answer(block.operation(), status, shape, bytes, how);
                }));
    }

    private static long hugeSize(byte[] seed) {
        // 40 MB to 1.5 GB, spread by the body so that it shrinks with it
        return 40_000_000L + (Math.abs((long) java.util.Arrays.hashCode(seed)) % 1_460_000_000L);
    }

    private static Arbitrary<Integer> statuses() {
        return Weighted.pick(
                Weighted.of(50, Arbitraries.just(200)),
                Weighted.of(10, Arbitraries.just(400)),
                Weighted.of(20, Arbitraries.of(201, 204, 401, 403, 404, 413, 415, 429, 500, 502, 503, 504)),
                Weighted.of(5, Arbitraries.integers().between(200, 599)));
    }

    /** What the body is, beside the JSON of the fields. */
    private interface BodyKind {
        byte[] apply(byte[] json);
    }

    private static Arbitrary<BodyKind> bodyKinds() {
        return Weighted.pick(
                Weighted.of(60, Arbitraries.just(named("json", b -> b))),
                Weighted.of(8, Arbitraries.of("<html><body><h1>Service indisponible</h1></body></html>",
                                "  <!DOCTYPE html><html></html>", "<?xml version=\"1.0\"?><erreur/>")
                        .map(page -> named("html", b -> page.getBytes(StandardCharsets.UTF_8)))),
                Weighted.of(8, Arbitraries.integers().between(0, 100)
                        .map(percent -> named("cut at " + percent + "%",
                                b -> java.util.Arrays.copyOf(b, b.length * percent / 100)))),
                Weighted.of(4, Arbitraries.just(named("empty", b -> new byte[0]))),
                Weighted.of(4, Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                        .map(garbage -> named("binary", b -> garbage))),
                Weighted.of(4, Arbitraries.of("null", "[]", "42", "\"texte\"", "true", "{\"codeRetour\":0}",
                                "{\"codeRetour\":\"0\"}", "{\"codeRetour\":1e400}", "{\"codeRetour\":0.5}",
                                "{\"codeRetour\":99999999999999999999}", "{\"codeRetour\":null,\"libelle\":null}")
                        .map(text -> named("replaced", b -> text.getBytes(StandardCharsets.UTF_8)))),
                Weighted.of(4, HostileValues.longStrings().map(libelle -> named("long libelle", b -> (
                        "{\"codeRetour\":20001,\"libelle\":\"" + libelle + "\"}").getBytes(StandardCharsets.UTF_8)))));
    }

    private static BodyKind named(String name, java.util.function.UnaryOperator<byte[]> change) {
        return new BodyKind() {
            @Override
            public byte[] apply(byte[] json) {
                return change.apply(json);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static Arbitrary<Shape> shapes() {
        return Weighted.pick(
                Weighted.of(85, Arbitraries.just(Shape.WHOLE)),
                Weighted.of(6, Arbitraries.just(Shape.SLOW)),
                Weighted.of(4, Arbitraries.just(Shape.CUT_CONNECTION)),
                Weighted.of(3, Arbitraries.just(Shape.HUGE)),
                Weighted.of(2, Arbitraries.just(Shape.STALLED)));
    }

    private static Arbitrary<String> headerHows() {
        return Weighted.pick(
                Weighted.of(80, Arbitraries.just("")),
                Weighted.of(10, Arbitraries.just("no content type")),
                Weighted.of(10, Arbitraries.of("1", "0", "-5", "999999999", "abc", "Wed,21Oct2015")
                        .map(v -> "retry-after=" + v)));
    }
}
