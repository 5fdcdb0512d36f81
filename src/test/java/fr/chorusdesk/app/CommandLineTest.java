package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path home;

    private CommandRun command;

    @BeforeEach
    void command() {
        command = new CommandRun(home);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(command.run("--help")).isEqualTo(CommandLine.OK);
        assertThat(command.out()).contains("--smoke", "inspect", "sandbox", "--lang");
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertThat(command.run("frobnicate")).isEqualTo(CommandLine.USAGE);
        assertThat(command.err()).contains("Unknown command: frobnicate", "Usage:");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(command.run("--frobnicate")).isEqualTo(CommandLine.USAGE);
        assertThat(command.run("--lang=de")).isEqualTo(CommandLine.USAGE);
        assertThat(command.err()).contains("Unknown option: --frobnicate",
                "Unsupported language: --lang=de");
    }

    @Test
    void launchOptionsAreParsed() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--smoke", "--lang=en"});
        assertThat(options.smoke()).isTrue();
        assertThat(options.language()).contains(java.util.Locale.ENGLISH);
    }
}
