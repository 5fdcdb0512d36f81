package fr.chorusdesk.sandbox;

/**
 * An engagement number (engagement juridique: the State's purchase order) as the directory knows
 * it: issued by a State recipient to a supplier, in the state {@code COMMANDE}.
 */
record SeededEngagement(String number, String recipientSiret, long supplierId) {

    static final String STATE_COMMANDE = "COMMANDE";
}
