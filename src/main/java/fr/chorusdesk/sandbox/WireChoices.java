package fr.chorusdesk.sandbox;

/**
 * The sandbox's answers on points no public source settled, each a single switch (see
 * "What the sandbox does not emulate" in docs/sandbox.md).
 */
final class WireChoices {

    /**
     * HTTP status of a business refusal ({@code codeRetour != 0}). The platform is seen answering
     * both 200 and 400 with the same body; the sandbox uses 400 so clients must read the body of
     * an error status. "No result" searches are answered 200, as Pastell observed.
     */
    static final int BUSINESS_ERROR_STATUS = 400;
    static final int NO_RESULT_STATUS = 200;

    /** HTTP status when the bearer token is missing, unknown or expired. */
    static final int BAD_TOKEN_STATUS = 401;

    /**
     * Challenge of a refused bearer token. Its exact wording on PISTE is not public; it differs
     * from {@link #BAD_ACCOUNT_CHALLENGE}, which is.
     */
    static final String BAD_TOKEN_CHALLENGE = "Bearer realm=\"PISTE\",error=\"invalid_token\"";

    /** Challenge of a refused technical account, as PISTE writes it (HTTP 401, no body). */
    static final String BAD_ACCOUNT_CHALLENGE =
            "Bearer realm=\"PISTE\",error=\"Unauthorized\",error_description=\"login or password incorrects\"";

    /** {@code libelle} of every success. */
    static final String SUCCESS_LIBELLE = "TRA_MSG_00.000";

    /**
     * {@code modeDepot} of an invoice that arrived in a flow: the search enum has no documented
     * value for API flows; "EDI" is the nearest documented one.
     */
    static final String FLOW_DEPOSIT_MODE = "EDI";

    /**
     * The status a subcontractor's invoice (A9) reaches when the main contractor lets the 15 days
     * pass: the validation is then tacit (public rule), but whether the platform writes it
     * {@code VALIDEE_1} or {@code ABSENCE_VALIDATION_1_HORS_DELAI} is UNCONFIRMED. The name of the
     * second says exactly that case, so it is the default.
     */
    static final InvoiceStatus TACIT_VALIDATION_STATUS = InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI;

    private WireChoices() {
    }

    static int statusFor(SandboxError error) {
        return switch (error) {
            case NO_RESULT -> NO_RESULT_STATUS;
            // what production answers to a date-time in dateFacture
            case INVOICE_DATE_NOT_A_DATE -> 500;
            default -> BUSINESS_ERROR_STATUS;
        };
    }
}
