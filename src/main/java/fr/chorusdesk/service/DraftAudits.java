package fr.chorusdesk.service;

import fr.chorusdesk.domain.InvoiceDraft;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pre-send audit of each local draft, for the Brouillons tab: a draft whose PDF contradicts its
 * Factur-X, or holds several invoices, says so in the list before it is reopened. Only what the PDF
 * says of itself is checked here (no recipient is asked: the list works offline); a draft is audited
 * again only when it changed. Blocking (reads PDFs): call it off the UI thread.
 */
public final class DraftAudits {

    private final DraftService drafts;
    private final PreSendAudit audit;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Instant updatedAt, PreSendAudit.Report report) {
    }

    public DraftAudits(DraftService drafts, Locale locale) {
        this.drafts = Objects.requireNonNull(drafts);
        this.audit = new PreSendAudit(locale);
    }

    /** The drafts among these that fail a check, with what they fail; a draft without a PDF is left out. */
    public Map<String, PreSendAudit.Report> failing(List<DraftSummary> summaries) throws IOException {
        Map<String, PreSendAudit.Report> failing = new LinkedHashMap<>();
        for (DraftSummary summary : summaries) {
            Cached known = cache.get(summary.id());
            PreSendAudit.Report report;
            if (known != null && known.updatedAt().equals(summary.updatedAt())) {
                report = known.report();
            } else {
                Optional<InvoiceDraft> draft = drafts.open(summary.id());
                report = draft.map(d -> audit.audit(d, Optional.empty())).orElse(PreSendAudit.Report.NOTHING);
                cache.put(summary.id(), new Cached(summary.updatedAt(), report));
            }
            if (report.blocks() || !report.warnings().isEmpty()) {
                failing.put(summary.id(), report);
            }
        }
        return failing;
    }
}
