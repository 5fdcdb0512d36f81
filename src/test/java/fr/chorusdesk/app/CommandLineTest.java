package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path home, String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new AppPaths(home)).run(args);
    }

    @Test
    void helpListsEveryCommand(@TempDir Path home) {
        assertThat(run(home, "--help")).isEqualTo(CommandLine.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--smoke", "inspect", "sandbox", "--lang");
    }

    @Test
    void unknownCommandIsAUsageError(@TempDir Path home) {
        assertThat(run(home, "frobnicate")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command: frobnicate", "Usage:");
    }

    @Test
    void unknownOptionIsAUsageError(@TempDir Path home) {
        assertThat(run(home, "--frobnicate")).isEqualTo(CommandLine.USAGE);
        assertThat(run(home, "--lang=de")).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: --frobnicate",
                "Unsupported language: --lang=de");
    }

    @Test
    void launchOptionsAreParsed() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--smoke", "--lang=en"});
        assertThat(options.smoke()).isTrue();
        assertThat(options.language()).contains(java.util.Locale.ENGLISH);
    }
}
