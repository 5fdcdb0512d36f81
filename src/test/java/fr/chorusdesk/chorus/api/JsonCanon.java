package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Makes JSON trees comparable whatever the scale of their numbers (10, 10.0 and 1E+1 compare equal). */
public final class JsonCanon {

    private JsonCanon() {
    }

    public static JsonNode canon(JsonNode node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node.isNumber()) {
            return f.textNode("#" + node.decimalValue().stripTrailingZeros().toPlainString());
        }
        if (node.isObject()) {
            ObjectNode o = f.objectNode();
            node.fields().forEachRemaining(e -> o.set(e.getKey(), canon(e.getValue())));
            return o;
        }
        if (node.isArray()) {
            ArrayNode a = f.arrayNode();
            node.forEach(n -> a.add(canon(n)));
            return a;
        }
        return node;
    }
}
