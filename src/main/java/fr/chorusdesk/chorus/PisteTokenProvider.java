package fr.chorusdesk.chorus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.api.ChorusHttp;
import fr.chorusdesk.chorus.api.TokenResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains the PISTE OAuth2 token (client credentials, scope openid), keeps it, and renews it
 * ahead of its expiry so that no call is made with a token about to lapse.
 */
final class PisteTokenProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PisteTokenProvider.class);

    /** Lifetime assumed when the server gives none (PISTE tokens last one hour). */
    static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
    /** Renew this long before expiry (as production clients do), at most a quarter of the lifetime. */
    static final Duration RENEWAL_MARGIN = Duration.ofSeconds(240);

    private final OkHttpClient http;
    private final ObjectMapper mapper;
    private final ChorusEnvironment environment;
    private final ChorusCredentials credentials;
    private final Clock clock;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;

    private String token;
    private Instant renewAt = Instant.MIN;

    PisteTokenProvider(OkHttpClient http, ObjectMapper mapper, ChorusEnvironment environment,
            ChorusCredentials credentials, Clock clock, RetryPolicy retryPolicy, Sleeper sleeper) {
        this.http = http;
        this.mapper = mapper;
        this.environment = environment;
        this.credentials = credentials;
        this.clock = clock;
        this.retryPolicy = retryPolicy;
        this.sleeper = sleeper;
    }

    /** A valid access token, from the cache when it is not about to expire. */
    synchronized String token() throws ChorusException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return token;
    }

    /** Forgets the token if it is still the one given, so that the next call fetches a new one. */
    synchronized void invalidate(String rejected) {
        if (token != null && token.equals(rejected)) {
            token = null;
        }
    }

    private void fetch() throws ChorusException {
        FormBody form = new FormBody.Builder()
                .add(ChorusHttp.FORM_GRANT_TYPE, ChorusHttp.GRANT_CLIENT_CREDENTIALS)
                .add(ChorusHttp.FORM_CLIENT_ID, credentials.clientId())
                .add(ChorusHttp.FORM_CLIENT_SECRET, credentials.clientSecret())
                .add(ChorusHttp.FORM_SCOPE, ChorusHttp.SCOPE)
                .build();
        Request request = new Request.Builder()
                .url(environment.oauthTokenUrl().toString())
                .header("Accept", "application/json")
                .post(form)
                .build();
        for (int attempt = 1; ; attempt++) {
            Instant requestedAt = clock.instant();
            try (Response response = http.newCall(request).execute()) {
                int status = response.code();
                if (ChorusClient.RETRYABLE_STATUSES.contains(status) && attempt < retryPolicy.maxAttempts()) {
                    ChorusClient.pause(sleeper, retryPolicy.delayBefore(attempt + 1,
                            ChorusClient.retryAfter(response)), null);
                    continue;
                }
                byte[] bytes = AnswerBody.read(response.body(), null, status);
                accept(status, bytes, requestedAt);
                return;
            } catch (InterruptedIOException e) {
                if (attempt < retryPolicy.maxAttempts() && !Thread.currentThread().isInterrupted()) {
                    ChorusClient.pause(sleeper, retryPolicy.delayBefore(attempt + 1, Optional.empty()), null);
                    continue;
                }
                throw new ChorusTimeoutException(null, false, e);
            } catch (IOException e) {
                if (attempt < retryPolicy.maxAttempts()) {
                    ChorusClient.pause(sleeper, retryPolicy.delayBefore(attempt + 1, Optional.empty()), null);
                    continue;
                }
                throw new ChorusNetworkException(null, networkKey(e), false, e);
            }
        }
    }

    static String networkKey(IOException e) {
        return e instanceof UnknownHostException || e instanceof ConnectException
                ? "chorus.error.network.unreachable" : "chorus.error.network.broken";
    }

    private void accept(int status, byte[] bytes, Instant requestedAt) throws ChorusException {
        if (ResponseReader.looksLikeHtml(bytes)) {
            throw new ChorusUnexpectedResponseException(null, status, ChorusUnexpectedResponseException.Kind.HTML,
                    "token endpoint", false, null);
        }
        JsonNode tree;
        try {
            tree = bytes.length == 0 ? null : mapper.readTree(bytes);
        } catch (IOException e) {
            throw new ChorusUnexpectedResponseException(null, status, ChorusUnexpectedResponseException.Kind.MALFORMED,
                    "token endpoint", false, e);
        }
        if (status == 400 || status == 401 || status == 403) {
            String error = tree != null && tree.hasNonNull("error") ? tree.get("error").asText() : null;
            throw new ChorusAuthenticationException(null, status,
                    ChorusAuthenticationException.CredentialToCheck.PISTE_APPLICATION, error);
        }
        if (status < 200 || status >= 300) {
            throw new ChorusHttpException(null, status, false);
        }
        TokenResponse parsed;
        try {
            parsed = tree == null ? null : mapper.treeToValue(tree, TokenResponse.class);
        } catch (IOException e) {
            parsed = null;
        }
        if (parsed == null || parsed.accessToken() == null || parsed.accessToken().isBlank()) {
            throw new ChorusUnexpectedResponseException(null, status, ChorusUnexpectedResponseException.Kind.MALFORMED,
                    "token endpoint answer without access_token", false, null);
        }
        Duration lifetime = parsed.expiresIn() == null || parsed.expiresIn() <= 0
                ? DEFAULT_LIFETIME : Duration.ofSeconds(parsed.expiresIn());
        Duration margin = RENEWAL_MARGIN.compareTo(lifetime.dividedBy(4)) < 0 ? RENEWAL_MARGIN : lifetime.dividedBy(4);
        token = parsed.accessToken();
        renewAt = requestedAt.plus(lifetime).minus(margin);
        LOG.debug("PISTE token obtained, valid {} s, renewed from {}", lifetime.toSeconds(), renewAt);
    }
}
