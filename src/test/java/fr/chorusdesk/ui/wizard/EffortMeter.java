package fr.chorusdesk.ui.wizard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

/**
 * Counts what the user does, from the moment it is installed: mouse clicks (button presses),
 * key presses (each typed character is one, and so is each Tab, arrow or Alt), and typed fields:
 * the distinct text inputs that received at least one typed character (a date picker counts as
 * one field with its editor). It listens on every window, menus and drop-down lists included,
 * since a click on a menu item lands in the menu's own window. FX thread only, but for
 * {@link #install()} and {@link #effort(String)}, which go through it.
 */
final class EffortMeter implements AutoCloseable {

    /** What one path cost the user; {@code fields} are the ids of the typed fields, in typing order. */
    record Effort(String path, int clicks, int keys, List<String> fields) {

        int typedFields() {
            return fields.size();
        }

        /** One line for the build log, as docs/benchmarks.md quotes it. */
        String line() {
            return String.format(Locale.ROOT, "effort path=%s typed-fields=%d clicks=%d keys=%d fields=%s", path,
                    typedFields(), clicks, keys, String.join(",", fields));
        }
    }

    private final Set<String> typed = new LinkedHashSet<>();
    private final Set<Window> watched = new java.util.HashSet<>();
    private final ListChangeListener<Window> onWindows = c -> {
        while (c.next()) {
            c.getAddedSubList().forEach(this::watch);
        }
    };
    private int clicks;
    private int keys;

    private final EventHandler<MouseEvent> onPress = e -> clicks++;
    private final EventHandler<KeyEvent> onKey = e -> {
        // an editable combo box or date picker hands each key on to its editor: one key, two events
        if (!(e.getTarget() instanceof Node node && isForwardedToEditor(node))) {
            keys++;
        }
    };
    private final EventHandler<KeyEvent> onTyped = e -> {
        String c = e.getCharacter();
        if (c.isEmpty() || c.equals(KeyEvent.CHAR_UNDEFINED) || Character.isISOControl(c.charAt(0))) {
            return;
        }
        if (e.getTarget() instanceof Node node) {
            fieldOf(node).ifPresent(typed::add);
        }
    };

    private EffortMeter() {
    }

    /** Starts counting on every window shown now or later. */
    static EffortMeter install() {
        return onFx(() -> {
            EffortMeter meter = new EffortMeter();
            Window.getWindows().forEach(meter::watch);
            Window.getWindows().addListener(meter.onWindows);
            return meter;
        });
    }

    /** What was counted so far, under this path's name. */
    Effort effort(String path) {
        return onFx(() -> new Effort(path, clicks, keys, List.copyOf(new ArrayList<>(typed))));
    }

    /** Stops counting: the windows outlive the test. */
    @Override
    public void close() {
        onFx(() -> {
            Window.getWindows().removeListener(onWindows);
            for (Window window : watched) {
                window.removeEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
                window.removeEventFilter(KeyEvent.KEY_PRESSED, onKey);
                window.removeEventFilter(KeyEvent.KEY_TYPED, onTyped);
            }
            watched.clear();
            return null;
        });
    }

    private void watch(Window window) {
        if (watched.add(window)) {
            window.addEventFilter(MouseEvent.MOUSE_PRESSED, onPress);
            window.addEventFilter(KeyEvent.KEY_PRESSED, onKey);
            window.addEventFilter(KeyEvent.KEY_TYPED, onTyped);
        }
    }

    private static boolean isForwardedToEditor(Node target) {
        if (!(target instanceof TextInputControl)) {
            return false;
        }
        for (Node n = target.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    /** The field a character typed into this node fills: the outermost text input or editable picker around it. */
    private static java.util.Optional<String> fieldOf(Node target) {
        Node field = null;
        for (Node n = target; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl || n instanceof ComboBoxBase<?> box && box.isEditable()) {
                field = n;
            }
        }
        return java.util.Optional.ofNullable(field)
                .map(f -> f.getId() != null ? f.getId() : f.getClass().getSimpleName() + "@" + System.identityHashCode(f));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the FX thread did not answer within 10 s", e);
        }
    }
}
