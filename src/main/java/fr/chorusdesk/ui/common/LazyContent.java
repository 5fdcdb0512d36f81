package fr.chorusdesk.ui.common;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Window;

/** Parts of a view built when first needed, so that their controls' skins stay off the first frame. */
public final class LazyContent {

    private LazyContent() {
    }

    /** Fills {@code holder} with {@code content} the first time {@code needed} is true. */
    public static void buildWhen(Pane holder, ObservableValue<Boolean> needed, Supplier<Node> content) {
        Runnable build = () -> {
            if (holder.getChildren().isEmpty() && Boolean.TRUE.equals(needed.getValue())) {
                holder.getChildren().add(content.get());
            }
        };
        needed.addListener((obs, old, now) -> build.run());
        // a binding is held only weakly by what it observes: the holder keeps it alive
        holder.getProperties().put("buildWhen", needed);
        build.run();
    }

    /**
     * True from the pulse after the window holding {@code node} is first shown, and from then on;
     * also when the node joins a window already showing. Plain listeners, not a select binding:
     * that one reaches the properties by reflection, whose classes would load before the first frame.
     */
    public static ReadOnlyBooleanProperty afterFirstShown(Node node) {
        ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
        ChangeListener<Boolean> showing = (obs, was, now) -> {
            if (now && !shown.get()) {
                Platform.runLater(() -> shown.set(true));
            }
        };
        ChangeListener<Window> window = following(Window::showingProperty, showing, false);
        ChangeListener<Scene> scene = following(Scene::windowProperty, window, null);
        node.sceneProperty().addListener(scene);
        scene.changed(node.sceneProperty(), null, node.getScene());
        return shown.getReadOnlyProperty();
    }

    /**
     * A listener that moves {@code then} to the property {@code next} gives of each new value, and
     * tells it at once what that property holds ({@code absent} standing for its value before).
     */
    private static <T, U> ChangeListener<T> following(Function<T, ObservableValue<U>> next, ChangeListener<U> then,
            U absent) {
        return (obs, old, now) -> {
            if (old != null) {
                next.apply(old).removeListener(then);
            }
            if (now != null) {
                ObservableValue<U> property = next.apply(now);
                property.addListener(then);
                then.changed(property, absent, property.getValue());
            }
        };
    }
}
