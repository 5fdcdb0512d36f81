package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.OriginalInvoices;
import fr.chorusdesk.service.LayoutMemory;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.ProfileAnswers;
import fr.chorusdesk.service.RecentRecipients;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.store.LayoutStore;
import fr.chorusdesk.ui.DraftsAndHistory;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import okhttp3.Interceptor;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window wired as the app wires the demo profile: the wizard with its drafts and the
 * history as duplicate ledger, the Démonstration menu and its sample invoices, all against the
 * embedded sandbox over HTTP (its own clock, moved by the flow follow-up instead of waiting).
 * The window's own demo sandbox is never started. Plus the gestures the flow tests share.
 */
final class WizardWindow implements AutoCloseable {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * The demo supplier as the demo profile knows it once connected: its two bank accounts by name
     * (docs/sandbox.md), the current one chosen, no IBAN learned yet.
     */
    static final fr.chorusdesk.domain.SupplierIdentity DEMO_SUPPLIER_CONNECTED = new fr.chorusdesk.domain.SupplierIdentity(
            SandboxHarness.DEMO_SUPPLIER.structureId(), SandboxHarness.DEMO_SUPPLIER.serviceId(),
            SandboxHarness.DEMO_SUPPLIER.bankAccountId(), SandboxHarness.DEMO_SUPPLIER.defaults(),
            SandboxHarness.DEMO_SUPPLIER.structure(), List.of(
                    new fr.chorusdesk.domain.SupplierBankAccount(144050L, "Compte courant - Banque Exemple"),
                    new fr.chorusdesk.domain.SupplierBankAccount(144051L, "Compte affacturage - Banque Démo")));

    final SandboxHarness harness;
    final DraftService drafts;
    final HistoryService history;
    final MainWindow window;
    final SubmissionService submissions;
    /** The profile's answers about recipients and its strict check, as the submission and Références read them. */
    final ProfileAnswers answers = ProfileAnswers.inMemory(RecipientAnswers.NONE);
    /** The account's supplier ids, the demo supplier's unless a test changes them (on the FX thread). */
    final SimpleObjectProperty<fr.chorusdesk.domain.SupplierIdentity> supplier =
            new SimpleObjectProperty<>(DEMO_SUPPLIER_CONNECTED);
    private final DemoSandboxService unusedDemo;

    private WizardWindow(Stage stage, Path dir, List<Interceptor> interceptors, RecentRecipients recent)
            throws IOException {
        this(stage, dir, interceptors, recent, Optional.empty());
    }

