package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTest {

    @Test
    void keepsASafeName() {
        assertThat(SafeFileName.isSafe("FA-2026_0042.pdf")).isTrue();
        assertThat(SafeFileName.propose("FA-2026_0042.pdf")).isEqualTo("FA-2026_0042.pdf");
    }

    @Test
    void foldsAccentsAndTurnsSpacesIntoDashes() {
        assertThat(SafeFileName.propose("Facture été n°12 Société Générale.pdf"))
                .isEqualTo("Facture-ete-no12-Societe-Generale.pdf");
        assertThat(SafeFileName.propose("Cœur d'œuvre.PDF")).isEqualTo("Coeur-d-oeuvre.PDF");
    }

    @Test
    void shortensTo50CharactersKeepingTheExtension() {
        String longName = "Facture " + "tres-longue-".repeat(8) + "fin.pdf";
        String proposed = SafeFileName.propose(longName);
        assertThat(proposed).hasSizeLessThanOrEqualTo(50).endsWith(".pdf").startsWith("Facture-tres-longue");
        assertThat(SafeFileName.isSafe(proposed)).isTrue();
    }

    @Test
    void exactly50IsAllowedAnd51IsNot() {
        String fifty = "a".repeat(46) + ".pdf";
        String fiftyOne = "a".repeat(47) + ".pdf";
        assertThat(SafeFileName.isSafe(fifty)).isTrue();
        assertThat(SafeFileName.isSafe(fiftyOne)).isFalse();
        assertThat(SafeFileName.propose(fiftyOne)).isEqualTo("a".repeat(46) + ".pdf");
    }

    @Test
    void aNameWithNothingUsableGetsADefaultStem() {
        assertThat(SafeFileName.propose("???.pdf")).isEqualTo("facture.pdf");
        assertThat(SafeFileName.propose("日本語.pdf")).isEqualTo("facture.pdf");
    }

    @Test
    void aPdfWithAnotherExtensionIsUploadedAsPdf() {
        assertThat(SafeFileName.proposeForPdf("facture")).isEqualTo("facture.pdf");
        assertThat(SafeFileName.proposeForPdf("scan.txt")).endsWith(".pdf");
        assertThat(SafeFileName.proposeForPdf("ok.PDF")).isEqualTo("ok.PDF");
    }
}
