package fr.chorusdesk.pdf;

/** BT-3 as ChorusDesk understands it: 380 an invoice, 381 a credit note, anything else reported. */
public enum InvoiceType {
    INVOICE, CREDIT_NOTE, OTHER;

    public static InvoiceType fromCode(String code) {
        return switch (code == null ? "" : code.trim()) {
            case "380" -> INVOICE;
            case "381" -> CREDIT_NOTE;
            default -> OTHER;
        };
    }
}
