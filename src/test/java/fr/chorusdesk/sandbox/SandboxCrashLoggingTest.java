package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A crash inside the sandbox is never silent: the answer is a 500 in the platform's shape, and the
 * log has the failure with its stack trace. The crash here is a real one, a state file that cannot
 * be written (its name taken by a folder), not a test double.
 */
class SandboxCrashLoggingTest {

    @TempDir
    Path dir;

    @Test
    void everyCrashIsAnsweredWithA500AndLoggedWithItsStackTrace() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ApiEndpoint.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        try (ChorusSandbox sandbox = ChorusSandbox.start(new SandboxConfig(0, dir, Duration.ofSeconds(30),
                MutableClock.atFixedStart()))) {
            // a folder (with a file in it) where the state file should go: every save now fails
            Files.createDirectories(dir.resolve(StateFile.FILE_NAME).resolve("blocking"));
            String token = json.readTree(http.send(HttpRequest.newBuilder(sandbox.tokenUrl())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                            + "chorusdesk-demo-client&client_secret=demo-secret-not-a-secret&scope=openid")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("access_token").asText();
            String upload = "{\"pieceJointeFichier\":\"" + Base64.getEncoder().encodeToString(FacturXFixtures.plainPdf(0))
                    + "\",\"pieceJointeNom\":\"facture.pdf\",\"pieceJointeTypeMime\":\"application/pdf\"}";

            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create(sandbox.apiBaseUrl() + "/transverses/v1/ajouter/fichier"))
                    .header("Authorization", "Bearer " + token)
                    .header("cpro-account", Base64.getEncoder().encodeToString(
                            "TECH_1_DEMO@cpro.fr:Demo-Password-1".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json;charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(upload)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(500);
            // the shape every Chorus Pro error has (docs/chorus-pro-reference.md section 3)
            assertThat(json.readTree(answer.body()).path("codeRetour").asInt()).isEqualTo(500);
            assertThat(json.readTree(answer.body()).path("libelle").asText()).isNotBlank();
            List<ILoggingEvent> errors = log.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
            assertThat(errors).hasSize(1);
            ILoggingEvent crash = errors.get(0);
            assertThat(crash.getFormattedMessage()).contains("/cpro/transverses/v1/ajouter/fichier");
            IThrowableProxy thrown = crash.getThrowableProxy();
            assertThat(thrown).as("the stack trace is logged").isNotNull();
            assertThat(thrown.getStackTraceElementProxyArray()).as("with its frames").isNotEmpty();
            assertThat(thrown.getClassName()).isEqualTo("java.io.UncheckedIOException");
        } finally {
            logger.detachAppender(log);
        }
    }
}
