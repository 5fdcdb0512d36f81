package fr.chorusdesk.validation;

import com.helger.diagnostics.error.IError;
import com.helger.diagnostics.error.level.EErrorLevel;
import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.api.result.ValidationResult;
import com.helger.phive.api.validity.IValidityDeterminator;
import com.helger.phive.xml.source.IValidationSourceXML;
import com.helger.phive.xml.source.ValidationSourceXML;
import fr.chorusdesk.pdf.EmbeddedInvoiceXml;
import fr.chorusdesk.pdf.FacturXProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.dom.DOMSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * {@link FacturXValidator} on the phive rule sets (decision 013): the XML Schema of the declared
 * profile (through phive), then its Schematron layers as {@link ProfileRules} lists them (phive's
 * rule files, run on one Saxon tree by {@link CompiledSchematron}), then Chorus Pro's own rules.
 * An XML the schema refuses is not read by the Schematron layers (their findings would describe a
 * structure that is not there), but Chorus Pro's rules still run.
 */
public final class PhiveFacturXValidator implements FacturXValidator {

    private static final Pattern BRACKETED_ID = Pattern.compile("^\\s*\\[([A-Za-z0-9_.-]+)\\]");
    private static final Pattern TERM = Pattern.compile("\\b(B[TG]-\\d+)\\b");
    private static final Pattern XSD_CODE = Pattern.compile("(cvc-[a-zA-Z0-9.-]+?)(?::|$)");
    private static final Pattern XSD_ELEMENT = Pattern.compile("(?:\\{\"[^\"]*\":|'(?:[a-z]+:)?)([A-Za-z]+)[}']");

    /**
     * The business term of a few elements an XML Schema error names, so that even a refused
     * structure says which field is wrong (EN 16931 CII syntax binding).
     */
    private static final Map<String, String> ELEMENT_TERMS = Map.ofEntries(
            Map.entry("TypeCode@SpecifiedTradeSettlementPaymentMeans", "BT-81"),
            // TypeCode expected where the payee account starts: the payment means code is missing
            Map.entry("TypeCode@PayeePartyCreditorFinancialAccount", "BT-81"),
            Map.entry("PayeePartyCreditorFinancialAccount", "BG-17"),
            Map.entry("SpecifiedTradeSettlementPaymentMeans", "BG-16"),
            Map.entry("InvoiceCurrencyCode", "BT-5"),
            Map.entry("IssueDateTime", "BT-2"),
            Map.entry("SellerTradeParty", "BG-4"),
            Map.entry("BuyerTradeParty", "BG-7"),
            Map.entry("PostalTradeAddress", "BG-5"),
            Map.entry("CountryID", "BT-40"),
            Map.entry("TaxBasisTotalAmount", "BT-109"),
            Map.entry("GrandTotalAmount", "BT-112"),
            Map.entry("DuePayableAmount", "BT-115"),
            Map.entry("LineTotalAmount", "BT-106"),
            Map.entry("IncludedSupplyChainTradeLineItem", "BG-25"),
            Map.entry("ApplicableTradeTax", "BG-23"),
            Map.entry("ExemptionReason", "BT-120"),
            Map.entry("BuyerReference", "BT-10"),
            Map.entry("IncludedNote", "BG-1"));

    private final ValidationPolicy policy;
    private final ChorusProRules chorusPro = new ChorusProRules();

    public PhiveFacturXValidator(ValidationPolicy policy) {
        this.policy = Objects.requireNonNull(policy);
    }

