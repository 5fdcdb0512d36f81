package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.AttachmentProblem;
import fr.chorusdesk.domain.AttachmentProblem.Kind;
import fr.chorusdesk.pdf.SupportingDocumentCheck.SupportingDocument;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Supporting documents measured on disk. Large files are sparse (their length is set, no byte is
 * written), so the 10 Mo and 120 Mo cases cost no disk space.
 */
class SupportingDocumentCheckTest {

    @TempDir
    Path dir;

    private final SupportingDocumentCheck check = new SupportingDocumentCheck();

    private Path sparse(String name, long length) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(length);
        }
        return file;
    }

    @Test
    void aDeliveryNoteIsAccepted() throws Exception {
        Path file = Files.write(dir.resolve("bon-livraison.jpg"), new byte[] {1, 2, 3, 4});
        SupportingDocument doc = check.check(file, 500_000);
        assertThat(doc.accepted()).isTrue();
        assertThat(doc.sizeBytes()).isEqualTo(4);
        assertThat(doc.uploadName()).isEqualTo("bon-livraison.jpg");
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void overTenMegabytesIsRefusedWithAFrenchMessage() throws Exception {
        SupportingDocument doc = check.check(sparse("pv-reception.pdf", 10_000_001), 0);
        assertThat(doc.accepted()).isFalse();
        AttachmentProblem problem = doc.problems().get(0);
        assertThat(problem.kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(PdfMessages.forLocale(Locale.FRENCH).format(problem.messageKey(), problem.args().toArray()))
                .isEqualTo("Le fichier « pv-reception.pdf » pèse 10,0 Mo : Chorus Pro refuse les pièces jointes "
                        + "de plus de 10 Mo.");
    }

    @Test
    void theWholeInvoiceFileStopsAt120Megabytes() throws Exception {
        Path nine = sparse("annexe.pdf", 9_000_000);
        assertThat(check.check(nine, 111_000_000).accepted()).isTrue();
        SupportingDocument over = check.check(nine, 111_000_001);
        assertThat(over.problems()).extracting(AttachmentProblem::kind).containsExactly(Kind.TOTAL_TOO_LARGE);
    }

    @Test
    void anUnsafeNameIsProposedAndAnUnknownExtensionRefused() throws Exception {
        Path accented = Files.write(dir.resolve("Procès-verbal de réception.pdf"), new byte[] {1});
        SupportingDocument renamed = check.check(accented, 0);
        assertThat(renamed.accepted()).isTrue();
        assertThat(renamed.uploadName()).isEqualTo("Proces-verbal-de-reception.pdf");
        assertThat(renamed.problems()).extracting(AttachmentProblem::kind).containsExactly(Kind.RENAMED);

        Path mail = Files.write(dir.resolve("message.msg"), new byte[] {1});
        assertThat(check.check(mail, 0).problems()).extracting(AttachmentProblem::kind)
                .containsExactly(Kind.EXTENSION_REFUSED);
    }

    @Test
    void aMissingFileIsUnreadableNotACrash() {
        SupportingDocument doc = check.check(dir.resolve("absent.pdf"), 0);
        assertThat(doc.accepted()).isFalse();
        assertThat(doc.problems()).extracting(AttachmentProblem::kind).containsExactly(Kind.UNREADABLE);
    }
}
