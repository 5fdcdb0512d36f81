package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import fr.chorusdesk.chorus.api.SampleRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** A full run with debug logging on leaves no secret, token or file content in the log. */
class ChorusClientLoggingTest {

    private static final String SECRET = "client-SECRET-9f8e7d";
    private static final String PASSWORD = "Tech-P4ssw0rd-!x";
    private static final String TOKEN_1 = "tok-AAAA-1111-secret";
    private static final String TOKEN_2 = "tok-BBBB-2222-secret";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void release() {
        root.detachAppender(appender);
        root.setLevel(previousLevel);
    }

    @Test
    void debugLogHasNoSecretTokenOrFileContent() throws Exception {
        MockChorus c = new MockChorus(server);
        ChorusCredentials credentials = new ChorusCredentials("client-id-visible", SECRET, "TECH_1_user@cpro.fr",
                PASSWORD);
        ChorusClient client = ChorusClient.builder(c.environment(), credentials).sleeper(d -> { }).build();
        byte[] pdf = new byte[48_000];
        new Random(7).nextBytes(pdf);
        Path file = Files.write(dir.resolve("FA-2025-0042.pdf"), pdf);
        String base64 = Base64.getEncoder().encodeToString(pdf);

        c.enqueue(200, "{\"access_token\":\"" + TOKEN_1 + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        c.enqueueOk("\"pieceJointeId\":6921279");
        c.enqueue(401, "{\"codeRetour\":401,\"libelle\":\"Unauthorized\"}");
        c.enqueue(200, "{\"access_token\":\"" + TOKEN_2 + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        c.enqueueOk("\"identifiantFactureCPP\":8316845");
        c.enqueueOk("\"fichierCR\":\"" + base64 + "\",\"etatCourantDepotFlux\":\"IN_INTEGRE\"");
        c.enqueue(200, "{\"codeRetour\":20001,\"libelle\":\"Droits insuffisants\"}");
        c.enqueue(401, "{\"error\":\"invalid_client\"}");

        client.ajouterFichierDansSysteme(file);
        client.soumettreFacture(SampleRequests.soumettreReference());
        client.consulterCRDetaille("CPP001");
        Throwable business = catchThrowable(() -> client.consulterFactureParFournisseur(1L));
        assertThat(business).isInstanceOf(ChorusBusinessException.class);
        LoggerFactory.getLogger(ChorusClientLoggingTest.class).debug("failure", business);

        String log = appender.list.stream().map(ChorusClientLoggingTest::fullText).collect(Collectors.joining("\n"));

        assertThat(log).as("debug logging was on").contains("/cpro/factures/v1/soumettre")
                .contains("/api/oauth/token").contains("<redacted>").contains("FA-2025-0042.pdf");
        String cproAccount = Base64.getEncoder().encodeToString(("TECH_1_user@cpro.fr:" + PASSWORD).getBytes());
        assertThat(log).doesNotContain(SECRET).doesNotContain(PASSWORD).doesNotContain(cproAccount)
                .doesNotContain(TOKEN_1).doesNotContain(TOKEN_2);
        ErrorAssertions.assertRedacted(log, credentials, TOKEN_1, TOKEN_2);
        for (int offset = 0; offset + 32 <= base64.length(); offset += 997) {
            assertThat(log).as("Base64 file content at %d", offset).doesNotContain(base64.substring(offset, offset + 32));
        }
    }

    private static String fullText(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder(e.getFormattedMessage());
        for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
        }
        e.getMDCPropertyMap().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }
}
