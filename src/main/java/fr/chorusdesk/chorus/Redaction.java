package fr.chorusdesk.chorus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.chorusdesk.chorus.api.ChorusHttp;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Blanks out what must never reach a log: credentials, tokens and file contents. */
final class Redaction {

    static final String REDACTED = "<redacted>";

    private static final Set<String> SECRET_HEADERS = Set.of(
            ChorusHttp.HEADER_AUTHORIZATION.toLowerCase(Locale.ROOT), ChorusHttp.HEADER_CPRO_ACCOUNT,
            "cookie", "set-cookie", "proxy-authorization");

    private static final Set<String> SECRET_FIELDS = Set.of(
            "access_token", "refresh_token", "id_token", "client_secret", "password", "motDePasse");

    /** Fields that carry Base64 file content: logged as their length only. */
    private static final Set<String> FILE_FIELDS = Set.of(
            "pieceJointeFichier", "fichierFlux", "fichierFacture", "fichierCR", "fichierResultat", "fichier");

    private static final int MAX_LOGGED_CHARS = 4000;

    private Redaction() {
    }

    static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }

    static boolean isSecretFormField(String name) {
        return SECRET_FIELDS.contains(name);
    }

    /** A JSON body with secrets and file contents replaced; non-JSON text is cut short. */
    static String body(ObjectMapper mapper, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            JsonNode tree = mapper.readTree(text);
            if (tree != null && tree.isContainerNode()) {
                scrub(tree);
                return truncate(mapper.writeValueAsString(tree));
            }
        } catch (Exception notJson) {
            // fall through: logged as truncated text
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("<")) {
            // an HTML or XML error page: its start helps diagnose, and it carries no file content
            return "<non-JSON body, " + text.length() + " chars: " + truncate(trimmed.replaceAll("\\s+", " "), 300) + ">";
        }
        // may be cut JSON with file content in it: say only how long it is
        return "<unreadable body, " + text.length() + " chars, not logged>";
    }

    private static void scrub(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                String key = e.getKey();
                JsonNode v = e.getValue();
                if (SECRET_FIELDS.contains(key) && !v.isNull()) {
                    o.put(key, REDACTED);
                } else if (FILE_FIELDS.contains(key) && v.isTextual()) {
                    o.put(key, "<" + v.textValue().length() + " Base64 chars, not logged>");
                } else {
                    scrub(v);
                }
            }
        } else if (node.isArray()) {
            node.forEach(Redaction::scrub);
        }
    }

    private static String truncate(String s) {
        return truncate(s, MAX_LOGGED_CHARS);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...(" + (s.length() - max) + " more chars)";
    }
}
