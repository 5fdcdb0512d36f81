package fr.chorusdesk.service;

import fr.chorusdesk.pdf.InvoicePdfWriter;
import fr.chorusdesk.sandbox.SeedData;
import fr.chorusdesk.store.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Sample invoices for the demo profile, generated on demand into a directory of the user's data:
 * a Factur-X invoice (MINIMUM profile) from the demo supplier to COMMUNE DE VALBOURG, which
 * requires nothing more, and a plain PDF without XML. Each has a fresh number dated today (Paris),
 * so the sandbox never refuses it as a duplicate. Blocks (disk): call it off the UI thread.
 */
public final class DemoInvoices {

    /** COMMUNE DE VALBOURG in the sandbox's seeded directory: no service code, no engagement number. */
    public static final String FACTURX_RECIPIENT_SIRET = "21750001000012";

    private static final ZoneId PARIS = fr.chorusdesk.domain.PlatformTime.ZONE;
    private static final DateTimeFormatter NUMBER_STAMP = DateTimeFormatter.ofPattern("yyMMdd-HHmmss");
    /** 12 pt, a wider margin: a sample should look like an invoice, not a test page. */
    private static final InvoicePdfWriter.TextLayout LAYOUT = new InvoicePdfWriter.TextLayout(12, 17, 60, 770);

    private final Path directory;
    private final Clock clock;

    public DemoInvoices(Path directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory);
        this.clock = Objects.requireNonNull(clock);
    }

    /** A Factur-X invoice of 1 000,00 € HT + 200,00 € TVA; its file name is its number. */
    public Path facturX() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(PARIS));
        String number = freeNumber("FX-", now.format(NUMBER_STAMP), "");
        LocalDate date = now.toLocalDate();
        List<String> lines = page(number, date, "COMMUNE DE VALBOURG", FACTURX_RECIPIENT_SIRET,
                "Facture électronique Factur-X : les données de la facture sont jointes au PDF.");
        return write(number + ".pdf", InvoicePdfWriter.document().layout(LAYOUT).page(lines)
                .facturX(cii(number, date), "MINIMUM"));
    }

    /** A plain PDF (no XML) to DEPARTEMENT DU VAL-DEMO, which requires a service code. */
    public Path plainPdf() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(PARIS));
        String number = freeNumber("FA-", now.format(NUMBER_STAMP), "facture-");
        List<String> lines = page(number, now.toLocalDate(), "DEPARTEMENT DU VAL-DEMO", "22691000200014",
                "Facture PDF simple : les références sont à saisir.");
        return write("facture-" + number + ".pdf", InvoicePdfWriter.document().layout(LAYOUT).page(lines));
    }

    private static List<String> page(String number, LocalDate date, String buyer, String buyerSiret, String note) {
        return List.of("ATELIER DEMO CONSEIL SARL", "SIRET " + SeedData.SUPPLIER_SIRET, "",
                "Facture n° " + number, "Date de facture " + date.format(fr.chorusdesk.domain.DisplayFormats.DAY), "",
                "Destinataire : " + buyer, "SIRET du destinataire " + buyerSiret, "",
                "Prestation de conseil (démonstration)", "",
                "Total HT 1 000,00 €", "TVA 20 % 200,00 €", "Total TTC 1 200,00 €", "", note,
                "Document de démonstration : rien n’est envoyé à Chorus Pro.");
    }

    /** The number itself, or with -2, -3… when a sample of that second already exists. */
    private String freeNumber(String prefix, String stamp, String fileNamePrefix) {
        String number = prefix + stamp;
        for (int n = 2; java.nio.file.Files.exists(directory.resolve(fileNamePrefix + number + ".pdf")); n++) {
            number = prefix + stamp + "-" + n;
        }
        return number;
    }

    private Path write(String name, InvoicePdfWriter pdf) {
        Path file = directory.resolve(name);
        try {
            AtomicFiles.write(file, pdf.toBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demo invoice " + name, e);
        }
    }

    private static String cii(String number, LocalDate date) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
                  <rsm:ExchangedDocumentContext>
                    <ram:GuidelineSpecifiedDocumentContextParameter>
                      <ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>
                    </ram:GuidelineSpecifiedDocumentContextParameter>
                  </rsm:ExchangedDocumentContext>
                  <rsm:ExchangedDocument>
                    <ram:ID>%s</ram:ID>
                    <ram:TypeCode>380</ram:TypeCode>
                    <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>
                  </rsm:ExchangedDocument>
                  <rsm:SupplyChainTradeTransaction>
                    <ram:ApplicableHeaderTradeAgreement>
                      <ram:SellerTradeParty>
                        <ram:Name>ATELIER DEMO CONSEIL SARL</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">%s</ram:ID></ram:SpecifiedLegalOrganization>
                        <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
                      </ram:SellerTradeParty>
                      <ram:BuyerTradeParty>
                        <ram:Name>COMMUNE DE VALBOURG</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">%s</ram:ID></ram:SpecifiedLegalOrganization>
                      </ram:BuyerTradeParty>
                    </ram:ApplicableHeaderTradeAgreement>
                    <ram:ApplicableHeaderTradeDelivery/>
                    <ram:ApplicableHeaderTradeSettlement>
                      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                        <ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>
                        <ram:TaxTotalAmount currencyID="EUR">200.00</ram:TaxTotalAmount>
                        <ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>
                        <ram:DuePayableAmount>1200.00</ram:DuePayableAmount>
                      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    </ram:ApplicableHeaderTradeSettlement>
                  </rsm:SupplyChainTradeTransaction>
                </rsm:CrossIndustryInvoice>
                """.formatted(number, date.format(DateTimeFormatter.BASIC_ISO_DATE), SeedData.SUPPLIER_SIRET,
                FACTURX_RECIPIENT_SIRET);
    }

}
