package fr.chorusdesk.service;

import fr.chorusdesk.chorus.api.CadreDeFacturation;
import fr.chorusdesk.chorus.api.CadreFacturation;
import fr.chorusdesk.chorus.api.ChorusWireChoices;
import fr.chorusdesk.chorus.api.Destinataire;
import fr.chorusdesk.chorus.api.Fournisseur;
import fr.chorusdesk.chorus.api.LigneTva;
import fr.chorusdesk.chorus.api.ModeDepot;
import fr.chorusdesk.chorus.api.ModePaiement;
import fr.chorusdesk.chorus.api.MontantTotal;
import fr.chorusdesk.chorus.api.PieceJointeComplementaire;
import fr.chorusdesk.chorus.api.PieceJointePrincipale;
import fr.chorusdesk.chorus.api.References;
import fr.chorusdesk.chorus.api.SoumettreFactureRequest;
import fr.chorusdesk.chorus.api.TypeFacture;
import fr.chorusdesk.chorus.api.TypeTva;
import fr.chorusdesk.domain.BankAccountChoice;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.VatExemption;
import fr.chorusdesk.domain.VatLine;
import fr.chorusdesk.domain.VatTreatment;
import java.util.List;

/**
 * The soumettreFacture body of a checked draft: every field from the draft or the supplier, none a
 * constant (docs/submission.md, "What soumettre sends").
 *
 * <ul>
 *   <li>{@code typeTva}, {@code ligneTva}, {@code motifExonerationTva}: the draft's
 *       {@link VatTreatment}. Each VAT line goes with its rate as a number
 *       ({@code ligneTvaTauxManuel}), never as a code ({@code ligneTvaTaux}): the codes are those
 *       of recupererTauxTva, which no public source lists, while the number is what the invoice
 *       prints (decision 010).</li>
 *   <li>{@code numeroFactureOrigine}: a credit note's only; Chorus Pro takes it into account for
 *       AVOIR only.</li>
 *   <li>{@code codeCoordonneesBancairesFournisseur}: {@link BankAccountChoice}, the account picked
 *       for the invoice, else the one whose IBAN the Factur-X names, else the profile's.</li>
 *   <li>{@code modePaiement}: the draft's; on a credit note only if
 *       {@link ChorusWireChoices#PAYMENT_MODE_ON_CREDIT_NOTES}.</li>
 *   <li>No {@code lignePoste}: in DEPOT_PDF_* modes the PDF is the invoice and its lines are on it;
 *       production clients send none there, and the draft holds no line of goods.</li>
 * </ul>
 */
final class SoumettreRequestBuilder {

    private SoumettreRequestBuilder() {
    }

    /** The body; the draft has passed {@code DraftValidator}, so its VAT treatment is decided. */
    static SoumettreFactureRequest build(InvoiceDraft d, PdfFile pdf, SupplierIdentity supplier, long attachmentId,
            ModeDepot modeDepot, List<PieceJointeComplementaire> complements) {
        VatTreatment vat = VatTreatment.of(d)
                .orElseThrow(() -> new IllegalStateException("VAT treatment undecided for a checked draft"));
        return new SoumettreFactureRequest(null, modeDepot, d.invoiceNumber().orElseThrow(),
                d.invoiceDate().orElseThrow(),
                new Destinataire(d.validRecipientSiret().orElseThrow().value(), d.serviceCode().orElse(null)),
                new Fournisseur(supplier.structureId(), supplier.serviceId().orElse(null),
                        BankAccountChoice.of(d, supplier).accountId().orElse(null)),
                new CadreDeFacturation(CadreFacturation.valueOf(d.billingFrame().chorusCode()),
                        d.billingFrame().validatorRequired()
                                ? d.validatorStructureSiret().flatMap(Siret::parse).map(Siret::value).orElse(null) : null,
                        d.billingFrame().validatorRequired() ? d.validatorServiceCode().orElse(null) : null),
                references(d, vat),
                null,
                lines(vat),
                MontantTotal.of(d.amountExclTax().orElseThrow(), d.vatAmount().orElseThrow(),
                        d.amountInclTax().orElseThrow(), null, null, d.amountDue().orElseThrow()),
                List.of(new PieceJointePrincipale(pdf.uploadName(), attachmentId)),
                complements.isEmpty() ? null : complements, d.comment().orElse(null));
    }

    static References references(InvoiceDraft d, VatTreatment vat) {
        boolean creditNote = d.kind() == InvoiceKind.AVOIR;
        ModePaiement mode = !creditNote || ChorusWireChoices.PAYMENT_MODE_ON_CREDIT_NOTES
                ? d.paymentMode().map(m -> ModePaiement.valueOf(m.name())).orElse(null) : null;
        TypeTva type = typeTva(d, vat);
        return new References(d.currency(), TypeFacture.valueOf(d.kind().name()), type,
                vat.exemption().map(SoumettreRequestBuilder::motif).orElse(null),
                d.contractNumber().orElse(null), d.engagementNumber().orElse(null),
                creditNote ? d.originalInvoiceNumber().orElse(null) : null, mode);
    }

    static TypeTva typeTva(InvoiceDraft d, VatTreatment vat) {
        return switch (vat.kind()) {
            case WITHOUT_VAT -> TypeTva.SANS_TVA;
            case ON_DEBITS -> TypeTva.TVA_SUR_DEBIT;
            case ON_RECEIPTS -> TypeTva.TVA_SUR_ENCAISSEMENT;
            case EXEMPT -> vat.mixed() && !ChorusWireChoices.MIXED_EXEMPT_INVOICE_AS_EXONERATION
                    ? d.vatRegime().map(r -> switch (r) {
                        case ENCAISSEMENTS -> TypeTva.TVA_SUR_ENCAISSEMENT;
                        default -> TypeTva.TVA_SUR_DEBIT;
                    }).orElse(TypeTva.EXONERATION)
                    : TypeTva.EXONERATION;
        };
    }

    private static String motif(VatExemption exemption) {
        return ChorusWireChoices.MOTIF_EXONERATION_AS_TEXT ? exemption.reason()
                : exemption.code().orElse(exemption.reason());
    }

    /** One {@code ligneTva} per rate; none for an invoice without VAT (SANS_TVA). */
    static List<LigneTva> lines(VatTreatment vat) {
        if (vat.lines().isEmpty()) {
            return null;
        }
        return vat.lines().stream().map(SoumettreRequestBuilder::line).toList();
    }

    private static LigneTva line(VatLine line) {
        return new LigneTva(null, line.base(), line.amount(), line.ratePercent());
    }
}
