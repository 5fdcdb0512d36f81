package fr.chorusdesk.sandbox;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.chorusdesk.chorus.api.ChorusHttp;
import fr.chorusdesk.chorus.api.ChorusOperation;
import fr.chorusdesk.chorus.api.ErreurResponse;
import fr.chorusdesk.chorus.api.TokenErrorResponse;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything under {@code /cpro}: checks the bearer token and the {@code cpro-account} header
 * like the gateway, then hands the JSON body to the operation. Bodies and headers are never
 * logged (they carry files and credentials).
 */
final class ApiEndpoint implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiEndpoint.class);

    private final DemoCredentials credentials;
    private final TokenIssuer tokens;
    private final ApiOperations operations;
    private final ObjectMapper json;

    ApiEndpoint(DemoCredentials credentials, TokenIssuer tokens, ApiOperations operations, ObjectMapper json) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.operations = operations;
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        int status = 500;
        try {
            status = answer(exchange);
        } catch (RuntimeException e) {
            LOG.error("Sandbox failure on {}", exchange.getRequestURI().getPath(), e);
            reply(exchange, 500, new ErreurResponse(500, "Erreur interne du serveur"));
        } finally {
            LOG.debug("{} {} -> {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), status);
            exchange.close();
        }
    }

    private int answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Optional<ChorusOperation> operation = ChorusOperation.forPath(path)
                .filter(op -> op.fullPath().equals(path));
        if (operation.isEmpty()) {
            return reply(exchange, 404, new ErreurResponse(404, "API non trouvée : " + path));
        }
        String authorization = Optional.ofNullable(exchange.getRequestHeaders().getFirst(ChorusHttp.HEADER_AUTHORIZATION))
                .orElse("");
        TokenIssuer.Verdict verdict = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.verdict(authorization.substring(7).trim()) : TokenIssuer.Verdict.INVALID;
        if (verdict == TokenIssuer.Verdict.INVALID) {
            exchange.getResponseHeaders().set("WWW-Authenticate", WireChoices.BAD_TOKEN_CHALLENGE);
            return reply(exchange, WireChoices.BAD_TOKEN_STATUS,
                    new TokenErrorResponse("invalid_token", "Jeton d'accès absent, invalide ou expiré"));
        }
        if (verdict == TokenIssuer.Verdict.UNSUBSCRIBED) {
            // The gateway's answer when the application has not subscribed to the API: 403, no body.
            return replyEmpty(exchange, 403);
        }
        String account = Optional.ofNullable(exchange.getRequestHeaders().getFirst(ChorusHttp.HEADER_CPRO_ACCOUNT))
                .orElse("");
        if (!TokenEndpoint.same(credentials.cproAccountHeader(), account.trim())) {
            // Wrong or expired technical account: 401, no JSON body, this exact challenge.
            exchange.getResponseHeaders().set("WWW-Authenticate", WireChoices.BAD_ACCOUNT_CHALLENGE);
            return replyEmpty(exchange, 401);
        }
        ChorusOperation op = operation.get();
        if (!op.method().equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", op.method());
            return reply(exchange, 405, new ErreurResponse(405, "Méthode non autorisée"));
        }
        byte[] body = new byte[0];
        if ("POST".equals(op.method())) {
            String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("");
            if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
                return reply(exchange, 415, new ErreurResponse(415, "Format de la requête non supporté"));
            }
            Optional<byte[]> read = Exchanges.body(exchange);
            if (read.isEmpty()) {
                return reply(exchange, 413, new ErreurResponse(413, "Requête trop volumineuse"));
            }
            body = read.get();
        }
        Object response;
        try {
            response = operations.handle(op, body.length == 0 ? "{}".getBytes() : body);
        } catch (CharConversionException e) {
            // bytes that are not text in the encoding the parser detected: no JSON at all
            return reply(exchange, 400, new ErreurResponse(SandboxError.MALFORMED_REQUEST.codeRetour(),
                    SandboxError.MALFORMED_REQUEST.libelle(MalformedRequest.NOT_TEXT)));
        } catch (RuleViolation v) {
            return reply(exchange, WireChoices.statusFor(v.error()), new ErreurResponse(v.codeRetour(), v.libelle()));
        } catch (JacksonException e) {
            // the platform's libelle is French; the parser's message is English and names Java types
            return reply(exchange, 400, new ErreurResponse(SandboxError.MALFORMED_REQUEST.codeRetour(),
                    SandboxError.MALFORMED_REQUEST.libelle(MalformedRequest.describe(e))));
        }
        return reply(exchange, 200, response);
    }

    private static int replyEmpty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        return status;
    }

    private int reply(HttpExchange exchange, int status, Object body) throws IOException {
        Exchanges.send(exchange, status, json.writeValueAsBytes(body));
        return status;
    }
}
