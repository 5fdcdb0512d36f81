package fr.chorusdesk.pdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON of {@code inspect}, documented field by field in docs/pdf.md. It is written by hand from
 * the records so that renaming a Java field can never silently change the output scripts rely on.
 * Every documented field is always present; an absent value is {@code null}.
 */
public final class InspectionJson {

    /** Bumped only when a field is removed or changes meaning; adding a field keeps the version. */
    public static final int FORMAT_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final PdfMessages messages;

    public InspectionJson(PdfMessages messages) {
        this.messages = messages;
    }

    public String write(PdfInspection inspection) {
        try {
            return mapper.writeValueAsString(toTree(inspection));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree cannot fail to serialise", e);
        }
    }

    /**
     * The JSON with more sections after the inspection's own, each under its name (the pre-send
     * audit's {@code consistency}, written by the caller that ran it).
     */
    public String write(PdfInspection inspection, java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> sections) {
        ObjectNode root = toTree(inspection);
        sections.forEach(root::set);
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree cannot fail to serialise", e);
        }
    }

    ObjectNode toTree(PdfInspection inspection) {
        PreflightReport report = inspection.preflight();
        ObjectNode root = mapper.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("file", inspection.fileName());
        root.put("verdict", report.verdict().name());
        root.put("passes", report.passes());
        root.put("uploadName", report.uploadName());
        putLong(root, "sizeBytes", report.sizeBytes());
        putInt(root, "pageCount", report.pageCount());
        putString(root, "pdfA", report.pdfA());
        ArrayNode checks = root.putArray("checks");
        for (PreflightCheck check : report.checks()) {
            ObjectNode node = checks.addObject();
            node.put("id", check.id());
            node.put("status", check.status().name());
            node.put("messageKey", check.messageKey());
            ArrayNode args = node.putArray("args");
            check.args().forEach(arg -> addArg(args, arg));
            node.put("message", messages.format(check.message()));
        }
        if (inspection.facturX().isPresent()) {
            root.set("facturX", facturX(inspection.facturX().get()));
        } else {
            root.putNull("facturX");
        }
        ArrayNode hints = root.putArray("hints");
        for (TextHint hint : inspection.hints()) {
            ObjectNode node = hints.addObject();
            node.put("kind", hint.kind().name());
            node.put("value", hint.value());
            node.put("page", hint.page());
            node.put("line", hint.line());
            node.put("context", hint.context());
            node.put("confidence", hint.confidence());
            node.put("autoFill", hint.autoFill());
            ArrayNode alternatives = node.putArray("alternatives");
            for (TextHint.Alternative a : hint.alternatives()) {
                ObjectNode alt = alternatives.addObject();
                alt.put("value", a.value());
                alt.put("confidence", a.confidence());
                alt.put("page", a.page());
                alt.put("line", a.line());
                alt.put("context", a.context());
            }
            if (hint.layout().isPresent()) {
                node.put("layout", hint.layout().get());
            } else {
                node.putNull("layout");
            }
        }
        root.set("signature", signature(inspection.signature()));
        return root;
    }

    private ObjectNode signature(PdfSignature signature) {
        ObjectNode node = mapper.createObjectNode();
        node.put("present", signature.present());
        node.put("count", signature.count());
        node.put("kind", signature.kind().name());
        putString(node, "subFilter", signature.subFilter());
        putString(node, "signerName", signature.signerName());
        putString(node, "signingTime", signature.signingTime().map(Object::toString));
        node.put("coversWholeFile", signature.coversWholeFile());
        node.put("qualifiesAsSignedPdf", signature.qualifiesAsSignedPdf());
        return node;
    }

    private ObjectNode facturX(FacturXReading reading) {
        ObjectNode node = mapper.createObjectNode();
        node.put("attachment", reading.attachmentName());
        putString(node, "profile", reading.profile().map(Enum::name));
        putString(node, "xmpConformanceLevel", reading.xmpConformanceLevel());
        ArrayNode problems = node.putArray("problems");
        for (PdfMessage problem : reading.problems()) {
            ObjectNode p = problems.addObject();
            p.put("messageKey", problem.key());
            ArrayNode args = p.putArray("args");
            problem.args().forEach(arg -> addArg(args, arg));
            p.put("message", messages.format(problem));
        }
        if (reading.invoice().isPresent()) {
            node.set("invoice", invoice(reading.invoice().get()));
        } else {
            node.putNull("invoice");
        }
        return node;
    }

    private ObjectNode invoice(FacturXInvoice invoice) {
        ObjectNode node = mapper.createObjectNode();
        term(node, "guidelineId", "BT-24", invoice.guidelineId());
        term(node, "number", "BT-1", invoice.number());
        term(node, "typeCode", "BT-3", invoice.typeCode());
        putString(node, "type", invoice.type().map(Enum::name));
        term(node, "issueDate", "BT-2", invoice.issueDate());
        term(node, "currency", "BT-5", invoice.currency());
        node.set("seller", party(invoice.seller(), "BT-27", "BT-30", "BT-31"));
        node.set("buyer", party(invoice.buyer(), "BT-44", "BT-47", "BT-48"));
        term(node, "buyerReference", "BT-10", invoice.buyerReference());
        term(node, "purchaseOrder", "BT-13", invoice.purchaseOrder());
        term(node, "contract", "BT-12", invoice.contract());
        term(node, "precedingInvoice", "BT-25", invoice.precedingInvoice());
        term(node, "precedingInvoiceDate", "BT-26", invoice.precedingInvoiceDate());
        term(node, "totalWithoutVat", "BT-109", invoice.totalWithoutVat());
        term(node, "totalVat", "BT-110", invoice.totalVat());
        term(node, "totalWithVat", "BT-112", invoice.totalWithVat());
        term(node, "prepaid", "BT-113", invoice.prepaid());
        term(node, "amountDue", "BT-115", invoice.amountDue());
        ArrayNode vat = node.putArray("vatBreakdown");
        for (VatBreakdown line : invoice.vatBreakdown()) {
            ObjectNode v = vat.addObject();
            term(v, "basis", "BT-116", line.basis());
            term(v, "amount", "BT-117", line.amount());
            term(v, "category", "BT-118", line.category());
            term(v, "ratePercent", "BT-119", line.ratePercent());
        }
        return node;
    }

    private ObjectNode party(InvoiceParty party, String nameTerm, String siretTerm, String vatTerm) {
        ObjectNode node = mapper.createObjectNode();
        term(node, "name", nameTerm, party.name());
        ObjectNode siret = term(node, "siret", siretTerm, party.siret());
        if (party.siret().isPresent()) {
            siret.put("valid", !party.hasInvalidSiret());
        } else {
            siret.putNull("valid");
        }
        term(node, "vatId", vatTerm, party.vatId());
        term(node, "otherId", siretTerm, party.otherId());
        putString(node, "otherIdScheme", party.otherIdScheme());
        return node;
    }

    private ObjectNode term(ObjectNode parent, String field, String term, Optional<?> value) {
        ObjectNode node = parent.putObject(field);
        node.put("term", term);
        if (value.isEmpty()) {
            node.putNull("value");
        } else if (value.get() instanceof BigDecimal amount) {
            // amounts as strings: a double would turn 0.10 into 0.1 and worse
            node.put("value", amount.toPlainString());
        } else if (value.get() instanceof LocalDate date) {
            node.put("value", date.toString());
        } else {
            node.put("value", value.get().toString());
        }
        return node;
    }

    private static void addArg(ArrayNode args, Object arg) {
        if (arg instanceof Integer i) {
            args.add(i);
        } else if (arg instanceof Long l) {
            args.add(l);
        } else if (arg instanceof Double d) {
            args.add(d);
        } else {
            args.add(String.valueOf(arg));
        }
    }

    private static void putString(ObjectNode node, String field, Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void putLong(ObjectNode node, String field, Optional<Long> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    private static void putInt(ObjectNode node, String field, Optional<Integer> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
