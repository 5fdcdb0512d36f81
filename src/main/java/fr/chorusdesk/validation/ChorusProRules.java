package fr.chorusdesk.validation;

import fr.chorusdesk.domain.ChorusLimits;
import fr.chorusdesk.domain.Siret;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Rules Chorus Pro applies on top of EN 16931, each from a public source (docs/chorus-pro-reference.md
 * §12): no published Schematron carries them, so they are checked here, on the XML itself, with the
 * same limits the wizard applies to typed values ({@link ChorusLimits}).
 */
final class ChorusProRules {

    static final String NUMBER = "CPRO-NUMERO";
    static final String NUMBER_CHARS = "CPRO-NUMERO-CARACTERES";
    static final String ENGAGEMENT = "CPRO-ENGAGEMENT";
    static final String SERVICE = "CPRO-SERVICE";
    static final String SIRET = "CPRO-SIRET";
    static final String PAYMENT_MEANS = "CPRO-PAIEMENT";
    static final String GROSS_PRICE_ALLOWANCE = "CPRO-REMISE-PRIX-BRUT";

    /** Chorus Pro's character set for numeroFacture: letters, digits and - _ / + (CS). */
    private static final Pattern NUMBER_ALLOWED = Pattern.compile("[A-Za-z0-9_/+-]*");
    /** A service code may hold up to 100 characters (codeServiceExecutant varchar(100), CS). */
    static final int MAX_SERVICE_CODE_LENGTH = 100;

    private static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static final String RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";

    /** An XPath per thread: making one looks up the JDK's factory, which costs more than the checks. */
    private static final ThreadLocal<XPath> XPATHS = ThreadLocal.withInitial(ChorusProRules::xpath);

    List<ValidationFinding> check(Document xml) {
        List<ValidationFinding> found = new ArrayList<>();
        XPath xpath = XPATHS.get();
        xpath.reset();
        xpath.setNamespaceContext(NAMESPACES);
        Optional<String> number = text(xpath, xml, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID");
        if (number.isPresent() && number.get().length() > ChorusLimits.MAX_INVOICE_NUMBER_LENGTH) {
            found.add(finding(NUMBER, "BT-1", "numeroFacture ≤ " + ChorusLimits.MAX_INVOICE_NUMBER_LENGTH));
        }
        if (number.isPresent() && !NUMBER_ALLOWED.matcher(number.get()).matches()) {
            found.add(finding(NUMBER_CHARS, "BT-1", "numeroFacture: [A-Za-z0-9-_/+]"));
        }
        String agreement = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement";
        Optional<String> engagement = text(xpath, xml, agreement + "/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID");
        if (engagement.isPresent() && engagement.get().length() > ChorusLimits.MAX_ENGAGEMENT_NUMBER_LENGTH) {
            found.add(finding(ENGAGEMENT, "BT-13", "numeroBonCommande ≤ " + ChorusLimits.MAX_ENGAGEMENT_NUMBER_LENGTH));
        }
        Optional<String> service = text(xpath, xml, agreement + "/ram:BuyerReference");
        if (service.isPresent() && service.get().length() > MAX_SERVICE_CODE_LENGTH) {
            found.add(finding(SERVICE, "BT-10", "codeServiceExecutant ≤ " + MAX_SERVICE_CODE_LENGTH));
        }
        Optional<String> buyerSiret = text(xpath, xml, agreement
                + "/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0009']")
                .or(() -> text(xpath, xml, agreement + "/ram:BuyerTradeParty/ram:GlobalID[@schemeID='0009']"));
        if (buyerSiret.isPresent() && Siret.parse(buyerSiret.get()).isEmpty()) {
            found.add(finding(SIRET, "BT-47", "codeDestinataire: SIRET"));
        }
        String settlement = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement";
        int withoutCode = count(xpath, xml, settlement
                + "/ram:SpecifiedTradeSettlementPaymentMeans[not(normalize-space(ram:TypeCode))]");
        if (withoutCode > 0) {
            found.add(finding(PAYMENT_MEANS, "BT-81",
                    "SpecifiedTradeSettlementPaymentMeans.TypeCode est obligatoire").times(withoutCode));
        }
        int grossWithoutAmount = count(xpath, xml, "//ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge"
                + "[not(normalize-space(ram:ActualAmount))]");
        if (grossWithoutAmount > 0) {
            found.add(finding(GROSS_PRICE_ALLOWANCE, "BT-147",
                    "AppliedTradeAllowanceCharge.ActualAmount est obligatoire").times(grossWithoutAmount));
        }
        return found;
    }

    private static ValidationFinding finding(String id, String term, String text) {
        return new ValidationFinding(id, RuleLayer.CHORUS_PRO, FindingSeverity.BLOCKING, List.of(term), text,
                Optional.empty());
    }

    private static Optional<String> text(XPath xpath, Document xml, String expression) {
        try {
            Node node = (Node) xpath.evaluate(expression, xml, XPathConstants.NODE);
            return node == null ? Optional.empty() : Optional.of(node.getTextContent().trim()).filter(s -> !s.isEmpty());
        } catch (XPathExpressionException e) {
            throw new IllegalStateException("bad XPath " + expression, e);
        }
    }

    private static int count(XPath xpath, Document xml, String expression) {
        try {
            return ((NodeList) xpath.evaluate(expression, xml, XPathConstants.NODESET)).getLength();
        } catch (XPathExpressionException e) {
            throw new IllegalStateException("bad XPath " + expression, e);
        }
    }

    private static XPath xpath() {
        return XPathFactory.newDefaultInstance().newXPath();
    }

    private static final NamespaceContext NAMESPACES = new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "rsm" -> RSM;
                    case "ram" -> RAM;
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return java.util.Collections.emptyIterator();
            }
        };
}
