package fr.chorusdesk.ui.common;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

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

    /** True from the pulse after the window holding {@code node} is first shown, and from then on. */
    public static ReadOnlyBooleanProperty afterFirstShown(Node node) {
        ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
        BooleanBinding showing = Bindings.selectBoolean(node.sceneProperty(), "window", "showing");
        showing.addListener((obs, was, now) -> {
            if (now && !shown.get()) {
                Platform.runLater(() -> shown.set(true));
            }
        });
        // held by the property it feeds, as the view holds that property
        shown.getReadOnlyProperty().addListener((obs, was, now) -> showing.get());
        return shown.getReadOnlyProperty();
    }
}