    @Override
    public ValidationReport validate(String name, byte[] xml) {
        Optional<Document> parsed = EmbeddedInvoiceXml.parse(xml);
        if (parsed.isEmpty()) {
            return ValidationReport.of(Optional.empty(), List.of(new ValidationFinding("XML-MAL-FORME", RuleLayer.XSD,
                    FindingSeverity.BLOCKING, List.of(), "not well-formed XML or DOCTYPE declared", Optional.empty())),
                    List.of());
        }
        Document document = parsed.get();
        Optional<FacturXProfile> declared = guidelineId(document).flatMap(FacturXProfile::fromGuidelineId);
        ProfileRules rules = ProfileRules.of(declared, policy);
        PhiveRuleSets sets = PhiveRuleSets.shared();
        IValidationSourceXML source = ValidationSourceXML.create(name, document);
        List<ValidationFinding> findings = new ArrayList<>();
        List<String> ruleSets = new ArrayList<>();
        boolean schemaRefused = false;
        XdmNode tree = null;
        for (RuleLayer layer : rules.layers()) {
            if (layer.isSchematron()) {
                if (schemaRefused) {
                    continue;
                }
                if (tree == null) {
                    tree = tree(sets, document);
                }
            }
            switch (layer) {
                case XSD -> {
                    ruleSets.add(PhiveRuleSets.FACTURX_VERSION + " XSD " + rules.profile().name());
                    List<ValidationFinding> xsd = schema(sets.xsd(rules.profile()), source);
                    findings.addAll(xsd);
                    schemaRefused = xsd.stream().anyMatch(ValidationFinding::blocks);
                }
                case FACTURX_PROFILE -> {
                    ruleSets.add(PhiveRuleSets.FACTURX_VERSION + " Schematron " + rules.profile().name());
                    findings.addAll(run(sets.facturXSchematron(rules.profile()), tree, layer));
                }
                case EN16931 -> {
                    ruleSets.add(PhiveRuleSets.EN16931_VERSION);
                    findings.addAll(run(sets.en16931(), tree, layer));
                }
                case FRANCE_CTC -> {
                    ruleSets.add(PhiveRuleSets.FRANCE_VERSION);
                    findings.addAll(run(sets.franceCtc(), tree, layer));
                }
                case CHORUS_PRO -> {
                    ruleSets.add("Chorus Pro");
                    findings.addAll(chorusPro.check(document));
                }
            }
        }
        return ValidationReport.of(declared, collapse(findings), ruleSets);
    }

    /** The invoice as a Saxon tree, copied from the DOM already parsed (and checked for a DOCTYPE) once. */
    private static XdmNode tree(PhiveRuleSets sets, Document document) {
        try {
            return sets.saxon().newDocumentBuilder().build(new DOMSource(document));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the parsed invoice could not be copied for the rule sets", e);
        }
    }

    private List<ValidationFinding> schema(IValidationExecutor<IValidationSourceXML> executor,
            IValidationSourceXML source) {
        ValidationResult result = executor.applyValidation(source, IValidityDeterminator.createDefault(),
                Locale.ENGLISH);
        List<ValidationFinding> out = new ArrayList<>();
        for (IError error : result.getErrorList()) {
            out.add(finding(error.getErrorID(), error.getErrorLevel().isGE(EErrorLevel.ERROR),
                    Objects.requireNonNullElse(error.getErrorText(Locale.ENGLISH), "").strip(), RuleLayer.XSD,
                    Optional.ofNullable(error.getErrorFieldName())));
        }
        return out;
    }

    private List<ValidationFinding> run(CompiledSchematron rules, XdmNode tree, RuleLayer layer) {
        List<ValidationFinding> out = new ArrayList<>();
        for (CompiledSchematron.Message m : rules.check(tree)) {
            out.add(finding(m.id().orElse(null), m.error(), m.text(), layer, m.location()));
        }
        return out;
    }

    private ValidationFinding finding(String errorId, boolean isError, String text, RuleLayer layer,
            Optional<String> where) {
        FindingSeverity severity = switch (layer) {
            case XSD, CHORUS_PRO -> FindingSeverity.BLOCKING;
            case FACTURX_PROFILE, EN16931 -> isError ? FindingSeverity.BLOCKING : FindingSeverity.REMARK;
            case FRANCE_CTC -> isError && policy.applyUnconfirmed() ? FindingSeverity.BLOCKING : FindingSeverity.REMARK;
        };
        List<String> terms = new ArrayList<>(terms(text));
        String ruleId = ruleId(errorId, text, layer);
        if (layer == RuleLayer.XSD && terms.isEmpty()) {
            xsdTerm(text).ifPresent(terms::add);
        }
        Optional<String> location = where.filter(s -> !s.isBlank());
        if (terms.isEmpty() && location.isPresent()) {
            locationTerm(location.get()).ifPresent(terms::add);
        }
        return new ValidationFinding(ruleId, layer, severity, terms, text, location);
    }

