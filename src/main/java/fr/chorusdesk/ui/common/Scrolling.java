package fr.chorusdesk.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Keeps what the user must read or click in sight when it appears below the fold of a page. */
public final class Scrolling {

    /** Room left below the node, so that it does not touch the viewport's edge. */
    private static final double MARGIN = 12;

    private Scrolling() {
    }

    /** Each time {@code node} becomes visible, the page scrolls just enough to show it whole. */
    public static void revealWhenShown(ScrollPane page, Node node) {
        node.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                // after the layout pass that gives the node its place
                Platform.runLater(() -> reveal(page, node));
            }
        });
    }

    /** Scrolls {@code page} vertically so that {@code node} is inside its viewport, if it can. */
    public static void reveal(ScrollPane page, Node node) {
        Node content = page.getContent();
        if (content == null || node.getScene() == null) {
            return;
        }
        page.layout();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = page.getViewportBounds().getHeight();
        double range = contentHeight - viewport;
        if (inContent == null || range <= 0) {
            return;
        }
        double top = page.getVvalue() * range;
        double wanted = top;
        if (inContent.getMaxY() + MARGIN > top + viewport) {
            wanted = inContent.getMaxY() + MARGIN - viewport;
        }
        if (inContent.getMinY() < wanted) {
            wanted = inContent.getMinY();
        }
        page.setVvalue(Math.max(0, Math.min(1, wanted / range)));
    }
}
