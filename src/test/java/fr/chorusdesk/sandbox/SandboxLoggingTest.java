package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.chorusdesk.chorus.ChorusAuthenticationException;
import fr.chorusdesk.chorus.ChorusAuthenticationException.CredentialToCheck;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Nothing the sandbox logs carries a credential, a token or file content, even at DEBUG. */
class SandboxLoggingTest {

    @TempDir
    Path dir;

    @Test
    void logsCarryNoSecretTokenOrContent() throws Exception {
        Logger sandboxLogger = (Logger) LoggerFactory.getLogger("fr.chorusdesk.sandbox");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        Level previous = sandboxLogger.getLevel();
        sandboxLogger.setLevel(Level.DEBUG);
        sandboxLogger.addAppender(captured);
        byte[] content = "%PDF-1.4 UNIQUE-CONTENT-MARKER".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (ChorusSandbox sandbox = ChorusSandbox.start(SandboxConfig.defaults(dir.resolve("state")))) {
            DemoCredentials demo = sandbox.credentials();
            ChorusEnvironment env = new ChorusEnvironment(sandbox.apiBaseUrl(), sandbox.tokenUrl());
            ChorusClient client = ChorusClient.builder(env, new ChorusCredentials(demo.clientId(),
                    demo.clientSecret(), demo.technicalLogin(), demo.technicalPassword()))
                    .retryPolicy(RetryPolicy.none()).build();
            client.rechercherStructure(RechercherStructureRequest.parSiret("11000201100044"));
            Path pdf = dir.resolve("f.pdf");
            Files.write(pdf, content);
            client.ajouterFichierDansSysteme(pdf);
            ChorusClient wrong = ChorusClient.builder(env, new ChorusCredentials(demo.clientId(), "bad-secret-XYZ",
                    demo.technicalLogin(), "bad-password-XYZ")).retryPolicy(RetryPolicy.none()).build();
            assertThatThrownBy(wrong::healthCheck).isInstanceOfSatisfying(ChorusAuthenticationException.class,
                    e -> assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.PISTE_APPLICATION));
            ChorusClient wrongPassword = ChorusClient.builder(env, new ChorusCredentials(demo.clientId(),
                    demo.clientSecret(), demo.technicalLogin(), "bad-password-XYZ"))
                    .retryPolicy(RetryPolicy.none()).build();
            assertThatThrownBy(wrongPassword::healthCheck).isInstanceOfSatisfying(ChorusAuthenticationException.class,
                    e -> assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.TECHNICAL_ACCOUNT));
            sandbox.reset();

            String all = captured.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .collect(Collectors.joining("\n"));
            assertThat(all).contains("/cpro/structures/v1/rechercher");
            assertThat(all).doesNotContain(demo.clientSecret(), demo.technicalPassword(), demo.cproAccountHeader(),
                    "bad-secret-XYZ", "bad-password-XYZ", "UNIQUE-CONTENT-MARKER",
                    Base64.getEncoder().encodeToString(content).substring(0, 16), "Bearer");
        } finally {
            sandboxLogger.detachAppender(captured);
            sandboxLogger.setLevel(previous);
        }
    }
}
