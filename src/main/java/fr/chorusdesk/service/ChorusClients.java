package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxInUseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Chorus Pro client of each profile, made once and shared (its token with it) by the
 * connection check, the wizard and the history. The demo profile's is the embedded sandbox's,
 * started on first use; another profile's is made from its URLs and the keychain's secrets.
 * Blocking (keychain, sandbox start).
 */
public final class ChorusClients {

    private final Function<String, SupplierProfile> profiles;
    private final ProfileSecrets secrets;
    private final DemoSandboxService demo;
    private final ChorusClientFactory factory;
    private final Locale locale;
    private final Map<String, ChorusClient> byProfile = new HashMap<>();

    /** @param profiles the profile of an id (throws for an unknown one) */
    public ChorusClients(Function<String, SupplierProfile> profiles, ProfileSecrets secrets, DemoSandboxService demo,
            ChorusClientFactory factory, Locale locale) {
        this.profiles = Objects.requireNonNull(profiles);
        this.secrets = Objects.requireNonNull(secrets);
        this.demo = Objects.requireNonNull(demo);
        this.factory = Objects.requireNonNull(factory);
        this.locale = Objects.requireNonNull(locale);
    }

    /**
     * The client of a profile.
     *
     * @throws AccountCheckException SECRETS_MISSING when the keychain lost the profile's secrets,
     *                               UNAVAILABLE when the demo sandbox cannot start
     */
    public synchronized ChorusClient clientFor(String profileId) throws AccountCheckException {
        ChorusClient cached = byProfile.get(profileId);
        if (cached != null) {
            return cached;
        }
        SupplierProfile profile = profiles.apply(profileId);
        ChorusEnvironment environment;
        ChorusCredentials creds;
        if (profile.isDemo()) {
            try {
                environment = demo.environment();
            } catch (SandboxInUseException e) {
                throw new AccountCheckException(AccountProblem.UNAVAILABLE,
                        ServiceMessages.format(locale, "demo.start.inUse"), e.getMessage(), e);
            }
            DemoCredentials d = DemoCredentials.DEMO;
            creds = new ChorusCredentials(d.clientId(), d.clientSecret(), d.technicalLogin(), d.technicalPassword());
        } else {
            environment = switch (profile.environment()) {
                case QUALIFICATION -> ChorusEnvironment.qualification();
                case PRODUCTION -> ChorusEnvironment.production();
                default -> ChorusEnvironment.custom(profile.apiUrl().orElse(""), profile.tokenUrl().orElse(""));
            };
            Optional<String> secret = secrets.get(profile.clientSecretRef());
            Optional<String> password = secrets.get(profile.technicalPasswordRef());
            if (secret.isEmpty() || password.isEmpty()) {
                throw new AccountCheckException(AccountProblem.SECRETS_MISSING,
                        ServiceMessages.format(locale, "account.error.secretsMissing"),
                        "Secrets of profile " + profile.id() + " are not in the credential store", null);
            }
            creds = new ChorusCredentials(profile.clientId(), secret.get(), profile.technicalLogin(), password.get());
        }
        ChorusClient client = factory.create(environment, creds);
        byProfile.put(profileId, client);
        return client;
    }

    /** The profile's URLs or secrets changed: its next client is made afresh. */
    public synchronized void forget(String profileId) {
        byProfile.remove(profileId);
    }
}
