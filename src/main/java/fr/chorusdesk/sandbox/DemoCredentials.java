package fr.chorusdesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The public demo credentials the sandbox accepts. They protect nothing and may be printed.
 *
 * @param clientId          PISTE OAuth2 client id
 * @param clientSecret      PISTE OAuth2 client secret
 * @param technicalLogin    Chorus Pro technical account login
 * @param technicalPassword Chorus Pro technical account password
 */
public record DemoCredentials(String clientId, String clientSecret, String technicalLogin,
        String technicalPassword) {

    public static final DemoCredentials DEMO = new DemoCredentials(
            "chorusdesk-demo-client",
            "demo-secret-not-a-secret",
            "TECH_1_DEMO@cpro.fr",
            "Demo-Password-1");

    /**
     * A second PISTE application, with the same secret, that has subscribed to no API: the
     * sandbox gives it a token, then answers HTTP 403 with an empty body to every API call, as the
     * gateway does for an application without the subscription.
     */
    public static final String UNSUBSCRIBED_CLIENT_ID = "chorusdesk-demo-unsubscribed";

    /** The value of the {@code cpro-account} header: Base64 of {@code login:password}. */
    public String cproAccountHeader() {
        return Base64.getEncoder().encodeToString(
                (technicalLogin + ":" + technicalPassword).getBytes(StandardCharsets.UTF_8));
    }
}
