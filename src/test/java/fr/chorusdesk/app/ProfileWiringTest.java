package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.AccountCheckException;
import fr.chorusdesk.service.AccountProblem;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.ChorusClientFactory;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.HistoryFilter;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.ProfileDraft;
import fr.chorusdesk.service.SubmissionReceipt;
import fr.chorusdesk.service.SupplierDetails;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InMemoryCredentialStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.DraftsAndHistory;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import fr.chorusdesk.ui.wizard.WizardServices;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard's services follow the profile chosen in the Compte step: a profile with its own URLs
 * and credentials (here aimed at a running sandbox, as a qualification account would be) gets a
 * client made from the keychain's secrets, and what it sends lands in that profile's history.
 */
class ProfileWiringTest {

    /** 2 December 2026, 10:00 UTC: the sandbox and the services share this "now". */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    /** From docs/sandbox.md: the demo supplier, and a recipient with no rule. */
    private static final SupplierStructure SUPPLIER =
            new SupplierStructure(26300989L, "81234567800013", "ATELIER DEMO CONSEIL SARL");
    private static final String RECIPIENT = "21750001000012";

    @TempDir
    Path dir;

    private DemoSandboxService platform;
    private Accounts accounts;
    private final InMemoryCredentialStore secrets = new InMemoryCredentialStore();
    private HistoryService history;
    private DraftService drafts;
    private final List<WizardServices> installed = new ArrayList<>();
    private final List<Throwable> unavailable = new ArrayList<>();
    private final AtomicReference<Integer> syncStarts = new AtomicReference<>(0);
    private ProfileWiring wiring;

