package fr.chorusdesk.chorus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.api.ChorusOperation;
import fr.chorusdesk.chorus.api.ChorusResponse;
import java.io.IOException;

/**
 * Turns an HTTP answer into a response record or the right exception. The JSON body is read
 * whatever the status, because Chorus Pro reports business errors with HTTP 200 as well as 4xx.
 */
final class ResponseReader {

    /** codeRetour of ajouterFichierDansSysteme for a file over 10 MB. */
    static final int CODE_FICHIER_TROP_VOLUMINEUX = 20003;

    private final ObjectMapper mapper;

    ResponseReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    <T extends ChorusResponse> T read(ChorusOperation op, int status, byte[] body, Class<T> type)
            throws ChorusException {
        boolean sending = !op.readOnly();
        if (status == 401) {
            throw new ChorusAuthenticationException(op, status,
                    ChorusAuthenticationException.CredentialToCheck.TECHNICAL_ACCOUNT, null);
        }
        if (status == 403) {
            throw new ChorusAuthenticationException(op, status,
                    ChorusAuthenticationException.CredentialToCheck.API_SUBSCRIPTIONS, null);
        }
        if (status == 413) {
            throw new ChorusFileTooLargeException(op, status, null);
        }
        if (looksLikeHtml(body)) {
            throw new ChorusUnexpectedResponseException(op, status, ChorusUnexpectedResponseException.Kind.HTML,
                    null, sending && status >= 500, null);
        }
        JsonNode tree = null;
        if (body.length > 0) {
            try {
                tree = mapper.readTree(body);
            } catch (IOException e) {
                throw new ChorusUnexpectedResponseException(op, status,
                        ChorusUnexpectedResponseException.Kind.MALFORMED, e.getClass().getSimpleName(), sending, e);
            }
        }
        boolean ok = status >= 200 && status < 300;
        JsonNode code = tree != null && tree.isObject() ? tree.get("codeRetour") : null;
        if (code == null || code.isNull()) {
            if (!ok) {
                throw new ChorusHttpException(op, status, sending && status >= 500);
            }
            throw new ChorusUnexpectedResponseException(op, status, ChorusUnexpectedResponseException.Kind.MALFORMED,
                    "no codeRetour", sending, null);
        }
        if (!code.canConvertToInt()) {
            throw new ChorusUnexpectedResponseException(op, status, ChorusUnexpectedResponseException.Kind.MALFORMED,
                    "codeRetour is not a number", sending, null);
        }
        int codeRetour = code.asInt();
        String libelle = tree.hasNonNull("libelle") ? tree.get("libelle").asText() : null;
        if (codeRetour != ChorusResponse.CODE_RETOUR_OK) {
            if (op == ChorusOperation.AJOUTER_FICHIER && codeRetour == CODE_FICHIER_TROP_VOLUMINEUX) {
                throw new ChorusFileTooLargeException(op, status, libelle);
            }
            throw new ChorusBusinessException(op, status, codeRetour, libelle);
        }
        if (!ok) {
            throw new ChorusHttpException(op, status, sending && status >= 500);
        }
        try {
            return mapper.treeToValue(tree, type);
        } catch (IOException e) {
            throw new ChorusUnexpectedResponseException(op, status, ChorusUnexpectedResponseException.Kind.MALFORMED,
                    e.getClass().getSimpleName(), false, e);
        }
    }

    static boolean looksLikeHtml(byte[] body) {
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) {
            i++;
        }
        // JSON never starts with '<': an HTML page from a gateway, a proxy or a maintenance screen
        return i < body.length && body[i] == '<';
    }
}
