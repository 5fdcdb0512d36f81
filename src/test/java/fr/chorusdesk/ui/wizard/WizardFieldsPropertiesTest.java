package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.testing.Bounded;
import fr.chorusdesk.testing.HostileValues;
import fr.chorusdesk.testing.RunSize;
import fr.chorusdesk.testing.Weighted;
import fr.chorusdesk.ui.common.DayTextConverter;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Text typed into each field of the wizard, through the step view-models (no window): the SIRETs,
 * the numbers, the amounts with every separator, the invoice date. Each value is either taken
 * (the draft holds it and the domain's rules have nothing against it) or refused with a stated
 * reason (an issue whose message is in the bundle, or "not an amount"); nothing throws, and each
 * edit is done in bounded time and memory.
 *
 * <p>The expected values are built by the generators themselves: an amount is generated as a
 * number, then written the way people write it; a SIRET is checked with Luhn written here.
 */
@AddLifecycleHook(RunSize.class)
class WizardFieldsPropertiesTest {

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages",
            Locale.FRENCH);
    /** A field's edit, and what follows from it, on its own thread. */
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private Path stateDir;
    private SandboxHarness harness;
    private RecipientService recipients;

    @BeforeProperty
    void start() throws IOException {
        stateDir = Files.createTempDirectory("wizard-properties");
        harness = new SandboxHarness(stateDir);
        recipients = new RecipientService(harness.client, harness.clock);
    }

    @AfterProperty
    void stop() throws IOException {
        harness.close();
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ------------------------------------------------------------------ amounts

    /** The four amounts of the Montants step. */
    enum AmountField {
        EXCL_TAX(DraftField.AMOUNT_EXCL_TAX, AmountsStepModel::amountExclTaxProperty, InvoiceDraft::amountExclTax),
        VAT(DraftField.VAT_AMOUNT, AmountsStepModel::vatAmountProperty, InvoiceDraft::vatAmount),
        INCL_TAX(DraftField.AMOUNT_INCL_TAX, AmountsStepModel::amountInclTaxProperty, InvoiceDraft::amountInclTax),
        DUE(DraftField.AMOUNT_DUE, AmountsStepModel::amountDueProperty, InvoiceDraft::amountDue);

        final DraftField field;
        final Function<AmountsStepModel, StringProperty> text;
        final Function<InvoiceDraft, Optional<BigDecimal>> value;

        AmountField(DraftField field, Function<AmountsStepModel, StringProperty> text,
                Function<InvoiceDraft, Optional<BigDecimal>> value) {
            this.field = field;
            this.text = text;
            this.value = value;
        }
    }

    /** What is typed, and the amount it means when it is one written the usual ways. */
    record Typed(String text, Optional<BigDecimal> meant) {
        @Override
        public String toString() {
            String shown = text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + " chars)" : text;
            return "\"" + shown + "\"" + meant.map(m -> " = " + m.toPlainString()).orElse("");
        }
    }

    @Property(tries = 300)
    void anAmountIsTakenOrRefusedWithAReason(@ForAll("amountEdits") List<Map.Entry<AmountField, Typed>> edits) {
        SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>(
                InvoiceDraft.start(harness.clock.instant()));
        AmountsStepModel model = new AmountsStepModel(draft, harness.clock, Locale.FRENCH);
        for (Map.Entry<AmountField, Typed> edit : edits) {
            AmountField field = edit.getKey();
            Typed typed = edit.getValue();
            bounded(() -> field.text.apply(model).set(typed.text()));

            boolean unreadable = model.unreadable().contains(field.field);
            Optional<BigDecimal> held = field.value.apply(draft.get());
            if (typed.meant().isPresent()) {
                assertThat(unreadable).as("%s is an amount", typed).isFalse();
                assertThat(held).as("the draft holds %s", typed).isPresent();
                assertThat(held.get()).as("the draft holds %s", typed).isEqualByComparingTo(typed.meant().get());
            }
            // taken (an amount in the draft) or refused with a reason: never neither
            assertThat(unreadable || held.isPresent() || typed.text().isBlank())
                    .as("%s taken or said unreadable", typed).isTrue();
            if (unreadable) {
                assertThat(held).as("an unreadable text leaves the amount empty").isEmpty();
            }
        }
        assertReasonsAreStated(model.issues());
    }

    @Provide
    Arbitrary<List<Map.Entry<AmountField, Typed>>> amountEdits() {
        Arbitrary<Typed> typed = Weighted.pick(
                Weighted.of(6, writtenAmounts()),
                Weighted.of(3, HostileValues.strings().map(s -> new Typed(s, Optional.empty()))),
                Weighted.of(2, Arbitraries.of("1e3", "1E+999999999", "1e-999999999", "-0", "+5", "1,2,3", "1..2", ",5",
                        "5,", "€", "12 €", "€ 12,50", "1 000 000 000 000 000,00", "NaN", "Infinity", "0x1A", "١٢٣",
                        "１２３", "12\u00a0345,67", "12\u202f345,67", "−5", "12'345.67", "(12,00)")
                        .map(s -> new Typed(s, Optional.empty()))));
        return Combinators.combine(Arbitraries.of(AmountField.values()), typed).as(Map::entry)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    /** A number written as people do: grouping by spaces, no-break spaces or dots, a comma or a dot, a euro sign. */
    private static Arbitrary<Typed> writtenAmounts() {
        Arbitrary<BigDecimal> values = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("999999999.99")).ofScale(2),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(0),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(3));
        Arbitrary<String> grouping = Arbitraries.of("", " ", "\u00a0", "\u202f", ".");
        Arbitrary<String> decimal = Arbitraries.of(",", ".");
        Arbitrary<String> euro = Arbitraries.of("", " €", "€", "€ ");
        return Combinators.combine(values, grouping, decimal, euro).as((value, group, comma, sign) -> {
            String integer = value.toBigInteger().toString();
            String fraction = value.scale() > 0 ? value.toPlainString().substring(integer.length() + 1) : "";
            // a dot groups thousands only beside a comma decimal, and never without decimals: "1.200" is ambiguous
            String usedGroup = group.equals(".") && (comma.equals(".") || fraction.isEmpty()) ? " " : group;
            String grouped = group(integer, usedGroup);
            String text = grouped + (fraction.isEmpty() ? "" : comma + fraction);
            text = sign.startsWith("€") ? sign + text : text + sign;
            return new Typed(text, Optional.of(value));
        });
    }

    private static String group(String digits, String separator) {
        if (separator.isEmpty()) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ references

    /** The text fields of the Références step, and the date typed through the step's converter. */
    enum ReferenceField {
        RECIPIENT_SIRET, SERVICE_CODE, ENGAGEMENT_NUMBER, CONTRACT_NUMBER, INVOICE_NUMBER, VALIDATOR_SIRET,
        VALIDATOR_SERVICE, INVOICE_DATE
    }

    @Property(tries = 200)
    void aReferenceIsTakenOrRefusedWithAReason(@ForAll("referenceEdits") List<Map.Entry<ReferenceField, String>> edits) {
        SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>(
                InvoiceDraft.start(harness.clock.instant()));
        ReferencesStepModel model = new ReferencesStepModel(draft, recipients, new SameThreadTaskRunner(),
                harness.clock);
        DayTextConverter dates = new DayTextConverter();
        for (Map.Entry<ReferenceField, String> edit : edits) {
            String text = edit.getValue();
            bounded(() -> {
                switch (edit.getKey()) {
                    case RECIPIENT_SIRET -> model.recipientSiretProperty().set(text);
                    case SERVICE_CODE -> model.serviceCodeProperty().set(text);
                    case ENGAGEMENT_NUMBER -> model.engagementNumberProperty().set(text);
                    case CONTRACT_NUMBER -> model.contractNumberProperty().set(text);
                    case INVOICE_NUMBER -> model.invoiceNumberProperty().set(text);
                    case VALIDATOR_SIRET -> model.validatorSiretProperty().set(text);
                    case VALIDATOR_SERVICE -> model.validatorServiceProperty().set(text);
                    case INVOICE_DATE -> model.invoiceDateProperty().set(dates.fromString(text));
                }
            });
            if (edit.getKey() == ReferenceField.INVOICE_NUMBER) {
                boolean refused = model.issues().stream().anyMatch(i -> i.field() == DraftField.INVOICE_NUMBER);
                assertThat(refused).as("invoice number \"%s\" refused", text).isEqualTo(!isInvoiceNumber(text.trim()));
            }
            if (edit.getKey() == ReferenceField.RECIPIENT_SIRET) {
                boolean invalid = model.issues().stream().anyMatch(i -> i.field() == DraftField.RECIPIENT_SIRET
                        && i.reason() == DraftIssue.Reason.RECIPIENT_INVALID);
                // the draft trims its texts (String.trim: spaces and control characters), a blank one is absent
                boolean blank = text.trim().isEmpty();
                assertThat(invalid).as("SIRET \"%s\" said invalid", text).isEqualTo(!blank && !isSiret(text));
                if (isSiret(text)) {
                    // a valid SIRET is looked up: found, or why not
                    assertThat(model.recipientProperty().get() != null || model.recipientMessageProperty().get() != null)
                            .as("SIRET %s looked up", text).isTrue();
                }
            }
        }
        assertReasonsAreStated(model.issues());
    }

    @Provide
    Arbitrary<List<Map.Entry<ReferenceField, String>>> referenceEdits() {
        Arbitrary<String> sirets = Arbitraries.oneOf(
                Arbitraries.of("11000201100044", "110 002 011 00044", "21750001000012", "20323432480913",
                        "35600000049837", "11000201100045", "1100020110004", "110002011000444", "ABCDEFGHIJKLMN",
                        "11000201100044\u00a0", "١١٠٠٠٢٠١١٠٠٠٤٤"),
                Arbitraries.strings().numeric().ofLength(14).map(s -> s),
                Arbitraries.strings().numeric().ofLength(13).map(s -> s + luhnDigit(s)));
        Arbitrary<String> numbers = Arbitraries.oneOf(
                Arbitraries.of("FA-2026-0042", "20260305", "2026-03-05", "05/03/2026", "A".repeat(21), "A".repeat(20),
                        "FA 2026", "FA_2026/01+2", "facture°1", "ÉTÉ-1", " FA-1 ", "-", "/"),
                Arbitraries.strings().withChars("AZaz09-_/+ .").ofMinLength(1).ofMaxLength(24));
        Arbitrary<String> dates = Arbitraries.oneOf(
                Arbitraries.integers().between(-20_000, 20_000).map(d -> LocalDate.of(2026, 3, 10).plusDays(d))
                        .map(d -> String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear())),
                Arbitraries.of("31/02/2026", "00/01/2026", "1/3/2026", "2026-03-09", "09.03.2026", "09/03/26",
                        "09/03/+2026", "99/99/9999", " 09/03/2026 ", "09/03/999999999"));
        Arbitrary<String> any = HostileValues.strings();
        Arbitrary<Map.Entry<ReferenceField, String>> edit = Arbitraries.of(ReferenceField.values()).flatMap(field -> {
            Arbitrary<String> text = switch (field) {
                case RECIPIENT_SIRET, VALIDATOR_SIRET -> Arbitraries.oneOf(sirets, any);
                case INVOICE_NUMBER -> Arbitraries.oneOf(numbers, any);
                case INVOICE_DATE -> Arbitraries.oneOf(dates, any);
                default -> Arbitraries.oneOf(numbers, any);
            };
            return text.map(t -> Map.entry(field, t));
        });
        return edit.list().ofMinSize(1).ofMaxSize(6);
    }

    // ------------------------------------------------------------------ findings, kept

    /**
     * Finding 9: jqwik reduced it to HT "1E+999999999" then TVA "0,00". BigDecimal reads the
     * exponent; adding the two in the step's listener threw ArithmeticException ("BigInteger would
     * overflow supported range"), which JavaFX hands to the crash dialog. Now such a text is not an
     * amount: the field says so.
     */
    @Example
    void anAmountWithAnExponentIsNoAmount() {
        anAmountIsTakenOrRefusedWithAReason(List.of(
                Map.entry(AmountField.EXCL_TAX, new Typed("1E+999999999", Optional.empty())),
                Map.entry(AmountField.VAT, new Typed("0,00", Optional.of(new BigDecimal("0.00"))))));
        SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>(InvoiceDraft.start(harness.clock.instant()));
        AmountsStepModel model = new AmountsStepModel(draft, harness.clock, Locale.FRENCH);
        model.amountExclTaxProperty().set("1E+999999999");
        assertThat(model.unreadable()).containsExactly(DraftField.AMOUNT_EXCL_TAX);
        assertThat(MESSAGES.getString("wizard.amounts.unreadable")).startsWith("Ce n’est pas un montant");
    }

    /** The seed that found finding 9, replayed in every run. */
    @Property(tries = 210, seed = "6615169636323388272")
    void theSeedThatFoundTheExponent(@ForAll("amountEdits") List<Map.Entry<AmountField, Typed>> edits) {
        anAmountIsTakenOrRefusedWithAReason(edits);
    }

    // ------------------------------------------------------------------ oracles, written from the rules

    /** 14 digits once spaces are removed, passing Luhn, or La Poste's sum rule (docs/chorus-pro-reference.md 7). */
    private static boolean isSiret(String text) {
        String digits = text.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (!digits.matches("[0-9]{14}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int d = digits.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        int plain = digits.chars().map(c -> c - '0').sum();
        return sum % 10 == 0 || digits.startsWith("356000000") && plain % 5 == 0;
    }

    private static String luhnDigit(String thirteen) {
        for (int d = 0; d <= 9; d++) {
            if (isSiret(thirteen + d)) {
                return Integer.toString(d);
            }
        }
        return "0";
    }

    /**
     * Chorus Pro's invoice number rule ("Bien renseigner son numéro de facture"): 1 to 20 characters,
     * letters, digits and - _ / +, and not only a date (20260305, 05032026, 2026-03-05).
     */
    private static boolean isInvoiceNumber(String text) {
        if (text.isEmpty() || text.length() > 20 || !text.matches("[A-Za-z0-9_/+-]+")) {
            return false;
        }
        String digits = text.replaceAll("[-/_]", "");
        if (digits.matches("[0-9]{8}") && text.matches("[0-9]{4}[-/_]?[0-9]{2}[-/_]?[0-9]{2}|[0-9]{2}[-/_]?[0-9]{2}[-/_]?[0-9]{4}")) {
            return !(isDate(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6))
                    || isDate(digits.substring(4), digits.substring(2, 4), digits.substring(0, 2)));
        }
        return true;
    }

    private static boolean isDate(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return false;
        }
    }

    // ------------------------------------------------------------------ shared checks

    /** Every refusal has its sentence in both bundles: the step shows it beside the field. */
    private static void assertReasonsAreStated(List<DraftIssue> issues) {
        ResourceBundle english = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.ENGLISH);
        for (DraftIssue issue : issues) {
            assertThat(MESSAGES.containsKey(issue.messageKey())).as(issue.messageKey()).isTrue();
            assertThat(english.containsKey(issue.messageKey())).as(issue.messageKey()).isTrue();
        }
    }

    private static void bounded(Runnable edit) {
        Bounded.Outcome<Object> outcome = Bounded.run(LIMIT, () -> {
            edit.run();
            return "done";
        });
        if (outcome.failed()) {
            throw new AssertionError("the edit threw", outcome.failure());
        }
        assertThat(outcome.allocatedBytes()).as("bytes allocated by one edit").isLessThanOrEqualTo(MAX_BYTES);
    }
}