    private WizardWindow(Stage stage, Path dir, List<Interceptor> interceptors, RecentRecipients recent,
            Optional<fr.chorusdesk.service.FacturXCheckService> facturX) throws IOException {
        harness = new SandboxHarness(dir.resolve("state"), interceptors);
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), harness.clock),
                () -> "demo", harness.clock, Locale.FRENCH);
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock), () -> "demo",
                harness.clock);
        RecipientService recipients = new RecipientService(harness.client, harness.clock);
        submissions = new SubmissionService(harness.client, recipients, history,
                new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock, Locale.FRENCH,
                facturX, answers);
        DraftAutosaver.Scheduler atOnce = (task, delay) -> {
            task.run();
            return () -> { };
        };
        WizardServices services = new WizardServices(
                new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH, new LayoutMemory(
                        new LayoutStore(dir.resolve("layouts"), harness.clock), () -> "demo", harness.clock),
                        Optional::empty),
                new PagePreviewService(new PageRenderer(), Locale.FRENCH), recipients, submissions, supplier,
                Optional.of(new DemoInvoices(dir.resolve("demo-invoices"), harness.clock)), tasks, Runnable::run,
                harness.clock, Locale.FRENCH, Optional.of(new WizardDrafts(drafts,
                        new DraftSubmission(submissions, history, drafts), atOnce, Duration.ZERO, e -> {
                            throw new AssertionError(e);
                        })), recent, OriginalInvoices.fromHistory(history));
        unusedDemo = new DemoSandboxService(SandboxConfig.defaults(Files.createTempDirectory(dir, "unused")));
        ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
        window = new MainWindow(messages, "test", tasks, Optional.of(unusedDemo), MainWindow.Services.none()
                .withRecords(new DraftsAndHistory(drafts, history, Optional.empty(), Optional.empty(), Locale.FRENCH)));
        window.show(stage);
        window.installWizard(services);
    }

    static WizardWindow show(Stage stage, Path dir) throws IOException {
        return show(stage, dir, List.of());
    }

    /** With network interceptors on the client, after the one that records the paths. */
    static WizardWindow show(Stage stage, Path dir, List<Interceptor> interceptors) throws IOException {
        return new WizardWindow(stage, dir, interceptors, RecentRecipients.NONE);
    }

    /** With the Factur-X validation the app wires: a Factur-X that is not valid is not sent as one. */
    static WizardWindow showWithFacturXValidation(Stage stage, Path dir,
            fr.chorusdesk.service.FacturXCheckService checks) throws IOException {
        return new WizardWindow(stage, dir, List.of(), RecentRecipients.NONE, Optional.of(checks));
    }

    /** With the recipients the profile invoiced lately, as the history would give them. */
    static WizardWindow showWithRecent(Stage stage, Path dir, RecentRecipients recent) throws IOException {
        return new WizardWindow(stage, dir, List.of(), recent);
    }

    LocalDate today() {
        return LocalDate.now(harness.clock.withZone(ZoneId.of("Europe/Paris")));
    }

    /** How many times the client called this API path (below {@code /cpro}). */
    long calls(String path) {
        return harness.apiCalls().stream().filter(path::equals).count();
    }

    /**
     * How many invoices of the demo supplier Chorus Pro holds with this number, asked by a client of
     * its own so that the question is not among the calls the window's client recorded.
     */
    long invoicesNumbered(String number) throws ChorusException {
        DemoCredentials demo = harness.sandbox.credentials();
        ChorusClient inspector = ChorusClient.builder(new ChorusEnvironment(harness.sandbox.apiBaseUrl(),
                        harness.sandbox.tokenUrl()), new ChorusCredentials(demo.clientId(), demo.clientSecret(),
                        demo.technicalLogin(), demo.technicalPassword()))
                .clock(harness.clock).retryPolicy(RetryPolicy.none()).build();
        return inspector.rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                        .idFournisseur(SandboxHarness.DEMO_SUPPLIER.structureId()).numeroFacture(number).build())
                .listeFactures().stream().filter(f -> number.equalsIgnoreCase(f.numeroFacture())).count();
    }

    /**
     * Account → the plain sample → Références, with this SIRET, number and today's date typed.
     *
     * @return the Suivant button
     */
    javafx.scene.control.Button referencesOf(FxRobot robot, String siret, String number) {
        javafx.scene.control.Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        openSample(robot, "#menuDemoSamplePlain");
        robot.clickOn(next);
        robot.clickOn("#recipientSiret").write(siret);
        robot.clickOn("#invoiceNumber").write(number);
        typeInvoiceDate(robot, today());
        return next;
    }

    /** Démonstration → Ouvrir une facture d’exemple → the given item, until its file is chosen. */
    static void openSample(FxRobot robot, String item) {
        robot.clickOn("#menuDemo");
        robot.clickOn(showing(robot, "#menuDemoSample"));
        // into the submenu along its first item, not across the parent menu's other items
        robot.moveTo(showing(robot, "#menuDemoSampleFacturX"));
        robot.clickOn(showing(robot, item));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !robot.lookup("#pdfFileName").queryAs(Label.class).getText().equals("Aucun fichier choisi."));
        // a menu still open would swallow the next click
        waitUntil(() -> Window.getWindows().stream().noneMatch(w -> w instanceof PopupWindow && w.isShowing()));
    }

    /** Types a date into the invoice date picker and leaves it, as a user does. */
    static void typeInvoiceDate(FxRobot robot, LocalDate date) {
        robot.clickOn("#invoiceDate").write(date.format(FRENCH_DATE)).type(KeyCode.TAB);
    }

    /**
     * Alt+C (the label's mnemonic) reaches the service list, then the arrows go through its entries
     * until {@code code} is chosen; the empty code is the "(aucun service)" entry at the top.
     *
     * @return how many arrow keys it took
     */
    static int chooseService(FxRobot robot, String code) {
        javafx.scene.control.ComboBox<?> services = robot.lookup("#serviceCode")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        if (!services.isFocused()) {
            throw new AssertionError("Alt+C did not reach the service list");
        }
        KeyCode direction = code.isEmpty() ? KeyCode.UP : KeyCode.DOWN;
        int arrows = 0;
        while (arrows <= services.getItems().size() && !code.equals(String.valueOf(services.getValue()))) {
            robot.type(direction);
            arrows++;
        }
        if (!code.equals(services.getValue())) {
            throw new AssertionError("service " + code + " not in the list: " + services.getItems());
        }
        return arrows;
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    /** The node in a window on screen: menus of the previous tests' windows linger in the lookup. */
    static Node showing(FxRobot robot, String id) {
        return robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    static boolean shown(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Override
    public void close() {
        unusedDemo.close();
        harness.close();
    }
}
