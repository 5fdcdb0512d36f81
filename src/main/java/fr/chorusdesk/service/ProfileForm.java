package fr.chorusdesk.service;

import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.SupplierProfile;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** The rules of the profile form, checked before anything is saved. */
public final class ProfileForm {

    private ProfileForm() {
    }

    /** Bundle keys of what is wrong in the form, in the form's order; empty when it can be saved. */
    public static List<String> problems(ProfileDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.name().isEmpty()) {
            problems.add("account.form.error.name");
        }
        if (draft.id().filter(SupplierProfile.DEMO_ID::equals).isPresent()
                && draft.environment() != AccountEnvironment.DEMO) {
            problems.add("account.form.error.demoStaysDemo");
            return problems;
        }
        if (draft.environment() == AccountEnvironment.DEMO) {
            if (draft.id().filter(SupplierProfile.DEMO_ID::equals).isEmpty()) {
                problems.add("account.form.error.demoOnlyOnce");
            }
            return problems;
        }
        if (draft.environment() == AccountEnvironment.CUSTOM) {
            if (!isHttpUrl(draft.apiUrl())) {
                problems.add("account.form.error.apiUrl");
            }
            if (!isHttpUrl(draft.tokenUrl())) {
                problems.add("account.form.error.tokenUrl");
            }
        }
        boolean isNew = draft.id().isEmpty();
        if (draft.clientId().isEmpty()) {
            problems.add("account.form.error.clientId");
        }
        if (isNew && draft.clientSecret().isEmpty()) {
            problems.add("account.form.error.clientSecret");
        }
        if (draft.technicalLogin().isEmpty()) {
            problems.add("account.form.error.technicalLogin");
        }
        if (isNew && draft.technicalPassword().isEmpty()) {
            problems.add("account.form.error.technicalPassword");
        }
        return problems;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
