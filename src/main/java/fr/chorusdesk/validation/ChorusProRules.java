package fr.chorusdesk.validation;

import static fr.chorusdesk.validation.CiiNamespaces.RAM;
import static fr.chorusdesk.validation.CiiNamespaces.RSM;

import fr.chorusdesk.domain.ChorusLimits;
import fr.chorusdesk.domain.Siret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
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


    List<ValidationFinding> check(Document xml) {
        List<ValidationFinding> found = new ArrayList<>();
        Element root = xml.getDocumentElement();
        if (!is(root, RSM, "CrossIndustryInvoice")) {
            return found;
        }
        Optional<String> number = text(root, List.of(rsm("ExchangedDocument"), ram("ID")));
        if (number.isPresent() && number.get().length() > ChorusLimits.MAX_INVOICE_NUMBER_LENGTH) {
            found.add(finding(NUMBER, "BT-1", "numeroFacture ≤ " + ChorusLimits.MAX_INVOICE_NUMBER_LENGTH));
        }
        if (number.isPresent() && !NUMBER_ALLOWED.matcher(number.get()).matches()) {
            found.add(finding(NUMBER_CHARS, "BT-1", "numeroFacture: [A-Za-z0-9-_/+]"));
        }
        List<QName> agreement = List.of(rsm("SupplyChainTradeTransaction"), ram("ApplicableHeaderTradeAgreement"));
        Optional<String> engagement = text(root, concat(agreement, ram("BuyerOrderReferencedDocument"),
                ram("IssuerAssignedID")));
        if (engagement.isPresent() && engagement.get().length() > ChorusLimits.MAX_ENGAGEMENT_NUMBER_LENGTH) {
            found.add(finding(ENGAGEMENT, "BT-13", "numeroBonCommande ≤ " + ChorusLimits.MAX_ENGAGEMENT_NUMBER_LENGTH));
        }
        Optional<String> service = text(root, concat(agreement, ram("BuyerReference")));
        if (service.isPresent() && service.get().length() > MAX_SERVICE_CODE_LENGTH) {
            found.add(finding(SERVICE, "BT-10", "codeServiceExecutant ≤ " + MAX_SERVICE_CODE_LENGTH));
        }
        Predicate<Element> siretScheme = e -> "0009".equals(e.getAttribute("schemeID"));
        Optional<String> buyerSiret = text(root, concat(agreement, ram("BuyerTradeParty"),
                ram("SpecifiedLegalOrganization"), ram("ID")), siretScheme)
                .or(() -> text(root, concat(agreement, ram("BuyerTradeParty"), ram("GlobalID")), siretScheme));
        if (buyerSiret.isPresent() && Siret.parse(buyerSiret.get()).isEmpty()) {
            found.add(finding(SIRET, "BT-47", "codeDestinataire: SIRET"));
        }
        List<Element> means = new ArrayList<>();
        collect(root, List.of(rsm("SupplyChainTradeTransaction"), ram("ApplicableHeaderTradeSettlement"),
                ram("SpecifiedTradeSettlementPaymentMeans")), 0, means);
        long withoutCode = means.stream().filter(m -> blank(m, "TypeCode")).count();
        if (withoutCode > 0) {
            found.add(finding(PAYMENT_MEANS, "BT-81",
                    "SpecifiedTradeSettlementPaymentMeans.TypeCode est obligatoire").times((int) withoutCode));
        }
        int grossWithoutAmount = 0;
        NodeList grossPrices = xml.getElementsByTagNameNS(RAM, "GrossPriceProductTradePrice");
        for (int i = 0; i < grossPrices.getLength(); i++) {
            for (Element charge : children((Element) grossPrices.item(i), ram("AppliedTradeAllowanceCharge"))) {
                if (blank(charge, "ActualAmount")) {
                    grossWithoutAmount++;
                }
            }
        }
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

    /*
     * The checks walk the DOM by hand: the JDK's XPath builds a view of the whole document for each
     * expression it evaluates, which cost more than all the checks together.
     */

    /** The trimmed text of the first element at the end of the path, in document order (XPath's first node); empty when blank. */
    private static Optional<String> text(Element from, List<QName> path) {
        return text(from, path, e -> true);
    }

    /** The same, among the elements at the end of the path that {@code last} accepts. */
    private static Optional<String> text(Element from, List<QName> path, Predicate<Element> last) {
        List<Element> found = new ArrayList<>();
        collect(from, path, 0, found);
        return found.stream().filter(last).findFirst().map(e -> e.getTextContent().trim()).filter(s -> !s.isEmpty());
    }

    private static void collect(Element from, List<QName> path, int step, List<Element> out) {
        for (Element child : children(from, path.get(step))) {
            if (step == path.size() - 1) {
                out.add(child);
            } else {
                collect(child, path, step + 1, out);
            }
        }
    }

    private static List<Element> children(Element parent, QName name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && is(e, name.getNamespaceURI(), name.getLocalPart())) {
                out.add(e);
            }
        }
        return out;
    }

    /** normalize-space(ram:child) is empty: no such child, or only blanks in the first one. */
    private static boolean blank(Element parent, String child) {
        List<Element> found = children(parent, ram(child));
        return found.isEmpty() || found.get(0).getTextContent().isBlank();
    }

    private static boolean is(Element e, String namespace, String local) {
        return namespace.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    private static QName rsm(String local) {
        return new QName(RSM, local);
    }

    private static QName ram(String local) {
        return new QName(RAM, local);
    }

    private static List<QName> concat(List<QName> head, QName... tail) {
        List<QName> out = new ArrayList<>(head);
        out.addAll(List.of(tail));
        return out;
    }
}
