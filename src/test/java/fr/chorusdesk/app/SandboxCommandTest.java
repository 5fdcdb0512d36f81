package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.testing.ChildProcesses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxCommandTest {

    @Test
    void aBadOptionIsAUsageError(@TempDir Path home) {
        CommandRun command = new CommandRun(home);
        assertThat(command.run("sandbox", "--port", "not-a-number")).isEqualTo(CommandLine.USAGE);
        assertThat(command.run("sandbox", "--frobnicate")).isEqualTo(CommandLine.USAGE);
        assertThat(command.err()).contains("sandbox [--port N]");
    }

    @Test
    void refusesStateAlreadyUsedByTheApp(@TempDir Path home) {
        CommandRun command = new CommandRun(home);
        try (DemoSandboxService app = new DemoSandboxService(SandboxConfig.defaults(home.resolve("sandbox")))) {
            app.start();
            assertThat(command.run("sandbox", "--port", "0")).isEqualTo(1);
        }
        assertThat(command.err()).contains(home.resolve("sandbox").toString());
    }

    @Test
    void runsAloneAnswersATokenRequestAndStopsOnSigterm(@TempDir Path home) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dchorusdesk.home=" + home, Launcher.class.getName(), "sandbox", "--port", "0")
                .redirectErrorStream(true).start();
        try {
            // a start-up takes a few seconds; the limit leaves room for a loaded machine
            String printed = ChildProcesses.readUntil(process, "Ctrl-C", Duration.ofSeconds(30));
            Matcher api = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/cpro").matcher(printed);
            assertThat(api.find()).as(printed).isTrue();
            assertThat(printed).contains("chorusdesk-demo-client", home.resolve("sandbox").toString());

            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + api.group(1) + "/api/oauth/token"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"
                            + "&client_id=chorusdesk-demo-client&client_secret=demo-secret-not-a-secret&scope=openid"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.body()).contains("access_token");
        } finally {
            process.destroy();
            // stops on SIGTERM, or is killed and fails the test
            ChildProcesses.awaitExit(process, Duration.ofSeconds(20));
        }
    }
}
