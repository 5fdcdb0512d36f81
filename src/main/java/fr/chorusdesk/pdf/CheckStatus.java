package fr.chorusdesk.pdf;

/** Outcome of one pre-flight check. Only {@link #FAIL} stops a deposit. */
public enum CheckStatus {
    PASS, WARN, FAIL
}
