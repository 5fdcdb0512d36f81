package fr.chorusdesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.domain.InvoiceDraft;
import java.io.IOException;

/**
 * The JSON of an {@link InvoiceDraft}, as drafts and the history keep it: the record's components
 * by name, absent values as {@code null}, dates ISO-8601, amounts as exact decimals with their
 * scale. A file written by a newer ChorusDesk ({@code schemaVersion} above
 * {@link InvoiceDraft#SCHEMA_VERSION}) is refused rather than half-read; unknown fields from a
 * newer minor change are ignored. A file of an older version is read as the current one (version 2
 * added the supporting documents; a version 1 draft has none).
 */
public final class InvoiceDraftJson {

    private final ObjectMapper mapper = RecordFiles.mapper();

    /** Thrown for a file that is not a draft, or a draft of a newer shape. */
    public static final class UnreadableDraftException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadableDraftException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public byte[] write(InvoiceDraft draft) {
        try {
            return mapper.writeValueAsBytes(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An InvoiceDraft always serialises", e);
        }
    }

    public InvoiceDraft read(byte[] json) throws UnreadableDraftException {
        try {
            JsonNode tree = mapper.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new UnreadableDraftException("not a JSON object", null);
            }
            int version = tree.path("schemaVersion").asInt(-1);
            if (version < 1 || version > InvoiceDraft.SCHEMA_VERSION) {
                throw new UnreadableDraftException("unsupported draft schemaVersion " + version, null);
            }
            if (version < InvoiceDraft.SCHEMA_VERSION) {
                // every change so far only added components: an older file reads as the current shape
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("schemaVersion", InvoiceDraft.SCHEMA_VERSION);
            }
            return mapper.treeToValue(tree, InvoiceDraft.class);
        } catch (UnreadableDraftException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDraftException("not a readable draft: " + e.getMessage(), e);
        }
    }
}
