package fr.chorusdesk.sandbox;

import fr.chorusdesk.chorus.api.EngagementJuridique;
import fr.chorusdesk.chorus.api.ParametresRetour;
import fr.chorusdesk.chorus.api.RechercherEngagementJuridiqueRequest;
import fr.chorusdesk.chorus.api.RechercherEngagementJuridiqueResponse;
import fr.chorusdesk.chorus.api.RecupererTypesPieceJointeRequest;
import fr.chorusdesk.chorus.api.RecupererTypesPieceJointeResponse;
import fr.chorusdesk.chorus.api.TypePieceJointe;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The operations the portal's richer deposit needs: attachment types and the engagement search,
 * plus the folding rule of the search by name and town.
 */
final class PortalParityOperations {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Z0-9]+");

    /**
     * Attachment types of an invoice. The platform's codes are not public (UNCONFIRMED): these are
     * the sandbox's own, named after the documents the portal's deposit form mentions.
     */
    static final List<TypePieceJointe> TYPES_FACTURE = List.of(
            new TypePieceJointe(1L, "BON_COMMANDE", "Bon de commande", "FACTURE"),
            new TypePieceJointe(2L, "BON_LIVRAISON", "Bon de livraison", "FACTURE"),
            new TypePieceJointe(3L, "PV_RECEPTION", "Procès-verbal de réception", "FACTURE"),
            new TypePieceJointe(4L, "DEVIS", "Devis", "FACTURE"),
            new TypePieceJointe(5L, "CONTRAT", "Contrat ou marché", "FACTURE"),
            new TypePieceJointe(6L, "ATTESTATION", "Attestation", "FACTURE"),
            new TypePieceJointe(7L, "AUTRE", "Autre pièce justificative", "FACTURE"));

    private PortalParityOperations() {
    }

    static RecupererTypesPieceJointeResponse typesPieceJointe(RecupererTypesPieceJointeRequest request) {
        String typeObjet = Optional.ofNullable(request.typeObjet()).filter(v -> !v.isBlank()).orElse("FACTURE");
        List<TypePieceJointe> types = TYPES_FACTURE.stream().filter(t -> t.typeObjet().equalsIgnoreCase(typeObjet))
                .toList();
        return new RecupererTypesPieceJointeResponse(0, WireChoices.SUCCESS_LIBELLE, types);
    }

    /**
     * The engagements issued to a supplier ({@code structureReceptriceEngagementJuridique} is its
     * idStructureCPP), optionally one number and one state. Nothing found is the platform's usual
     * "no result" answer.
     */
    static RechercherEngagementJuridiqueResponse rechercherEngagements(RechercherEngagementJuridiqueRequest r)
            throws RuleViolation {
        String supplier = Optional.ofNullable(r.structureReceptriceEngagementJuridique()).orElse("").strip();
        Optional<String> number = Optional.ofNullable(r.numeroEngagementJuridique()).map(String::strip)
                .filter(v -> !v.isEmpty());
        Optional<String> state = Optional.ofNullable(r.etatCourantEngagementJuridique()).filter(v -> !v.isBlank());
        List<EngagementJuridique> found = SeedDirectory.engagements().stream()
                .filter(e -> Long.toString(e.supplierId()).equals(supplier))
                .filter(e -> number.map(e.number()::equals).orElse(true))
                .filter(e -> state.map(SeededEngagement.STATE_COMMANDE::equalsIgnoreCase).orElse(true))
                .map(e -> new EngagementJuridique(e.number(), SeededEngagement.STATE_COMMANDE, supplier))
                .toList();
        if (found.isEmpty()) {
            throw new RuleViolation(SandboxError.NO_RESULT);
        }
        return new RechercherEngagementJuridiqueResponse(0, WireChoices.SUCCESS_LIBELLE, found,
                new ParametresRetour(1, 1, found.size(), found.size()));
    }

    /**
     * Text folded for the search by name and town: upper case, accents dropped, every run of other
     * characters (spaces, apostrophes, hyphens) as one space. "besancon", "Besançon" and
     * "BESANÇON" match alike; "saint exupery" finds "SAINT-EXUPÉRY".
     */
    static String fold(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(decomposed.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static boolean containsFolded(String text, String part) {
        return fold(text).contains(fold(part));
    }
}
