package fr.chorusdesk.sandbox;

import java.util.List;

/** Everything the sandbox persists, as one JSON document. */
record SandboxState(int version, long lastId, List<StoredAttachment> attachments,
        List<StoredInvoice> invoices, List<StoredFlow> flows) {

    static final int CURRENT_VERSION = 1;

    SandboxState {
        attachments = List.copyOf(attachments);
        invoices = List.copyOf(invoices);
        flows = List.copyOf(flows);
    }

    static SandboxState empty() {
        return new SandboxState(CURRENT_VERSION, 0, List.of(), List.of(), List.of());
    }
}
