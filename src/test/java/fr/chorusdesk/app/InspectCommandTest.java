package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @TempDir
    Path dir;

    private CommandRun command;

    @BeforeEach
    void command() {
        command = new CommandRun(dir);
    }

    private int run(String... args) {
        return command.run(args);
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(command.out());
    }

    private Path pdf(String name, String userPassword) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            if (userPassword != null) {
                doc.protect(new StandardProtectionPolicy("owner", userPassword, new AccessPermission()));
            }
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void exitZeroAndJsonWhenTheFileWouldPass() throws IOException {
        int code = run("inspect", pdf("ok.pdf", null).toString());
        assertThat(code).isZero();
        JsonNode json = json();
        assertThat(json.get("verdict").asText()).isEqualTo("PASSES");
        assertThat(json.get("file").asText()).isEqualTo("ok.pdf");
    }

    @Test
    void exitOneWhenACheckFails() throws IOException {
        int code = run("inspect", pdf("locked.pdf", "secret").toString());
        assertThat(code).isEqualTo(1);
        assertThat(json().get("verdict").asText()).isEqualTo("FAILS");
    }

    @Test
    void exitTwoWhenTheFileCannotBeRead() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "plain text");
        assertThat(run("inspect", text.toString())).isEqualTo(2);
        assertThat(json().get("verdict").asText()).isEqualTo("UNREADABLE");
        command.resetOut();
        assertThat(run("inspect", dir.resolve("absent.pdf").toString())).isEqualTo(2);
    }

    @Test
    void languageOption() throws IOException {
        assertThat(run("inspect", "--lang=en", pdf("en.pdf", null).toString())).isZero();
        assertThat(json().at("/checks/0/message").asText()).isEqualTo("The file “en.pdf” is readable.");
    }

    @Test
    void usageErrors() {
        assertThat(run("inspect")).isEqualTo(CommandLine.USAGE);
        assertThat(run("inspect", "a.pdf", "b.pdf")).isEqualTo(CommandLine.USAGE);
        assertThat(run("inspect", "--lang=de", "a.pdf")).isEqualTo(CommandLine.USAGE);
        assertThat(command.err()).contains("Usage");
        assertThat(command.outSize()).isZero();
    }
}
