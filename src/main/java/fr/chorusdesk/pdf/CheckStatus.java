package fr.chorusdesk.pdf;

/** Outcome of one pre-flight check. Only {@link #FAIL} means Chorus Pro would refuse the file; WARN is advice. */
public enum CheckStatus {
    PASS, WARN, FAIL
}
