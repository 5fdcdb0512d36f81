package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusBusinessException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.RecipientMatch;
import fr.chorusdesk.chorus.RecipientRulesMapper;
import fr.chorusdesk.chorus.RecipientSearchPage;
import fr.chorusdesk.chorus.api.ConsulterStructureResponse;
import fr.chorusdesk.chorus.api.InformationGenerales;
import fr.chorusdesk.chorus.api.Pagination;
import fr.chorusdesk.chorus.api.RechercherServicesStructureResponse;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import fr.chorusdesk.chorus.api.StructureCriteres;
import fr.chorusdesk.chorus.api.StructureTrouvee;
import fr.chorusdesk.chorus.api.TypeIdentifiantStructure;
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
 * consulterStructure for its rules and rechercherServicesStructure for its services, then the
 * public register for whether it is the State ({@link StateSignal}); once a service is chosen,
 * consulterServiceStructure for that service's own parameters ({@link #rulesFor}). Answers are
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
    private final Map<Long, CachedService> serviceCache = new ConcurrentHashMap<>();

    private record Cached(Recipient recipient, Instant until) {
    }

    private record CachedService(boolean engagementRequired, Instant until) {
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
     * What an invoice to this recipient must carry with this service: the structure's rules, plus
     * the service's own (consulterServiceStructure's {@code parametres.numeroEngagement}: a service
     * can require an engagement number its structure does not). Without a service, or with one
     * the recipient does not list, the structure's rules.
     *
     * @throws RecipientException CHORUS_ERROR when the service's parameters cannot be read
     */
    public RecipientRules rulesFor(Recipient recipient, Optional<String> serviceCode) throws RecipientException {
        Optional<Recipient.RecipientUnit> unit = serviceCode.filter(c -> !c.isBlank()).flatMap(recipient::service);
        if (unit.isEmpty() || unit.get().id() <= 0) {
            return recipient.rules();
        }
        return serviceRequiresEngagement(recipient, unit.get())
                ? recipient.rules().withServiceRequiringEngagementNumber() : recipient.rules();
    }

    private boolean serviceRequiresEngagement(Recipient recipient, Recipient.RecipientUnit unit)
            throws RecipientException {
        Instant now = clock.instant();
        CachedService hit = serviceCache.get(unit.id());
        if (hit != null && now.isBefore(hit.until())) {
            return hit.engagementRequired();
        }
        try {
            boolean required = client.consulterServiceStructure(recipient.structureId(), unit.id())
                    .engagementNumberRequired();
            serviceCache.put(unit.id(), new CachedService(required, now.plus(timeToLive)));
            return required;
        } catch (ChorusException e) {
            throw new RecipientException(e);
        }
    }

    /**
     * Whether Chorus Pro knows this engagement number for this supplier, asked only when the
     * recipient is the State by the user's answer (the platform checks it then). A number it does
     * not know warns; it blocks only under the profile's strict check: the engagement states are
     * not public, and a production connector (OCA's) makes this check optional.
     *
     * @param state               the user's answer to « Le destinataire est-il l'État ? »
     * @param strict              the profile's strict check: an unknown number blocks
     * @param supplierStructureId the supplier's {@code idStructureCPP} ({@code idFournisseur})
     */
    public EngagementCheck checkEngagement(Recipient recipient, boolean state, boolean strict, Optional<String> number,
            long supplierStructureId, Locale locale) {
        Optional<String> asked = number.map(String::strip).filter(v -> !v.isEmpty());
        if (!state || asked.isEmpty()) {
            return new EngagementCheck(EngagementCheck.Outcome.NOT_NEEDED, Optional.empty(), strict);
        }
        try {
            if (client.engagementExists(supplierStructureId, asked.get())) {
                return new EngagementCheck(EngagementCheck.Outcome.FOUND, Optional.empty(), strict);
            }
            return new EngagementCheck(EngagementCheck.Outcome.UNKNOWN, Optional.of(ServiceMessages.format(locale,
                    strict ? "recipient.engagement.unknown" : "recipient.engagement.unknownWarning", asked.get(),
                    recipient.siret().value())), strict);
        } catch (ChorusException e) {
            return new EngagementCheck(EngagementCheck.Outcome.NOT_VERIFIED, Optional.of(ServiceMessages.format(locale,
                    "recipient.engagement.notVerified", asked.get(), e.userMessage(locale))), strict);
        }
    }

    /** As {@link #checkEngagement(Recipient, boolean, boolean, Optional, long, Locale)} with the public record's answer, not strict. */
    public EngagementCheck checkEngagement(Recipient recipient, Optional<String> number, long supplierStructureId,
            Locale locale) {
        return checkEngagement(recipient, recipient.stateStructure(), false, number, supplierStructureId, locale);
    }

    private static RecipientCandidate candidate(RecipientMatch m) {
        String siret = Objects.requireNonNullElse(m.siret(), "");
        Optional<String> town = m.town().map(t -> m.postalCode().map(c -> c + " " + t).orElse(t))
                .or(m::postalCode);
        return new RecipientCandidate(siret, Objects.requireNonNullElse(m.name(), siret), town, m.rules(), m.active(),
                Siret.parse(siret).map(RecipientService::isStateSiren).orElse(false));
        // a search row's State mark is the SIREN's guess: asking the register for every row of a
        // page would cost more than the mark is worth; the chosen recipient is looked up fully
    }

    /** Forgets every answer, e.g. after the account changed. */
    public void clear() {
        cache.clear();
        serviceCache.clear();
    }

    /** The fallback guess of {@link StateSignal#fromSiren}: whether a SIREN looks like the State's. */
    public static boolean isStateSiren(Siret siret) {
        return StateSignal.fromSiren(siret).state();
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
            String name = Objects.requireNonNullElse(structure.designationStructure(), "");
            StateSignal state = StateSignal.of(siret,
                    client.publicRegistry().flatMap(registry -> registry.legalCategory(siret)));
            Optional<ConsulterStructureResponse> details = describe(id);
            if (details.isEmpty()) {
                // consulterStructure describes public structures and one's own only: no rules to read
                Recipient.Sector sector = foundAmongPrivate(siret) ? Recipient.Sector.PRIVATE
                        : Recipient.Sector.NOT_DESCRIBED;
                return new Recipient(siret, id, name, state, RecipientRules.NONE, servicesIfListed(id), sector);
            }
            boolean privee = Optional.ofNullable(details.get().informationGenerales())
                    .map(InformationGenerales::structurePriveePublique)
                    .filter(PRIVEE::equalsIgnoreCase).isPresent();
            return new Recipient(siret, id, name, state, RecipientRulesMapper.fromStructure(details.get()),
                    servicesIfListed(id), privee ? Recipient.Sector.PRIVATE : Recipient.Sector.PUBLIC);
        } catch (ChorusException e) {
            throw new RecipientException(e);
        }
    }

    /** {@code structurePriveePublique} of a private structure. */
    private static final String PRIVEE = "PRIVEE";

    /** consulterStructure, or empty when Chorus Pro refuses to describe the structure (a business refusal). */
    private Optional<ConsulterStructureResponse> describe(long structureId) throws ChorusException {
        try {
            return Optional.of(client.consulterStructure(structureId));
        } catch (ChorusBusinessException e) {
            return Optional.empty();
        }
    }

    /** Whether a search restricted to private structures finds this SIRET. */
    private boolean foundAmongPrivate(Siret siret) throws ChorusException {
        StructureCriteres privateOnly = new StructureCriteres(siret.value(), TypeIdentifiantStructure.SIRET, null,
                null, null, null, null, null, null, PRIVEE, null, null, null);
        try {
            return client.rechercherStructure(new RechercherStructureRequest(privateOnly, Pagination.page(1, 10), false))
                    .listeStructures().stream().anyMatch(s -> siret.value().equals(s.identifiantStructure()));
        } catch (ChorusBusinessException e) {
            return false;
        }
    }

    /** The services, or none when Chorus Pro will not list them (as for a private structure). */
    private List<Recipient.RecipientUnit> servicesIfListed(long structureId) throws ChorusException {
        try {
            return services(structureId);
        } catch (ChorusBusinessException e) {
            return List.of();
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
