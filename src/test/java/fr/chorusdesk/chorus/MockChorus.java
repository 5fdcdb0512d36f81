package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.api.ChorusJson;
import fr.chorusdesk.chorus.api.JsonCanon;
import fr.chorusdesk.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/** A MockWebServer playing PISTE and Chorus Pro, and a client wired to it with a fake clock and sleeper. */
final class MockChorus {

    static final String CLIENT_ID = "app-client-id";
    static final String CLIENT_SECRET = "S3cr3t-client-VALUE";
    static final String LOGIN = "login";
    static final String PASSWORD = "password";
    /** Base64 of "login:password", the reference's own example. */
    static final String CPRO_ACCOUNT = "bG9naW46cGFzc3dvcmQ=";
    static final String JSON_UTF8 = "application/json;charset=utf-8";

    final MockWebServer server;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T09:00:00Z"));
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final ObjectMapper json = ChorusJson.create();

    MockChorus(MockWebServer server) {
        this.server = server;
    }

    ChorusEnvironment environment() {
        return ChorusEnvironment.custom(server.url("/cpro").toString(), server.url("/api/oauth/token").toString());
    }

    ChorusCredentials credentials() {
        return new ChorusCredentials(CLIENT_ID, CLIENT_SECRET, LOGIN, PASSWORD);
    }

    ChorusClient client() {
        return client(Duration.ofSeconds(5));
    }

    ChorusClient client(Duration readTimeout) {
        return client(new OkHttpClient.Builder()
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .build());
    }

    ChorusClient client(OkHttpClient http) {
        return ChorusClient.builder(environment(), credentials())
                .httpClient(http)
                .clock(clock)
                .sleeper(sleeps::add)
                .build();
    }

    void enqueueToken(String token, long expiresIn) {
        enqueue(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + ",\"scope\":\"openid\"}");
    }

    void enqueueToken(String token) {
        enqueueToken(token, 3600);
    }

    void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    void enqueue(MockResponse response) {
        server.enqueue(response);
    }

    void enqueueOk(String extraFields) {
        enqueue(200, "{\"codeRetour\":0,\"libelle\":\"TRA_MSG_00.000\"" + (extraFields.isEmpty() ? "" : "," + extraFields)
                + "}");
    }

    RecordedRequest take() throws InterruptedException {
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(r).as("a request reached the server").isNotNull();
        return r;
    }

    /** Takes the token request and checks it is the client-credentials form of the reference. */
    RecordedRequest takeTokenRequest() throws InterruptedException {
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getUrl().encodedPath()).isEqualTo("/api/oauth/token");
        return r;
    }

    /** Takes an API request and checks method, path and the four headers every call carries. */
    RecordedRequest takeApiRequest(String method, String path, String token) throws InterruptedException {
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo(method);
        assertThat(r.getUrl().encodedPath()).isEqualTo(path);
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
        assertThat(r.getHeaders().get("cpro-account")).isEqualTo(CPRO_ACCOUNT);
        assertThat(r.getHeaders().get("Accept")).isEqualTo(JSON_UTF8);
        if ("POST".equals(method)) {
            assertThat(r.getHeaders().get("Content-Type")).isEqualTo(JSON_UTF8);
        }
        return r;
    }

    /** The request body compared to an expected JSON text, field by field, numbers by value. */
    void assertBody(RecordedRequest r, String expectedJson) throws Exception {
        JsonNode actual = json.readTree(r.getBody().utf8());
        assertThat(JsonCanon.canon(actual)).isEqualTo(JsonCanon.canon(json.readTree(expectedJson)));
    }
}
