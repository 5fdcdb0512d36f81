package fr.chorusdesk.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.chorusdesk.chorus.api.ChorusHttp;
import fr.chorusdesk.chorus.api.TokenErrorResponse;
import fr.chorusdesk.chorus.api.TokenResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The PISTE OAuth2 token endpoint, client-credentials grant only. */
final class TokenEndpoint implements HttpHandler {

    private final DemoCredentials credentials;
    private final TokenIssuer tokens;
    private final ObjectMapper json;

    TokenEndpoint(DemoCredentials credentials, TokenIssuer tokens, ObjectMapper json) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            if (!"POST".equals(exchange.getRequestMethod())) {
                error(exchange, 405, "invalid_request", "Only POST is supported");
                return;
            }
            Optional<byte[]> body = Exchanges.body(exchange);
            if (body.isEmpty()) {
                error(exchange, 413, "invalid_request", "Request too large");
                return;
            }
            Optional<Map<String, String>> parsed = parseForm(new String(body.get(), StandardCharsets.UTF_8));
            if (parsed.isEmpty()) {
                // A bad %-escape: answered, never a dropped connection.
                error(exchange, 400, "invalid_request", "Malformed form body");
                return;
            }
            Map<String, String> form = parsed.get();
            if (!ChorusHttp.GRANT_CLIENT_CREDENTIALS.equals(form.get(ChorusHttp.FORM_GRANT_TYPE))) {
                error(exchange, 400, "unsupported_grant_type", "Only client_credentials is supported");
                return;
            }
            Optional<Boolean> subscribed = application(form.get(ChorusHttp.FORM_CLIENT_ID),
                    form.get(ChorusHttp.FORM_CLIENT_SECRET));
            if (subscribed.isEmpty()) {
                // PISTE's answer to a wrong client id or secret: 400 and just the RFC 6749 code.
                error(exchange, 400, "invalid_client", null);
                return;
            }
            String scope = Optional.ofNullable(form.get(ChorusHttp.FORM_SCOPE)).orElse(ChorusHttp.SCOPE);
            TokenResponse answer = new TokenResponse(tokens.issue(subscribed.get()), "Bearer",
                    TokenIssuer.LIFETIME.toSeconds(), scope);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            Exchanges.send(exchange, 200, json.writeValueAsBytes(answer));
        } finally {
            exchange.close();
        }
    }

    /**
     * Which demo application the client id and secret name: present and true for the subscribed
     * one, present and false for {@link DemoCredentials#UNSUBSCRIBED_CLIENT_ID}, empty when refused.
     */
    private Optional<Boolean> application(String clientId, String clientSecret) {
        if (!same(credentials.clientSecret(), clientSecret)) {
            return Optional.empty();
        }
        if (same(credentials.clientId(), clientId)) {
            return Optional.of(true);
        }
        return same(DemoCredentials.UNSUBSCRIBED_CLIENT_ID, clientId) ? Optional.of(false) : Optional.empty();
    }

    private void error(HttpExchange exchange, int status, String code, String description) throws IOException {
        Exchanges.send(exchange, status, json.writeValueAsBytes(new TokenErrorResponse(code, description)));
    }

    /** Constant-time comparison, so the demo server shows the right habit. */
    static boolean same(String expected, String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** The form's fields, or empty when a %-escape is malformed. */
    static Optional<Map<String, String>> parseForm(String body) {
        try {
            return Optional.of(decodeForm(body));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> decodeForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.putIfAbsent(key, value);
        }
        return form;
    }
}
