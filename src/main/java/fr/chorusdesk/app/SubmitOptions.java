package fr.chorusdesk.app;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.service.DraftFieldText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of {@code submit}: the profile, the PDFs with the fields given as options (for every
 * PDF given on the command line), or CSV files listing PDFs with their own fields.
 *
 * @param invoices each PDF with the fields typed for it, in the order given
 */
record SubmitOptions(String profile, boolean dryRun, boolean useContractCards, Optional<Locale> language,
                     Map<Path, Map<DraftField, String>> invoices) {

    /** A usage error, said in one line on stderr. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** Option → field, for the values given on the command line; the CSV's column names are the same words. */
    static final Map<String, DraftField> FIELDS = fields();

    private static Map<String, DraftField> fields() {
        Map<String, DraftField> f = new LinkedHashMap<>();
        f.put("siret", DraftField.RECIPIENT_SIRET);
        f.put("service", DraftField.SERVICE_CODE);
        f.put("engagement", DraftField.ENGAGEMENT_NUMBER);
        f.put("contract", DraftField.CONTRACT_NUMBER);
        f.put("number", DraftField.INVOICE_NUMBER);
        f.put("date", DraftField.INVOICE_DATE);
        f.put("ht", DraftField.AMOUNT_EXCL_TAX);
        f.put("tva", DraftField.VAT_AMOUNT);
        f.put("ttc", DraftField.AMOUNT_INCL_TAX);
        f.put("due", DraftField.AMOUNT_DUE);
        return Map.copyOf(f);
    }

    static SubmitOptions parse(String[] args) throws UsageException {
        String profile = null;
        boolean dryRun = false;
        boolean cards = false;
        Optional<Locale> language = Optional.empty();
        Map<DraftField, String> typed = new EnumMap<>(DraftField.class);
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                files.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            switch (name) {
                case "dry-run" -> dryRun = true;
                case "use-cards" -> cards = true;
                case "lang" -> language = Optional.of(Languages.supported(value == null ? "" : value)
                        .orElseThrow(() -> new UsageException("Unsupported language: " + arg)));
                default -> {
                    if (!name.equals("profile") && !FIELDS.containsKey(name)) {
                        throw new UsageException("Unknown option: --" + name);
                    }
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("--" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    if (name.equals("profile")) {
                        profile = value;
                    } else {
                        typed.put(FIELDS.get(name), checked(name, value));
                    }
                }
            }
        }
        if (profile == null || profile.isBlank()) {
            throw new UsageException("submit needs --profile NAME (a profile's name or id; demo for the demo profile)");
        }
        if (files.isEmpty()) {
            throw new UsageException("submit needs at least one PDF or CSV file");
        }
        Map<Path, Map<DraftField, String>> invoices = new LinkedHashMap<>();
        for (String file : files) {
            Path path = existing(file);
            if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                invoices.putAll(SubmitCsv.read(path));
            } else {
                invoices.put(path.toAbsolutePath().normalize(), typed);
            }
        }
        return new SubmitOptions(profile.trim(), dryRun, cards, language, invoices);
    }

    private static String checked(String option, String value) throws UsageException {
        DraftField field = FIELDS.get(option);
        boolean amount = field == DraftField.AMOUNT_EXCL_TAX || field == DraftField.VAT_AMOUNT
                || field == DraftField.AMOUNT_INCL_TAX || field == DraftField.AMOUNT_DUE;
        if (amount && DraftFieldText.amount(value).isEmpty()
                || field == DraftField.INVOICE_DATE && DraftFieldText.date(value).isEmpty()) {
            throw new UsageException("--" + option + ": not " + (amount ? "an amount" : "a date (dd/mm/yyyy)")
                    + ": " + value);
        }
        return value;
    }

    private static Path existing(String file) throws UsageException {
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                throw new UsageException("No such file: " + file);
            }
            return path;
        } catch (InvalidPathException e) {
            throw new UsageException("Invalid file name: " + file);
        }
    }

    /** A CSV of fields: a header naming the columns (file, siret, service…), then one invoice per line. */
    static final class SubmitCsv {

        /** A French spreadsheet's headers, for the same columns. */
        private static final Map<String, String> FRENCH_COLUMNS = Map.of("fichier", "file", "marche", "contract",
                "marché", "contract", "numero", "number", "numéro", "number", "a_payer", "due", "à_payer", "due");

        private SubmitCsv() {
        }

        static Map<Path, Map<DraftField, String>> read(Path csv) throws UsageException {
            List<String> lines;
            try {
                lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("Cannot read " + csv + " (UTF-8 expected)");
            }
            lines.removeIf(String::isBlank);
            if (lines.isEmpty()) {
                throw new UsageException(csv + " is empty");
            }
            String header = lines.get(0).replace("\uFEFF", "");
            char separator = header.indexOf(';') >= 0 ? ';' : ',';
            List<String> columns = split(header, separator).stream().map(c -> c.trim().toLowerCase(Locale.ROOT))
                    .map(c -> FRENCH_COLUMNS.getOrDefault(c, c)).toList();
            if (!columns.contains("file")) {
                throw new UsageException(csv + ": the first line must name the columns, \"file\" among them");
            }
            for (String c : columns) {
                if (!c.equals("file") && !FIELDS.containsKey(c)) {
                    throw new UsageException(csv + ": unknown column \"" + c + "\"");
                }
            }
            Map<Path, Map<DraftField, String>> invoices = new LinkedHashMap<>();
            for (int n = 1; n < lines.size(); n++) {
                List<String> cells = split(lines.get(n), separator);
                Map<DraftField, String> fields = new EnumMap<>(DraftField.class);
                Path pdf = null;
                for (int c = 0; c < columns.size() && c < cells.size(); c++) {
                    String value = cells.get(c).trim();
                    if (columns.get(c).equals("file")) {
                        pdf = existing(csv.toAbsolutePath().getParent().resolve(value).toString());
                    } else if (!value.isEmpty()) {
                        fields.put(FIELDS.get(columns.get(c)), checked(columns.get(c), value));
                    }
                }
                if (pdf == null) {
                    throw new UsageException(csv + " line " + (n + 1) + ": no file");
                }
                invoices.put(pdf.toAbsolutePath().normalize(), fields);
            }
            return invoices;
        }

        /** One line's fields; a field in double quotes may hold the separator, {@code ""} is a quote. */
        static List<String> split(String line, char separator) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == separator) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
