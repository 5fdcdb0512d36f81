package fr.chorusdesk.validation;

/** How much a finding weighs on the verdict. */
public enum FindingSeverity {
    /** The invoice breaks a rule the platform applies: it is not sent as a Factur-X. */
    BLOCKING,
    /** Worth correcting, does not stop the sending. */
    REMARK
}
