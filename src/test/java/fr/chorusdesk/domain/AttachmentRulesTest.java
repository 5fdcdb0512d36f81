package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.AttachmentProblem.Kind;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values from the API reference's limits table: 10 Mo per file, 120 Mo for the invoice
 * with its attachments, 50 characters for the name, the published extension list.
 */
class AttachmentRulesTest {

    private final AttachmentRules rules = AttachmentRules.chorusPro();

    private static List<Kind> kinds(List<AttachmentProblem> problems) {
        return problems.stream().map(AttachmentProblem::kind).toList();
    }

    @Test
    void aSmallPurchaseOrderInPdfPasses() {
        assertThat(rules.checkAddition("bon-commande.pdf", "bon-commande.pdf", 250_000, 1_000_000)).isEmpty();
    }

    @Test
    void tenMegabytesIsTheLastAcceptedSize() {
        assertThat(rules.checkAddition("pv.pdf", "pv.pdf", 10_000_000, 0)).isEmpty();
        List<AttachmentProblem> over = rules.checkAddition("pv.pdf", "pv.pdf", 10_000_001, 0);
        assertThat(kinds(over)).containsExactly(Kind.TOO_LARGE);
        assertThat(over.get(0).messageKey()).isEqualTo("attachment.problem.tooLarge");
        assertThat(over.get(0).args()).containsExactly("pv.pdf", 10.000001, 10.0);
        assertThat(over.get(0).blocks()).isTrue();
    }

    @Test
    void theInvoiceWithAllItsFilesStopsAt120Megabytes() {
        // 11 files of 10 Mo and the 9.5 Mo invoice already there: 119.5 Mo, room for 0.5 Mo more
        long already = 11 * 10_000_000L + 9_500_000L;
        assertThat(rules.checkAddition("bl.pdf", "bl.pdf", 500_000, already)).isEmpty();
        List<AttachmentProblem> over = rules.checkAddition("bl.pdf", "bl.pdf", 500_001, already);
        assertThat(kinds(over)).containsExactly(Kind.TOTAL_TOO_LARGE);
        assertThat(over.get(0).args()).containsExactly("bl.pdf", 120.000001, 120.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan.pdf", "photo.JPG", "releve.xlsx", "bon.odt", "archive.zip", "signature.p7s",
            "flux.xml", "schema.xsd"})
    void acceptsThePublishedExtensions(String name) {
        assertThat(rules.checkAddition(name, name, 10, 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"setup.exe", "mail.msg", "video.mp4", "page.webp", "notes.md"})
    void refusesOtherExtensions(String name) {
        List<AttachmentProblem> problems = rules.checkAddition(name, name, 10, 0);
        assertThat(kinds(problems)).containsExactly(Kind.EXTENSION_REFUSED);
        assertThat(problems.get(0).args().get(1)).isEqualTo(name.substring(name.indexOf('.') + 1));
    }

    @Test
    void aNameWithoutExtensionIsRefused() {
        assertThat(kinds(rules.checkAddition("bon-de-commande", "bon-de-commande", 10, 0)))
                .containsExactly(Kind.NO_EXTENSION);
    }

    @Test
    void anUnsafeNameIsSentUnderItsSafeNameWithoutBlocking() {
        List<AttachmentProblem> problems = rules.checkAddition("Procès-verbal de réception.pdf",
                "Proces-verbal-de-reception.pdf", 10, 0);
        assertThat(kinds(problems)).containsExactly(Kind.RENAMED);
        assertThat(problems.get(0).blocks()).isFalse();
        assertThat(problems.get(0).args()).containsExactly("Procès-verbal de réception.pdf", 50,
                "Proces-verbal-de-reception.pdf");
    }

    @Test
    void aDeclaredNameOver50CharactersIsRefused() {
        String name = "a".repeat(47) + ".pdf"; // 51 characters
        assertThat(kinds(rules.checkAddition(name, name, 10, 0))).containsExactly(Kind.NAME_TOO_LONG);
        String fifty = "a".repeat(46) + ".pdf";
        assertThat(rules.checkAddition(fifty, fifty, 10, 0)).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(kinds(rules.checkAddition("vide.pdf", "vide.pdf", 0, 0))).containsExactly(Kind.EMPTY);
    }

    @Test
    void smallerLimitsCanBeGivenForTests() {
        AttachmentRules small = new AttachmentRules(100, 250, Set.of("PDF"));
        assertThat(small.fitsTotal(50, 200)).isTrue();
        assertThat(small.fitsTotal(51, 200)).isFalse();
        assertThat(kinds(small.checkAddition("a.pdf", "a.pdf", 101, 0))).containsExactly(Kind.TOO_LARGE);
        assertThat(kinds(small.checkAddition("a.png", "a.png", 1, 0))).containsExactly(Kind.EXTENSION_REFUSED);
    }
}
