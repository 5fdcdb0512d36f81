package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.service.HistoryFilter;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.store.DirectoryLock;
import fr.chorusdesk.store.HistoryStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * {@code submit} in-process against the demo profile's own sandbox (started by the command in its
 * data directory, as the app does). What reaches the sandbox is counted from the sandbox's own
 * request log (one DEBUG line per request, docs/sandbox.md), so a dry run is seen to send nothing.
 */
@Timeout(120)
class SubmitCommandTest {

    private static final String COMMUNE = "21750001000012";
    private static final String INACTIVE = "25890100400014";
    private static final String DEPARTEMENT = "22691000200014";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final ListAppender<ILoggingEvent> requests = new ListAppender<>();
    private Logger sandboxLog;
    private Level previous;

    @BeforeEach
    void listenToTheSandbox() {
        sandboxLog = (Logger) LoggerFactory.getLogger("fr.chorusdesk.sandbox.ApiEndpoint");
        previous = sandboxLog.getLevel();
        sandboxLog.setLevel(Level.DEBUG);
        requests.start();
        sandboxLog.addAppender(requests);
    }

    @AfterEach
    void stopListening() {
        sandboxLog.detachAppender(requests);
        sandboxLog.setLevel(previous);
    }

    private long requestsTo(String path) {
        return requests.list.stream().filter(e -> e.getFormattedMessage().contains(" " + path + " ")).count();
    }

