package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An upload whose file fails while it is being sent ends with a clear, typed error: the file is
 * changed or removed during the token request, after the client measured it and before it reads it.
 */
class ChorusClientUploadFailureTest {

    private static final String UNREADABLE_FR = "Le fichier à envoyer est introuvable ou illisible.";
    private static final String CHANGED_FR = "Le fichier à envoyer a changé pendant l’envoi, qui a été arrêté : "
            + "rien n’a été déposé. Réessayez quand le fichier ne sera plus en cours d’écriture.";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final MockChorus c = new MockChorus(server);
    private final AtomicInteger apiCalls = new AtomicInteger();

    @TempDir
    Path dir;

    /** Answers the token request after doing something to the file; any API call would succeed. */
    private void onTokenRequest(Runnable sabotage) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/api/oauth/token")) {
                    sabotage.run();
                    return json("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
                }
                apiCalls.incrementAndGet();
                return json("{\"codeRetour\":0,\"libelle\":\"ok\",\"pieceJointeId\":1}");
            }
        });
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    private Path file(int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return Files.write(dir.resolve("facture.pdf"), content);
    }

    private static Runnable truncate(Path file, long length) {
        return () -> {
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
                raf.setLength(length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static Runnable delete(Path file) {
        return () -> {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private void assertUnusableFile(ChorusFileUnreadableException e, String frenchMessage) {
        assertThat(e.operation()).hasValue(ChorusOperation.AJOUTER_FICHIER);
        assertThat(e.userMessage()).isEqualTo(frenchMessage);
        assertThat(e.userMessage(Locale.ENGLISH)).startsWith("The file to send");
        assertThat(e.mayHaveBeenReceived()).as("an incomplete body cannot have been taken").isFalse();
        assertThat(e.getCause()).isInstanceOf(UploadFileException.class);
        ErrorAssertions.assertNoSecret(e);
    }

    @ParameterizedTest
    @ValueSource(ints = {300_000, 3 * 1024 * 1024})
    @Timeout(20)
    void aFileThatShrinksDuringTheUploadSaysSo(int size) throws Exception {
        Path file = file(size);
        onTokenRequest(truncate(file, size / 3));

        ChorusFileUnreadableException e = catchThrowableOfType(ChorusFileUnreadableException.class,
                () -> c.client().ajouterFichierDansSysteme(file));

        assertUnusableFile(e, CHANGED_FR);
        assertThat(apiCalls.get()).as("not sent again by itself").isLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {300_000, 3 * 1024 * 1024})
    @Timeout(20)
    void aFileDeletedDuringTheUploadIsUnreadable(int size) throws Exception {
        Path file = file(size);
        onTokenRequest(delete(file));

        ChorusFileUnreadableException e = catchThrowableOfType(ChorusFileUnreadableException.class,
                () -> c.client().ajouterFichierDansSysteme(file));

        assertUnusableFile(e, UNREADABLE_FR);
        assertThat(e.getCause().getCause()).isInstanceOf(java.nio.file.NoSuchFileException.class);
    }

    @Test
    @Timeout(20)
    void aDirectoryInsteadOfAFileIsUnreadableNotANetworkFailure() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("dossier.pdf"));
        onTokenRequest(() -> { });

        ChorusFileUnreadableException e = catchThrowableOfType(ChorusFileUnreadableException.class,
                () -> c.client().ajouterFichierDansSysteme(folder));

        assertUnusableFile(e, UNREADABLE_FR);
    }
}
