package fr.chorusdesk.service;

import java.util.List;
import java.util.Optional;

/**
 * The Factur-X validation of the chosen PDF, told for the PDF step.
 *
 * @param verdict          valid, valid with remarks, not valid
 * @param verdictLabel     « valide », « valide avec remarques », « non valide »
 * @param profile          the profile the XML declares, e.g. {@code EN16931}
 * @param profileNote      what Chorus Pro does with that profile, with its source
 * @param findings         every rule broken, blocking ones first
 * @param ruleSets         the rule sets applied, with their versions
 * @param signed           the PDF carries a signature: it cannot be changed
 * @param blocksFacturX    not valid: it will not be sent as a Factur-X
 * @param plainPdfPossible it may be sent as a plain PDF instead (not valid and not signed)
 */
public record FacturXCheck(Verdict verdict, String verdictLabel, Optional<String> profile, String profileNote,
                           List<Finding> findings, List<String> ruleSets, boolean signed, boolean blocksFacturX,
                           boolean plainPdfPossible) {

    /** The badge's verdict. */
    public enum Verdict { VALID, VALID_WITH_REMARKS, INVALID }

    /**
     * One rule broken, in the user's language.
     *
     * @param field   the field's French (or English) name with its BT number
     * @param message what the rule asks
     * @param fix     what to change in the invoicing software
     * @param details the rule id, the rule set's own words, how many places
     */
    public record Finding(String ruleId, Optional<String> term, String field, boolean blocking, String layer,
                          String message, String fix, String details) {
    }

    public FacturXCheck {
        findings = List.copyOf(findings);
        ruleSets = List.copyOf(ruleSets);
    }
}
