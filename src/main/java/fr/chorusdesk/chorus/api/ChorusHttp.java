package fr.chorusdesk.chorus.api;

/** HTTP-level constants of the PISTE gateway shared by the client and the embedded sandbox. */
public final class ChorusHttp {

    /** Prefix of every API path on the gateway; API base URLs end with it. */
    public static final String API_PREFIX = "/cpro";

    /** Path of the OAuth2 token endpoint on the oauth host. */
    public static final String TOKEN_PATH = "/api/oauth/token";

    /** Header carrying Base64(UTF-8 "login:password") of the Chorus Pro technical account. */
    public static final String HEADER_CPRO_ACCOUNT = "cpro-account";

    public static final String HEADER_AUTHORIZATION = "Authorization";

    /** Content-Type and Accept of every API call. */
    public static final String JSON_UTF8 = "application/json;charset=utf-8";

    public static final String FORM_URLENCODED = "application/x-www-form-urlencoded";

    /** OAuth2 form fields. */
    public static final String FORM_GRANT_TYPE = "grant_type";
    public static final String FORM_CLIENT_ID = "client_id";
    public static final String FORM_CLIENT_SECRET = "client_secret";
    public static final String FORM_SCOPE = "scope";
    public static final String GRANT_CLIENT_CREDENTIALS = "client_credentials";
    /** The scope the official contract declares and production clients send. */
    public static final String SCOPE = "openid";

    private ChorusHttp() {
    }
}
