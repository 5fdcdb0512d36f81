package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.api.FactureFournisseur;
import fr.chorusdesk.chorus.api.FactureFournisseurInfo;
import fr.chorusdesk.chorus.api.Pagination;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.SupplierBankAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Learns which IBAN each of the supplier's bank accounts has, so that the account a Factur-X names
 * (BT-84) can be pre-chosen. recupererCoordonneesBancairesValides gives only an account's id and
 * label; the IBAN comes back only with an invoice paid on it. So: the supplier's latest invoices
 * (rechercherFactureParFournisseur, one page, newest first), grouped by the account parts each
 * carries, then one consulterFactureParFournisseur per group, which names the account's id beside
 * its IBAN, until every account is known or {@link #MAX_CONSULTATIONS} calls are spent.
 *
 * <p>Best effort: a failure leaves the IBANs unknown and the user picks the account, so no error
 * goes further than the log. Blocking (network).
 */
final class BankAccountIbans {

    /** Invoices looked at: one page of the newest deposits. */
    static final int INVOICES_LOOKED_AT = 50;
    /** Consultations at most, whatever the number of accounts: each one is a call to Chorus Pro. */
    static final int MAX_CONSULTATIONS = 6;

    private BankAccountIbans() {
    }

    /** The accounts with every IBAN found; the ones not found as they were. */
    static List<SupplierBankAccount> learn(ChorusClient client, long structureId, List<SupplierBankAccount> accounts) {
        if (accounts.size() < 2 || accounts.stream().allMatch(a -> a.iban().isPresent())) {
            // one account is chosen whatever the invoice says: its IBAN decides nothing
            return accounts;
        }
        Map<Long, Iban> found = new HashMap<>();
        try {
            List<FactureFournisseur> invoices = client.rechercherFactureParFournisseur(
                    RechercherFactureParFournisseurRequest.builder().idFournisseur(structureId)
                            .pagination(new Pagination(INVOICES_LOOKED_AT, 1, "DateDepot",
                                    Pagination.TRI_DESCENDANT, null)).build()).listeFactures();
            Set<Long> wanted = new HashSet<>();
            accounts.stream().filter(a -> a.iban().isEmpty()).forEach(a -> wanted.add(a.id()));
            int consulted = 0;
            for (long invoiceId : onePerAccount(invoices)) {
                if (wanted.isEmpty() || consulted == MAX_CONSULTATIONS) {
                    break;
                }
                consulted++;
                Optional.ofNullable(client.consulterFactureParFournisseur(invoiceId).facture())
                        .map(f -> f.fournisseur())
                        .ifPresent(supplier -> record(supplier, wanted, found));
            }
        } catch (ChorusException | RuntimeException e) {
            LoggerFactory.getLogger(BankAccountIbans.class).info("Bank account IBANs not learned: {}",
                    e.getClass().getSimpleName());
        }
        List<SupplierBankAccount> learned = new ArrayList<>();
        for (SupplierBankAccount a : accounts) {
            learned.add(found.containsKey(a.id()) ? a.withIban(found.get(a.id())) : a);
        }
        return List.copyOf(learned);
    }

    /** The first (newest) invoice of each account the search tells apart; every invoice when it tells none. */
    static List<Long> onePerAccount(List<FactureFournisseur> invoices) {
        Map<String, Long> first = new LinkedHashMap<>();
        for (FactureFournisseur f : invoices) {
            if (f.identifiantFactureCPP() != null) {
                first.putIfAbsent(f.bankAccountKey().orElse("#" + f.identifiantFactureCPP()), f.identifiantFactureCPP());
            }
        }
        return List.copyOf(first.values());
    }

    private static void record(FactureFournisseurInfo supplier, Set<Long> wanted, Map<Long, Iban> found) {
        Long id = supplier.coordBancairesFournisseurId();
        Optional<Iban> iban = supplier.iban();
        if (id != null && iban.isPresent() && wanted.remove(id)) {
            found.put(id, iban.get());
        }
    }
}
