package fr.chorusdesk.service;

/** What went wrong in a connection check, so that the user knows what to look at. */
public enum AccountProblem {
    /** The token endpoint refused the PISTE application's client id or secret. */
    PISTE_APPLICATION,
    /** Access denied: the PISTE application is not subscribed to the Chorus Pro APIs or their terms are not accepted. */
    API_SUBSCRIPTIONS,
    /** The Chorus Pro technical account's login or password was refused (it expires every 424 days). */
    TECHNICAL_ACCOUNT,
    /** No connection: network down, proxy, wrong address. */
    NETWORK,
    /** The platform did not answer in time. */
    TIMEOUT,
    /** The platform answered that it is unavailable, or with a maintenance page. */
    UNAVAILABLE,
    /** A secret of the profile is unknown in this session (kept for the session only, and the app restarted). */
    SECRETS_MISSING,
    /** The operating system's credential store failed. */
    CREDENTIAL_STORE,
    /** Any other refusal; the message says what Chorus Pro answered. */
    OTHER
}
