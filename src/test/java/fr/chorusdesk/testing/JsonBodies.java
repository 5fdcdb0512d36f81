package fr.chorusdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * JSON bodies generated from a {@link FieldList.Block}: each listed field absent, right, null, of
 * the wrong type or extreme; unknown fields added; objects given where arrays are expected; deep
 * nesting; then, for some bodies, the text itself damaged (cut, invalid UTF-8, not an object at
 * all). Realistic values come from the hints the caller gives, so that some bodies pass the first
 * checks and reach the rules behind them.
 */
public final class JsonBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A generated body: the tree it came from (absent when the text is not a tree's) and its bytes. */
    public record Body(String operation, Optional<JsonNode> tree, byte[] bytes, String how) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String shown = text();
            return operation + " " + how + " " + (shown.length() > 600
                    ? shown.substring(0, 600) + "…(" + bytes.length + " bytes)" : shown);
        }
    }

    private final Map<String, Arbitrary<JsonNode>> hints;

    /** @param hints realistic values by hint name ({@code @siret} in the list is {@code "siret"}) */
    public JsonBodies(Map<String, Arbitrary<JsonNode>> hints) {
        this.hints = Map.copyOf(hints);
    }

    /** Bodies for any of the blocks. */
    public Arbitrary<Body> bodies(List<FieldList.Block> blocks) {
        return Arbitraries.of(blocks).flatMap(this::bodies);
    }

    public Arbitrary<Body> bodies(FieldList.Block block) {
        Arbitrary<JsonNode> trees = block.example().isPresent()
                ? Weighted.pick(Weighted.of(1, fromFields(block)), Weighted.of(1, fromExample(block)))
                : fromFields(block);
        return Weighted.pick(
                Weighted.of(70, Combinators.combine(trees, Arbitraries.of(true, false))
                        .as((tree, ascii) -> new Body(block.operation(), Optional.of(tree),
                                HostileJson.write(tree, ascii), ascii ? "ascii" : "utf-8"))),
                Weighted.of(30, Combinators.combine(trees, textDamage())
                        .as((tree, damage) -> damage.apply(block.operation(), tree))));
    }

    // ------------------------------------------------------------------ trees

    /** Every field drawn on its own. */
    private Arbitrary<JsonNode> fromFields(FieldList.Block block) {
        Spec root = Spec.of(block.fields());
        return objectOf(root, true).map(JsonNode.class::cast);
    }

    /**
     * A valid example with one to three of its listed fields changed: what reaches the deepest
     * rules (a body generated field by field rarely passes every check).
     */
    private Arbitrary<JsonNode> fromExample(FieldList.Block block) {
        JsonNode example = parse(block.example().orElseThrow());
        List<FieldList.Field> leaves = block.fields();
        Arbitrary<Tuple.Tuple2<FieldList.Field, Optional<JsonNode>>> change = Arbitraries.of(leaves)
                .flatMap(field -> mutated(field).map(value -> Tuple.of(field, value)));
        return change.list().ofMinSize(1).ofMaxSize(3).map(changes -> {
            ObjectNode copy = example.deepCopy();
            for (Tuple.Tuple2<FieldList.Field, Optional<JsonNode>> c : changes) {
                set(copy, c.get1().segments(), c.get2());
            }
            return copy;
        });
    }

    private static void set(ObjectNode root, List<String> segments, Optional<JsonNode> value) {
        JsonNode node = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            String name = segments.get(i);
            boolean array = name.endsWith("[]");
            String key = array ? name.substring(0, name.length() - 2) : name;
            JsonNode next = node.get(key);
            if (array && next != null && next.isArray() && next.size() > 0) {
                next = next.get(0);
            }
            if (next == null || !next.isObject()) {
                if (value.isEmpty()) {
                    return;
                }
                ObjectNode created = NODES.objectNode();
                ((ObjectNode) node).set(key, array ? NODES.arrayNode().add(created) : created);
                next = created;
            }
            node = next;
        }
        String last = segments.get(segments.size() - 1);
        if (value.isPresent()) {
            ((ObjectNode) node).set(last, value.get());
        } else {
            ((ObjectNode) node).remove(last);
        }
    }

    /** A field's value when it is not left as the example has it: absent, null, wrong or extreme. */
    private Arbitrary<Optional<JsonNode>> mutated(FieldList.Field field) {
        return Weighted.pick(
                Weighted.of(3, Arbitraries.just(Optional.<JsonNode>empty())),
                Weighted.of(2, Arbitraries.just(Optional.<JsonNode>of(NODES.nullNode()))),
                Weighted.of(3, wrongType(field.type()).map(Optional::of)),
                Weighted.of(4, extreme(field.type()).map(Optional::of)),
                Weighted.of(3, good(field).map(Optional::of)));
    }

    /** The fields as a tree of object and array specifications. */
    private record Spec(Map<String, Spec> children, boolean array, Optional<FieldList.Field> leaf) {

        static Spec of(List<FieldList.Field> fields) {
            Spec root = new Spec(new LinkedHashMap<>(), false, Optional.empty());
            for (FieldList.Field field : fields) {
                Spec node = root;
                List<String> segments = field.segments();
                for (int i = 0; i < segments.size(); i++) {
                    String name = segments.get(i);
                    boolean array = name.endsWith("[]");
                    String key = array ? name.substring(0, name.length() - 2) : name;
                    boolean last = i == segments.size() - 1;
                    Spec child = last ? new Spec(Map.of(), false, Optional.of(field))
                            : node.children().computeIfAbsent(key, k -> new Spec(new LinkedHashMap<>(), array,
                                    Optional.empty()));
                    if (last) {
                        node.children().put(key, child);
                    }
                    node = child;
                }
            }
            return root;
        }
    }

    private Arbitrary<ObjectNode> objectOf(Spec spec, boolean root) {
        List<String> names = new ArrayList<>(spec.children().keySet());
        List<Arbitrary<Optional<JsonNode>>> values = new ArrayList<>();
        for (String name : names) {
            values.add(valueOf(spec.children().get(name)));
        }
        Arbitrary<List<Optional<JsonNode>>> all = values.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(values).as(list -> list);
        Arbitrary<List<Tuple.Tuple2<String, JsonNode>>> extras = Combinators.combine(
                        Weighted.pick(Weighted.of(3, Arbitraries.of(names.isEmpty() ? List.of("x") : names)),
                                Weighted.of(2, HostileValues.strings().map(s -> HostileValues.withoutLoneSurrogates(s)))),
                        anyValue())
                .as(Tuple::of).list().ofMaxSize(root ? 3 : 1);
        return Combinators.combine(all, extras).as((list, more) -> {
            ObjectNode node = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                list.get(i).ifPresent(v -> node.set(name, v));
            }
            more.forEach(extra -> node.set(extra.get1(), extra.get2()));
            return node;
        });
    }

    private Arbitrary<Optional<JsonNode>> valueOf(Spec spec) {
        if (spec.leaf().isPresent()) {
            FieldList.Field field = spec.leaf().get();
            return Weighted.pick(
                    Weighted.of(35, Arbitraries.just(Optional.<JsonNode>empty())),
                    Weighted.of(40, good(field).map(Optional::of)),
                    Weighted.of(6, Arbitraries.just(Optional.<JsonNode>of(NODES.nullNode()))),
                    Weighted.of(9, wrongType(field.type()).map(Optional::of)),
                    Weighted.of(10, extreme(field.type()).map(Optional::of)));
        }
        Arbitrary<JsonNode> object = objectOf(spec, false).map(JsonNode.class::cast);
        if (spec.array()) {
            Arbitrary<JsonNode> array = object.list().ofMaxSize(3).map(list -> {
                ArrayNode node = NODES.arrayNode();
                list.forEach(node::add);
                return node;
            });
            return Weighted.pick(
                    Weighted.of(30, Arbitraries.just(Optional.<JsonNode>empty())),
                    Weighted.of(50, array.map(Optional::of)),
                    Weighted.of(10, object.map(Optional::of)),
                    Weighted.of(3, Arbitraries.just(Optional.<JsonNode>of(NODES.nullNode()))),
                    Weighted.of(7, wrongType("object").map(Optional::of)));
        }
        return Weighted.pick(
                Weighted.of(20, Arbitraries.just(Optional.<JsonNode>empty())),
                Weighted.of(65, object.map(Optional::of)),
                Weighted.of(5, Arbitraries.just(Optional.<JsonNode>of(NODES.nullNode()))),
                Weighted.of(10, wrongType("object").map(Optional::of)));
    }

    // ------------------------------------------------------------------ values

    /** A value of the right type, realistic when the field has a hint. */
    Arbitrary<JsonNode> good(FieldList.Field field) {
        Arbitrary<JsonNode> typed = ofType(field.type());
        Optional<Arbitrary<JsonNode>> hinted = field.hint().map(hints::get);
        return hinted.isPresent() ? Weighted.pick(Weighted.of(3, hinted.get()), Weighted.of(1, typed)) : typed;
    }

    private static Arbitrary<JsonNode> ofType(String type) {
        if (type.startsWith("enum:")) {
            return Arbitraries.of(type.substring(5).split(",")).map(NODES::textNode);
        }
        return switch (type) {
            case "string" -> ofMaxLength(HostileValues.strings(), 40).map(NODES::textNode);
            case "int32" -> Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i));
            case "int64" -> HostileValues.longs().map(l -> (JsonNode) NODES.numberNode(l));
            case "number" -> Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(2)
                    .map(n -> (JsonNode) NODES.numberNode(n));
            case "boolean" -> Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b));
            case "date" -> Arbitraries.integers().between(0, 3000).map(days -> (JsonNode) NODES.textNode(
                    java.time.LocalDate.of(2024, 1, 1).plusDays(days).toString()));
            case "long-array" -> HostileValues.longs().list().ofMaxSize(3).map(list -> {
                ArrayNode node = NODES.arrayNode();
                list.forEach(node::add);
                return node;
            });
            case "string-array" -> ofMaxLength(HostileValues.strings(), 30).list().ofMaxSize(3).map(list -> {
                ArrayNode node = NODES.arrayNode();
                list.forEach(node::add);
                return node;
            });
            default -> throw new IllegalArgumentException("unknown field type " + type);
        };
    }

    /** A value that cannot be read as the field's type. */
    static Arbitrary<JsonNode> wrongType(String type) {
        List<Arbitrary<JsonNode>> others = new ArrayList<>();
        boolean text = type.equals("string") || type.equals("date") || type.startsWith("enum:");
        if (!text) {
            others.add(HostileValues.strings().map(NODES::textNode));
            others.add(Arbitraries.of("12", "1,5", "0x10", "1e3", " 7 ", "").map(NODES::textNode));
        }
        if (!type.equals("number") && !type.startsWith("int")) {
            others.add(HostileValues.numbers().map(n -> (JsonNode) NODES.numberNode(n)));
        }
        if (!type.equals("boolean")) {
            others.add(Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)));
        }
        if (!type.equals("object")) {
            others.add(Arbitraries.just(NODES.objectNode()));
            others.add(anyValue().map(v -> (JsonNode) NODES.objectNode().set("valeur", v)));
        }
        if (!type.endsWith("array")) {
            others.add(anyValue().list().ofMaxSize(3).map(list -> {
                ArrayNode node = NODES.arrayNode();
                list.forEach(node::add);
                return node;
            }));
        }
        others.add(deepNesting());
        return Arbitraries.oneOf(others);
    }

    /** The right type at its limits, or text in every odd shape. */
    static Arbitrary<JsonNode> extreme(String type) {
        if (type.equals("number") || type.startsWith("int")) {
            return HostileValues.numbers().map(n -> (JsonNode) NODES.numberNode(n));
        }
        if (type.equals("date")) {
            return Arbitraries.of("2026-03-09T00:00:00", "2026-02-30", "0000-01-01", "9999-12-31", "+10000-01-01",
                    "09/03/2026", "2026-3-9", "1773014400000", "2026-03-09T00:00:00+14:00", "", " 2026-03-09")
                    .map(t -> (JsonNode) NODES.textNode(t));
        }
        if (type.startsWith("enum:")) {
            String first = type.substring(5).split(",")[0];
            return Arbitraries.of(first.toLowerCase(java.util.Locale.ROOT), first + " ", "INCONNU", "", "null")
                    .map(t -> (JsonNode) NODES.textNode(t));
        }
        if (type.equals("boolean")) {
            return Arbitraries.of("true", "oui", "1").map(t -> (JsonNode) NODES.textNode(t));
        }
        return HostileValues.strings().map(NODES::textNode);
    }

    private static Arbitrary<JsonNode> anyValue() {
        return Arbitraries.oneOf(
                ofMaxLength(HostileValues.strings(), 20).map(NODES::textNode),
                HostileValues.numbers().map(n -> (JsonNode) NODES.numberNode(n)),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.just(NODES.objectNode()),
                Arbitraries.just(NODES.arrayNode()));
    }

    /** {@code [[[…]]]} or {@code {"a":{"a":…}}}, from a few levels to far past any parser's limit. */
    static Arbitrary<JsonNode> deepNesting() {
        return Combinators.combine(Arbitraries.of(3, 100, 999, 1_001, 5_000, 100_000), Arbitraries.of(true, false))
                .as((depth, arrays) -> (JsonNode) new POJONode(new HostileJson.Raw(arrays
                        ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))));
    }

    private static Arbitrary<String> ofMaxLength(Arbitrary<String> strings, int max) {
        return strings.map(s -> s.length() > max ? s.substring(0, max) : s);
    }

    // ------------------------------------------------------------------ damaged text

    /** What happens to the text of a body on its way. */
    private interface TextDamage {
        Body apply(String operation, JsonNode tree);
    }

    private static Arbitrary<TextDamage> textDamage() {
        Function<JsonNode, byte[]> text = tree -> HostileJson.write(tree, false);
        return Arbitraries.oneOf(
                ByteDamage.positions().map(at -> (op, tree) -> {
                    byte[] bytes = new ByteDamage.Cut(at).apply(text.apply(tree));
                    return new Body(op, Optional.empty(), bytes, "cut at " + bytes.length);
                }),
                ByteDamage.some(3).map(damages -> (op, tree) -> new Body(op, Optional.empty(),
                        ByteDamage.applyAll(damages, text.apply(tree)), "damaged " + damages)),
                Arbitraries.of("null", "[]", "42", "\"texte\"", "true", "", " ", "{}", "{", "}", "{\"a\":}",
                                "{'a':1}", "{\"a\":1,}", "{\"a\":1}{\"b\":2}", "/* commentaire */{}", "\ufeff{}",
                                "{\"a\":NaN}", "{\"a\":Infinity}", "{\"a\":01}", "{\"a\":\"\\x41\"}",
                                "{\"a\":\"\\ud800\"}", "<html><body>Erreur</body></html>")
                        .map(replacement -> (op, tree) -> new Body(op, Optional.empty(),
                                replacement.getBytes(StandardCharsets.UTF_8), "replaced")),
                Arbitraries.of(new byte[] {(byte) 0xc3, 0x28}, new byte[] {(byte) 0xff, (byte) 0xfe},
                                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xe9},
                                new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80})
                        .flatMap(bad -> ByteDamage.positions().map(at -> (TextDamage) (op, tree) -> new Body(op,
                                Optional.empty(), new ByteDamage.Insert(at, bad).apply(text.apply(tree)),
                                "invalid UTF-8"))),
                Arbitraries.of("latin-1").map(name -> (op, tree) -> new Body(op, Optional.empty(),
                        new String(text.apply(tree), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1),
                        "latin-1")),
                Arbitraries.integers().between(2, 4).map(copies -> (op, tree) -> {
                    // the same key several times, with values of different types
                    String body = new String(text.apply(tree), StandardCharsets.UTF_8);
                    String inner = body.length() > 2 ? body.substring(1, body.length() - 1) : "";
                    String repeated = String.join(",", java.util.Collections.nCopies(copies, inner));
                    return new Body(op, Optional.empty(), ("{" + repeated + "}").getBytes(StandardCharsets.UTF_8),
                            "duplicated keys");
                }));
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("bad example in the field list: " + json, e);
        }
    }
}
