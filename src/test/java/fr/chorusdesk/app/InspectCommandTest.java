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

    @Test
    void theConsistencySectionSaysWhatThePageShowsInsteadOfItsXml() throws IOException {
        // the XML says FA-2026-0042 and 1200.00 (InvoicePdfs.Cii.demo); the page says otherwise
        Path file = fr.chorusdesk.service.InvoicePdfs.facturX(dir.resolve("autre.pdf"),
                fr.chorusdesk.service.InvoicePdfs.Cii.demo("FA-2026-0042", "21750001000012"),
                java.util.List.of("Facture n° FA-2026-0041", "Date de facture 09/03/2026",
                        "SIRET du destinataire 21750001000012", "Total TTC 1 200,00 €"));

        assertThat(run("inspect", file.toString())).as("the pre-flight verdict keeps its meaning").isZero();
        JsonNode consistency = json().get("consistency");
        assertThat(json().get("formatVersion").asInt()).isEqualTo(1);
        assertThat(consistency.get("verdict").asText()).isEqualTo("BLOCKS");
        assertThat(consistency.get("pagesRead").asInt()).isEqualTo(1);
        JsonNode finding = consistency.get("findings").get(0);
        assertThat(finding.get("check").asText()).isEqualTo("INVOICE_NUMBER");
        assertThat(finding.get("severity").asText()).isEqualTo("BLOCKS");
        assertThat(finding.get("field").asText()).isEqualTo("INVOICE_NUMBER");
        assertThat(finding.get("pages").get(0).asInt()).isEqualTo(1);
        assertThat(finding.get("expected").asText()).isEqualTo("FA-2026-0042");
        assertThat(finding.get("shown").asText()).isEqualTo("FA-2026-0041");
        assertThat(finding.get("message").asText()).contains("FA-2026-0042").contains("page 1");
        assertThat(consistency.get("findings")).hasSize(1);
    }

    @Test
    void aPlainPdfWithoutTextIsSaidSkipped() throws IOException {
        run("inspect", pdf("vide.pdf", null).toString());
        JsonNode consistency = json().get("consistency");
        assertThat(consistency.get("verdict").asText()).isEqualTo("SKIPPED");
        assertThat(consistency.at("/findings/0/check").asText()).isEqualTo("TEXT_LAYER");
        assertThat(consistency.at("/findings/0/field").asText()).isEqualTo("PDF");
        assertThat(consistency.at("/findings/0/shown").isNull()).isTrue();
    }

    @Test
    void anUnreadableFileIsSaidSkipped() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.pdf"), "plain text");
        run("inspect", text.toString());
        JsonNode consistency = json().get("consistency");
        assertThat(consistency.get("verdict").asText()).isEqualTo("SKIPPED");
        assertThat(consistency.get("pagesRead").asInt()).isZero();
        assertThat(consistency.at("/findings/0/message").asText()).contains("n’a pas pu être lu");
    }
}
