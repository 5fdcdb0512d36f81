package fr.chorusdesk.ui.history;

import fr.chorusdesk.service.HistoryImport;
import java.time.LocalDate;

/** Imports the profile's invoices already on Chorus Pro, deposited between two days. Blocking. */
@FunctionalInterface
public interface HistoryImporter {

    HistoryImport.Result run(LocalDate from, LocalDate to, HistoryImport.Progress progress) throws Exception;
}
