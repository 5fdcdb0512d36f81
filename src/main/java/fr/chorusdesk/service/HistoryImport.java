package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.api.FactureFournisseur;
import fr.chorusdesk.chorus.api.Pagination;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurResponse;
import fr.chorusdesk.domain.SentInvoice;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Brings into the history the invoices already on Chorus Pro for a profile (sent from the portal
 * or another machine): rechercherFactureParFournisseur over a deposit date range, page by page.
 * Invoices already in the history (same Chorus id) are left as they are. Blocking.
 */
public final class HistoryImport {

    /** Told after each page. */
    public interface Progress {
        void page(int done, int pages, int invoicesSoFar);
    }

    /** What an import brought: invoices seen on Chorus Pro and those new to the history. */
    public record Result(int found, int added) {
    }

    /** Invoices asked per page. */
    public static final int PAGE_SIZE = 100;

    private final Supplier<ChorusClient> client;
    private final HistoryService history;
    private final Clock clock;
    private final int pageSize;

    public HistoryImport(Supplier<ChorusClient> client, HistoryService history, Clock clock, int pageSize) {
        this.pageSize = pageSize;
        this.client = Objects.requireNonNull(client);
        this.history = Objects.requireNonNull(history);
        this.clock = Objects.requireNonNull(clock);
    }

    public Result run(String profile, long supplierStructureId, LocalDate from, LocalDate to, Progress progress)
            throws ChorusException, IOException {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("empty range");
        }
        ChorusClient chorus = client.get();
        List<SentInvoice> found = new ArrayList<>();
        int page = 1;
        int pages;
        do {
            RechercherFactureParFournisseurResponse answer = chorus.rechercherFactureParFournisseur(
                    RechercherFactureParFournisseurRequest.builder().idFournisseur(supplierStructureId)
                            .periodeDateDepot(from, to)
                            .pagination(new Pagination(pageSize, page, null, null, null)).build());
            answer.listeFactures().stream().map(f -> toHistory(profile, f)).forEach(found::add);
            pages = Optional.ofNullable(answer.parametresRetour()).map(r -> r.pages()).orElse(1);
            progress.page(page, pages, found.size());
            page++;
        } while (page <= pages);
        return new Result(found.size(), history.importAll(found));
    }

    private SentInvoice toHistory(String profile, FactureFournisseur f) {
        return new SentInvoice(UUID.randomUUID().toString(), profile, Optional.empty(),
                Objects.requireNonNullElse(f.numeroFacture(), ""), Objects.requireNonNullElse(f.codeDestinataire(), ""),
                SentInvoice.State.SENT, "IMPORTED", Optional.ofNullable(f.identifiantFactureCPP()),
                Optional.ofNullable(f.numeroFluxDepot()), f.statut(), Optional.ofNullable(f.dateFacture()),
                Optional.ofNullable(f.dateDepot()), Optional.ofNullable(f.montantHT()),
                Optional.ofNullable(f.montantTTC()), Optional.empty(), Optional.empty(), List.of(), clock.instant(),
                Optional.empty(), List.of(), false, List.of(), Optional.ofNullable(f.designationDestinataire()));
    }
}
