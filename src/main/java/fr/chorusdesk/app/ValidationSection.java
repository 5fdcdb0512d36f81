package fr.chorusdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.chorusdesk.pdf.EmbeddedInvoiceXml;
import fr.chorusdesk.pdf.FacturXReader;
import fr.chorusdesk.validation.ExplainedFinding;
import fr.chorusdesk.validation.FacturXValidator;
import fr.chorusdesk.validation.FindingTexts;
import fr.chorusdesk.validation.ValidationFinding;
import fr.chorusdesk.validation.ValidationPolicy;
import fr.chorusdesk.validation.ValidationReport;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code validation} section of {@code inspect}'s JSON (docs/pdf.md): the verdict of the
 * Factur-X validation and each finding with its rule id, business term, severity and message in the
 * chosen language; {@code null} for a PDF without invoice XML.
 */
final class ValidationSection {

    /** Exit codes the validation contributes: 0 valid, 1 remarks only, 2 not valid (blocked). */
    static final int VALID = 0;
    static final int REMARKS = 1;
    static final int BLOCKED = 2;

    private final FacturXValidator validator;
    private final ValidationPolicy policy;
    private final FindingTexts texts;

    ValidationSection(FacturXValidator validator, ValidationPolicy policy, Locale locale) {
        this.validator = validator;
        this.policy = policy;
        this.texts = new FindingTexts(locale);
    }

    /** The report of the file's invoice XML; empty for a plain PDF. */
    Optional<ValidationReport> validate(Path file) {
        Optional<EmbeddedInvoiceXml> xml = new FacturXReader().invoiceXml(file);
        return xml.map(x -> validator.validate(x.name(), x.bytes()));
    }

    ObjectNode json(ObjectMapper mapper, ValidationReport report) {
        ObjectNode node = mapper.createObjectNode();
        node.put("verdict", report.verdict().name());
        node.put("verdictLabel", texts.verdict(report.verdict()));
        node.put("profile", report.profile().map(Enum::name).orElse(null));
        node.put("profileNote", texts.profileNote(report, policy));
        ArrayNode sets = node.putArray("ruleSets");
        report.ruleSets().forEach(sets::add);
        ArrayNode findings = node.putArray("findings");
        for (ValidationFinding finding : report.findings()) {
            ExplainedFinding told = texts.explain(finding);
            ObjectNode f = findings.addObject();
            f.put("ruleId", finding.ruleId());
            f.put("bt", finding.mainTerm().orElse(null));
            f.put("severity", finding.severity().name());
            f.put("layer", finding.layer().name());
            f.put("field", told.field());
            f.put("message", told.message());
            f.put("fix", told.fix());
            f.put("occurrences", finding.occurrences());
            f.put("ruleText", finding.ruleText());
        }
        return node;
    }

    static int exitCode(ValidationReport report) {
        return switch (report.verdict()) {
            case VALID -> VALID;
            case VALID_WITH_REMARKS -> REMARKS;
            case INVALID -> BLOCKED;
        };
    }
}
