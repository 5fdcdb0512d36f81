package fr.chorusdesk.sandbox;

import java.util.List;
import java.util.Optional;

/**
 * A Chorus Pro structure of the seeded directory, with the flags consulterStructure returns.
 *
 * @param serviceOrEngagement {@code gestionNumeroEJOuCodeService}: a service code or an engagement number
 */
public record SeededStructure(long idStructureCPP, String siret, String designation, Kind kind,
        boolean active, boolean serviceCodeRequired, boolean engagementRequired,
        boolean serviceOrEngagement, PostalAddress address,
        List<SeededService> services) {

    /** What kind of public (or private) body it is; decides whether the treasury keeps its accounts. */
    public enum Kind { SUPPLIER, STATE, LOCAL_AUTHORITY, HOSPITAL, PUBLIC_COMPANY, PUBLIC_INSTITUTION, PRIVATE }

    public record PostalAddress(String adresse, String codePostal, String ville) {
    }

    public SeededStructure {
        services = List.copyOf(services);
    }

    public Optional<SeededService> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<SeededService> serviceById(long idService) {
        return services.stream().filter(s -> s.idService() == idService).findFirst();
    }

    /** French intra-EU VAT number derived from the SIREN: FR + key + SIREN. */
    public String numeroTva() {
        String siren = siret.substring(0, 9);
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return String.format("FR%02d%s", key, siren);
    }

    /**
     * Local authorities and public hospitals: their accountant is the public treasury (Hélios),
     * which reports {@code MISE_A_DISPOSITION_COMPTABLE} and {@code COMPTABILISEE} before payment.
     */
    public boolean accountsKeptByTreasury() {
        return kind == Kind.LOCAL_AUTHORITY || kind == Kind.HOSPITAL;
    }

    public boolean isPublic() {
        return kind != Kind.SUPPLIER && kind != Kind.PRIVATE;
    }

    /**
     * Whether the demo technical account may consult it: a public structure, or the structure it
     * is attached to (the demo supplier). The Structures Swagger describes consulterStructure,
     * rechercherServicesStructure and consulterServiceStructure as reaching exactly these.
     */
    public boolean visibleToDemoAccount() {
        return kind != Kind.PRIVATE;
    }
}
