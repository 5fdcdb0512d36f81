package fr.chorusdesk.sandbox;

import fr.chorusdesk.sandbox.SeededStructure.Kind;
import fr.chorusdesk.sandbox.SeededStructure.PostalAddress;
import java.util.List;
import java.util.Optional;

/**
 * The part of the seeded directory that makes the search by name and town worth trying: 32 more
 * public structures (lycées, collèges, local bodies, hospitals, State services) in real towns,
 * enough for several pages, with accents in names and towns as the directory writes them. The
 * bodies and their SIRETs (Luhn-valid) are invented. Also the engagement numbers (engagements
 * juridiques) the State recipients know. Listed in docs/sandbox.md.
 */
final class SeedDirectory {

    private static final List<SeededStructure> STRUCTURES = List.of(
            new SeededStructure(26500001L, "19748526057479", "LYCÉE POLYVALENT JEAN MONNET", Kind.PUBLIC_INSTITUTION, true, true, false, false,
                    new PostalAddress("87 RUE DE LA REPUBLIQUE", "25000", "BESANÇON"), List.of(new SeededService(13000001L, "INTENDANCE", "Service intendance", true, false),
                            new SeededService(13000002L, "ACHATS", "Service des achats", true, false))),
            new SeededStructure(26500002L, "19938092752534", "LYCÉE GÉNÉRAL VICTOR HUGO", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("88 RUE DE LA REPUBLIQUE", "86000", "POITIERS"), List.of()),
            new SeededStructure(26500003L, "19093185610080", "LYCÉE PROFESSIONNEL LES CHARMILLES", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("89 RUE DE LA REPUBLIQUE", "63000", "CLERMONT-FERRAND"), List.of()),
            new SeededStructure(26500004L, "19316716285985", "LYCÉE TECHNOLOGIQUE GUSTAVE EIFFEL", Kind.PUBLIC_INSTITUTION, true, false, true, false,
                    new PostalAddress("90 RUE DE LA REPUBLIQUE", "33000", "BORDEAUX"), List.of()),
            new SeededStructure(26500005L, "19208281696979", "LYCÉE AGRICOLE DU HAUT-DOUBS", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("91 RUE DE LA REPUBLIQUE", "25300", "PONTARLIER"), List.of()),
            new SeededStructure(26500006L, "19796801345564", "LYCÉE GÉNÉRAL ET TECHNOLOGIQUE MARIE CURIE", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("92 RUE DE LA REPUBLIQUE", "67000", "STRASBOURG"), List.of()),
            new SeededStructure(26500007L, "19414355589823", "LYCÉE DES MÉTIERS DE L'HÔTELLERIE", Kind.PUBLIC_INSTITUTION, true, true, false, false,
                    new PostalAddress("93 RUE DE LA REPUBLIQUE", "06000", "NICE"), List.of(new SeededService(13000003L, "INTENDANCE", "Service intendance", true, false),
                            new SeededService(13000004L, "ACHATS", "Service des achats", true, false))),
            new SeededStructure(26500008L, "19066080360639", "LYCÉE POLYVALENT LOUISE MICHEL", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("94 RUE DE LA REPUBLIQUE", "38000", "GRENOBLE"), List.of()),
            new SeededStructure(26500009L, "19918321406474", "LYCÉE GÉNÉRAL CHATEAUBRIAND", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("95 RUE DE LA REPUBLIQUE", "35000", "RENNES"), List.of()),
            new SeededStructure(26500010L, "19590875354770", "LYCÉE PROFESSIONNEL ANDRÉ MALRAUX", Kind.PUBLIC_INSTITUTION, true, false, false, true,
                    new PostalAddress("96 RUE DE LA REPUBLIQUE", "76000", "ROUEN"), List.of(new SeededService(13000005L, "INTENDANCE", "Service intendance", true, false),
                            new SeededService(13000006L, "ACHATS", "Service des achats", true, false))),
            new SeededStructure(26500011L, "19732785233906", "LYCÉE POLYVALENT PIERRE DE COUBERTIN", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("97 RUE DE LA REPUBLIQUE", "77100", "MEAUX"), List.of()),
            new SeededStructure(26500012L, "19452308039157", "LYCÉE GÉNÉRAL SAINT-EXUPÉRY", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("1 RUE DE LA REPUBLIQUE", "26000", "VALENCE"), List.of()),
            new SeededStructure(26500013L, "26882054138871", "CENTRE COMMUNAL D'ACTION SOCIALE DE BESANÇON", Kind.LOCAL_AUTHORITY, true, false, false, false,
                    new PostalAddress("2 RUE DE LA REPUBLIQUE", "25000", "BESANÇON"), List.of()),
            new SeededStructure(26500014L, "20075472749041", "COMMUNAUTÉ DE COMMUNES DU PAYS DE MORTEAU", Kind.LOCAL_AUTHORITY, true, false, false, true,
                    new PostalAddress("3 RUE DE LA REPUBLIQUE", "25500", "MORTEAU"), List.of(new SeededService(13000007L, "INTENDANCE", "Service intendance", true, false),
                            new SeededService(13000008L, "ACHATS", "Service des achats", true, false))),
            new SeededStructure(26500015L, "25587348400026", "SYNDICAT MIXTE DES EAUX DE LA LOUE", Kind.LOCAL_AUTHORITY, true, false, false, false,
                    new PostalAddress("4 RUE DE LA REPUBLIQUE", "25290", "ORNANS"), List.of()),
            new SeededStructure(26500016L, "27846233670897", "OFFICE PUBLIC DE L'HABITAT DU DOUBS", Kind.PUBLIC_COMPANY, true, false, true, false,
                    new PostalAddress("5 RUE DE LA REPUBLIQUE", "25000", "BESANÇON"), List.of()),
            new SeededStructure(26500017L, "19940669163988", "COLLÈGE LOUIS PASTEUR", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("6 RUE DE LA REPUBLIQUE", "39100", "DOLE"), List.of()),
            new SeededStructure(26500018L, "19556920200169", "COLLÈGE JULES FERRY", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("7 RUE DE LA REPUBLIQUE", "86000", "POITIERS"), List.of()),
            new SeededStructure(26500019L, "19836153448796", "COLLÈGE ALBERT CAMUS", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("8 RUE DE LA REPUBLIQUE", "33000", "BORDEAUX"), List.of()),
            new SeededStructure(26500020L, "19913896931659", "INSTITUT UNIVERSITAIRE DE TECHNOLOGIE DE POITIERS", Kind.PUBLIC_INSTITUTION, true, true, false, false,
                    new PostalAddress("9 RUE DE LA REPUBLIQUE", "86000", "POITIERS"), List.of(new SeededService(13000009L, "INTENDANCE", "Service intendance", true, false),
                            new SeededService(13000010L, "ACHATS", "Service des achats", true, false))),
            new SeededStructure(26500021L, "26515214426527", "CENTRE HOSPITALIER INTERCOMMUNAL DE HAUTE-COMTÉ", Kind.HOSPITAL, true, false, true, false,
                    new PostalAddress("10 RUE DE LA REPUBLIQUE", "25300", "PONTARLIER"), List.of()),
            new SeededStructure(26500022L, "26037977209578", "EHPAD PUBLIC LES TILLEULS", Kind.HOSPITAL, true, false, false, false,
                    new PostalAddress("11 RUE DE LA REPUBLIQUE", "25500", "MORTEAU"), List.of()),
            new SeededStructure(26500023L, "28351305543642", "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU DOUBS", Kind.LOCAL_AUTHORITY, true, true, false, false,
                    new PostalAddress("12 RUE DE LA REPUBLIQUE", "25000", "BESANÇON"), List.of(new SeededService(13000011L, "INTENDANCE", "Service intendance", true, false),
                            new SeededService(13000012L, "ACHATS", "Service des achats", true, false))),
            new SeededStructure(26500024L, "26382852876988", "CAISSE DES ÉCOLES DE POITIERS", Kind.LOCAL_AUTHORITY, true, false, false, false,
                    new PostalAddress("13 RUE DE LA REPUBLIQUE", "86000", "POITIERS"), List.of()),
            new SeededStructure(26500025L, "13037703686870", "DIRECTION RÉGIONALE DES FINANCES PUBLIQUES DE BOURGOGNE-FRANCHE-COMTÉ", Kind.STATE, true, false, true, false,
                    new PostalAddress("14 RUE DE LA REPUBLIQUE", "21000", "DIJON"), List.of()),
            new SeededStructure(26500026L, "17001894505758", "RECTORAT DE L'ACADÉMIE DE BESANÇON", Kind.STATE, true, true, true, false,
                    new PostalAddress("15 RUE DE LA REPUBLIQUE", "25000", "BESANÇON"), List.of(new SeededService(13000013L, "INTENDANCE", "Service intendance", true, true),
                            new SeededService(13000014L, "ACHATS", "Service des achats", true, true))),
            new SeededStructure(26500027L, "13042273824703", "DIRECTION DÉPARTEMENTALE DES TERRITOIRES DU DOUBS", Kind.STATE, true, false, true, false,
                    new PostalAddress("16 RUE DE LA REPUBLIQUE", "25000", "BESANÇON"), List.of()),
            new SeededStructure(26500028L, "21654694695221", "RÉGIE MUNICIPALE DES TRANSPORTS DE GRENOBLE", Kind.PUBLIC_COMPANY, true, false, false, false,
                    new PostalAddress("17 RUE DE LA REPUBLIQUE", "38000", "GRENOBLE"), List.of()),
            new SeededStructure(26500029L, "21409666945660", "CONSERVATOIRE À RAYONNEMENT RÉGIONAL DE RENNES", Kind.LOCAL_AUTHORITY, true, false, false, false,
                    new PostalAddress("18 RUE DE LA REPUBLIQUE", "35000", "RENNES"), List.of()),
            new SeededStructure(26500030L, "25766223414803", "PARC NATUREL RÉGIONAL DU HAUT-JURA", Kind.LOCAL_AUTHORITY, true, false, false, false,
                    new PostalAddress("19 RUE DE LA REPUBLIQUE", "39310", "LAJOUX"), List.of()),
            new SeededStructure(26500031L, "18542430840026", "CHAMBRE DE MÉTIERS ET DE L'ARTISANAT DU DOUBS", Kind.PUBLIC_INSTITUTION, true, false, false, false,
                    new PostalAddress("20 RUE DE LA REPUBLIQUE", "25000", "BESANÇON"), List.of()),
            new SeededStructure(26500032L, "20323432480913", "ÉTABLISSEMENT PUBLIC FONCIER DU DOUBS", Kind.PUBLIC_INSTITUTION, false, false, false, false,
                    new PostalAddress("21 RUE DE LA REPUBLIQUE", "25000", "BESANÇON"), List.of()));

