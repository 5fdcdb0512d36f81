package fr.chorusdesk.pdf.corpus;

import java.util.List;

/** A supplier's identity as its legal mentions print it. */
record Supplier(String name, List<String> address, String siret, String vat, String legal, String iban, String bic,
                String phone, String email) {

    String siren() {
        return siret.substring(0, 9);
    }

    String sirenSpaced() {
        return siren().substring(0, 3) + " " + siren().substring(3, 6) + " " + siren().substring(6);
    }

    /** The JSON's supplier, when a case names one, replaces the layout's own. */
    Supplier or(CorpusCase c) {
        return c.document().supplierOverride().map(p -> new Supplier(p.name(),
                p.address().isEmpty() ? address : p.address(), p.siret() == null ? siret : p.siret(),
                p.vat() == null ? vat : p.vat(), legal, iban, bic, phone, email)).orElse(this);
    }
}
