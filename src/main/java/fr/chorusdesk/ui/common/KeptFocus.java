package fr.chorusdesk.ui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Disabling a part of a page that holds the focus (while a choice made in it is being saved) moves
 * the focus to the next control, and the page scrolls with it. This gives both back once the part
 * is enabled again.
 */
public final class KeptFocus {

    private KeptFocus() {
    }

    /**
     * Watches {@code busy}, which disables {@code region}. Must be called before the region's
     * disable binding, so that the focus and the scroll position are read before they move.
     */
    public static void whileDisabled(Node region, ObservableBooleanValue busy) {
        Node[] held = new Node[1];
        ScrollPane[] page = new ScrollPane[1];
        double[] scrolled = new double[1];
        busy.addListener((obs, was, now) -> {
            Scene scene = region.getScene();
            if (scene == null) {
                return;
            }
            if (now) {
                Node focused = scene.getFocusOwner();
                held[0] = focused != null && inside(focused, region) ? focused : null;
                page[0] = enclosingPage(region);
                scrolled[0] = page[0] == null ? 0 : page[0].getVvalue();
            } else if (held[0] != null) {
                Node back = held[0];
                held[0] = null;
                if (back.isVisible() && !back.isDisabled()) {
                    back.requestFocus();
                    if (page[0] != null) {
                        page[0].setVvalue(scrolled[0]);
                    }
                }
            }
        });
    }

    private static boolean inside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane enclosingPage(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }
}
