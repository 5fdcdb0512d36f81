package fr.chorusdesk.ui.batch;

import fr.chorusdesk.service.BatchRow;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One row of the batch table: stays the same object while its invoice changes, so that the
 * table keeps its selection and focus when a row is read, checked or sent.
 */
public final class BatchRowItem {

    private final String id;
    private final ReadOnlyObjectWrapper<BatchRow> row;

    BatchRowItem(BatchRow row) {
        this.id = row.id();
        this.row = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(row));
    }

    public String id() {
        return id;
    }

    public BatchRow row() {
        return row.get();
    }

    public ReadOnlyObjectProperty<BatchRow> rowProperty() {
        return row.getReadOnlyProperty();
    }

    void set(BatchRow value) {
        row.set(value);
    }
}
