package fr.chorusdesk.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import fr.chorusdesk.chorus.api.RegistrySearchResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public register's search ({@code GET /recherche-entreprises/search?q=SIREN or SIRET}) for
 * the seeded structures, with the INSEE legal category of each (see {@link SeedLegalCategories}).
 * Open like the real one: no token. Only an exact SIREN (or a SIRET, read as its SIREN) is
 * understood; any other text finds nothing.
 */
final class RegistryEndpoint implements HttpHandler {

    /** Where the register lives on the sandbox's server. */
    static final String CONTEXT = "/recherche-entreprises";

    private static final Logger LOG = LoggerFactory.getLogger(RegistryEndpoint.class);

    private final ObjectMapper json;

    RegistryEndpoint(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getPath();
            if (!(CONTEXT + RegistrySearchResponse.SEARCH_PATH).equals(path)) {
                reply(exchange, 404, Map.of("erreur", "Route inconnue : " + path));
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                reply(exchange, 405, Map.of("erreur", "Méthode non autorisée"));
            } else {
                Optional<String> query = query(exchange.getRequestURI().getRawQuery());
                if (query.isEmpty()) {
                    reply(exchange, 400, Map.of("erreur", "Veuillez indiquer au moins un terme de recherche"));
                } else {
                    reply(exchange, 200, search(query.get()));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("Sandbox register failure", e);
            reply(exchange, 500, Map.of("erreur", "Erreur interne du serveur"));
        } finally {
            exchange.close();
        }
    }

    static RegistrySearchResponse search(String query) {
        String digits = query.replaceAll("[\\s\\u00a0\\u202f]", "");
        List<RegistrySearchResponse.LegalUnit> found = digits.matches("\\d{9}|\\d{14}")
                ? SeedData.allStructures().stream()
                        .filter(s -> s.siret().startsWith(digits.substring(0, 9)))
                        .limit(1)
                        .map(s -> new RegistrySearchResponse.LegalUnit(s.siret().substring(0, 9), s.designation(),
                                SeedLegalCategories.of(s)))
                        .toList()
                : List.of();
        return new RegistrySearchResponse(found, found.size());
    }

    private static Optional<String> query(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (RegistrySearchResponse.QUERY_PARAMETER.equals(name) && eq >= 0) {
                try {
                    String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).strip();
                    return value.isEmpty() ? Optional.empty() : Optional.of(value);
                } catch (IllegalArgumentException e) {
                    return Optional.empty(); // a bad % escape: no usable term
                }
            }
        }
        return Optional.empty();
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        Exchanges.send(exchange, status, json.writeValueAsBytes(body));
    }
}
