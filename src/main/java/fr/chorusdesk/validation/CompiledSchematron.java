package fr.chorusdesk.validation;

import com.helger.phive.api.executor.IValidationExecutor;
import com.helger.phive.xml.source.IValidationSourceXML;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * One of phive's Schematron rule sets (already compiled to XSLT by its publisher), run straight on
 * a Saxon tree. phive hands Saxon a DOM, which Saxon reads through a wrapper, and reads the report
 * back through JAXB; on a one-page invoice that doubled the cost of each layer. Here every layer of
 * one validation reads the same tree, built once, and the SVRL report is read as a tree too. phive
 * still says which rule file each layer is, so the versions stay its own.
 */
final class CompiledSchematron {

    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    private static final QName ID = new QName("id");
    private static final QName FLAG = new QName("flag");
    private static final QName LOCATION = new QName("location");
    private static final QName TEXT = new QName(SVRL, "text");
    /** Flags ph-schematron reads as below an error (its default error-level mapping); any other flag, or none, is an error. */
    private static final Set<String> BELOW_ERROR = Set.of("information", "info", "notice", "note", "caution", "hint",
            "trace", "debug", "warning", "warn");
    /** A step of the report's location as the XSLT writes it: {@code *:Name[namespace-uri()='…']}. */
    private static final Pattern QUALIFIED_STEP = Pattern.compile("\\*:([A-Za-z0-9_.-]+)\\[namespace-uri\\(\\)='([^']*)']");

    /**
     * What the rule set reports: one failed assertion or successful report.
     *
     * @param id       the assertion's id, when it has one
     * @param error    whether its flag makes it an error (fatal, error, or no flag)
     * @param text     its text, trimmed
     * @param location where, as an XPath with the usual CII prefixes
     */
    record Message(Optional<String> id, boolean error, String text, Optional<String> location) {
    }

    private final XsltExecutable stylesheet;

    private CompiledSchematron(XsltExecutable stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** Compiles the XSLT of a phive Schematron executor; seconds for the largest rule sets. */
    static CompiledSchematron of(Processor saxon, IValidationExecutor<IValidationSourceXML> executor) {
        URL url = executor.getValidationArtefact().getRuleResource().getAsURL();
        if (url == null) {
            throw new IllegalStateException("rule file not found: "
                    + executor.getValidationArtefact().getRuleResourcePath());
        }
        try (InputStream in = url.openStream()) {
            return of(saxon, new StreamSource(in, url.toExternalForm()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles a Schematron already turned into XSLT (its output an SVRL report). */
    static CompiledSchematron of(Processor saxon, Source xslt) {
        try {
            return new CompiledSchematron(saxon.newXsltCompiler().compile(xslt));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("rule file does not compile: " + xslt.getSystemId(), e);
        }
    }

    /** Applies the rules to an invoice tree; safe from several threads at once (the tree is only read). */
    List<Message> check(XdmNode invoice) {
        XdmDestination report = new XdmDestination();
        try {
            stylesheet.load30().applyTemplates(invoice, report);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("rule set failed on the invoice", e);
        }
        List<Message> out = new ArrayList<>();
        collect(report.getXdmNode(), out);
        return out;
    }

    private static void collect(XdmNode node, List<Message> out) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String local = child.getNodeName().getLocalName();
            if (SVRL.equals(child.getNodeName().getNamespace())
                    && ("failed-assert".equals(local) || "successful-report".equals(local))) {
                out.add(message(child));
            } else {
                collect(child, out);
            }
        }
    }

    private static Message message(XdmNode assertion) {
        String flag = assertion.getAttributeValue(FLAG);
        StringBuilder text = new StringBuilder();
        for (XdmNode child : assertion.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT && TEXT.equals(child.getNodeName())) {
                text.append(child.getStringValue());
            }
        }
        boolean error = flag == null || !BELOW_ERROR.contains(flag.strip().toLowerCase(Locale.ROOT));
        return new Message(Optional.ofNullable(assertion.getAttributeValue(ID)).map(String::strip)
                .filter(s -> !s.isEmpty()), error, text.toString().strip(),
                Optional.ofNullable(assertion.getAttributeValue(LOCATION)).map(CompiledSchematron::shortLocation)
                        .filter(s -> !s.isBlank()));
    }

    /** {@code /*:Invoice[namespace-uri()='urn:…:100'][1]} → {@code /rsm:Invoice[1]}, as ph-schematron shows it. */
    static String shortLocation(String location) {
        Matcher m = QUALIFIED_STEP.matcher(location);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String prefix = switch (m.group(2)) {
                case CiiNamespaces.RSM -> "rsm:";
                case CiiNamespaces.RAM -> "ram:";
                case CiiNamespaces.UDT -> "udt:";
                case CiiNamespaces.QDT -> "qdt:";
                default -> null;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(prefix == null ? m.group() : prefix + m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
