package fr.chorusdesk.chorus;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.api.RegistrySearchResponse;
import fr.chorusdesk.domain.Siret;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public register of companies and administrations (the DINUM's API Recherche d'entreprises,
 * built on the INSEE's Sirene register; open, no key): asked for one thing, a legal unit's INSEE
 * legal category (catégorie juridique), which tells a service of the State (group 71) from any
 * other public body. Chorus Pro's own answers carry no such fact. The answer is only a hint: a
 * failure, or a SIREN the register does not know, gives nothing, never an error.
 */
public final class PublicRegistry {

    /** The register the production and qualification environments use. */
    public static final URI PUBLIC_URL = URI.create("https://recherche-entreprises.api.gouv.fr");
    /** A hint is not worth a long wait: the wizard falls back on the SIREN after this. */
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(PublicRegistry.class);

    private final URI baseUrl;
    private final OkHttpClient http;
    private final ObjectMapper mapper;

    PublicRegistry(URI baseUrl, OkHttpClient http, ObjectMapper mapper) {
        this.baseUrl = baseUrl;
        this.http = http.newBuilder().callTimeout(CALL_TIMEOUT).build();
        this.mapper = mapper;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The INSEE legal category of the legal unit that owns this SIRET (4 digits, e.g. 7120), when
     * the register knows it; empty when it does not, or cannot be asked now.
     */
    public Optional<String> legalCategory(Siret siret) {
        String siren = siret.value().substring(0, 9);
        HttpUrl url = HttpUrl.get(baseUrl + RegistrySearchResponse.SEARCH_PATH).newBuilder()
                .addQueryParameter(RegistrySearchResponse.QUERY_PARAMETER, siren).build();
        Request request = new Request.Builder().url(url).get().header("Accept", "application/json").build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                LOG.info("The public register answered HTTP {} for SIREN {}", response.code(), siren);
                return Optional.empty();
            }
            RegistrySearchResponse found = mapper.readValue(body.byteStream(), RegistrySearchResponse.class);
            return found.results().stream()
                    .filter(unit -> siren.equals(unit.siren()))
                    .map(RegistrySearchResponse.LegalUnit::natureJuridique)
                    .filter(code -> code != null && code.matches("\\d{4}"))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            LOG.info("The public register could not be asked about SIREN {}: {}", siren, e.toString());
            return Optional.empty();
        }
    }
}
