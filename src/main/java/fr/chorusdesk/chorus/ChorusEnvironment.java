package fr.chorusdesk.chorus;

import java.net.URI;
import java.util.Objects;

/**
 * Where the client talks to: the API base URL (ending in {@code /cpro}, every operation path is
 * appended to it) and the OAuth2 token URL.
 */
public record ChorusEnvironment(URI apiBaseUrl, URI oauthTokenUrl) {

    public ChorusEnvironment {
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(oauthTokenUrl, "oauthTokenUrl");
        apiBaseUrl = withoutTrailingSlash(apiBaseUrl);
    }

    /** The real platform. */
    public static ChorusEnvironment production() {
        return new ChorusEnvironment(URI.create("https://api.piste.gouv.fr/cpro"),
                URI.create("https://oauth.piste.gouv.fr/api/oauth/token"));
    }

    /** The qualification (sandbox) platform of PISTE, with its own accounts and test data. */
    public static ChorusEnvironment qualification() {
        return new ChorusEnvironment(URI.create("https://sandbox-api.piste.gouv.fr/cpro"),
                URI.create("https://sandbox-oauth.piste.gouv.fr/api/oauth/token"));
    }

    /** Any other server, such as the embedded sandbox: e.g. {@code http://127.0.0.1:8123/cpro}. */
    public static ChorusEnvironment custom(String apiBaseUrl, String oauthTokenUrl) {
        return new ChorusEnvironment(URI.create(apiBaseUrl), URI.create(oauthTokenUrl));
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
