package fr.chorusdesk.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice list shows its items: a text per item, nothing for none. The lists are not editable. */
public final class ShownAs {

    private ShownAs() {
    }

    public static <T> StringConverter<T> text(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
