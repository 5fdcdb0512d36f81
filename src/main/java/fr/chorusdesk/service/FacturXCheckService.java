package fr.chorusdesk.service;

import fr.chorusdesk.pdf.EmbeddedInvoiceXml;
import fr.chorusdesk.pdf.FacturXReader;
import fr.chorusdesk.pdf.PlainPdfCopy;
import fr.chorusdesk.validation.ExplainedFinding;
import fr.chorusdesk.validation.FacturXValidator;
import fr.chorusdesk.validation.FindingTexts;
import fr.chorusdesk.validation.ValidationPolicy;
import fr.chorusdesk.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validates the Factur-X of a chosen PDF ({@link FacturXValidator}) and tells the result in the
 * user's language; makes the plain-PDF copy of one that is not valid. The last reports are kept by
 * the file's SHA-256, so the wizard's check and the sending's do not validate the same file twice.
 * Blocking, and the first call compiles the rule sets (seconds): call it off the UI thread.
 */
public final class FacturXCheckService {

    private static final int KEPT = 8;

    private final FacturXValidator validator;
    private final ValidationPolicy policy;
    private final FindingTexts texts;
    private final FacturXReader reader = new FacturXReader();
    private final Map<String, Optional<ValidationReport>> reports = new LinkedHashMap<>(KEPT, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<ValidationReport>> eldest) {
            return size() > KEPT;
        }
    };
    private volatile boolean validatedOnce;

    public FacturXCheckService(FacturXValidator validator, ValidationPolicy policy, Locale locale) {
        this.validator = Objects.requireNonNull(validator);
        this.policy = Objects.requireNonNull(policy);
        this.texts = new FindingTexts(locale);
    }

    /**
     * Compiles the rule sets ahead of the first Factur-X (seconds of CPU): validates a bundled
     * EN 16931 invoice that breaks no rule. Blocking; the app runs it on a low-priority thread after
     * the first frame, so that the user's first verdict does not wait for the compilation.
     */
    public void warmUp() {
        try (java.io.InputStream in = FacturXCheckService.class.getResourceAsStream(WARM_UP)) {
            if (in == null) {
                return;
            }
            validator.validate("warm-up.xml", in.readAllBytes());
            validatedOnce = true;
        } catch (java.io.IOException | RuntimeException e) {
            // the first real validation compiles them instead
        }
    }

    private static final String WARM_UP = "/fr/chorusdesk/validation/warm-up-en16931.xml";

    /** False until a validation has finished in this session: the next one may compile the rules first. */
    public boolean rulesReady() {
        return validatedOnce;
    }

    /** The check of the PDF's Factur-X; empty for a plain PDF. */
    public Optional<FacturXCheck> check(Path pdf, boolean signed) {
        return report(pdf).map(report -> told(report, signed));
    }

    /** The validation report of the PDF's invoice XML, by its content; empty for a plain PDF. */
    Optional<ValidationReport> report(Path pdf) {
        String key = PreflightService.fingerprint(pdf).orElse(null);
        if (key != null) {
            synchronized (reports) {
                Optional<ValidationReport> known = reports.get(key);
                if (known != null) {
                    return known;
                }
            }
        }
        Optional<EmbeddedInvoiceXml> xml = reader.invoiceXml(pdf);
        Optional<ValidationReport> report = xml.map(x -> validator.validate(x.name(), x.bytes()));
        validatedOnce = validatedOnce || report.isPresent();
        if (key != null) {
            synchronized (reports) {
                reports.put(key, report);
            }
        }
        return report;
    }

    /**
     * Whether a Factur-X of this profile is offered as a flow: not MINIMUM or BASIC WL when the
     * UNCONFIRMED switch is on (their XML lacks what Chorus Pro needs, see {@link ValidationPolicy}).
     */
    public boolean flowOffered(Optional<String> profile) {
        Optional<fr.chorusdesk.pdf.FacturXProfile> known = profile.flatMap(p -> {
            try {
                return Optional.of(fr.chorusdesk.pdf.FacturXProfile.valueOf(p));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        return fr.chorusdesk.validation.ProfileRules.of(known, policy).flowOffered();
    }

    /** Writes the plain-PDF copy of {@code pdf} to {@code target}; see {@link PlainPdfCopy}. */
    void plainCopy(Path pdf, Path target) throws IOException {
        new PlainPdfCopy().write(pdf, target);
    }

    private FacturXCheck told(ValidationReport report, boolean signed) {
        FacturXCheck.Verdict verdict = FacturXCheck.Verdict.valueOf(report.verdict().name());
        boolean blocks = verdict == FacturXCheck.Verdict.INVALID;
        return new FacturXCheck(verdict, texts.verdict(report.verdict()), report.profile().map(Enum::name),
                texts.profileNote(report, policy), report.findings().stream().map(texts::explain).map(this::finding)
                        .toList(), report.ruleSets(), signed, blocks, blocks && !signed);
    }

    private FacturXCheck.Finding finding(ExplainedFinding f) {
        return new FacturXCheck.Finding(f.ruleId(), f.term(), f.field(), f.blocking(), f.layer(), f.message(), f.fix(),
                f.details());
    }
}
