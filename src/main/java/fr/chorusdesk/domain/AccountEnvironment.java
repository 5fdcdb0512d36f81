package fr.chorusdesk.domain;

/** Which Chorus Pro a supplier profile talks to. */
public enum AccountEnvironment {
    /** The embedded sandbox on this computer: nothing leaves the machine. */
    DEMO,
    /** PISTE's qualification platform, with its own accounts and test data. */
    QUALIFICATION,
    /** The real platform. */
    PRODUCTION,
    /** Any other server, given by its API and token URLs. */
    CUSTOM
}
