package fr.chorusdesk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.chorusdesk.service.PreSendAudit;

/**
 * The {@code consistency} section of {@code inspect}'s JSON: the pre-send audit's findings, the same
 * the wizard shows before sending, documented field by field in docs/pdf.md. Written by hand so
 * that renaming a Java field never changes what scripts read.
 */
final class ConsistencyJson {

    private final ObjectMapper mapper = new ObjectMapper();

    ObjectNode of(PreSendAudit.Report report) {
        ObjectNode node = mapper.createObjectNode();
        node.put("verdict", verdict(report));
        node.put("pagesRead", report.pagesRead());
        ArrayNode findings = node.putArray("findings");
        for (PreSendAudit.Finding f : report.findings()) {
            ObjectNode item = findings.addObject();
            item.put("check", f.check().name());
            item.put("severity", f.severity().name());
            if (f.field().isPresent()) {
                item.put("field", f.field().get().name());
            } else {
                item.putNull("field");
            }
            ArrayNode pages = item.putArray("pages");
            f.pages().forEach(pages::add);
            putString(item, "expected", f.expected());
            putString(item, "shown", f.shown());
            item.put("message", f.message());
        }
        return node;
    }

    /** {@code BLOCKS} when a finding blocks, else {@code WARNS}, else {@code SKIPPED} (no text), else {@code CLEAN}. */
    static String verdict(PreSendAudit.Report report) {
        if (report.blocks()) {
            return "BLOCKS";
        }
        if (!report.warnings().isEmpty()) {
            return "WARNS";
        }
        return report.findings().isEmpty() ? "CLEAN" : "SKIPPED";
    }

    private static void putString(ObjectNode node, String field, java.util.Optional<String> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
