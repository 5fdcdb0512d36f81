package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recipient cache at exactly its lifetime, and how the services of a structure are read page by
 * page. The directory is the sandbox's (docs/sandbox.md, "Public recipients"); for paging, the
 * services answer is replaced on the wire by pages written here in the shape of the API reference
 * (listeServices, parametresRetour.pages).
 */
class RecipientServiceRulesTest {

    private static final String DEPARTEMENT = "22691000200014";
    private static final String SERVICES = "/structures/v1/rechercher/services";
    private static final String RECHERCHER = "/structures/v1/rechercher";
    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path dir;

    /** When set, answers the services search with the page it makes for the n-th call (1-based). */
    private final AtomicReference<IntFunction<String>> servicePages = new AtomicReference<>();
    private final AtomicInteger serviceCalls = new AtomicInteger();
    private final AtomicReference<String> extraStructures = new AtomicReference<>();
    private SandboxHarness harness;
    private RecipientService service;

    @BeforeEach
    void start() {
        Interceptor wire = chain -> {
            String path = chain.request().url().encodedPath();
            IntFunction<String> pages = servicePages.get();
            Response response = chain.proceed(chain.request());
            if (path.endsWith(SERVICES) && pages != null) {
                // the sandbox's own answer is read and replaced (a network interceptor proceeds once)
                response.body().string();
                String body = pages.apply(serviceCalls.incrementAndGet());
                return response.newBuilder().body(ResponseBody.create(body, JSON)).build();
            }
            String extra = extraStructures.get();
            if (path.endsWith(RECHERCHER) && extra != null) {
                String body = response.body().string().replace("\"listeStructures\":[", "\"listeStructures\":[" + extra + ",");
                return response.newBuilder().body(ResponseBody.create(body, JSON)).build();
            }
            return response;
        };
        harness = new SandboxHarness(dir.resolve("state"), List.of(wire));
        service = new RecipientService(harness.client, harness.clock);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private long calls(String path) {
        return harness.apiCalls().stream().filter(path::equals).count();
    }

    private static String page(int pages, String services) {
        return "{\"codeRetour\":0,\"libelle\":\"TRA_MSG_00.000\",\"listeServices\":[" + services + "]"
                + (pages < 0 ? "" : ",\"parametresRetour\":{\"pageCourante\":1,\"pages\":" + pages
                        + ",\"nbResultatsParPage\":10,\"total\":3}") + "}";
    }

    @Test
    void anAnswerIsAskedAgainAtExactlyTenMinutesAndAfterClear() throws Exception {
        service.lookup(DEPARTEMENT);
        long first = calls(RECHERCHER);
        assertThat(first).isEqualTo(1);

        harness.clock.advance(Duration.ofMinutes(10).minusMillis(1));
        service.lookup(DEPARTEMENT);
        assertThat(calls(RECHERCHER)).as("one millisecond before ten minutes: cached").isEqualTo(1);

        harness.clock.advance(Duration.ofMillis(1));
        service.lookup(DEPARTEMENT);
        assertThat(calls(RECHERCHER)).as("at ten minutes: asked again").isEqualTo(2);

        service.lookup(DEPARTEMENT);
        assertThat(calls(RECHERCHER)).isEqualTo(2);
        service.clear();
        service.lookup(DEPARTEMENT);
        assertThat(calls(RECHERCHER)).as("forgotten after clear").isEqualTo(3);
    }

    @Test
    void onlyTheStructureWithTheSiretAskedForIsTaken() throws Exception {
        // a search answer may hold other structures and entries without an id: neither is the recipient
        extraStructures.set("{\"idStructureCPP\":99999991,\"identifiantStructure\":\"21750001000012\","
                + "\"designationStructure\":\"AUTRE\",\"typeIdentifiantStructure\":\"SIRET\",\"statut\":\"ACTIVE\"},"
                + "{\"identifiantStructure\":\"22691000200014\",\"designationStructure\":\"SANS ID\","
                + "\"typeIdentifiantStructure\":\"SIRET\",\"statut\":\"ACTIVE\"}");

        Recipient r = service.lookup(DEPARTEMENT);

        assertThat(r.structureId()).isEqualTo(26400002L);
        assertThat(r.name()).isEqualTo("DEPARTEMENT DU VAL-DEMO");
    }

    @Test
    void everyPageOfServicesIsReadAndNoMore() throws Exception {
        servicePages.set(n -> switch (n) {
            case 1 -> page(3, "{\"idService\":11,\"codeService\":\"A1\",\"libelleService\":\"Alpha\",\"estActif\":true},"
                    + "{\"idService\":12,\"libelleService\":\"Sans code\",\"estActif\":true}");
            case 2 -> page(3, "{\"codeService\":\"B2\",\"estActif\":false}");
            case 3 -> page(3, "{\"idService\":13,\"codeService\":\"C3\",\"libelleService\":\"Gamma\"}");
            default -> page(3, "{\"idService\":14,\"codeService\":\"D4\",\"estActif\":true}");
        });

        Recipient r = service.lookup(DEPARTEMENT);

        assertThat(r.services()).extracting(Recipient.RecipientUnit::code, Recipient.RecipientUnit::label,
                Recipient.RecipientUnit::active).containsExactly(tuple("A1", "Alpha", true),
                        tuple("B2", "B2", false), tuple("C3", "Gamma", false));
        assertThat(r.services().get(1).id()).as("no id given").isZero();
        assertThat(r.services().get(0).id()).isEqualTo(11L);
        assertThat(serviceCalls).as("three pages, three calls").hasValue(3);
    }

    @Test
    void withoutAPageCountOnlyTheFirstPageIsRead() throws Exception {
        servicePages.set(n -> page(-1, "{\"idService\":" + n + ",\"codeService\":\"S" + n + "\",\"estActif\":true}"));

        assertThat(service.lookup(DEPARTEMENT).services()).extracting(Recipient.RecipientUnit::code)
                .containsExactly("S1");
        assertThat(serviceCalls).hasValue(1);
    }

    @Test
    void anEmptyPageEndsTheReadingEvenIfMorePagesAreAnnounced() throws Exception {
        servicePages.set(n -> n == 1 ? page(5, "{\"idService\":1,\"codeService\":\"S1\",\"estActif\":true}")
                : page(5, ""));

        assertThat(service.lookup(DEPARTEMENT).services()).extracting(Recipient.RecipientUnit::code)
                .containsExactly("S1");
        assertThat(serviceCalls).hasValue(2);
    }

    @Test
    void aHundredPagesAtMost() throws Exception {
        // a platform announcing endless pages is not followed for ever: 100 pages, 1 000 services at 10 a page
        servicePages.set(n -> page(1000, "{\"idService\":" + n + ",\"codeService\":\"S" + n + "\",\"estActif\":true}"));

        assertThat(service.lookup(DEPARTEMENT).services()).hasSize(100);
        assertThat(serviceCalls).hasValue(100);
    }
}
