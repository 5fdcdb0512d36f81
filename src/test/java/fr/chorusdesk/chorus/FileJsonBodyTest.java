package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.api.ChorusJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJsonBodyTest {

    private final ObjectMapper json = ChorusJson.create();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 65_537, 300_000, 3 * 1024 * 1024 + 1})
    void writesExactlyItsAnnouncedLengthOfValidJson(int size) throws Exception {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        Path file = Files.write(dir.resolve("f.pdf"), content);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("idUtilisateurCourant", 0L);
        fields.put("pieceJointeNom", "é \"quoted\" name.pdf");
        fields.put("absent", null);
        fields.put("avecSignature", false);
        FileJsonBody body = new FileJsonBody(json.getFactory(), fields, "pieceJointeFichier", file, true);

        Buffer out = new Buffer();
        body.writeTo(out);
        // written twice: the resend after a 401 needs a body that can be written again
        Buffer again = new Buffer();
        body.writeTo(again);

        assertThat(out.size()).isEqualTo(body.contentLength());
        assertThat(again.size()).isEqualTo(body.contentLength());
        JsonNode tree = json.readTree(out.readUtf8());
        assertThat(tree.get("pieceJointeNom").asText()).isEqualTo("é \"quoted\" name.pdf");
        assertThat(tree.has("absent")).isFalse();
        assertThat(tree.get("avecSignature").asBoolean(true)).isFalse();
        assertThat(tree.get("pieceJointeFichier").asText()).isEqualTo(Base64.getEncoder().encodeToString(content));
        assertThat(body.describe()).contains("f.pdf").contains(size + " bytes");
        if (size > 12) {
            assertThat(body.describe()).doesNotContain(Base64.getEncoder().encodeToString(content).substring(0, 16));
        }
        assertThat(body.isOneShot()).isTrue();
    }

    @Test
    void aFailingSocketStopsTheEncoderThread() throws Exception {
        byte[] content = new byte[4 * 1024 * 1024];
        Path file = Files.write(dir.resolve("big.pdf"), content);
        FileJsonBody body = new FileJsonBody(json.getFactory(), Map.of(), "fichierFlux", file, true);
        okio.Sink failing = new okio.ForwardingSink(okio.Okio.blackhole()) {
            private long written;

            @Override
            public void write(Buffer source, long byteCount) throws java.io.IOException {
                written += byteCount;
                if (written > 512 * 1024) {
                    throw new java.io.IOException("connection reset");
                }
                super.write(source, byteCount);
            }
        };

        assertThatThrownBy(() -> body.writeTo(okio.Okio.buffer(failing))).isInstanceOf(java.io.IOException.class)
                .hasMessage("connection reset");

        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("chorus-base64-encoder")) {
                t.join(5000);
                assertThat(t.isAlive()).as("encoder thread stopped").isFalse();
            }
        }
    }
}
