package fr.chorusdesk.chorus;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the client talks to: the API base URL (ending in {@code /cpro}, every operation path is
 * appended to it), the OAuth2 token URL and, when there is one, the public register that describes
 * the environment's structures (see {@link PublicRegistry}).
 */
public record ChorusEnvironment(URI apiBaseUrl, URI oauthTokenUrl, Optional<URI> registryUrl) {

    public ChorusEnvironment {
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(oauthTokenUrl, "oauthTokenUrl");
        apiBaseUrl = withoutTrailingSlash(apiBaseUrl);
        registryUrl = Objects.requireNonNullElse(registryUrl, Optional.<URI>empty()).map(ChorusEnvironment::withoutTrailingSlash);
    }

    /** Without a register: the recipient's kind is then guessed from its SIREN alone. */
    public ChorusEnvironment(URI apiBaseUrl, URI oauthTokenUrl) {
        this(apiBaseUrl, oauthTokenUrl, Optional.empty());
    }

    /** The real platform, with the public register. */
    public static ChorusEnvironment production() {
        return new ChorusEnvironment(URI.create("https://api.piste.gouv.fr/cpro"),
                URI.create("https://oauth.piste.gouv.fr/api/oauth/token"), Optional.of(PublicRegistry.PUBLIC_URL));
    }

    /** The qualification (sandbox) platform of PISTE, with its own accounts and test data, and the public register. */
    public static ChorusEnvironment qualification() {
        return new ChorusEnvironment(URI.create("https://sandbox-api.piste.gouv.fr/cpro"),
                URI.create("https://sandbox-oauth.piste.gouv.fr/api/oauth/token"), Optional.of(PublicRegistry.PUBLIC_URL));
    }

    /**
     * Any other server, such as the embedded sandbox: e.g. {@code http://127.0.0.1:8123/cpro}.
     * Without a register unless {@link #withRegistry} gives one: a custom server is most often a
     * test platform whose structures the public register does not know.
     */
    public static ChorusEnvironment custom(String apiBaseUrl, String oauthTokenUrl) {
        return new ChorusEnvironment(URI.create(apiBaseUrl), URI.create(oauthTokenUrl));
    }

    /** The same environment, whose structures this register describes. */
    public ChorusEnvironment withRegistry(URI registry) {
        return new ChorusEnvironment(apiBaseUrl, oauthTokenUrl, Optional.of(registry));
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
