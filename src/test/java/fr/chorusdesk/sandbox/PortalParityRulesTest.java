package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.testing.SignedPdfs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.GregorianCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portal-parity rules without HTTP: what the state file keeps, what the seeds hold. */
class PortalParityRulesTest {

    @TempDir
    Path stateDir;

    private final MutableClock clock = MutableClock.atFixedStart();

    @Test
    void whetherAnUploadIsSignedSurvivesARestart() throws Exception {
        SandboxPlatform platform = new SandboxPlatform(clock, Duration.ofMinutes(1), new StateFile(stateDir));
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned(), SignedPdfs.PADES, "Jeanne Démo",
                new GregorianCalendar(2026, 2, 9, 10, 0));
        long signedId = platform.addAttachment("signee.pdf", "application/pdf", "PDF", signed).id();
        long plainId = platform.addAttachment("simple.pdf", "application/pdf", "PDF", SignedPdfs.unsigned()).id();

        SandboxPlatform reloaded = new SandboxPlatform(clock, Duration.ofMinutes(1), new StateFile(stateDir));
        assertThat(reloaded.attachment(signedId)).hasValueSatisfying(a -> assertThat(a.signed()).isTrue());
        assertThat(reloaded.attachment(plainId)).hasValueSatisfying(a -> assertThat(a.signed()).isFalse());
    }

    @Test
    void aSignatureInAFileNamedOtherwiseThanPdfDoesNotCount() throws Exception {
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned(), SignedPdfs.PADES, "X", new GregorianCalendar());
        assertThat(PortalParityRules.isSignedPdf("PDF", signed)).isTrue();
        assertThat(PortalParityRules.isSignedPdf("TXT", signed)).isFalse();
        assertThat(PortalParityRules.isSignedPdf("PDF", new byte[] {1, 2, 3})).isFalse();
    }

    @Test
    void seededEngagementsBelongToSeededStateRecipients() {
        assertThat(SeedDirectory.engagements()).allSatisfy(e -> assertThat(SeedData.bySiret(e.recipientSiret()))
                .hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(SeededStructure.Kind.STATE)));
        assertThat(SeedDirectory.structures()).hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(s -> assertThat(Siret.isValid(s.siret())).as(s.siret()).isTrue());
    }
}
