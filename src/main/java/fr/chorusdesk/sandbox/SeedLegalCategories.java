package fr.chorusdesk.sandbox;

import java.util.Map;

/**
 * The INSEE legal category (catégorie juridique, niveau III of the INSEE nomenclature) of each
 * seeded structure, as the public register gives it. The bodies are invented, so their categories
 * are chosen to fit what they are: the State's services in group 71 « Administration de l'État »
 * (7120 service central d'un ministère, 7171 and 7172 services déconcentrés de l'État), local
 * authorities in 72 and 73, public companies in 41. Listed in docs/sandbox.md.
 */
final class SeedLegalCategories {

    private static final Map<String, String> BY_SIRET = Map.ofEntries(
            Map.entry(SeedData.SUPPLIER_SIRET, "5499"),
            Map.entry("11000201100044", "7120"),
            Map.entry("21750001000012", "7210"),
            Map.entry("22691000200014", "7220"),
            Map.entry("26750003000015", "7364"),
            Map.entry("20004500100019", "7348"),
            Map.entry("25890100400014", "7353"),
            Map.entry("20001234000010", "7230"),
            Map.entry("26455000600011", "7364"),
            // a State service whose SIREN starts with 2: the category says State, the SIREN would not
            Map.entry("21300070000012", "7171"),
            Map.entry("35600000049837", "5599"),
            Map.entry("26882054138871", "7361"),
            Map.entry("20075472749041", "7346"),
            Map.entry("25587348400026", "7355"),
            Map.entry("27846233670897", "4140"),
            Map.entry("19913896931659", "7383"),
            Map.entry("26515214426527", "7364"),
            Map.entry("26037977209578", "7364"),
            Map.entry("28351305543642", "7379"),
            Map.entry("26382852876988", "7379"),
            Map.entry("13037703686870", "7171"),
            Map.entry("17001894505758", "7171"),
            Map.entry("13042273824703", "7172"),
            Map.entry("21654694695221", "4140"),
            Map.entry("21409666945660", "7379"),
            Map.entry("25766223414803", "7355"),
            Map.entry("18542430840026", "7381"),
            Map.entry("20323432480913", "4140"));

    /** Lycées and collèges: établissement public local d'enseignement. */
    private static final String SCHOOL = "7331";
    /** A private company (SAS). */
    private static final String PRIVATE_COMPANY = "5710";

    private SeedLegalCategories() {
    }

    static String of(SeededStructure structure) {
        String known = BY_SIRET.get(structure.siret());
        if (known != null) {
            return known;
        }
        return switch (structure.kind()) {
            case PUBLIC_INSTITUTION -> SCHOOL;
            case PRIVATE -> PRIVATE_COMPANY;
            default -> throw new IllegalStateException("No legal category seeded for " + structure.siret());
        };
    }
}
