package fr.chorusdesk.sandbox;

/** A business rule refused the request; carries what the platform would answer. */
final class RuleViolation extends Exception {

    private static final long serialVersionUID = 1L;

    private final SandboxError error;
    private final String libelle;

    RuleViolation(SandboxError error, Object... args) {
        super(error.name(), null, false, false);
        this.error = error;
        this.libelle = error.libelle(args);
    }

    SandboxError error() {
        return error;
    }

    int codeRetour() {
        return error.codeRetour();
    }

    String libelle() {
        return libelle;
    }
}
