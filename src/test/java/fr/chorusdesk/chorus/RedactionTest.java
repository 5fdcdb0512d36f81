package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.api.ChorusJson;
import org.junit.jupiter.api.Test;

/** What the HTTP log may show of a body or a header: never a secret, never file content. */
class RedactionTest {

    private final ObjectMapper json = ChorusJson.create();

    @Test
    void secretsAreBlankedAtAnyDepthInObjectsAndArrays() {
        String body = "{\"a\":{\"password\":\"p-1\"},\"l\":[{\"access_token\":\"t-2\"}],\"motDePasse\":null}";
        assertThat(Redaction.body(json, body)).isEqualTo(
                "{\"a\":{\"password\":\"<redacted>\"},\"l\":[{\"access_token\":\"<redacted>\"}],\"motDePasse\":null}");
    }

    @Test
    void fileContentIsLoggedAsItsLengthOnly() {
        assertThat(Redaction.body(json, "[{\"fichierFlux\":\"QUJDRA==\",\"nomFichier\":\"f.pdf\"}]"))
                .isEqualTo("[{\"fichierFlux\":\"<8 Base64 chars, not logged>\",\"nomFichier\":\"f.pdf\"}]");
    }

    @Test
    void whatIsNotAJsonObjectOrArrayIsNotLoggedAsIs() {
        assertThat(Redaction.body(json, null)).isEmpty();
        assertThat(Redaction.body(json, "")).isEmpty();
        // a bare JSON value, or JSON cut short, may hold file content
        assertThat(Redaction.body(json, "\"QUJD\"")).isEqualTo("<unreadable body, 6 chars, not logged>");
        assertThat(Redaction.body(json, "{\"fichier\":\"QUJ")).isEqualTo("<unreadable body, 15 chars, not logged>");
        // an error page is shown, its blanks folded, to help diagnose
        assertThat(Redaction.body(json, "  <html>\n<body>Erreur</body></html>"))
                .isEqualTo("<non-JSON body, 35 chars: <html> <body>Erreur</body></html>>");
    }

    @Test
    void longBodiesAreCutAtFourThousandCharacters() {
        // {"x":"…"} is 8 characters around the value
        String exactly = "{\"x\":\"" + "a".repeat(3992) + "\"}";
        assertThat(Redaction.body(json, exactly)).isEqualTo(exactly);
        String longer = "{\"x\":\"" + "a".repeat(5000) + "\"}";
        assertThat(Redaction.body(json, longer)).isEqualTo(longer.substring(0, 4000) + "...(1008 more chars)");
    }

    @Test
    void secretHeadersAndFormFields() {
        assertThat(Redaction.isSecretHeader("Authorization")).isTrue();
        assertThat(Redaction.isSecretHeader("cpro-account")).isTrue();
        assertThat(Redaction.isSecretHeader("Content-Type")).isFalse();
        assertThat(Redaction.isSecretFormField("client_secret")).isTrue();
        assertThat(Redaction.isSecretFormField("grant_type")).isFalse();
    }
}
