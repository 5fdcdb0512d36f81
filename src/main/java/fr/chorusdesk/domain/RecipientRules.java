package fr.chorusdesk.domain;

/**
 * What a public recipient requires on an invoice besides its SIRET, as Chorus Pro declares it for
 * the recipient structure: nothing, a service code, an engagement number (numéro d'engagement
 * juridique, the purchase order), both, or either one of them.
 */
public enum RecipientRules {

    NONE(false, false),
    SERVICE_CODE(true, false),
    ENGAGEMENT_NUMBER(false, true),
    SERVICE_CODE_AND_ENGAGEMENT_NUMBER(true, true),
    SERVICE_CODE_OR_ENGAGEMENT_NUMBER(false, false);

    private final boolean serviceCodeRequired;
    private final boolean engagementNumberRequired;

    RecipientRules(boolean serviceCodeRequired, boolean engagementNumberRequired) {
        this.serviceCodeRequired = serviceCodeRequired;
        this.engagementNumberRequired = engagementNumberRequired;
    }

    /** Whether a service code is mandatory on its own (for the "either" rule, see {@link #isSatisfiedBy}). */
    public boolean serviceCodeRequired() {
        return serviceCodeRequired;
    }

    /** Whether an engagement number is mandatory on its own (for the "either" rule, see {@link #isSatisfiedBy}). */
    public boolean engagementNumberRequired() {
        return engagementNumberRequired;
    }

    /** Whether an invoice giving (or not) a service code and an engagement number meets the rule. */
    public boolean isSatisfiedBy(boolean hasServiceCode, boolean hasEngagementNumber) {
        return switch (this) {
            case NONE -> true;
            case SERVICE_CODE -> hasServiceCode;
            case ENGAGEMENT_NUMBER -> hasEngagementNumber;
            case SERVICE_CODE_AND_ENGAGEMENT_NUMBER -> hasServiceCode && hasEngagementNumber;
            case SERVICE_CODE_OR_ENGAGEMENT_NUMBER -> hasServiceCode || hasEngagementNumber;
        };
    }
}
