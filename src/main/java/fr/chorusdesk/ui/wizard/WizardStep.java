package fr.chorusdesk.ui.wizard;

/** The deposit steps, in the Chorus Pro portal's own order. */
public enum WizardStep {
    ACCOUNT("account"),
    PDF("pdf"),
    REFERENCES("references"),
    AMOUNTS("amounts"),
    SEND("send");

    private final String key;

    WizardStep(String key) {
        this.key = key;
    }

    /** Suffix of this step's bundle keys: {@code wizard.step.<key>.title} and {@code .hint}. */
    public String key() {
        return key;
    }
}
