package fr.chorusdesk.domain;

/** The wizard steps, in order; a draft remembers the furthest one reached. */
public enum DraftStep {
    ACCOUNT, PDF, REFERENCES, AMOUNTS, SEND
}
