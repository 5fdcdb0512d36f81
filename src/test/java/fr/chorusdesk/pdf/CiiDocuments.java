package fr.chorusdesk.pdf;

import fr.chorusdesk.testing.ByteDamage;
import fr.chorusdesk.testing.HostileValues;
import fr.chorusdesk.testing.Weighted;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Generated CII invoices: a valid EN 16931 invoice ({@link CiiSamples}) changed element by element
 * following {@code src/test/resources/fuzz/cii-elements.txt} (removed, emptied, doubled, nested a
 * thousand deep, values of the wrong kind or absurd size), then, for some, the text itself changed
 * (entities and DOCTYPEs, XInclude, other encodings, damaged bytes).
 */
final class CiiDocuments {

    /** One element of the list: where it is, its kind of value, its business term. */
    record Element0(List<String> path, String kind, String term) {
    }

    enum Action { REMOVE, EMPTY, SET, DOUBLE, NEST, ATTRIBUTE }

    /** One change to one element of the list. */
    record Change(int element, Action action, String value) {
        @Override
        public String toString() {
            String shown = value.length() > 60 ? value.substring(0, 60) + "…(" + value.length() + " chars)" : value;
            return action + "#" + element + (value.isEmpty() ? "" : "=" + shown);
        }
    }

    /** What happens to the XML text after the changes. */
    record TextChange(String name, java.util.function.UnaryOperator<byte[]> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A generated document and how it was made. */
    record Generated(byte[] xml, List<Change> changes, TextChange text) {
        @Override
        public String toString() {
            return changes + " then " + text + " (" + xml.length + " bytes)";
        }
    }

    static final List<Element0> ELEMENTS = load();

    private CiiDocuments() {
    }

    static Arbitrary<Generated> documents() {
        Arbitrary<Change> change = Combinators.combine(
                Arbitraries.integers().between(0, ELEMENTS.size() - 1),
                Arbitraries.of(Action.values()),
                Arbitraries.integers().between(0, 1_000_000))
                .flatAs((index, action, salt) -> valueFor(ELEMENTS.get(index), action)
                        .map(value -> new Change(index, action, value)));
        return Combinators.combine(change.list().ofMinSize(0).ofMaxSize(4), textChanges())
                .as((changes, text) -> new Generated(text.apply().apply(changed(changes)), changes, text));
    }

    private static Arbitrary<String> valueFor(Element0 element, Action action) {
        if (action == Action.NEST) {
            return Arbitraries.of(10, 1_000, 10_000, 100_000).map(String::valueOf);
        }
        if (action != Action.SET && action != Action.ATTRIBUTE) {
            return Arbitraries.just("");
        }
        Arbitrary<String> text = HostileValues.wellFormedStrings();
        return switch (element.kind()) {
            case "amount", "percent" -> Arbitraries.oneOf(
                    Arbitraries.of("1000.00", "0", "-0", "-1500.25", "1 000,00", "1,5", "abc", "", "NaN", "Infinity",
                            "0x10", "1E+999999999", "1e-999999999", "1E+400", "12.3.4", "+7", ".5", "5."),
                    HostileValues.numbers().map(n -> n.toString()),
                    Arbitraries.integers().between(100, 200_000).map(n -> "9".repeat(n)),
                    text);
            case "date102" -> Arbitraries.oneOf(
                    Arbitraries.of("20260115", "20261345", "2026-01-15", "", "99999999", "00000000", "+1000000",
                            "20260230", "202601", "2026011500", "-20260115"),
                    text);
            case "siret" -> Arbitraries.oneOf(
                    Arbitraries.of("73282932000074", "73282932000075", "7328293200007", "ABCDEFGHIJKLMN",
                            "              ", "35600000049837", "000000000000000"),
                    text);
            case "code" -> Arbitraries.oneOf(Arbitraries.of("380", "381", "384", "999", "", "EUR", "eur", "XXX"), text);
            default -> text;
        };
    }

    private static Arbitrary<TextChange> textChanges() {
        return Weighted.pick(
                Weighted.of(50, Arbitraries.just(new TextChange("nothing", b -> b))),
                Weighted.of(12, Arbitraries.of(
                        "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>",
                        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
                        "<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/dtd\">",
                        "<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>",
                        "<?xml-stylesheet href=\"http://127.0.0.1:9/x.xsl\"?>",
                        "<!-- commentaire -->")
                        .map(prolog -> new TextChange("prolog " + prolog.substring(0, Math.min(30, prolog.length())),
                                b -> afterDeclaration(b, prolog)))),
                Weighted.of(6, Arbitraries.of("&e;", "&d;", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                                + "href=\"file:///etc/passwd\" parse=\"text\"/>", "<![CDATA[1000.00]]>", "&#0;", "&#xFFFE;",
                                "\u0001", "<?pi x?>")
                        .map(piece -> new TextChange("into the number " + piece, b -> replaceFirst(b, "FA-2026-0042",
                                piece)))),
                Weighted.of(8, Arbitraries.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE,
                                StandardCharsets.ISO_8859_1, Charset.forName("windows-1252"))
                        .map(cs -> new TextChange("re-encoded " + cs.name(),
                                b -> new String(b, StandardCharsets.UTF_8).getBytes(cs)))),
                Weighted.of(4, Arbitraries.just(new TextChange("BOM", b -> concat(new byte[] {(byte) 0xef, (byte) 0xbb,
                        (byte) 0xbf}, b)))),
                Weighted.of(20, ByteDamage.some(4).map(damages -> new TextChange("damaged " + damages,
                        b -> ByteDamage.applyAll(damages, b)))));
    }