    private Path facturX(String number, String buyer) throws Exception {
        Files.createDirectories(dir.resolve("in"));
        return InvoicePdfs.facturX(dir.resolve("in").resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, buyer));
    }

    private CommandRun run(String... args) {
        CommandRun run = new CommandRun(dir.resolve("home"), Duration.ofSeconds(100));
        lastCode = run.run(args);
        return run;
    }

    private int lastCode;

    private List<JsonNode> lines(CommandRun run) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\\R")) {
            if (!line.isBlank()) {
                lines.add(json.readTree(line));
            }
        }
        return lines;
    }

    @Test
    void usageErrorsExitTwoAndAttemptNothing() throws Exception {
        Path pdf = facturX("U-1", COMMUNE);
        assertThat(run("submit", pdf.toString()).err()).contains("--profile");
        assertThat(lastCode).isEqualTo(2);
        run("submit", "--profile", "demo");
        assertThat(lastCode).isEqualTo(2);
        assertThat(run("submit", "--profile", "demo", "--colour", "red", pdf.toString()).err())
                .contains("Unknown option: --colour");
        assertThat(lastCode).isEqualTo(2);
        run("submit", "--profile", "demo", dir.resolve("missing.pdf").toString());
        assertThat(lastCode).isEqualTo(2);
        assertThat(run("submit", "--profile", "demo", "--date", "32/01/2026", pdf.toString()).err())
                .contains("--date");
        assertThat(lastCode).isEqualTo(2);
        assertThat(run("submit", "--profile", "Cabinet Inconnu", pdf.toString()).err()).contains("Cabinet Inconnu");
        assertThat(lastCode).isEqualTo(2);
        assertThat(requests.list).as("no sandbox was even asked").isEmpty();

        CommandRun help = run("submit", "--help");
        assertThat(lastCode).isZero();
        assertThat(help.out()).contains("--dry-run").contains("--profile NAME");
    }

    @Test
    void aDryRunChecksEveryInvoiceSendsNothingAndLeavesNothingBehind() throws Exception {
        Path ready = facturX("DRY-1", COMMUNE);
        Path blocked = facturX("DRY-2", INACTIVE);

        CommandRun run = run("submit", "--profile", "demo", "--dry-run", ready.toString(), blocked.toString());

        assertThat(lastCode).as(run.err()).isEqualTo(1);
        List<JsonNode> lines = lines(run);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("file").asText()).isEqualTo("DRY-1.pdf");
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("ready");
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("blocked");
        assertThat(lines.get(1).get("code").asText()).isEqualTo("RECIPIENT_SIRET_REFUSED");
        assertThat(lines.get(1).get("message").asText()).contains(INACTIVE).contains("inactive");
        assertThat(lines.get(2).get("summary").get("dryRun").asBoolean()).isTrue();
        assertThat(requestsTo("/cpro/structures/v1/rechercher")).as("the checks did ask").isPositive();
        assertThat(requestsTo("/cpro/transverses/v1/ajouter/fichier")).isZero();
        assertThat(requestsTo("/cpro/factures/v1/soumettre")).isZero();
        assertThat(dir.resolve("home/drafts/demo")).satisfiesAnyOf(
                d -> assertThat(d).doesNotExist(),
                d -> assertThat(Files.list(d).filter(f -> f.toString().endsWith(".json"))).isEmpty());
        assertThat(Files.list(dir.resolve("home/batches"))).isEmpty();

        CommandRun onlyReady = run("submit", "--profile", "démonstration (bac à sable local)", "--dry-run", ready.toString());
        assertThat(lastCode).as(onlyReady.err() + onlyReady.out()).isZero();
    }

    @Test
    void invoicesAreSentOnceAndShowInTheAppsHistory() throws Exception {
        Path plain = dir.resolve("in").resolve("simple.pdf");
        Files.createDirectories(plain.getParent());
        InvoicePdfs.textPdf(plain, List.of("Facture CLI-3", "Total TTC 600,00 €"));
        CommandRun first = run("submit", "--profile", "demo", "--siret", DEPARTEMENT, "--service", "VOIRIE",
                "--number", "CLI-3", "--date", "05/03/2026", "--ht", "500,00", "--tva", "100,00", "--ttc", "600,00",
                plain.toString());
        assertThat(lastCode).as(first.err() + first.out()).isZero();
        JsonNode sent = lines(first).get(0);
        assertThat(sent.get("verdict").asText()).isEqualTo("sent");
        assertThat(sent.get("invoiceNumber").asText()).isEqualTo("CLI-3");
        assertThat(sent.get("chorusNumber").asLong()).isPositive();

        facturX("CLI-1", COMMUNE);
        facturX("CLI-2", DEPARTEMENT);
        facturX("CLI-4", INACTIVE);
        Files.copy(dir.resolve("in/CLI-1.pdf"), dir.resolve("in/copie.pdf"));
        Path csv = dir.resolve("in").resolve("lot.csv");
        Files.writeString(csv, "fichier;service;engagement\nCLI-1.pdf;;\nCLI-2.pdf;COLLEGES;EJ-4\ncopie.pdf;;\n"
                + "simple.pdf;;\nCLI-4.pdf;;\n");
        CommandRun second = run("submit", "--profile", "demo", csv.toString());

        assertThat(lastCode).as("CLI-4 goes to an inactive structure").isEqualTo(1);
        List<JsonNode> lines = lines(second);
        assertThat(lines).extracting(l -> l.path("file").asText() + " " + l.path("verdict").asText())
                .containsExactly("CLI-1.pdf sent", "CLI-2.pdf sent", "simple.pdf already_sent", "CLI-4.pdf blocked",
                        "copie.pdf duplicate", " ");
        assertThat(lines.get(2).get("chorusNumber").asLong()).isEqualTo(sent.get("chorusNumber").asLong());
        assertThat(lines.get(5).get("summary").get("sent").asInt()).isEqualTo(2);
        assertThat(requestsTo("/cpro/factures/v1/soumettre")).as("CLI-3, CLI-1, CLI-2 once each").isEqualTo(3);

        try (var lock = DirectoryLock.tryAcquire(dir.resolve("home/history")).orElseThrow()) {
            HistoryService history = new HistoryService(HistoryStore.open(dir.resolve("home/history"),
                    Clock.systemUTC()), () -> "demo", Clock.systemUTC());
            assertThat(history.find(HistoryFilter.ALL)).extracting(SentInvoice::invoiceNumber)
                    .containsExactlyInAnyOrder("CLI-1", "CLI-2", "CLI-3");
            assertThat(history.find(HistoryFilter.ALL)).extracting(SentInvoice::profile).containsOnly("demo");
        }
        CommandRun whileOpen;
        try (var lock = DirectoryLock.tryAcquire(dir.resolve("home/history")).orElseThrow()) {
            whileOpen = run("submit", "--profile", "demo", dir.resolve("in/CLI-1.pdf").toString());
        }
        assertThat(lastCode).isEqualTo(2);
        assertThat(whileOpen.err()).contains("close it first");
        assertThat(Optional.of(requestsTo("/cpro/factures/v1/soumettre"))).contains(3L);
    }
}