    @BeforeEach
    void start() throws Exception {
        platform = new DemoSandboxService(new SandboxConfig(0, dir.resolve("sandbox"), SandboxConfig.DEFAULT_STEP,
                NOW, SandboxConfig.DEFAULT_PASSWORD_VALIDITY));
        accounts = Accounts.create(new SettingsStore(dir.resolve("settings.json")), () -> secrets, platform,
                ChorusClientFactory.forConnectionChecks(), NOW, Locale.FRENCH);
        AtomicReference<ProfileWiring> self = new AtomicReference<>();
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), NOW),
                () -> self.get().activeProfileId(), NOW);
        drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), NOW),
                () -> self.get().activeProfileId(), NOW, Locale.FRENCH);
        wiring = new ProfileWiring(accounts, "demo", new SameThreadTaskRunner(), Runnable::run,
                Optional.of(new DraftsAndHistory(drafts, history, Optional.empty(), Optional.empty(), Locale.FRENCH)),
                dir.resolve("demo-invoices"), dir.resolve("layouts"), NOW, Locale.FRENCH, installed::add, unavailable::add,
                () -> syncStarts.set(syncStarts.get() + 1));
        self.set(wiring);
    }

    @AfterEach
    void stop() {
        wiring.close();
        platform.close();
    }

    /** A non-demo profile with its own URLs and the platform's credentials, its supplier chosen. */
    private SupplierProfile connectedProfile() throws Exception {
        ChorusEnvironment env = platform.environment();
        DemoCredentials c = DemoCredentials.DEMO;
        SupplierProfile saved = accounts.profiles().save(new ProfileDraft(Optional.empty(), "Client test",
                AccountEnvironment.CUSTOM, env.apiBaseUrl().toString(), env.oauthTokenUrl().toString(), c.clientId(),
                c.clientSecret(), c.technicalLogin(), c.technicalPassword()));
        SupplierDetails details = accounts.check().supplierDetails(saved.id(), SUPPLIER, List.of());
        return accounts.profiles().chooseSupplier(saved.id(), SUPPLIER, Optional.empty(), details.bankAccounts().get(0),
                List.of(), details.passwordExpiry());
    }

    @Test
    void aProfileWithItsOwnCredentialsGetsAWorkingWizardAndItsSendsLandInItsHistory() throws Exception {
        SupplierProfile profile = connectedProfile();

        wiring.activate(profile);

        assertThat(unavailable).isEmpty();
        assertThat(installed).hasSize(1);
        WizardServices services = installed.get(0);
        assertThat(services.demoInvoices()).as("samples are for the demo profile only").isEmpty();
        assertThat(services.supplier().getValue()).isEqualTo(new SupplierIdentity(SUPPLIER.idStructureCPP(),
                Optional.empty(), Optional.of(profile.bankAccount().orElseThrow().id()),
                fr.chorusdesk.domain.InvoicingDefaults.NONE, Optional.of(SUPPLIER),
                java.util.List.of(profile.bankAccount().orElseThrow())));
        assertThat(services.recipients().lookup(RECIPIENT).name()).isEqualTo("COMMUNE DE VALBOURG");
        assertThat(wiring.client()).isPresent();
        assertThat(syncStarts.get()).as("the sync starts with the first client").isEqualTo(1);

        // a plain PDF goes by upload + soumettre: an immediate answer, no flow report to wait for
        Path pdf = InvoicePdfs.textPdf(dir.resolve("FA-2026-0401.pdf"), List.of("Facture FA-2026-0401"));
        var draft = services.preflight().prepare(pdf).draft()
                .withInvoiceNumber("FA-2026-0401").withInvoiceDate(LocalDate.of(2026, 11, 30))
                .withRecipientSiret(RECIPIENT)
                .withAmountExclTax(new BigDecimal("100.00")).withVatAmount(new BigDecimal("20.00"))
                .withAmountInclTax(new BigDecimal("120.00")).withAmountDue(new BigDecimal("120.00"))
                // a profile with no usual VAT regime nor payment mode: the invoice says them
                .withVatRegime(fr.chorusdesk.domain.VatRegime.DEBITS)
                .withPaymentMode(fr.chorusdesk.domain.PaymentMode.VIREMENT);
        SubmissionReceipt receipt = services.drafts().orElseThrow().submission()
                .submit(draft, services.supplier().getValue(), step -> { });
        assertThat(receipt.invoiceNumber()).isEqualTo("FA-2026-0401");
        assertThat(receipt.invoiceId()).as("Chorus Pro's id of the invoice").isPresent();
        List<SentInvoice> recorded = history.find(HistoryFilter.ALL);
        assertThat(recorded).extracting(SentInvoice::profile).containsExactly(profile.id());
    }

    @Test
    void anInvoiceSentOnAnAccountPickedForItTeachesThatAccountTheInvoicesIban() throws Exception {
        SupplierProfile chosen = connectedProfile();
        SupplierDetails details = accounts.check().supplierDetails(chosen.id(), SUPPLIER, List.of());
        SupplierProfile profile = accounts.profiles().chooseSupplier(chosen.id(), SUPPLIER, Optional.empty(),
                details.bankAccounts().get(0), details.bankAccounts(), details.passwordExpiry());
        wiring.activate(profile);
        WizardServices services = installed.get(0);
        // docs/sandbox.md: the second account of the demo supplier, « Compte affacturage - Banque Démo »
        String factoringIban = "FR76 1010 7001 0112 3456 7890 129";
        // what the wiring reads of the invoice is its Factur-X's BT-84, kept in the draft as read
        Path pdf = InvoicePdfs.textPdf(dir.resolve("FA-2026-0402.pdf"), List.of("Facture FA-2026-0402"));
        var facts = new fr.chorusdesk.domain.FacturXFacts(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(factoringIban));
        var draft = services.preflight().prepare(pdf).draft().withFacturX(facts)
                .withInvoiceNumber("FA-2026-0402").withInvoiceDate(LocalDate.of(2026, 11, 30))
                .withRecipientSiret(RECIPIENT)
                .withAmountExclTax(new BigDecimal("100.00")).withVatAmount(new BigDecimal("20.00"))
                .withAmountInclTax(new BigDecimal("120.00")).withAmountDue(new BigDecimal("120.00"))
                .withVatRegime(fr.chorusdesk.domain.VatRegime.DEBITS)
                .withPaymentMode(fr.chorusdesk.domain.PaymentMode.VIREMENT).withBankAccountId(144051L);
        assertThat(fr.chorusdesk.domain.BankAccountChoice.of(draft.withBankAccountId(null),
                services.supplier().getValue()).accountId()).as("not known before").contains(144050L);

        services.drafts().orElseThrow().submission().submit(draft, services.supplier().getValue(), step -> { });

        assertThat(accounts.profiles().overview().profiles().stream().filter(p -> p.id().equals(profile.id()))
                .findFirst().orElseThrow().bankAccounts())
                .filteredOn(a -> a.id() == 144051L).singleElement()
                .satisfies(a -> assertThat(a.iban()).map(fr.chorusdesk.domain.Iban::grouped).contains(factoringIban));
        // the next invoice naming that IBAN goes on that account by itself
        assertThat(fr.chorusdesk.domain.BankAccountChoice.of(draft.withBankAccountId(null),
                services.supplier().getValue()).accountId()).contains(144051L);

        // the Compte step then saves another choice with the accounts of its check, made before the send
        SupplierProfile resaved = accounts.profiles().chooseSupplier(profile.id(), SUPPLIER, Optional.empty(),
                details.bankAccounts().get(0), details.bankAccounts(), details.passwordExpiry());
        assertThat(resaved.bankAccounts()).filteredOn(a -> a.id() == 144051L).singleElement()
                .satisfies(a -> assertThat(a.iban()).as("not lost").isPresent());
    }

    @Test
    void aNewBankAccountChoiceChangesTheSupplierIdsButKeepsTheServices() throws Exception {
        SupplierProfile profile = connectedProfile();
        wiring.activate(profile);
        SupplierProfile unchosen = profile.withSupplier(SUPPLIER, Optional.empty(),
                new fr.chorusdesk.domain.SupplierBankAccount(999L, "Autre compte"), List.of(), NOW.instant(),
                Optional.empty());

        wiring.activate(unchosen);

        assertThat(installed).hasSize(1);
        assertThat(installed.get(0).supplier().getValue().bankAccountId()).contains(999L);
    }

    @Test
    void switchingProfilesRebuildsTheServicesAndAProfileWithoutSecretsIsSaidNotCrashed() throws Exception {
        // saved but never connected: no client of it exists yet when its secrets go missing
        ChorusEnvironment env = platform.environment();
        DemoCredentials c = DemoCredentials.DEMO;
        SupplierProfile profile = accounts.profiles().save(new ProfileDraft(Optional.empty(), "Client sans secrets",
                AccountEnvironment.CUSTOM, env.apiBaseUrl().toString(), env.oauthTokenUrl().toString(), c.clientId(),
                c.clientSecret(), c.technicalLogin(), c.technicalPassword()));
        SupplierProfile demo = accounts.profiles().overview().profiles().stream().filter(SupplierProfile::isDemo).findFirst()
                .orElseThrow();
        wiring.activate(demo);
        assertThat(installed).hasSize(1);
        assertThat(installed.get(0).demoInvoices()).isPresent();
        assertThat(installed.get(0).supplier().getValue()).as("demo profile not connected yet").isNull();
        SupplierProfile connected = connectedProfile();
        wiring.activate(connected);
        assertThat(installed).hasSize(2);
        assertThat(installed.get(1).supplier().getValue()).isNotNull();

        // the keychain lost the other profile's secrets
        secrets.delete(profile.clientSecretRef());
        wiring.activate(profile);

        assertThat(installed).hasSize(2);
        assertThat(installed.get(1).supplier().getValue())
                .as("the previous profile's services can no longer send once another profile is chosen").isNull();
        assertThat(unavailable).hasSize(1);
        assertThat(unavailable.get(0)).isInstanceOf(AccountCheckException.class);
        assertThat(((AccountCheckException) unavailable.get(0)).problem()).isEqualTo(AccountProblem.SECRETS_MISSING);
        assertThat(wiring.activeProfileId()).isEqualTo(profile.id());
        assertThat(wiring.client()).isEmpty();
        assertThat(syncStarts.get()).as("started once, with the first client").isEqualTo(1);
    }
}