    private static byte[] changed(List<Change> changes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                    CiiSamples.invoice(CiiSamples.EN16931, "380").getBytes(StandardCharsets.UTF_8)));
            for (Change change : changes) {
                Element0 target = ELEMENTS.get(change.element());
                Element element = find(doc.getDocumentElement(), target.path());
                if (element == null) {
                    continue;
                }
                apply(doc, element, change);
            }
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            String text = out.toString();
            for (Change change : changes) {
                if (change.action() == Action.NEST) {
                    List<String> path = ELEMENTS.get(change.element()).path();
                    text = nestDeep(text, path.get(path.size() - 1), Integer.parseInt(change.value()));
                }
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("the generator could not write its XML", e);
        }
    }

    private static void apply(Document doc, Element element, Change change) {
        switch (change.action()) {
            case REMOVE -> element.getParentNode().removeChild(element);
            case EMPTY -> element.setTextContent("");
            case SET -> element.setTextContent(change.value());
            case DOUBLE -> element.getParentNode().insertBefore(element.cloneNode(true), element);
            case NEST -> {
                // done on the text once written (nestDeep): a DOM a hundred thousand deep would
                // overflow the stack of the generator's own serializer
            }
            case ATTRIBUTE -> {
                element.setAttribute("schemeID", change.value());
                element.setAttribute("format", change.value());
                element.setAttribute("currencyID", change.value());
            }
        }
    }

    private static Element find(Element root, List<String> path) {
        Element current = root;
        for (String name : path) {
            Element next = null;
            for (Node n = current.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && name.equals(e.getLocalName())) {
                    next = e;
                    break;
                }
            }
            if (next == null) {
                return null;
            }
            current = next;
        }
        return current;
    }

    /** The element's first occurrence wrapped in {@code depth} more of itself. */
    private static String nestDeep(String text, String localName, int depth) {
        java.util.regex.Matcher open = java.util.regex.Pattern.compile("<(\\w+:)?" + localName + "[ >]").matcher(text);
        if (!open.find()) {
            return text;
        }
        String prefix = open.group(1) == null ? "" : open.group(1);
        int start = open.start();
        String close = "</" + prefix + localName + ">";
        int end = text.indexOf(close, start);
        if (end < 0) {
            return text;
        }
        String element = text.substring(start, end + close.length());
        String wrapped = ("<" + prefix + localName + ">").repeat(depth) + element + close.repeat(depth);
        return text.substring(0, start) + wrapped + text.substring(end + close.length());
    }

    private static byte[] afterDeclaration(byte[] xml, String inserted) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int end = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        return (text.substring(0, end) + inserted + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceFirst(byte[] xml, String target, String replacement) {
        String text = new String(xml, StandardCharsets.UTF_8);
        int at = text.indexOf(target);
        return at < 0 ? xml : (text.substring(0, at) + replacement + text.substring(at + target.length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static List<Element0> load() {
        try (InputStream in = CiiDocuments.class.getResourceAsStream("/fuzz/cii-elements.txt")) {
            List<Element0> elements = new ArrayList<>();
            for (String line : new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8)
                    .split("\n")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                elements.add(new Element0(List.of(parts[0].split("/")), parts[1], parts.length > 2 ? parts[2] : ""));
            }
            return List.copyOf(elements);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
