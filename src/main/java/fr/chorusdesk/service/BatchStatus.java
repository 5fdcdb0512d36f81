package fr.chorusdesk.service;

/** Where one invoice of a batch stands; each has its words under {@code batch.status.<name>}. */
public enum BatchStatus {
    /** The PDF is being read and checked. */
    READING,
    /** Every check passed: it can be sent. */
    READY,
    /** Something is missing or wrong in its references or amounts (see the row's issues). */
    INCOMPLETE,
    /** It cannot be sent as it is: the PDF, the recipient, or a number already used (see the message). */
    BLOCKED,
    /** The history already holds this very PDF as sent: it is never sent again. */
    ALREADY_SENT,
    /** Being sent now. */
    SENDING,
    /** Sent by this batch: Chorus Pro holds it. */
    SENT,
    /** Chorus Pro refused it: its reason, and the field to correct when the reason names one. */
    REFUSED,
    /** The answer was lost: the lost-answer check decides at the next sending, never a second invoice. */
    TO_CHECK;

    /** Whether the row is on Chorus Pro for sure. */
    public boolean onChorusPro() {
        return this == SENT || this == ALREADY_SENT;
    }

    /** Whether the row's fields may be changed (not while read or sent, not once on Chorus Pro). */
    public boolean editable() {
        return this == READY || this == INCOMPLETE || this == BLOCKED || this == REFUSED;
    }

    /** Whether "send" takes it: ready, or waiting for the lost-answer check. */
    public boolean sendable() {
        return this == READY || this == TO_CHECK;
    }
}
