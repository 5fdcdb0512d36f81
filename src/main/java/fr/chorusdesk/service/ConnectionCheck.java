package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusAuthenticationException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.ChorusHttpException;
import fr.chorusdesk.chorus.ChorusNetworkException;
import fr.chorusdesk.chorus.ChorusTimeoutException;
import fr.chorusdesk.chorus.ChorusUnexpectedResponseException;
import fr.chorusdesk.chorus.api.CoordonneeBancaire;
import fr.chorusdesk.chorus.api.InformationGenerales;
import fr.chorusdesk.chorus.api.ServiceStructure;
import fr.chorusdesk.chorus.api.StructureActive;
import fr.chorusdesk.domain.PasswordExpiry;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The Compte step's connection check: a token, then recupererStructuresActivesPourFournisseur
 * (proves both the PISTE application and the technical account), then the chosen structure's
 * services, bank accounts and the technical password's expiry. Each failure becomes one French
 * message saying what to check. Blocking (network).
 */
public final class ConnectionCheck {

    private final ChorusClients clients;
    private final Locale locale;

    public ConnectionCheck(ChorusClients clients, Locale locale) {
        this.clients = Objects.requireNonNull(clients);
        this.locale = Objects.requireNonNull(locale);
    }

    /** First half: the structures the technical account may invoice from. */
    public List<SupplierStructure> testConnection(String profileId) throws AccountCheckException {
        ChorusClient client = clients.clientFor(profileId);
        try {
            List<SupplierStructure> structures = new ArrayList<>();
            for (StructureActive s : client.recupererStructuresActivesPourFournisseur().listeStructures()) {
                if (s.idStructureCPP() != null) {
                    structures.add(new SupplierStructure(s.idStructureCPP(), Objects.toString(s.identifiant(), ""),
                            Objects.toString(s.designationStructure(), "")));
                }
            }
            return List.copyOf(structures);
        } catch (ChorusException e) {
            throw failure(e);
        }
    }

    /**
     * Second half: the chosen structure's services, bank accounts and the technical password's
     * expiry. With several bank accounts, the IBAN of each is looked for in the supplier's latest
     * invoices ({@link BankAccountIbans}), starting from the ones already known ({@code known}, the
     * profile's), which are kept when no invoice shows them again.
     */
    public SupplierDetails supplierDetails(String profileId, SupplierStructure structure,
            List<SupplierBankAccount> known) throws AccountCheckException {
        ChorusClient client = clients.clientFor(profileId);
        try {
            List<SupplierService> services = new ArrayList<>();
            for (ServiceStructure s : client.activeServices(structure.idStructureCPP())) {
                if (s.idService() != null) {
                    services.add(new SupplierService(s.idService(), Objects.toString(s.codeService(), ""),
                            Objects.toString(s.libelleService(), "")));
                }
            }
            List<SupplierBankAccount> accounts = new ArrayList<>();
            for (CoordonneeBancaire c : client.recupererCoordonneesBancairesValides(structure.idStructureCPP())
                    .listeCoordonneeBancaire()) {
                if (c.idCoordonneeBancaire() != null) {
                    accounts.add(new SupplierBankAccount(c.idCoordonneeBancaire(),
                            Objects.toString(c.nomCoordonneeBancaire(), "")).withIbanKnownIn(known));
                }
            }
            List<SupplierBankAccount> withIbans = BankAccountIbans.learn(client, structure.idStructureCPP(),
                    accounts);
            Optional<PasswordExpiry> expiry = Optional.ofNullable(
                    client.consulterStructure(structure.idStructureCPP()).informationGenerales())
                    .map(InformationGenerales::dateExpirationMotPasseCompteTech).map(PasswordExpiry::new);
            return new SupplierDetails(services, withIbans, expiry);
        } catch (ChorusException e) {
            throw failure(e);
        }
    }

    /** One French message per cause, saying what to do; the chorus layer already words most of them. */
    private AccountCheckException failure(ChorusException e) {
        AccountProblem problem;
        if (e instanceof ChorusAuthenticationException auth) {
            problem = switch (auth.credentialToCheck()) {
                case PISTE_APPLICATION -> AccountProblem.PISTE_APPLICATION;
                case TECHNICAL_ACCOUNT -> AccountProblem.TECHNICAL_ACCOUNT;
                case API_SUBSCRIPTIONS -> AccountProblem.API_SUBSCRIPTIONS;
            };
        } else if (e instanceof ChorusTimeoutException) {
            problem = AccountProblem.TIMEOUT;
        } else if (e instanceof ChorusNetworkException) {
            problem = AccountProblem.NETWORK;
        } else if (e instanceof ChorusUnexpectedResponseException
                || (e instanceof ChorusHttpException && e.httpStatus().orElse(0) >= 500)) {
            problem = AccountProblem.UNAVAILABLE;
        } else {
            problem = AccountProblem.OTHER;
        }
        LoggerFactory.getLogger(ConnectionCheck.class).info("Connection check failed: {} ({})", problem,
                e.getMessage());
        return new AccountCheckException(problem, e.userMessage(locale), e.getMessage(), e);
    }
}
