package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightResult;
import fr.chorusdesk.ui.common.LatestOnly;
import fr.chorusdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/**
 * The PDF step's preview: one page at a time, rendered and decoded off the FX thread, with the
 * document's page count for Précédente / Suivante. A page asked for a file that is no longer the
 * one shown, or superseded by another page, is dropped. Holds no {@code Node}.
 */
public final class PagePreviewModel {

    /** Why there is no page to show; the view says it in the step's words. */
    public enum Blank {
        /** No file yet. */
        NO_FILE,
        /** The file cannot be read at all. */
        UNREADABLE,
        /** The page could not be drawn; {@link #problemProperty()} says why. */
        FAILED
    }

    private final PagePreviewService previews;
    private final LatestOnly pages;
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Blank> blank = new ReadOnlyObjectWrapper<>(Blank.NO_FILE);
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper pageIndex = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final BooleanBinding canGoBack = Bindings.createBooleanBinding(
            () -> pageCount.get() > 0 && pageIndex.get() > 0, pageIndex, pageCount);
    private final BooleanBinding canGoForward = Bindings.createBooleanBinding(
            () -> pageCount.get() > 0 && pageIndex.get() < pageCount.get() - 1, pageIndex, pageCount);
    private Optional<Path> file = Optional.empty();
    /** Turns a page's PNG into what the view shows; given by the view, run off the FX thread. */
    private java.util.function.Function<byte[], Image> decoder = png -> null;

    public PagePreviewModel(PagePreviewService previews, TaskRunner tasks) {
        this.previews = Objects.requireNonNull(previews);
        this.pages = tasks.latestOnly();
    }

    /** How a page's PNG becomes an image (the view's toolkit); decoded on the worker thread, not the FX one. */
    public void decodeWith(java.util.function.Function<byte[], Image> value) {
        decoder = Objects.requireNonNull(value);
    }

    /**
     * Follows the PDF step's check: a file that passes or fails a rule is shown from its first
     * page (the user sees what is wrong with it); one that cannot be read at all is not drawn.
     */
    public void follow(PreflightResult result, Optional<Path> shownFile) {
        if (result == null || shownFile.isEmpty()) {
            clear(Blank.NO_FILE);
        } else if (result.verdict() == PreflightResult.Verdict.UNREADABLE) {
            clear(Blank.UNREADABLE);
        } else {
            show(shownFile.get());
        }
    }

    /** Shows the first page of this file. */
    public void show(Path shown) {
        file = Optional.of(shown);
        pageCount.set(0);
        pageIndex.set(0);
        load(0);
    }

    /** Nothing to show: no file yet, or one too damaged to draw. */
    public void clear(Blank why) {
        pages.cancel();
        file = Optional.empty();
        image.set(null);
        busy.set(false);
        pageCount.set(0);
        pageIndex.set(0);
        problem.set(null);
        blank.set(why);
    }

    public void next() {
        if (canGoForward.get()) {
            load(pageIndex.get() + 1);
        }
    }

    public void previous() {
        if (canGoBack.get()) {
            load(pageIndex.get() - 1);
        }
    }

    private void load(int index) {
        if (file.isEmpty()) {
            return;
        }
        Path shown = file.get();
        busy.set(true);
        problem.set(null);
        pages.run(() -> {
            PagePreviewService.PagePreview page = previews.page(shown, index);
            return new Drawn(decoder.apply(page.png()), page.pageCount());
        }, drawn -> {
            busy.set(false);
            image.set(drawn.image());
            blank.set(null);
            pageIndex.set(index);
            pageCount.set(drawn.pageCount());
        }, error -> {
            busy.set(false);
            image.set(null);
            pageCount.set(0);
            problem.set(error instanceof PagePreviewService.PreviewException p ? p.userMessage() : null);
            blank.set(Blank.FAILED);
        });
    }

    /** A page decoded off the FX thread, with the document's page count. */
    private record Drawn(Image image, int pageCount) {
    }

    /** The page shown; null while there is none. */
    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** Why no page is shown; null while one is. */
    public ReadOnlyObjectProperty<Blank> blankProperty() {
        return blank.getReadOnlyProperty();
    }

    /** The renderer's own French sentence when a page failed; null otherwise. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** From 0. */
    public ReadOnlyIntegerProperty pageIndexProperty() {
        return pageIndex.getReadOnlyProperty();
    }

    /** 0 while unknown. */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoForwardProperty() {
        return canGoForward;
    }
}
