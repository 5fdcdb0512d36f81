package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
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

    @Test
    void aBarePdfPathOpensTheWindowOnThatFile() {
        Path absolute = home.resolve("Facture 2026-001.pdf");
        LaunchOptions options = LaunchOptions.parse(new String[] {absolute.toString()});
        assertThat(options.pdf()).contains(absolute);
        assertThat(options.smoke()).isFalse();

        // relative to where the launcher was started, as a file manager or a shell passes it
        LaunchOptions relative = LaunchOptions.parse(new String[] {"--smoke", "factures/../FACTURE.PDF"});
        assertThat(relative.pdf()).contains(Path.of(System.getProperty("user.dir"), "FACTURE.PDF"));
        assertThat(relative.smoke()).isTrue();
    }

    @Test
    void aMissingPdfIsStillHandedToTheWindowToBeExplainedThere() {
        Path missing = home.resolve("absente.pdf");
        assertThat(missing).doesNotExist();
        assertThat(LaunchOptions.parse(new String[] {missing.toString()}).pdf()).contains(missing);
    }

    @Test
    void anExistingFileWithoutExtensionIsTakenAsThePdf() throws IOException {
        Path noExtension = Files.writeString(home.resolve("facture"), "%PDF-1.7");
        assertThat(LaunchOptions.parse(new String[] {noExtension.toString()}).pdf()).contains(noExtension);
        assertThat(LaunchOptions.isPdfArgument(home.resolve("absente").toString())).isFalse();
    }

    @Test
    void onlyOnePdfAtATime() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"a.pdf", "b.pdf"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only one PDF can be opened at a time: b.pdf");
        assertThat(command.run("a.pdf", "b.pdf")).isEqualTo(CommandLine.USAGE);
        assertThat(command.err()).contains("Only one PDF can be opened at a time: b.pdf", "FILE.pdf");
    }

    @Test
    void commandsAndOtherWordsAreNotTakenForFiles() {
        assertThat(command.run("inspect")).isNotEqualTo(CommandLine.KEEP_RUNNING);
        assertThat(command.run("facture.txt")).isEqualTo(CommandLine.USAGE);
        assertThat(command.err()).contains("Unknown command: facture.txt");
    }
}
