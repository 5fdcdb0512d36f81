package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.RecipientMatch;
import fr.chorusdesk.chorus.RecipientRulesMapper;
import fr.chorusdesk.chorus.RecipientSearchPage;
import fr.chorusdesk.chorus.api.RechercherServicesStructureResponse;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import fr.chorusdesk.chorus.api.StructureTrouvee;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.domain.Siret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a recipient by SIRET and tells what an invoice to it needs: rechercherStructure, then
 * consulterStructure for its rules and rechercherServicesStructure for its services. Answers are
 * kept for a short while ({@link #DEFAULT_TIME_TO_LIVE}) so that typing, going back and forth
 * between steps and the final check before sending ask Chorus Pro once. Thread-safe.
 */
public final class RecipientService {

    /** Long enough for one wizard run, short enough to see a structure's change the same day. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(10);

    /**
     * Matches per page of a search by name or town. Each match costs one consulterStructure (the
     * search answer has neither the town nor the rules), so pages stay short.
     */
    public static final int SEARCH_PAGE_SIZE = 5;

    private static final int MAX_SERVICE_PAGES = 100;

    private final ChorusClient client;
    private final Clock clock;
    private final Duration timeToLive;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Recipient recipient, Instant until) {
    }

    public RecipientService(ChorusClient client, Clock clock) {
        this(client, clock, DEFAULT_TIME_TO_LIVE);
    }

    public RecipientService(ChorusClient client, Clock clock, Duration timeToLive) {
        this.client = Objects.requireNonNull(client);
        this.clock = Objects.requireNonNull(clock);
        this.timeToLive = Objects.requireNonNull(timeToLive);
    }

    /**
     * The active public structure with this SIRET (spaces allowed), with its rules and services.
     *
     * @throws RecipientException INVALID_SIRET, NOT_FOUND, INACTIVE_STRUCTURE or CHORUS_ERROR
     */
    public Recipient lookup(String siretText) throws RecipientException {
        Siret siret = Siret.parse(siretText).orElseThrow(
                () -> new RecipientException(RecipientException.Kind.INVALID_SIRET,
                        siretText == null ? "" : siretText.trim()));
        Instant now = clock.instant();
        Cached hit = cache.get(siret.value());
        if (hit != null && now.isBefore(hit.until())) {
            return hit.recipient();
        }
        Recipient fresh = fetch(siret);
        cache.put(siret.value(), new Cached(fresh, now.plus(timeToLive)));
        return fresh;
    }

    /**
     * Checks a service code against the recipient's services.
     *
     * @throws RecipientException UNKNOWN_SERVICE or INACTIVE_SERVICE
     */
    public Recipient.RecipientUnit checkService(Recipient recipient, String code) throws RecipientException {
        Recipient.RecipientUnit unit = recipient.service(code).orElseThrow(
                () -> new RecipientException(RecipientException.Kind.UNKNOWN_SERVICE, code.trim()));
        if (!unit.active()) {
            throw new RecipientException(RecipientException.Kind.INACTIVE_SERVICE, unit.code());
        }
        return unit;
    }

    /**
     * One page of the public structures whose name contains {@code query.name()}, in that postal
     * code, whose town contains {@code query.town()}, sorted by name: the portal's "Rechercher une
     * structure".
     *
     * @param page 1-based; below 1 reads as 1
     * @throws RecipientException SEARCH_CRITERIA_MISSING (nothing asked), POSTAL_CODE_INVALID, or CHORUS_ERROR
     */
    public RecipientSearchResult search(RecipientQuery query, int page) throws RecipientException {
        if (query.isBlank()) {
            throw new RecipientException(RecipientException.Kind.SEARCH_CRITERIA_MISSING, "");
        }
        Optional<String> badPostalCode = query.invalidPostalCode();
        if (badPostalCode.isPresent()) {
            throw new RecipientException(RecipientException.Kind.POSTAL_CODE_INVALID, badPostalCode.get());
        }
        try {
            RecipientSearchPage found = client.searchPublicStructures(query.name(), query.postalCode(), query.town(),
                    Math.max(1, page), SEARCH_PAGE_SIZE);
            List<RecipientCandidate> candidates = found.matches().stream().map(RecipientService::candidate).toList();
            return new RecipientSearchResult(query, candidates, found.page(), found.pages(), found.total());
        } catch (ChorusException e) {
            throw new RecipientException(e);
        }
    }

    /**
     * These SIRETs (the recent recipients) as search results, in the same order; one that can no
     * longer be found, or not be asked for now, is left out: it is only a shortcut.
     */
    public List<RecipientCandidate> candidates(List<String> sirets) {
        List<RecipientCandidate> known = new ArrayList<>();
        for (String siret : sirets) {
            try {
                Recipient r = lookup(siret);
                known.add(new RecipientCandidate(r.siret().value(), r.name(), Optional.empty(), r.rules(), true,
                        r.stateStructure()));
            } catch (RecipientException e) {
                // an inactive or vanished recipient is simply not offered again
            }
        }
        return List.copyOf(known);
    }

    /**
     * Whether Chorus Pro knows this engagement number for this supplier, asked only when the
     * recipient is the State (the platform checks it then, and refuses the invoice otherwise).
     *
     * @param supplierStructureId the supplier's {@code idStructureCPP} ({@code idFournisseur})
     */
    public EngagementCheck checkEngagement(Recipient recipient, Optional<String> number, long supplierStructureId,
            Locale locale) {
        Optional<String> asked = number.map(String::strip).filter(v -> !v.isEmpty());
        if (!recipient.stateStructure() || asked.isEmpty()) {
            return new EngagementCheck(EngagementCheck.Outcome.NOT_NEEDED, Optional.empty());
        }
        try {
            if (client.engagementExists(supplierStructureId, asked.get())) {
                return new EngagementCheck(EngagementCheck.Outcome.FOUND, Optional.empty());
            }
            return new EngagementCheck(EngagementCheck.Outcome.UNKNOWN, Optional.of(ServiceMessages.format(locale,
                    "recipient.engagement.unknown", asked.get(), recipient.siret().value())));
        } catch (ChorusException e) {
            return new EngagementCheck(EngagementCheck.Outcome.NOT_VERIFIED, Optional.of(ServiceMessages.format(locale,
                    "recipient.engagement.notVerified", asked.get(), e.userMessage(locale))));
        }
    }

    private static RecipientCandidate candidate(RecipientMatch m) {
        String siret = Objects.requireNonNullElse(m.siret(), "");
        Optional<String> town = m.town().map(t -> m.postalCode().map(c -> c + " " + t).orElse(t))
                .or(m::postalCode);
        return new RecipientCandidate(siret, Objects.requireNonNullElse(m.name(), siret), town, m.rules(), m.active(),
                Siret.parse(siret).map(RecipientService::isStateSiren).orElse(false));
    }

    /** Forgets every answer, e.g. after the account changed. */
    public void clear() {
        cache.clear();
    }

    /**
     * Whether a SIREN belongs to the State. Chorus Pro's API carries no such flag. Public bodies'
     * SIRENs start with 1 or 2; that the State's start with 1 and local authorities' and hospitals'
     * with 2 is the common reading (the public State test structure, 110002011, fits it), and so is
     * that 18 and 19 are public establishments of their own (chambers, lycées, universities), not
     * the State; no source checked here states either: UNCONFIRMED. A heuristic, then: it decides
     * whether the wizard says "État" and looks the engagement number up before sending.
     */
    public static boolean isStateSiren(Siret siret) {
        String v = siret.value();
        return v.charAt(0) == '1' && v.charAt(1) != '8' && v.charAt(1) != '9';
    }

    private Recipient fetch(Siret siret) throws RecipientException {
        try {
            List<StructureTrouvee> found = client.rechercherStructure(RechercherStructureRequest.parSiret(siret.value()))
                    .listeStructures().stream()
                    .filter(s -> siret.value().equals(s.identifiantStructure()) && s.idStructureCPP() != null)
                    .toList();
            if (found.isEmpty()) {
                throw new RecipientException(RecipientException.Kind.NOT_FOUND, siret.value());
            }
            StructureTrouvee structure = found.get(0);
            if (!StructureTrouvee.STATUT_ACTIVE.equalsIgnoreCase(structure.statut())) {
                throw new RecipientException(RecipientException.Kind.INACTIVE_STRUCTURE, siret.value());
            }
            long id = structure.idStructureCPP();
            RecipientRules rules = RecipientRulesMapper.fromStructure(client.consulterStructure(id));
            return new Recipient(siret, id, Objects.requireNonNullElse(structure.designationStructure(), ""),
                    isStateSiren(siret), rules, services(id));
        } catch (ChorusException e) {
            throw new RecipientException(e);
        }
    }

    private List<Recipient.RecipientUnit> services(long structureId) throws ChorusException {
        List<Recipient.RecipientUnit> units = new ArrayList<>();
        for (int page = 1; page <= MAX_SERVICE_PAGES; page++) {
            RechercherServicesStructureResponse r = client.rechercherServicesStructure(structureId, page);
            r.listeServices().stream()
                    .filter(s -> s.codeService() != null)
                    .map(s -> new Recipient.RecipientUnit(s.idService() == null ? 0L : s.idService(), s.codeService(),
                            Objects.requireNonNullElse(s.libelleService(), s.codeService()),
                            Boolean.TRUE.equals(s.estActif())))
                    .forEach(units::add);
            Integer pages = r.parametresRetour() == null ? null : r.parametresRetour().pages();
            if (pages == null || page >= pages || r.listeServices().isEmpty()) {
                break;
            }
        }
        return units;
    }
}