    /**
     * The rule's name as the user would look it up: the EN 16931 id in brackets at the head of the
     * text ({@code [BR-08]-…}, which the Factur-X Schematron quotes under its own {@code FX-SCH-…} id),
     * else the rule set's id, else the XML Schema error code.
     */
    static String ruleId(String errorId, String text, RuleLayer layer) {
        Matcher bracketed = BRACKETED_ID.matcher(text);
        if (bracketed.find() && !"SAX".equals(bracketed.group(1))) {
            return bracketed.group(1);
        }
        if (errorId != null && !errorId.isBlank()) {
            return errorId.strip();
        }
        if (layer == RuleLayer.XSD) {
            Matcher code = XSD_CODE.matcher(text.replace("[SAX] ", ""));
            return code.find() ? code.group(1) : "XSD";
        }
        if (text.contains("not used in the given context")) {
            return ValidationFinding.UNNAMED_FACTURX;
        }
        return layer.name();
    }

    private static List<String> terms(String text) {
        LinkedHashSet<String> terms = new LinkedHashSet<>();
        Matcher m = TERM.matcher(text);
        while (m.find()) {
            terms.add(m.group(1));
        }
        return List.copyOf(terms);
    }

    /** The business term of the element an XML Schema error is about: the expected one when it says. */
    private static Optional<String> xsdTerm(String text) {
        List<String> elements = new ArrayList<>();
        Matcher m = XSD_ELEMENT.matcher(text);
        while (m.find()) {
            elements.add(m.group(1));
        }
        for (int i = elements.size() - 1; i >= 0; i--) {
            String element = elements.get(i);
            String parent = i > 0 ? elements.get(i - 1) : "";
            String term = ELEMENT_TERMS.getOrDefault(element + "@" + parent, ELEMENT_TERMS.get(element));
            if (term != null) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /** The term of the last element of a location such as /rsm:…/ram:PostalTradeAddress[1]. */
    private static Optional<String> locationTerm(String location) {
        String[] steps = location.split("/");
        for (int i = steps.length - 1; i >= 0; i--) {
            String local = steps[i].replaceAll("\\[\\d+]$", "").replaceAll("^.*:", "").replace("@", "");
            String term = ELEMENT_TERMS.get(local);
            if (term != null) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    /** One finding per rule and layer, counting its places: a rule broken on every amount is one thing to fix. */
    private static List<ValidationFinding> collapse(List<ValidationFinding> findings) {
        Map<String, ValidationFinding> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ValidationFinding f : findings) {
            String key = f.layer() + "|" + f.ruleId() + "|" + (f.layer() == RuleLayer.XSD ? f.ruleText() : "");
            first.putIfAbsent(key, f);
            counts.merge(key, f.occurrences(), Integer::sum);
        }
        List<ValidationFinding> out = new ArrayList<>();
        first.forEach((key, f) -> out.add(f.times(counts.get(key))));
        return out;
    }

    private static Optional<String> guidelineId(Document document) {
        for (Node n = document.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "ExchangedDocumentContext".equals(e.getLocalName())) {
                var ids = e.getElementsByTagNameNS(CiiNamespaces.RAM, "ID");
                for (int i = 0; i < ids.getLength(); i++) {
                    Node id = ids.item(i);
                    if (id.getParentNode() != null
                            && "GuidelineSpecifiedDocumentContextParameter".equals(id.getParentNode().getLocalName())) {
                        return Optional.of(id.getTextContent().trim());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
