package fr.chorusdesk.validation;

/**
 * The one switch for the points of Factur-X validation that no public source settles
 * (UNCONFIRMED, see docs/chorus-pro-reference.md §12):
 * <ul>
 *   <li>whether Chorus Pro refuses the FNFE's French CTC rules (BR-FR) as it refuses EN 16931 ones:
 *       off, they are remarks; on, an error among them blocks;</li>
 *   <li>whether Chorus Pro refuses a MINIMUM or BASIC WL Factur-X deposited as a flow (its XML lacks
 *       the lines and, for MINIMUM, the VAT breakdown): off, such a flow is still offered; on, the
 *       invoice goes as a PDF with the wizard's data only;</li>
 *   <li>whether BASIC WL is accepted for the first year of the reform only (FNFE note on formats
 *       V1.4.0, not found): off, the badge only says the point is open; on, it warns that the profile
 *       is for the first year.</li>
 * </ul>
 *
 * @param applyUnconfirmed apply the stricter reading of every point above
 */
public record ValidationPolicy(boolean applyUnconfirmed) {

    /** System property that turns the switch on ({@code -Dchorusdesk.validation.unconfirmed=true}). */
    public static final String PROPERTY = "chorusdesk.validation.unconfirmed";

    /** What the public sources settle, nothing more: the default. */
    public static ValidationPolicy sourcedOnly() {
        return new ValidationPolicy(false);
    }

    /** The switch as the system property sets it. */
    public static ValidationPolicy fromSystem() {
        return new ValidationPolicy(Boolean.getBoolean(PROPERTY));
    }
}
