package fr.chorusdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.chorusdesk.pdf.InspectionJson;
import fr.chorusdesk.pdf.PdfInspection;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.pdf.PdfMessages;
import fr.chorusdesk.service.PreSendAudit;
import fr.chorusdesk.validation.PhiveFacturXValidator;
import fr.chorusdesk.validation.ValidationPolicy;
import fr.chorusdesk.validation.ValidationReport;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * {@code inspect [--lang=fr|en] [--no-validation] FILE.pdf}: pre-flight report, invoice data, the
 * PDF checked against its own data (the pre-send audit, section {@code consistency}) and the
 * Factur-X validation as JSON on stdout. Exit 0 when the file would pass, 1 when a check fails or the
 * Factur-X has remarks only, 2 when it cannot be read or its Factur-X is not valid (blocked).
 */
final class InspectCommand {

    static final int PASSES = 0;
    static final int FAILS = 1;
    static final int UNREADABLE = 2;

    private final PrintStream out;
    private final PrintStream err;

    InspectCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        Optional<Locale> language = Optional.empty();
        boolean validate = true;
        List<String> files = new ArrayList<>();
        for (String arg : args) {
            if ("--no-validation".equals(arg)) {
                validate = false;
            } else if (arg.startsWith("--lang=")) {
                language = Languages.supported(arg.substring("--lang=".length()));
                if (language.isEmpty()) {
                    return usage("Unsupported language: " + arg.substring("--lang=".length()));
                }
            } else if (arg.startsWith("-")) {
                return usage("Unknown option: " + arg);
            } else {
                files.add(arg);
            }
        }
        if (files.size() != 1) {
            return usage("inspect needs exactly one file");
        }
        Path file;
        try {
            file = Path.of(files.get(0));
        } catch (InvalidPathException e) {
            err.println("inspect: invalid file name: " + files.get(0));
            return UNREADABLE;
        }
        quietLibraryLogging();
        PdfInspection inspection = new PdfInspector().inspect(file);
        Locale locale = language.orElse(Locale.FRENCH);
        PdfMessages messages = PdfMessages.forLocale(locale);
        // the PDF against its own data, as the wizard checks it before sending
        PreSendAudit.Report audit = new PreSendAudit(locale).audit(file, inspection);
        String json = new InspectionJson(messages).write(inspection,
                java.util.Map.of("consistency", new ConsistencyJson().of(audit)));
        int code = switch (inspection.preflight().verdict()) {
            case PASSES -> PASSES;
            case FAILS -> FAILS;
            case UNREADABLE -> UNREADABLE;
        };
        if (validate) {
            ValidationPolicy policy = ValidationPolicy.fromSystem();
            ValidationSection section = new ValidationSection(new PhiveFacturXValidator(policy), policy,
                    language.orElse(Locale.FRENCH));
            Optional<ValidationReport> report = section.validate(file);
            json = withValidation(json, section, report);
            code = Math.max(code, report.map(ValidationSection::exitCode).orElse(PASSES));
        }
        out.println(json);
        return code;
    }

    /** The pre-flight JSON with its {@code validation} section appended ({@code null} for a plain PDF). */
    private static String withValidation(String json, ValidationSection section, Optional<ValidationReport> report) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        try {
            ObjectNode root = (ObjectNode) mapper.readTree(json);
            if (report.isPresent()) {
                root.set("validation", section.json(mapper, report.get()));
            } else {
                root.putNull("validation");
            }
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("our own JSON always reads back", e);
        }
    }

    /**
     * PDFBox reports every repaired object of a damaged file through the log, which would repeat
     * on stderr (and in the log file) what the JSON report already says about the file. Only
     * those two loggers are silenced; stdout carries the JSON alone either way.
     */
    private static void quietLibraryLogging() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger("org.apache.pdfbox").setLevel(Level.OFF);
        context.getLogger("org.apache.fontbox").setLevel(Level.OFF);
        // the validation engine logs each rule set it compiles; the JSON says what was applied
        context.getLogger("com.helger").setLevel(Level.WARN);
    }

    private int usage(String message) {
        err.println(message);
        err.println("Usage: java -jar chorusdesk.jar inspect [--lang=fr|en] [--no-validation] FILE.pdf");
        return CommandLine.USAGE;
    }
}
