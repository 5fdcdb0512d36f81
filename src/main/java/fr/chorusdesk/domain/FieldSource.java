package fr.chorusdesk.domain;

/** Where the value of a draft field came from, so the wizard can say it and the user can check it. */
public enum FieldSource {
    /** Read from the Factur-X XML embedded in the PDF. */
    FACTURX,
    /**
     * A value was found in the PDF's text and is offered as a suggestion; the field itself stays
     * empty until the user takes it (a guess from the text is never applied by itself).
     */
    TEXT_HINT,
    /**
     * Read in the PDF's text and filled in by itself: a value the page supports with high
     * confidence and that passed the cross-checks (HT + TVA = TTC…), or one read where a learned
     * layout of this supplier puts it. Shown as « lu dans le PDF »; the user may still change it.
     */
    PDF_TEXT,
    /** Typed or changed by the user. */
    TYPED,
    /** Nothing found. */
    NONE,
    /** The supplier's usual value, from its profile (VAT regime, payment mode). */
    PROFILE
}
