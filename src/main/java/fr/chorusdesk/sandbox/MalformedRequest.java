package fr.chorusdesk.sandbox;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Locale;

/**
 * Says in French what is wrong with a request body Jackson could not read: where the JSON breaks,
 * or which field has a value of the wrong kind. Jackson's own message is English and names Java
 * types; the platform's {@code libelle} is French. Nothing of the body is repeated but the names
 * of the fields the request format defines.
 */
final class MalformedRequest {

    /** The body's bytes are not text (invalid UTF-8, or zero bytes taken for UTF-32). */
    static final String NOT_TEXT = "le corps de la requête n’est pas du texte UTF-8 valide";

    private static final int MAX_FIELD_PATH = 120;

    private MalformedRequest() {
    }

    static String describe(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return "le JSON dépasse les limites acceptées (imbrication, longueur d’un nombre ou d’un texte)";
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "valeur invalide pour le champ « " + path(mapping.getPath()) + " »";
        }
        JsonLocation where = e.getLocation();
        if (where != null && where.getLineNr() > 0) {
            return String.format(Locale.ROOT, "JSON invalide (ligne %d, colonne %d)", where.getLineNr(),
                    where.getColumnNr());
        }
        return "JSON invalide";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        String path = out.toString().replaceAll("\\p{Cntrl}", "?");
        return path.length() > MAX_FIELD_PATH ? path.substring(0, MAX_FIELD_PATH) + "…" : path;
    }
}
