package fr.chorusdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a generated JSON tree as text, which Jackson's own writer cannot always do: strings with a
 * lone surrogate go out as a {@code \}{@code uD800} escape, and {@link Raw} pieces (a thousand open
 * brackets, a duplicated key) go out as they are.
 */
public final class HostileJson {

    /** JSON text written verbatim where the tree holds it (in a {@link POJONode}). */
    public record Raw(String text) {
    }

    private HostileJson() {
    }

    /**
     * @param asciiOnly every character outside printable ASCII as a {@code \}{@code uXXXX} escape;
     *                  otherwise UTF-8, with escapes only where UTF-8 cannot say it (lone surrogates)
     */
    public static byte[] write(JsonNode node, boolean asciiOnly) {
        StringBuilder out = new StringBuilder();
        write(node, asciiOnly, out);
        return utf8(out);
    }

    private static void write(JsonNode node, boolean asciiOnly, StringBuilder out) {
        if (node instanceof POJONode pojo && pojo.getPojo() instanceof Raw raw) {
            out.append(raw.text());
        } else if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean first = true;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(field.getKey(), asciiOnly, out);
                out.append(':');
                write(field.getValue(), asciiOnly, out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(node.get(i), asciiOnly, out);
            }
            out.append(']');
        } else if (node.isTextual()) {
            string(node.textValue(), asciiOnly, out);
        } else if (node.isBigDecimal()) {
            out.append(node.decimalValue().toString());
        } else {
            out.append(node.toString());
        }
    }

    private static void string(String text, boolean asciiOnly, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || (asciiOnly && c > 0x7e) || (Character.isSurrogate(c) && !pair
                    && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))))) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** UTF-8 of text whose lone surrogates were all escaped, so the encoding is exact. */
    private static byte[] utf8(CharSequence text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() + 16);
        byte[] encoded = text.toString().getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        return bytes.toByteArray();
    }
}