    /** Engagement numbers of the State recipients, all issued to the demo supplier. */
    private static final List<SeededEngagement> ENGAGEMENTS = List.of(
            new SeededEngagement("1300123456", "11000201100044", SeedData.SUPPLIER_ID),
            new SeededEngagement("1300123457", "11000201100044", SeedData.SUPPLIER_ID),
            new SeededEngagement("1300200001", "21300070000012", SeedData.SUPPLIER_ID),
            new SeededEngagement("1300300001", "13037703686870", SeedData.SUPPLIER_ID),
            new SeededEngagement("1300300002", "13037703686870", SeedData.SUPPLIER_ID),
            new SeededEngagement("1300400001", "17001894505758", SeedData.SUPPLIER_ID),
            new SeededEngagement("1300500001", "13042273824703", SeedData.SUPPLIER_ID));

    private SeedDirectory() {
    }

    static List<SeededStructure> structures() {
        return STRUCTURES;
    }

    static List<SeededEngagement> engagements() {
        return ENGAGEMENTS;
    }

    /** The engagement with this number issued by this recipient to this supplier. */
    static Optional<SeededEngagement> engagement(String number, String recipientSiret, long supplierId) {
        return ENGAGEMENTS.stream().filter(e -> e.number().equals(number) && e.recipientSiret().equals(recipientSiret)
                && e.supplierId() == supplierId).findFirst();
    }
}
