package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.api.ChorusJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload body says how much of the file went out, without changing a byte of what is sent. */
class UploadProgressTest {

    @TempDir
    Path dir;

    private static List<long[]> written(Path file, Buffer sink) throws Exception {
        List<long[]> calls = new ArrayList<>();
        FileJsonBody body = new FileJsonBody(ChorusJson.create().getFactory(), Map.of("pieceJointeNom", "f.pdf"),
                "pieceJointeFichier", file, true, (sent, total) -> calls.add(new long[] {sent, total}));
        body.writeTo(sink);
        return calls;
    }

    @Test
    void aLargeFileReportsFromZeroToItsSizeInAboutAHundredSteps() throws Exception {
        // 3 MB: above the pipelining threshold, so the encoder thread path is the one measured
        byte[] content = new byte[3_000_000];
        new Random(42).nextBytes(content);
        Path file = Files.write(dir.resolve("big.pdf"), content);
        Buffer sink = new Buffer();

        List<long[]> calls = written(file, sink);

        assertThat(calls.get(0)).containsExactly(0, 3_000_000);
        assertThat(calls.get(calls.size() - 1)).containsExactly(3_000_000, 3_000_000);
        assertThat(calls).hasSizeBetween(50, 110);
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i)[0]).isGreaterThanOrEqualTo(calls.get(i - 1)[0]);
        }
        String json = sink.readUtf8();
        String encoded = json.substring(json.indexOf("\"pieceJointeFichier\":\"") + 22, json.length() - 2);
        assertThat(Base64.getDecoder().decode(encoded)).isEqualTo(content);
    }

    @Test
    void aSmallFileReportsItsStartAndItsEnd() throws Exception {
        Path file = Files.write(dir.resolve("small.pdf"), "%PDF-1.7 tiny".getBytes());
        List<long[]> calls = written(file, new Buffer());

        assertThat(calls.get(0)).containsExactly(0, 13);
        assertThat(calls.get(calls.size() - 1)).containsExactly(13, 13);
    }
}
