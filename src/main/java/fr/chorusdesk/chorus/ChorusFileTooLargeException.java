package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;

/** The file was refused for its size (HTTP 413, or codeRetour 20003 on ajouterFichierDansSysteme). */
public final class ChorusFileTooLargeException extends ChorusException {

    private static final long serialVersionUID = 1L;

    ChorusFileTooLargeException(ChorusOperation operation, int httpStatus, String libelle) {
        super("Chorus Pro " + operation.apiName() + " refused the file as too large: HTTP " + httpStatus
                + (libelle == null ? "" : ", libelle " + libelle), operation, httpStatus, "chorus.error.fileTooLarge",
                List.of(), false, null);
    }
}
