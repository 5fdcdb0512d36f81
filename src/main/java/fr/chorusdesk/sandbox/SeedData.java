package fr.chorusdesk.sandbox;

import fr.chorusdesk.sandbox.SeededStructure.Kind;
import fr.chorusdesk.sandbox.SeededStructure.PostalAddress;
import java.util.List;
import java.util.Optional;

/**
 * The fixed directory the sandbox serves: one demo supplier and public recipients covering every
 * rule of consulterStructure. Documented structure by structure in docs/sandbox.md; keep both in
 * step. All names and numbers are fictitious except the State test structure 11000201100044,
 * which is the public qualification example.
 */
public final class SeedData {

    public static final long SUPPLIER_ID = 26300989L;
    public static final String SUPPLIER_SIRET = "81234567800013";

    private static final SeededStructure SUPPLIER = new SeededStructure(SUPPLIER_ID, SUPPLIER_SIRET,
            "ATELIER DEMO CONSEIL SARL", Kind.SUPPLIER, true, false, false, false,
            new PostalAddress("12 RUE DES EXEMPLES", "69002", "LYON"),
            List.of(new SeededService(10652252L, "FACTURATION", "Service facturation", true, false),
                    new SeededService(10652253L, "AGENCE-PARIS", "Agence de Paris", true, false)));

    private static final List<BankAccount> BANK_ACCOUNTS = List.of(
            new BankAccount(144050L, "Compte courant - Banque Exemple", "FR7630006000011234567890189"),
            new BankAccount(144051L, "Compte affacturage - Banque Démo", "FR7610107001011234567890129"));

    private static final List<SeededStructure> RECIPIENTS = List.of(
            // State: both a service code and an engagement number, like most ministries
            new SeededStructure(26346724L, "11000201100044", "MINISTERE DE LA DEMONSTRATION - SERVICE FACTURIER",
                    Kind.STATE, true, true, true, false,
                    new PostalAddress("139 RUE DE BERCY", "75012", "PARIS"),
                    List.of(new SeededService(11000001L, "SFACETAT", "Service facturier de l'Etat", true, true),
                            new SeededService(11000002L, "SFACDEFENSE", "Service facturier Défense", true, true))),
            // nothing required
            new SeededStructure(26400001L, "21750001000012", "COMMUNE DE VALBOURG", Kind.LOCAL_AUTHORITY,
                    true, false, false, false,
                    new PostalAddress("1 PLACE DE LA MAIRIE", "38000", "VALBOURG"), List.of()),
            // service code required
            new SeededStructure(26400002L, "22691000200014", "DEPARTEMENT DU VAL-DEMO", Kind.LOCAL_AUTHORITY,
                    true, true, false, false,
                    new PostalAddress("2 AVENUE DU DEPARTEMENT", "69003", "LYON"),
                    List.of(new SeededService(12000001L, "VOIRIE", "Direction des routes", true, false),
                            new SeededService(12000002L, "COLLEGES", "Direction de l'éducation", true, false))),
            // engagement number required
            new SeededStructure(26400003L, "26750003000015", "CENTRE HOSPITALIER DE SAINT-EXEMPLE",
                    Kind.HOSPITAL, true, false, true, false,
                    new PostalAddress("5 RUE DE L'HOPITAL", "75014", "PARIS"), List.of()),
            // service code OR engagement number
            new SeededStructure(26400004L, "20004500100019", "COMMUNAUTE D'AGGLOMERATION DES TROIS RIVES",
                    Kind.LOCAL_AUTHORITY, true, false, false, true,
                    new PostalAddress("10 QUAI DES TROIS RIVES", "44000", "NANTES"),
                    List.of(new SeededService(12000011L, "EAU", "Régie des eaux", true, false),
                            new SeededService(12000012L, "TRANSPORTS", "Mobilités", true, false))),
            // inactive structure
            new SeededStructure(26400005L, "25890100400014", "SYNDICAT INTERCOMMUNAL DISSOUS DES ETANGS",
                    Kind.LOCAL_AUTHORITY, false, false, false, false,
                    new PostalAddress("3 RUE DES ETANGS", "59000", "LILLE"), List.of()),
            // services partly inactive (service code required)
            new SeededStructure(26400006L, "20001234000010", "REGION EXEMPLE", Kind.LOCAL_AUTHORITY,
                    true, true, false, false,
                    new PostalAddress("1 ESPLANADE DE LA REGION", "13002", "MARSEILLE"),
                    List.of(new SeededService(12000021L, "LYCEES", "Direction des lycées", true, false),
                            new SeededService(12000022L, "ANCIEN-SERVICE", "Service fermé en 2024", false, false),
                            new SeededService(12000023L, "CULTURE", "Direction de la culture", true, true))),
            // hospital with services, nothing required at structure level
            new SeededStructure(26400007L, "26455000600011", "CENTRE HOSPITALIER UNIVERSITAIRE DE DEMOVILLE",
                    Kind.HOSPITAL, true, false, false, false,
                    new PostalAddress("1 BOULEVARD DU CHU", "31000", "TOULOUSE"),
                    List.of(new SeededService(12000031L, "PHARMACIE", "Pharmacie centrale", true, false),
                            // the service asks an engagement number although its structure does not
                            new SeededService(12000032L, "TRAVAUX", "Services techniques", true, true))),
            // State body, engagement number required only
            new SeededStructure(26400008L, "21300070000012", "PREFECTURE DE LA REGION DEMO",
                    Kind.STATE, true, false, true, false,
                    new PostalAddress("2 RUE DE LA PREFECTURE", "13001", "MARSEILLE"), List.of()),
            // La Poste establishment: valid by the La Poste rule (digit sum multiple of 5), not Luhn
            new SeededStructure(26400009L, "35600000049837", "LA POSTE - ETABLISSEMENT DE DEMONSTRATION",
                    Kind.PUBLIC_COMPANY, true, false, false, false,
                    new PostalAddress("9 RUE DU COLONEL PIERRE AVIA", "75015", "PARIS"), List.of()),
            // a private company: found by its SIRET, but neither consultable nor invoiceable here
            new SeededStructure(26600001L, "44218709200014", "ENTREPRISE GENERALE DU BATIMENT EXEMPLE SAS",
                    Kind.PRIVATE, true, false, false, false,
                    new PostalAddress("4 RUE DES ARTISANS", "69007", "LYON"), List.of()));

    private SeedData() {
    }

    public static SeededStructure supplier() {
        return SUPPLIER;
    }

    public static List<BankAccount> bankAccounts() {
        return BANK_ACCOUNTS;
    }

    /** The demo supplier's account of this id ({@code codeCoordonneesBancairesFournisseur}). */
    public static Optional<BankAccount> bankAccount(long id) {
        return BANK_ACCOUNTS.stream().filter(b -> b.idCoordonneeBancaire() == id).findFirst();
    }

    /** The recipients above, then the larger directory of {@link SeedDirectory}. */
    public static List<SeededStructure> recipients() {
        return java.util.stream.Stream.concat(RECIPIENTS.stream(), SeedDirectory.structures().stream()).toList();
    }

    /** Supplier first, then the recipients. */
    public static List<SeededStructure> allStructures() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(SUPPLIER), recipients().stream()).toList();
    }

    public static Optional<SeededStructure> bySiret(String siret) {
        return allStructures().stream().filter(s -> s.siret().equals(siret)).findFirst();
    }

    public static Optional<SeededStructure> byId(long idStructureCPP) {
        return allStructures().stream().filter(s -> s.idStructureCPP() == idStructureCPP).findFirst();
    }
}
