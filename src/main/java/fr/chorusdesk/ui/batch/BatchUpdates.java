package fr.chorusdesk.ui.batch;

import fr.chorusdesk.service.BatchListener;
import fr.chorusdesk.service.BatchRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The batch's news gathered between two turns of the UI thread and applied there in one go: fifty
 * rows read in a burst cost the FX thread one short update, not fifty. Each row's latest state
 * wins.
 */
final class BatchUpdates implements BatchListener {

    /** What the UI thread applies at once. */
    record News(List<BatchRow> changed, Set<String> removed, int[] reading, int[] sending) {
    }

    private final Executor uiThread;
    private final Consumer<News> apply;
    private final Map<String, BatchRow> changed = new LinkedHashMap<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private int[] reading;
    private int[] sending;
    private boolean scheduled;
    private volatile boolean stopped;

    BatchUpdates(Executor uiThread, Consumer<News> apply) {
        this.uiThread = uiThread;
        this.apply = apply;
    }

    /** No more news is applied (the batch was replaced by another). */
    void stop() {
        stopped = true;
    }

    @Override
    public synchronized void rowsChanged(List<BatchRow> rows) {
        rows.forEach(r -> {
            removed.remove(r.id());
            changed.put(r.id(), r);
        });
        schedule();
    }

    @Override
    public synchronized void rowsRemoved(List<String> ids) {
        ids.forEach(id -> {
            changed.remove(id);
            removed.add(id);
        });
        schedule();
    }

    @Override
    public synchronized void readingProgress(int done, int total) {
        reading = new int[] {done, total};
        schedule();
    }

    @Override
    public synchronized void sendingProgress(int done, int total) {
        sending = new int[] {done, total};
        schedule();
    }

    private void schedule() {
        if (!scheduled) {
            scheduled = true;
            uiThread.execute(this::drain);
        }
    }

    private void drain() {
        News news;
        synchronized (this) {
            scheduled = false;
            news = new News(new ArrayList<>(changed.values()), new LinkedHashSet<>(removed), reading, sending);
            changed.clear();
            removed.clear();
            reading = null;
            sending = null;
        }
        if (!stopped) {
            apply.accept(news);
        }
    }
}
