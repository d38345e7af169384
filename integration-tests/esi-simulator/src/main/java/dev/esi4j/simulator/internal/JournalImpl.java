package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.Journal;
import dev.esi4j.simulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Thread-safe request journal, bounded to the most recent entries. */
public final class JournalImpl implements Journal {

    private static final int MAX_ENTRIES = 100_000;

    private final List<Entry> entries = new ArrayList<>();

    private record Entry(RecordedRequest request, Target target) {
    }

    /** Records one answered request. */
    public synchronized void add(RecordedRequest request, Target target) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.remove(0);
        }
        entries.add(new Entry(request, target));
    }

    @Override
    public synchronized List<RecordedRequest> requests() {
        return entries.stream().map(Entry::request).toList();
    }

    @Override
    public synchronized List<RecordedRequest> requests(String target) {
        return entries.stream().filter(e -> e.target().matches(target)).map(Entry::request).toList();
    }

    @Override
    public synchronized List<RecordedRequest> matching(Predicate<RecordedRequest> predicate) {
        return entries.stream().map(Entry::request).filter(predicate).toList();
    }

    @Override
    public int count(String target) {
        return requests(target).size();
    }

    @Override
    public synchronized RecordedRequest last() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1).request();
    }

    @Override
    public synchronized void clear() {
        entries.clear();
    }
}
