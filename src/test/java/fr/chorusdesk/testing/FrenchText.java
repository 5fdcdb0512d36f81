package fr.chorusdesk.testing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a message shown to a user reads as French: it has French words and none of the English
 * a parser or a stack trace would leak ("Unexpected character", "Cannot deserialize"). A word
 * list, independent of the code's own bundles, so that a message built from a library's English
 * text fails.
 */
public final class FrenchText {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "l", "de", "du", "des", "d", "est", "n",
            "pas", "une", "un", "et", "ou", "pour", "au", "aux", "a", "ce", "cette", "en", "sur", "dans", "avec",
            "requete", "erreur", "champ", "fichier", "facture", "non", "mal", "trouvee", "supporte", "autorisee",
            "aucun", "aucune", "existe", "obligatoire", "invalide", "reponse", "serveur", "interne", "methode",
            "format", "valeur", "illisible", "vide", "trop", "reessayez", "verifiez", "structure");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)\\b(unexpected|cannot|unrecognized|expected|deserialize|token|exception|instance of|source:"
                    + "|line: |column: |java\\.|com\\.fasterxml|null pointer|failed to|stack)\\b");

    private FrenchText() {
    }

    public static boolean looksFrench(String text) {
        if (text == null || text.isBlank() || ENGLISH.matcher(text).find()) {
            return false;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (String word : folded.split("[^a-z]+")) {
            if (FRENCH.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
