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

    /**
     * These structure rules once the chosen service's own parameters are added, for a service
     * that requires an engagement number (consulterServiceStructure's {@code numeroEngagement}):
     * the number is then required whatever the structure says, and so is the service code where
     * the structure asked for one, or for one of the two.
     */
    public RecipientRules withServiceRequiringEngagementNumber() {
        return switch (this) {
            case NONE, ENGAGEMENT_NUMBER -> ENGAGEMENT_NUMBER;
            case SERVICE_CODE, SERVICE_CODE_AND_ENGAGEMENT_NUMBER, SERVICE_CODE_OR_ENGAGEMENT_NUMBER ->
                    SERVICE_CODE_AND_ENGAGEMENT_NUMBER;
        };
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
