package fr.chorusdesk.service;

import fr.chorusdesk.domain.RecipientRules;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recipient's side of the checks before anything reaches Chorus Pro, the same for a first
 * deposit and for a recycled invoice: the recipient found and active, the service active, the
 * rules of the structure and of the chosen service, and for a recipient the user calls the State
 * the engagement number looked up (an unknown one warns, or blocks under the strict check).
 */
public final class RecipientChecks {

    private static final Logger LOG = LoggerFactory.getLogger(RecipientChecks.class);

    private final RecipientService recipients;
    private final ProfileAnswers answers;
    private final Locale locale;

    /** Where an invoice goes, and what it must carry to get there. */
    public record Routing(Recipient recipient, RecipientRules rules) {
    }

    public RecipientChecks(RecipientService recipients, ProfileAnswers answers, Locale locale) {
        this.recipients = Objects.requireNonNull(recipients);
        this.answers = Objects.requireNonNull(answers);
        this.locale = Objects.requireNonNull(locale);
    }

    public ProfileAnswers answers() {
        return answers;
    }

    /**
     * The recipient (looked up, cached) with the rules of its structure and of this service. A
     * service's parameters that cannot be read leave the structure's rules: Chorus Pro checks
     * them itself at the deposit.
     *
     * @throws RecipientException invalid SIRET, not found, inactive structure, unknown or inactive service
     */
    public Routing route(String siret, Optional<String> serviceCode) throws RecipientException {
        Recipient recipient = recipients.lookup(siret);
        Optional<String> service = serviceCode.filter(c -> !c.isBlank());
        if (service.isPresent()) {
            recipients.checkService(recipient, service.get());
        }
        try {
            return new Routing(recipient, recipients.rulesFor(recipient, service));
        } catch (RecipientException e) {
            LOG.warn("Parameters of service {} of {} not read; the structure's rules apply: {}", service.orElse(""),
                    recipient.siret().value(), e.getMessage());
            return new Routing(recipient, recipient.rules());
        }
    }

    /** The user's answer to « Le destinataire est-il l'État ? », else the public record's. */
    public boolean isState(Recipient recipient) {
        return answers.current().state(recipient.siret()).orElse(recipient.stateStructure());
    }

    /** The engagement number looked up when the user calls the recipient the State; strict as the profile says. */
    public EngagementCheck engagement(Recipient recipient, Optional<String> number, long supplierStructureId) {
        return recipients.checkEngagement(recipient, isState(recipient), answers.current().strictEngagementCheck(),
                number, supplierStructureId, locale);
    }
}
