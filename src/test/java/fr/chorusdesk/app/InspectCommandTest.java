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

    /**
     * The rule sets are compiled once per JVM, and {@code CommandRun} gives a command 30 s: on a
     * loaded machine the first compilation alone can take that long, so it is done here, unbounded
     * by the command's limit.
     */
    @org.junit.jupiter.api.BeforeAll
    @org.junit.jupiter.api.Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
    static void compileTheRules() {
        new fr.chorusdesk.validation.PhiveFacturXValidator(fr.chorusdesk.validation.ValidationPolicy.sourcedOnly())
                .validate("factur-x.xml", fr.chorusdesk.validation.InvoiceXmls.bytes(
                        fr.chorusdesk.validation.InvoiceXmls.en16931("WARM-UP")));
    }

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
    void aValidFacturXPassesWithItsValidationSection() throws IOException {
        Path file = fr.chorusdesk.validation.FacturXPdfs.write(dir.resolve("valide.pdf"),
                fr.chorusdesk.validation.InvoiceXmls.en16931("F-2026-020"), "EN 16931", java.util.List.of("F-2026-020"));

        assertThat(run("inspect", file.toString())).isZero();
        JsonNode validation = json().get("validation");
        assertThat(validation.get("verdict").asText()).isEqualTo("VALID");
        assertThat(validation.get("verdictLabel").asText()).isEqualTo("valide");
        assertThat(validation.get("profile").asText()).isEqualTo("EN16931");
        assertThat(validation.get("findings")).isEmpty();
    }

    @Test
    void aFacturXThatBreaksEn16931ExitsTwoWithEachFindingInFrench() throws IOException {
        String xml = fr.chorusdesk.validation.InvoiceXmls.withWrongGrandTotal(
                fr.chorusdesk.validation.InvoiceXmls.en16931("F-2026-021"));
        Path file = fr.chorusdesk.validation.FacturXPdfs.write(dir.resolve("faux.pdf"), xml, "EN 16931",
                java.util.List.of("F-2026-021"));

        assertThat(run("inspect", file.toString())).isEqualTo(2);
        JsonNode finding = json().at("/validation/findings/0");
        assertThat(json().at("/validation/verdict").asText()).isEqualTo("INVALID");
        assertThat(finding.get("ruleId").asText()).isEqualTo("BR-CO-15");
        assertThat(finding.get("bt").asText()).isEqualTo("BT-112");
        assertThat(finding.get("severity").asText()).isEqualTo("BLOCKING");
        assertThat(finding.get("message").asText()).startsWith("Le total TTC (BT-112) doit être égal");
    }

    @Test
    void remarksOnlyExitOneAndNoValidationSkipsTheSection() throws IOException {
        String xml = fr.chorusdesk.validation.InvoiceXmls.en16931("F-2026-022")
                .replaceAll("<ram:IncludedNote>.*</ram:IncludedNote>", "");
        Path file = fr.chorusdesk.validation.FacturXPdfs.write(dir.resolve("remarques.pdf"), xml, "EN 16931",
                java.util.List.of("F-2026-022"));

        assertThat(run("inspect", file.toString())).isEqualTo(1);
        assertThat(json().at("/validation/verdict").asText()).isEqualTo("VALID_WITH_REMARKS");
        assertThat(json().at("/validation/findings/0/severity").asText()).isEqualTo("REMARK");
        command.resetOut();
        assertThat(run("inspect", "--no-validation", file.toString())).isZero();
        assertThat(json().has("validation")).isFalse();
    }

    @Test
    void aPlainPdfHasANullValidationSection() throws IOException {
        assertThat(run("inspect", pdf("simple.pdf", null).toString())).isZero();
        assertThat(json().get("validation").isNull()).isTrue();
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
