package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;

/** A credential was refused; {@link #credentialToCheck()} says which one the user should look at. */
public final class ChorusAuthenticationException extends ChorusException {

    private static final long serialVersionUID = 1L;

    /** What the user should check. */
    public enum CredentialToCheck {
        /** The token endpoint refused the PISTE application's client id or secret. */
        PISTE_APPLICATION("chorus.error.auth.pisteApplication"),
        /** A fresh token was still refused (HTTP 401): technical account and its password expiry first. */
        TECHNICAL_ACCOUNT("chorus.error.auth.technicalAccount"),
        /** Access denied (HTTP 403): the PISTE application's API subscriptions for this environment. */
        API_SUBSCRIPTIONS("chorus.error.auth.subscriptions");

        private final String messageKey;

        CredentialToCheck(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final CredentialToCheck credentialToCheck;

    ChorusAuthenticationException(ChorusOperation operation, int httpStatus, CredentialToCheck check, String detail) {
        super("Chorus Pro authentication failed on " + opName(operation) + ": HTTP " + httpStatus + ", check "
                + check + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"),
                operation, httpStatus, check.messageKey, List.of(Integer.toString(httpStatus)), false, null);
        this.credentialToCheck = check;
    }

    public CredentialToCheck credentialToCheck() {
        return credentialToCheck;
    }
}
