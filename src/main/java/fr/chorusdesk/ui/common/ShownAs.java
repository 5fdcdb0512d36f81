package fr.chorusdesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice list shows its items: a text per item. The lists are not editable. */
public final class ShownAs {

    private ShownAs() {
    }

    /** A text per item, nothing for none. */
    public static <T> StringConverter<T> text(Function<T, String> label) {
        return withNone(value -> value == null ? "" : label.apply(value));
    }

    /**
     * A text per item and one for none, both from {@code label}, which is given {@code null} for
     * none: for lists where no choice means something (a filter's « Tous les statuts »).
     */
    public static <T> StringConverter<T> withNone(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
